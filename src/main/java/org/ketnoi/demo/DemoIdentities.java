package org.ketnoi.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.company.CompanyContacts;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.EmployeeBand;
import org.ketnoi.company.RevenueBand;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;
import org.ketnoi.taxonomy.Country;
import org.ketnoi.taxonomy.Geography;
import org.ketnoi.taxonomy.Province;

/**
 * Who a generated company is: its name and description from the kind's templates, where it is, its
 * size, tax code ({@link DemoTaxCodes}) and contact. Names are unique.
 */
final class DemoIdentities {

    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

    /** Everything about a company except what it trades. */
    record Identity(
            String kind,
            LocalizedText name,
            LocalizedText description,
            String province,
            String address,
            @Nullable String website,
            String taxCode,
            CompanyContacts contacts) {}

    private final DemoWords words;
    private final Geography geography;
    private final Random random;
    private final DemoTaxCodes taxCodes;
    private final Set<String> names = new HashSet<>();

    DemoIdentities(DemoWords words, Geography geography, Random random) {
        this.words = words;
        this.geography = geography;
        this.random = random;
        this.taxCodes = new DemoTaxCodes(random);
    }

    Identity vietnamese(String kind, DemoProduct product, String province) {
        Province where = geography.province(Country.VN, province).orElseThrow();
        List<String> places = words.list("vn.places." + province);
        String place = places.isEmpty() ? where.name().in(Language.VI) : pick(places);
        Map<String, String> values = new HashMap<>();
        values.put("trade", product.trade().vi());
        values.put("tradeEn", product.trade().en());
        values.put("noun", product.noun().vi());
        values.put("nounEn", product.noun().en());
        values.put("place", place);
        values.put("placeEn", ascii(place));
        values.put("province", where.name().in(Language.VI));
        values.put("provinceEn", where.name().in(Language.EN));
        String[] name = uniqueName(kind, values, words.list("vn.brands"), brand -> ascii(brand));
        String[] text = texts(kind, values);
        String slug = slug(name[1]);
        String person = province.equals("66") && kind.equals("COOPERATIVE") && random.nextBoolean()
                ? pick(words.list("vn.highland"))
                : pick(words.list("vn.surnames")) + " " + pick(words.list("vn.middle")) + " "
                        + pick(words.list("vn.given"));
        String phone = "+84 9" + digits(1) + " " + digits(3) + " " + digits(4);
        return new Identity(
                kind,
                new LocalizedText(name[0], null, name[1]),
                new LocalizedText(text[0], null, text[1]),
                province,
                place + ", " + where.name().in(Language.VI),
                random.nextBoolean() ? "https://" + slug + ".example" : null,
                taxCodes.vietnamese(province),
                new CompanyContacts(
                        person, pick(List.of("lienhe", "kinhdoanh", "export")) + "@" + slug + ".example", phone));
    }

    Identity chinese(String kind, DemoProduct product, String province) {
        Province where = geography.province(Country.CN, province).orElseThrow();
        String[] city = pick(words.list("cn.cities." + province)).split(":");
        Map<String, String> values = new HashMap<>();
        values.put("trade", product.trade().zh());
        values.put("tradeEn", product.trade().en());
        values.put("noun", product.noun().zh());
        values.put("nounEn", product.noun().en());
        values.put("city", city[0]);
        values.put("cityEn", city[1]);
        values.put("region", words.name("cn.region." + province));
        values.put("regionEn", words.name("cn.region.en." + province));
        String[] name = uniqueName(kind, values, words.list("cn.brands"), brand -> brand);
        String[] text = texts(kind, values);
        String slug = slug(name[1]);
        String address =
                MUNICIPALITIES.contains(province) ? city[0] : where.fullName().in(Language.ZH) + city[0];
        String person = pick(words.list("cn.surnames")) + pick(words.list("cn.given"));
        String phone = "+86 1" + pick(List.of("3", "5", "8")) + digits(1) + " " + digits(4) + " " + digits(4);
        return new Identity(
                kind,
                new LocalizedText(null, name[0], name[1]),
                new LocalizedText(null, text[0], text[1]),
                province,
                address,
                random.nextBoolean() ? "https://www." + slug + ".example" : null,
                taxCodes.chinese(city[2]),
                new CompanyContacts(
                        person, pick(List.of("info", "trade", "purchasing")) + "@" + slug + ".example", phone));
    }

    CompanyDetails details(
            Identity identity,
            DemoProduct product,
            List<Certification> certifications,
            Set<Language> languages,
            String country) {
        boolean cooperative = identity.kind().equals("COOPERATIVE");
        boolean small = Set.of("ECOMMERCE", "TECH", "BUYER", "PROJECT").contains(identity.kind());
        int band = cooperative || small ? random.nextInt(2) : 1 + random.nextInt(3);
        EmployeeBand employees = EmployeeBand.values()[band];
        RevenueBand revenue =
                cooperative ? RevenueBand.UNDER_1M : RevenueBand.values()[Math.max(0, band - 1 + random.nextInt(2))];
        List<String> sectors = switch (identity.kind()) {
            case "INVESTOR", "TECH" -> List.of("investment_technology", "food_processing");
            case "PROCESSOR" -> List.of(product.sector(), "food_processing");
            default -> List.of(product.sector());
        };
        return new CompanyDetails(
                identity.name(),
                identity.description(),
                country,
                identity.province(),
                identity.address(),
                identity.website(),
                cooperative ? 2008 + random.nextInt(16) : 1995 + random.nextInt(28),
                employees,
                revenue,
                sectors,
                certifications,
                exportMarkets(identity.kind(), country),
                languages,
                identity.taxCode(),
                identity.contacts());
    }

    /**
     * What a company holds: a few of the product's usual certificates, a cooperative's OCOP stars. In
     * the Đắk Lắk showcase, durian growers hold the growing-area code but not a GACC registration.
     */
    List<Certification> certifications(String kind, DemoProduct product, boolean showcase) {
        Set<Certification> held = EnumSet.noneOf(Certification.class);
        switch (kind) {
            case "EXPORTER", "COOPERATIVE", "MAKER" -> {
                List<Certification> usual = new ArrayList<>(product.certifications().stream()
                        .filter(c -> !c.name().startsWith("OCOP"))
                        .toList());
                java.util.Collections.shuffle(usual, random);
                held.addAll(usual.subList(0, Math.min(usual.size(), 1 + random.nextInt(3))));
                if (random.nextInt(10) < (kind.equals("COOPERATIVE") ? 7 : 2)) {
                    int stars = random.nextInt(20);
                    held.add(
                            stars < 8
                                    ? Certification.OCOP_3
                                    : stars < 17 ? Certification.OCOP_4 : Certification.OCOP_5);
                }
                if (showcase) {
                    held.remove(Certification.GACC_REGISTRATION);
                    held.remove(Certification.PLANT_QUARANTINE_CODE);
                    if (product.key().startsWith("durian")) {
                        held.add(Certification.PLANT_QUARANTINE_CODE);
                    }
                }
            }
            case "SELLER" -> held.add(Certification.ISO_9001);
            case "PROCESSOR" -> {
                held.add(Certification.HACCP);
                if (random.nextBoolean()) {
                    held.add(Certification.ISO_22000);
                }
            }
            default -> {}
        }
        return List.copyOf(held);
    }

    Set<Language> vietnameseLanguages() {
        int r = random.nextInt(100);
        return r < 35
                ? Set.of(Language.VI)
                : r < 80
                        ? Set.of(Language.VI, Language.EN)
                        : r < 90 ? Set.of(Language.VI, Language.ZH) : Set.of(Language.VI, Language.EN, Language.ZH);
    }

    /** Yunnan traders near the border often speak Vietnamese. */
    Set<Language> chineseLanguages(String province) {
        int r = random.nextInt(100);
        if (province.equals("53") && r < 30) {
            return Set.of(Language.ZH, Language.VI);
        }
        return r < 50 ? Set.of(Language.ZH) : Set.of(Language.ZH, Language.EN);
    }

    private List<String> exportMarkets(String kind, String country) {
        List<String> markets = new ArrayList<>();
        if (country.equals("VN") && Set.of("EXPORTER", "COOPERATIVE", "MAKER").contains(kind)) {
            markets.add("CN");
            addSome(markets, List.of("JP", "KR", "US", "DE", "NL", "AE", "IN", "AU", "TW", "RU"), 3);
        } else if (country.equals("CN") && kind.equals("SELLER")) {
            markets.add("VN");
            addSome(markets, List.of("TH", "MY", "ID", "PH", "KH", "LA"), 2);
        }
        return markets;
    }

    private void addSome(List<String> markets, List<String> from, int most) {
        int count = random.nextInt(most + 1);
        for (int i = 0; i < count; i++) {
            String market = pick(from);
            if (!markets.contains(market)) {
                markets.add(market);
            }
        }
    }

    /** A name not used yet: the kind's template with a brand word, trying brands until one is free. */
    private String[] uniqueName(
            String kind, Map<String, String> values, List<String> brands, java.util.function.UnaryOperator<String> en) {
        List<String> templates = DemoWords.split(words.name("kind." + kind + ".name"), "|");
        List<String> templatesEn = DemoWords.split(words.name("kind." + kind + ".name.en"), "|");
        for (int attempt = 0; ; attempt++) {
            String[] brand = pick(brands).split(":");
            values.put("brand", brand[0]);
            values.put("brandEn", brand.length > 1 ? brand[1] : en.apply(brand[0]));
            int variant = random.nextInt(templates.size());
            String name = fill(templates.get(variant), values);
            if (names.add(name)) {
                return new String[] {name, fill(templatesEn.get(variant), values)};
            }
            if (attempt > 1000) {
                throw new IllegalStateException("Not enough demo brand words for " + kind);
            }
        }
    }

    /** One of the kind's descriptions and its English translation, filled in. */
    private String[] texts(String kind, Map<String, String> values) {
        List<String> variants = DemoWords.split(words.name("kind." + kind + ".text"), "|");
        List<String> variantsEn = DemoWords.split(words.name("kind." + kind + ".text.en"), "|");
        int variant = random.nextInt(variants.size());
        return new String[] {fill(variants.get(variant), values), fill(variantsEn.get(variant), values)};
    }

    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Vietnamese without diacritics, for English names: "Đắk Lắk" → "Dak Lak". */
    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }

    /** A web name from the English company name without its legal form: "Binh An Coffee JSC" → binh-an-coffee. */
    private static String slug(String englishName) {
        return ascii(englishName.replaceAll("(?i)co\\., ltd\\.|\\bjsc\\b|one member", " "))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}
