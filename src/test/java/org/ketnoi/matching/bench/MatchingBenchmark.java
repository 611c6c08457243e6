package org.ketnoi.matching.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.matching.ListingTextCodes;
import org.ketnoi.matching.engine.EventSnapshot;
import org.ketnoi.matching.engine.ExposureBalancer;
import org.ketnoi.matching.engine.MatchListing;
import org.ketnoi.matching.engine.MatchParty;
import org.ketnoi.matching.engine.MatchRules;
import org.ketnoi.matching.engine.Recommender;
import org.ketnoi.taxonomy.Certification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Speed and exposure on a generated 20,000-participant event: every participant's list (batch, with
 * exposure balancing) and one participant's list (latency). Participants are built straight into an
 * {@link EventSnapshot}, bypassing the database; text codes come from the application's real {@link
 * ListingTextCodes} (cached by text, as in production). Run as docs/benchmarks.md says.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest
@ActiveProfiles("test")
class MatchingBenchmark {

    static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 20_000);
    static final int LIST = 20;
    static final double CAP = 2.0;

    /** code, vi, zh, en; the first products are the most common (Zipf-like draw). */
    static final String[][] PRODUCTS = {
        {"090111", "Cà phê nhân Robusta", "罗布斯塔咖啡生豆", "Robusta green coffee"},
        {"081060", "Sầu riêng tươi", "新鲜榴莲", "Fresh durian"},
        {"030617", "Tôm thẻ đông lạnh", "冷冻白虾", "Frozen whiteleg shrimp"},
        {"090411", "Hồ tiêu đen", "黑胡椒", "Black pepper"},
        {"080132", "Hạt điều nhân", "腰果仁", "Cashew kernels"},
        {"081090", "Thanh long ruột đỏ", "红心火龙果", "Red dragon fruit"},
        {"100630", "Gạo ST25", "越南香米", "ST25 fragrant rice"},
        {"400122", "Cao su SVR 10", "天然橡胶", "Natural rubber SVR 10"},
        {"090121", "Cà phê rang xay", "烘焙咖啡粉", "Roasted ground coffee"},
        {"030462", "Cá tra phi lê đông lạnh", "冷冻巴沙鱼柳", "Frozen pangasius fillets"},
        {"090210", "Chè xanh", "绿茶", "Green tea"},
        {"210111", "Cà phê hòa tan", "速溶咖啡", "Instant coffee"},
        {"081190", "Sầu riêng đông lạnh", "冷冻榴莲肉", "Frozen durian pulp"},
        {"030695", "Tôm khô", "虾干", "Dried shrimp"},
        {"170490", "Kẹo sầu riêng", "榴莲糖", "Durian candy"},
        {"851671", "Máy pha cà phê", "咖啡机", "Coffee machine"},
        {"310520", "Phân bón NPK", "复合肥", "NPK fertiliser"},
        {"842240", "Máy đóng gói", "包装机", "Packing machine"},
        {"080131", "Hạt điều thô", "带壳腰果", "Raw cashew nuts"},
        {"030636", "Tôm sú tươi", "冰鲜草虾", "Chilled tiger prawns"},
        {"440839", "Gỗ lạng", "单板", "Wood veneer"},
        {"610910", "Áo thun cotton", "棉质T恤", "Cotton T-shirts"},
        {"940360", "Đồ gỗ nội thất", "木制家具", "Wooden furniture"},
        {"854140", "Tấm pin mặt trời", "太阳能电池板", "Solar panels"},
        {"870899", "Phụ tùng ô tô", "汽车零部件", "Car parts"},
    };

    @Autowired
    ListingTextCodes textCodes;

    @Test
    void benchmark() {
        List<MatchParty> parties = generate(new Random(20_000));
        long start = System.nanoTime();
        EventSnapshot snapshot = new EventSnapshot(parties, new MatchRules(true, false), Set.of());
        long indexMs = (System.nanoTime() - start) / 1_000_000;

        Recommender recommender = new Recommender();
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            recommender.recommend(snapshot, random.nextInt(PARTICIPANTS), LIST);
        }
        long[] nanos = new long[3_000];
        for (int i = 0; i < nanos.length; i++) {
            int reader = random.nextInt(PARTICIPANTS);
            long t = System.nanoTime();
            recommender.recommend(snapshot, reader, LIST);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);

        start = System.nanoTime();
        ExposureBalancer.Result result = new ExposureBalancer().recommendAll(snapshot, LIST, CAP);
        long allMs = (System.nanoTime() - start) / 1_000_000;

        double meanLength =
                result.plain().stream().mapToInt(List::size).average().orElse(0);
        System.out.printf(
                Locale.ROOT,
                "participants %d, listings %d, processors %d%nindex built in %d ms%n"
                        + "one participant (limit %d), %d requests: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n"
                        + "every participant, with balancing: %d ms (%.2f s); mean list length %.1f%n"
                        + "exposure: %s%n",
                PARTICIPANTS,
                parties.stream().mapToInt(p -> p.listings().size()).sum(),
                Runtime.getRuntime().availableProcessors(),
                indexMs,
                LIST,
                nanos.length,
                percentile(nanos, 0.50),
                percentile(nanos, 0.95),
                percentile(nanos, 0.99),
                allMs,
                allMs / 1000.0,
                meanLength,
                result.stats());
        double[] caps = {1.25, 1.5, 2.0, 3.0, 5.0};
        List<ExposureBalancer.Stats> compared = new ExposureBalancer().compareCaps(snapshot, LIST, caps);
        System.out.println("| cap × average | Gini plain | Gini balanced | most lists | in no list | relevance kept |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < caps.length; i++) {
            ExposureBalancer.Stats stats = compared.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "| %.2f | %.3f | %.3f | %d | %d | %.1f %% |%n",
                    caps[i],
                    stats.giniPlain(),
                    stats.giniBalanced(),
                    stats.maxBalanced(),
                    stats.neverBalanced(),
                    100 * stats.relevanceKept());
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private List<MatchParty> generate(Random random) {
        List<MatchParty> parties = new ArrayList<>(PARTICIPANTS);
        long listingId = 1;
        Certification[] certifications = Certification.values();
        for (int i = 0; i < PARTICIPANTS; i++) {
            boolean vietnamese = random.nextDouble() < 0.6;
            boolean sells = vietnamese ? random.nextDouble() < 0.8 : random.nextDouble() < 0.25;
            ParticipantRole role = sells ? ParticipantRole.SELLER : ParticipantRole.BUYER;
            Set<Language> languages = EnumSet.of(vietnamese ? Language.VI : Language.ZH);
            if (random.nextDouble() < 0.3) {
                languages.add(Language.EN);
            }
            if (random.nextDouble() < 0.05) {
                languages.add(vietnamese ? Language.ZH : Language.VI);
            }
            List<MatchListing> listings = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int l = 0; l < count; l++) {
                String[] product = PRODUCTS[zipf(random, PRODUCTS.length)];
                String code = random.nextDouble() < 0.15 ? product[0].substring(0, 4) : product[0];
                LocalizedText title = vietnamese
                        ? new LocalizedText(product[1], null, random.nextDouble() < 0.3 ? product[3] : null)
                        : new LocalizedText(null, product[2], random.nextDouble() < 0.3 ? product[3] : null);
                Set<Certification> held = random.nextDouble() < 0.5
                        ? Set.of(certifications[random.nextInt(certifications.length)])
                        : Set.of();
                listings.add(new MatchListing(
                        listingId++,
                        sells ? ListingKind.OFFER : ListingKind.NEED,
                        List.of(code),
                        textCodes.of(title),
                        held,
                        Set.of(vietnamese ? "CN" : "VN")));
            }
            parties.add(new MatchParty(
                    i + 1,
                    100_000 + i,
                    vietnamese ? "VN" : "CN",
                    role,
                    languages,
                    Set.of(),
                    random.nextDouble() < 0.3
                            ? Set.of(certifications[random.nextInt(certifications.length)])
                            : Set.of(),
                    Set.of(vietnamese ? "CN" : "VN"),
                    random.nextInt(5),
                    listings));
        }
        return parties;
    }

    /** An index in [0, n) drawn with probability proportional to 1 / (rank + 1). */
    private static int zipf(Random random, int n) {
        double total = 0;
        for (int k = 1; k <= n; k++) {
            total += 1.0 / k;
        }
        double x = random.nextDouble() * total;
        for (int k = 1; k <= n; k++) {
            x -= 1.0 / k;
            if (x <= 0) {
                return k - 1;
            }
        }
        return n - 1;
    }
}
