package org.ketnoi.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Geography;

/**
 * Plans the generated part of the demo: about 280 fictional companies with their listings, in the
 * proportions of the press reports the demo events come from. Some 50 more for the Đắk Lắk – Guangdong
 * conference (Đắk Lắk coffee, durian, pepper, cashew and macadamia producers and cooperatives;
 * Guangdong importers, distributors, processors, online sellers and investors), and for the hybrid
 * Lào Cai conference the "nearly 100" Chinese companies (Zhejiang, Yunnan, Shanghai, Tianjin,
 * Beijing) and 138 Vietnamese ones, counting the hand-written demo companies already there.
 *
 * <p>A fixed seed drives every choice, so each start plans exactly the same companies. Planning is
 * pure (no database): the demo step stores the plan through the modules' services.
 */
final class DemoPopulation {

    static final long SEED = 20_251_125L;

    /** The two demo events. */
    enum Venue {
        DAK_LAK,
        HYBRID
    }

    /** A company to create, how it takes part in its event, and the listings it publishes. */
    record Planned(
            Venue venue,
            String kind,
            CompanyDetails details,
            ParticipantRole role,
            String pointCity,
            Attendance attendance,
            List<ListingDetails> listings) {}

    private final DemoWords words;
    private final DemoIdentities identities;
    private final DemoPopulationListings listings;
    private final Random random = new Random(SEED);
    private final List<Planned> planned = new ArrayList<>();

    private DemoPopulation(DemoWords words, Geography geography) {
        this.words = words;
        this.identities = new DemoIdentities(words, geography, random);
        this.listings = new DemoPopulationListings(words, random);
    }

    /** The same list on every call. */
    static List<Planned> plan(DemoWords words, Geography geography) {
        DemoPopulation population = new DemoPopulation(words, geography);
        population.dakLak();
        population.hybrid();
        return List.copyOf(population.planned);
    }

    private void dakLak() {
        List<String> sellers = repeat(
                "coffee_green:7",
                "coffee_roasted:3",
                "durian_fresh:5",
                "durian_frozen:2",
                "pepper:4",
                "pepper_ground:1",
                "cashew:3",
                "cashew_raw:1",
                "macadamia:2",
                "macadamia_kernel:1",
                "avocado:1");
        for (int i = 0; i < sellers.size(); i++) {
            DemoProduct product = words.product(sellers.get(i));
            String kind = i % 3 == 2 ? "COOPERATIVE" : "EXPORTER";
            vietnamese(Venue.DAK_LAK, kind, product, "66");
        }
        List<String> needs = List.of(
                "coffee_green",
                "durian_fresh",
                "pepper",
                "cashew",
                "macadamia",
                "durian_frozen",
                "coffee_roasted",
                "avocado",
                "macadamia_kernel",
                "cashew_raw",
                "pepper_ground");
        List<String> kinds = repeat("IMPORTER:7", "DISTRIBUTOR:4", "PROCESSOR:3", "ECOMMERCE:3", "INVESTOR:3");
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i);
            DemoProduct product = words.product(kind.equals("INVESTOR") ? "invest_cn" : needs.get(i % needs.size()));
            chinese(Venue.DAK_LAK, kind, product, "44", needs);
        }
    }

    private void hybrid() {
        List<String> sellers = repeat(
                "tea:10",
                "tea_black:4",
                "cinnamon:6",
                "star_anise:4",
                "dragon_fruit:6",
                "lychee:5",
                "longan:4",
                "banana:6",
                "mango:5",
                "passion_fruit:4",
                "shrimp:7",
                "pangasius:5",
                "rice:7",
                "cassava_starch:5",
                "rubber:7",
                "furniture:8",
                "garments:8",
                "handicrafts:5",
                "honey:3",
                "coffee_green:4",
                "pepper:3",
                "cashew:3",
                "durian_fresh:4");
        for (int i = 0; i < sellers.size(); i++) {
            DemoProduct product = words.product(sellers.get(i));
            String kind = Set.of("furniture", "garments").contains(product.key())
                    ? "MAKER"
                    : i % 3 == 1 ? "COOPERATIVE" : "EXPORTER";
            vietnamese(Venue.HYBRID, kind, product, pick(product.origins()));
        }
        List<String> buyers = repeat(
                "fabric:3", "textile_machines:1", "farm_machinery:1", "fertiliser:2", "cold_storage:1", "invest_vn:2");
        for (String key : buyers) {
            DemoProduct product = words.product(key);
            String kind = key.startsWith("invest") ? "PROJECT" : "BUYER";
            vietnamese(
                    Venue.HYBRID,
                    kind,
                    product,
                    kind.equals("PROJECT")
                            ? pick(List.of("15", "66", "80"))
                            : pick(List.of("01", "31", "33", "37", "15")));
        }
        List<String> makers = repeat(
                "fabric:10",
                "textile_machines:5",
                "farm_machinery:4",
                "fertiliser:5",
                "cold_storage:3",
                "electronics:4");
        for (String key : makers) {
            DemoProduct product = words.product(key);
            chinese(Venue.HYBRID, "SELLER", product, pick(product.origins()), List.of());
        }
        List<String> needs = sellers.stream().distinct().toList();
        List<String> provinces = repeat("33:26", "53:14", "31:8", "12:5", "11:5");
        List<String> kinds = List.of("IMPORTER", "DISTRIBUTOR", "IMPORTER", "PROCESSOR", "ECOMMERCE");
        for (int i = 0; i < provinces.size(); i++) {
            DemoProduct product = words.product(needs.get(i % needs.size()));
            chinese(Venue.HYBRID, kinds.get(i % kinds.size()), product, provinces.get(i), needs);
        }
        for (String province : List.of("33", "31", "11", "53")) {
            chinese(Venue.HYBRID, "INVESTOR", words.product("invest_cn"), province, List.of());
            chinese(Venue.HYBRID, "TECH", words.product("tech_cn"), province, List.of());
        }
    }

    private void vietnamese(Venue venue, String kind, DemoProduct product, String province) {
        DemoIdentities.Identity identity = identities.vietnamese(kind, product, province);
        // In the Đắk Lắk event, generated coffee and durian growers speak only Vietnamese and their
        // durian is registered by its growing area only: the hand-written demo exporters stay the
        // closest matches of the demo importers (docs/decisions.md, demo population).
        boolean showcase = venue == Venue.DAK_LAK && product.sector().matches("coffee|fruit");
        Set<Language> languages = showcase ? Set.of(Language.VI) : identities.vietnameseLanguages();
        CompanyDetails details = identities.details(
                identity, product, identities.certifications(kind, product, showcase), languages, "VN");
        ParticipantRole role = switch (kind) {
            case "BUYER" -> ParticipantRole.BUYER;
            case "PROJECT" -> ParticipantRole.EXHIBITOR;
            case "COOPERATIVE" ->
                venue == Venue.HYBRID && random.nextInt(10) < 3 ? ParticipantRole.EXHIBITOR : ParticipantRole.SELLER;
            default -> ParticipantRole.SELLER;
        };
        List<ListingDetails> offers = new ArrayList<>();
        int variant = random.nextInt(product.sell().titles().size());
        offers.add(listings.of(product, details, variant));
        if (product.related() != null && random.nextInt(10) < 5) {
            DemoProduct related = words.product(product.related());
            offers.add(listings.of(
                    related, details, random.nextInt(related.sell().titles().size())));
        } else if (product.sell().titles().size() > 2 && random.nextInt(10) < 3) {
            // A second grade of the same product, such as screen 16 and screen 18 coffee.
            offers.add(listings.of(product, details, variant + 1));
        }
        Point point = point(venue, "VN", province);
        planned.add(new Planned(venue, kind, details, role, point.city(), point.attendance(), offers));
    }

    private void chinese(Venue venue, String kind, DemoProduct product, String province, List<String> more) {
        DemoIdentities.Identity identity = identities.chinese(kind, product, province);
        Set<Language> languages = identities.chineseLanguages(province);
        CompanyDetails details =
                identities.details(identity, product, identities.certifications(kind, product, false), languages, "CN");
        ParticipantRole role = switch (kind) {
            case "INVESTOR" -> ParticipantRole.INVESTOR;
            case "TECH" -> ParticipantRole.EXHIBITOR;
            case "SELLER" -> ParticipantRole.SELLER;
            default -> ParticipantRole.BUYER;
        };
        List<ListingDetails> own = new ArrayList<>();
        own.add(listings.of(product, details, random.nextInt(titles(product).size())));
        if (!more.isEmpty() && random.nextInt(10) < 3) {
            DemoProduct second = words.product(pick(more));
            if (!second.key().equals(product.key())) {
                own.add(listings.of(
                        second, details, random.nextInt(titles(second).size())));
            }
        }
        if (kind.equals("ECOMMERCE") && venue == Venue.DAK_LAK) {
            own.add(listings.of(words.product("tech_cn"), details, 0));
        }
        Point point = point(venue, "CN", province);
        planned.add(new Planned(venue, kind, details, role, point.city(), point.attendance(), own));
    }

    private static List<String> titles(DemoProduct product) {
        return product.side() == DemoProduct.Side.VN && product.buy() != null
                ? product.buy().titles()
                : product.sell().titles();
    }

    /**
     * Where the company connects. In Guangzhou everyone is in the room. At the hybrid event, Zhejiang
     * and Shanghai companies come to Hangzhou (Tianjin and Beijing join it online), Yunnan companies
     * cross to Lào Cai, the Red River delta comes to Hà Nội, the northern mountains to Lào Cai, and
     * companies from the centre and the south join the main point, Lào Cai, online. Some others join
     * online too.
     */
    private Point point(Venue venue, String country, String province) {
        boolean online = random.nextInt(100) < 20;
        if (venue == Venue.DAK_LAK) {
            return new Point("Quảng Châu", online && country.equals("VN"));
        }
        if (country.equals("CN")) {
            return switch (province) {
                case "33", "31" -> new Point("Hàng Châu", online);
                case "53" -> new Point("Lào Cai", online);
                default -> new Point("Hàng Châu", true);
            };
        }
        return switch (province) {
            case "01", "22", "24", "31", "33", "37", "38", "40" -> new Point("Hà Nội", online);
            case "04", "08", "11", "12", "14", "15", "19", "20", "25" -> new Point("Lào Cai", online);
            default -> new Point("Lào Cai", true);
        };
    }

    private record Point(String city, boolean online) {

        Attendance attendance() {
            return online ? Attendance.ONLINE : Attendance.IN_PERSON;
        }
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** "key:count" entries expanded to a list, e.g. {@code coffee:2} → coffee, coffee. */
    private static List<String> repeat(String... entries) {
        List<String> list = new ArrayList<>();
        for (String entry : entries) {
            int colon = entry.lastIndexOf(':');
            list.addAll(Collections.nCopies(Integer.parseInt(entry.substring(colon + 1)), entry.substring(0, colon)));
        }
        return list;
    }
}
