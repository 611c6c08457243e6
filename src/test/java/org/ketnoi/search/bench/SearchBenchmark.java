package org.ketnoi.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.search.Facet;
import org.ketnoi.search.SearchBenchKit;
import org.ketnoi.search.SearchRequest;
import org.ketnoi.search.SearchService;
import org.ketnoi.taxonomy.Certification;
import org.ketnoi.taxonomy.Country;
import org.ketnoi.taxonomy.Geography;
import org.ketnoi.taxonomy.HsCode;
import org.ketnoi.taxonomy.HsNomenclature;
import org.ketnoi.taxonomy.HsSuggester;
import org.ketnoi.taxonomy.Province;
import org.ketnoi.taxonomy.Sector;
import org.ketnoi.taxonomy.SectorCatalog;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/**
 * Indexing throughput and query latency of search with 20,000 companies and 100,000 listings,
 * generated straight into a Lucene index (no database: the query side is what is measured; the
 * documents are built by the production document builder). Queries go through the real
 * {@link SearchService}, HS bridge, facets and labels included. Not part of the normal build; run it
 * as docs/benchmarks.md says ({@code -Dbenchmark=true}).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SearchBenchmark {

    private static final int COMPANIES = 20_000;
    private static final int LISTINGS = 100_000;
    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 6_000;

    /** HS code, Vietnamese, Chinese, English: the goods Vietnam–China trade fairs are about. */
    private static final String[][] PRODUCTS = {
        {"090111", "Cà phê nhân Robusta", "罗布斯塔生咖啡豆", "Robusta green coffee beans"},
        {"090121", "Cà phê rang xay", "焙炒咖啡", "Roasted ground coffee"},
        {"081060", "Sầu riêng Ri6 tươi", "新鲜榴莲", "Fresh Ri6 durian"},
        {"081060", "Sầu riêng Monthong đông lạnh", "冷冻金枕榴莲", "Frozen Monthong durian"},
        {"080132", "Hạt điều nhân W320", "腰果仁 W320", "Cashew kernels W320"},
        {"090411", "Hạt tiêu đen", "黑胡椒", "Black pepper"},
        {"100630", "Gạo ST25", "ST25 大米", "ST25 fragrant rice"},
        {"030617", "Tôm thẻ chân trắng đông lạnh", "冷冻南美白对虾", "Frozen whiteleg shrimp"},
        {"030462", "Cá tra phi lê đông lạnh", "冷冻巴沙鱼片", "Frozen pangasius fillets"},
        {"081090", "Thanh long ruột đỏ", "红心火龙果", "Red dragon fruit"},
        {"081090", "Vải thiều Lục Ngạn", "陆岸荔枝", "Luc Ngan lychee"},
        {"080450", "Xoài cát Hòa Lộc", "和禄芒果", "Hoa Loc mango"},
        {"090230", "Chè đen Thái Nguyên", "太原红茶", "Thai Nguyen black tea"},
        {"071410", "Tinh bột sắn", "木薯淀粉", "Tapioca starch"},
        {"400122", "Cao su thiên nhiên SVR 10", "天然橡胶 SVR 10", "Natural rubber SVR 10"},
        {"940360", "Bàn ghế gỗ nội thất", "实木家具", "Wooden furniture"},
        {"610910", "Áo thun cotton", "纯棉T恤", "Cotton T-shirts"},
        {"640399", "Giày da", "皮鞋", "Leather shoes"},
        {"851713", "Điện thoại thông minh", "智能手机", "Smartphones"},
        {"854143", "Tấm pin năng lượng mặt trời", "太阳能电池板", "Solar panels"},
        {"843352", "Máy gặt đập liên hợp", "联合收割机", "Combine harvesters"},
        {"310520", "Phân bón NPK", "NPK 复合肥", "NPK fertiliser"},
        {"690721", "Gạch ốp lát", "瓷砖", "Ceramic tiles"},
        {"720851", "Thép tấm cán nóng", "热轧钢板", "Hot-rolled steel plates"},
        {"170199", "Đường tinh luyện", "精制白糖", "Refined sugar"},
        {"080119", "Dừa tươi Bến Tre", "槟椥新鲜椰子", "Fresh Ben Tre coconut"},
        {"200899", "Mít sấy giòn", "菠萝蜜干", "Dried jackfruit chips"},
        {"190219", "Phở khô", "越南河粉", "Dried pho noodles"},
        {"330499", "Mỹ phẩm thiên nhiên", "天然化妆品", "Natural cosmetics"},
        {"870899", "Phụ tùng ô tô", "汽车零部件", "Auto parts"},
    };

    private static final String[][] QUALIFIERS = {
        {"loại 1", "一级", "grade 1"},
        {"xuất khẩu", "出口级", "export quality"},
        {"hữu cơ", "有机", "organic"},
        {"giá tốt", "价格优惠", "competitive price"},
        {"số lượng lớn", "大批量", "bulk"},
        {"đóng gói theo yêu cầu", "按要求包装", "custom packing"},
    };
    private static final String[] QUERIES = {
        "ca phe",
        "cà phê robusta",
        "sầu riêng",
        "sau rieng dong lanh",
        "hạt điều",
        "hat tieu den",
        "gạo ST25",
        "tôm đông lạnh",
        "ca tra",
        "thanh long",
        "vai thieu",
        "phân bón",
        "thép",
        "đồ gỗ nội thất",
        "咖啡",
        "榴莲",
        "腰果",
        "大米",
        "冷冻虾",
        "火龙果",
        "荔枝",
        "橡胶",
        "太阳能电池板",
        "红茶",
        "家具",
        "coffee beans",
        "durian",
        "cashew nuts",
        "frozen shrimp",
        "rice",
        "black pepper",
        "solar panels",
        "rubber",
        "organic tea",
        "tiles",
        "0901.11",
        "0810",
        "mango",
        "smartphones",
        "fertilisers",
    };

    private final Random random = new Random(42);

    @Test
    void benchmark() throws Exception {
        // Surefire runs tests with -ea; Lucene's assertions then cost more than the searches (see the
        // "benchmark" profile in pom.xml, which turns them off when -Dbenchmark=true).
        System.out.println("JVM assertions in Lucene: "
                + (org.apache.lucene.search.IndexSearcher.class.desiredAssertionStatus()
                        ? "ON (timings not representative of production)"
                        : "off, as in production"));
        // -Dbenchmark.queryCache=false: no Lucene query cache, so repeated queries cost their full price.
        if ("false".equals(System.getProperty("benchmark.queryCache"))) {
            org.apache.lucene.search.IndexSearcher.setDefaultQueryCache(null);
            System.out.println("Lucene query cache: off");
        }
        try (AnnotationConfigApplicationContext taxonomy = taxonomy()) {
            HsSuggester suggester = taxonomy.getBean(HsSuggester.class);
            suggester.suggest("warm", Language.EN, 1);
            Path directory = Files.createTempDirectory("ketnoi-search-bench");
            try (SearchBenchKit kit = new SearchBenchKit(
                    directory,
                    taxonomy.getBean(SectorCatalog.class),
                    suggester,
                    messages(),
                    taxonomy.getBean(Geography.class),
                    taxonomy.getBean(HsNomenclature.class))) {
                index(kit, taxonomy.getBean(Geography.class), taxonomy.getBean(SectorCatalog.class));
                query(kit.service());
                coldBrowse(kit);
            }
        }
    }

    private void index(SearchBenchKit kit, Geography geography, SectorCatalog sectors) {
        long start = System.nanoTime();
        List<CompanySummary> companies = new ArrayList<>();
        Certification[] certifications = Certification.values();
        String[] markets = {"CN", "VN", "US", "JP", "KR", "DE", "AU", "TH"};
        for (int i = 1; i <= COMPANIES; i++) {
            String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
            CompanySummary company = company(i, geography, product);
            companies.add(company);
            LocalizedText description = languages(
                    "Chuyên sản xuất và xuất khẩu " + product[1].toLowerCase(Locale.ROOT) + ", nhà máy đạt chuẩn.",
                    "专业生产和出口" + product[2] + "，工厂通过认证。",
                    "We produce and export " + product[3].toLowerCase(Locale.ROOT) + " from a certified plant.");
            List<String> sectorCodes = HsCode.parse(product[0])
                    .map(code ->
                            sectors.sectorsOf(code).stream().map(Sector::code).toList())
                    .orElse(List.of());
            List<Certification> held =
                    random.nextInt(2) == 0 ? List.of() : List.of(certifications[random.nextInt(certifications.length)]);
            List<String> exportsTo =
                    List.of(markets[random.nextInt(markets.length)], markets[random.nextInt(markets.length)]);
            kit.addCompany(
                    company,
                    description,
                    sectorCodes,
                    held,
                    exportsTo.stream().distinct().toList());
        }
        ListingKind[] kinds = ListingKind.values();
        for (int i = 1; i <= LISTINGS; i++) {
            String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
            String[] qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
            LocalizedText title = languages(
                    product[1] + " " + qualifier[0], product[2] + qualifier[1], product[3] + ", " + qualifier[2]);
            LocalizedText description = languages(
                    product[1] + " " + qualifier[0] + ", giao hàng FOB Hải Phòng, thanh toán L/C.",
                    product[2] + "，" + qualifier[1] + "，FOB 海防交货，信用证付款。",
                    product[3] + ", " + qualifier[2] + ", delivered FOB Hai Phong, payment by L/C.");
            List<Certification> held =
                    random.nextInt(3) == 0 ? List.of() : List.of(certifications[random.nextInt(certifications.length)]);
            ListingKind kind = random.nextInt(10) < 6 ? ListingKind.OFFER : kinds[random.nextInt(kinds.length)];
            kit.addListing(
                    i, kind, title, description, List.of(product[0]), held, companies.get(random.nextInt(COMPANIES)));
        }
        kit.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "indexed %d documents in %.1f s: %.0f docs/s (including commit)%n",
                COMPANIES + LISTINGS,
                seconds,
                (COMPANIES + LISTINGS) / seconds);
    }

    private CompanySummary company(int id, Geography geography, String[] product) {
        Country country = random.nextInt(10) < 6 ? Country.VN : Country.CN;
        List<Province> provinces = geography.provinces(country);
        Province province = provinces.get(random.nextInt(provinces.size()));
        LocalizedText name = new LocalizedText(
                "Công ty TNHH " + product[1] + " " + province.name().in(Language.VI) + " " + id,
                province.name().in(Language.ZH) + product[2] + "有限公司" + id,
                province.name().in(Language.EN) + " " + product[3] + " Co., Ltd. " + id);
        return new CompanySummary(new CompanyId(id), name, country.name(), province.code(), random.nextBoolean());
    }

    /** Most listings are written in one or two languages, a few in all three. */
    private LocalizedText languages(String vi, String zh, String en) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> new LocalizedText(vi, null, null);
            case 2 -> new LocalizedText(null, zh, null);
            case 3 -> new LocalizedText(vi, null, en);
            case 4 -> new LocalizedText(null, zh, en);
            default -> new LocalizedText(vi, zh, en);
        };
    }

    private void query(SearchService search) {
        List<SearchRequest> mix = new ArrayList<>();
        Language[] readers = Language.values();
        // -Dbenchmark.text=… measures one text only (profiling a slow one).
        String[] texts = System.getProperty("benchmark.text") == null
                ? QUERIES
                : new String[] {System.getProperty("benchmark.text")};
        for (int i = 0; i < 200; i++) {
            String text = texts[i % texts.length];
            Language reader = readers[i % readers.length];
            mix.add(
                    switch (i % 4) {
                        case 0, 1 -> SearchRequest.of(text, reader);
                        case 2 -> new SearchRequest(text, reader, null, filters(), 1);
                        default ->
                            new SearchRequest(i % 8 == 3 ? "" : text, reader, null, filters(), 1 + random.nextInt(3));
                    });
        }
        for (int i = 0; i < WARM_UP; i++) {
            search.search(mix.get(i % mix.size()));
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[MEASURED];
        long[] all = new long[MEASURED];
        List<Long> plain = new ArrayList<>();
        List<Long> faceted = new ArrayList<>();
        List<Long> browse = new ArrayList<>();
        Map<String, List<Long>> byText = new java.util.TreeMap<>();
        long totalHits = 0;
        for (int i = 0; i < MEASURED; i++) {
            SearchRequest request = mix.get(i % mix.size());
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            totalHits += search.search(request).total();
            all[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            (request.filters().isEmpty() ? plain : faceted).add(all[i]);
            if (request.text().isEmpty()) {
                browse.add(all[i]);
            }
            byText.computeIfAbsent(request.text() + " (" + request.reader().code() + ")", text -> new ArrayList<>())
                    .add(all[i]);
        }
        System.out.println("| queries | count | p50 ms | p95 ms | p99 ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        report("all", Arrays.stream(all).boxed().toList());
        report("text only", plain);
        report("with facet filters (incl. empty text)", faceted);
        report("empty text (browse by facets)", browse);
        report(
                "all, CPU time of the searching thread",
                Arrays.stream(cpu).boxed().toList());
        System.out.printf(Locale.ROOT, "average total hits per query: %d%n", totalHits / MEASURED);
        System.out.println("slowest texts (median ms):");
        byText.entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble(
                                (Map.Entry<String, List<Long>> entry) -> median(entry.getValue()))
                        .reversed())
                .limit(12)
                .forEach(entry ->
                        System.out.printf(Locale.ROOT, "  %s %.2f%n", entry.getKey(), median(entry.getValue())));
    }

    /**
     * Browse requests on a service that has counted nothing yet: what the first browse after an index
     * change costs, before its counts are cached.
     */
    private void coldBrowse(SearchBenchKit kit) {
        List<Long> cold = new ArrayList<>();
        Language[] readers = Language.values();
        for (int i = 0; i < 600; i++) {
            SearchRequest request = new SearchRequest("", readers[i % 3], null, i % 5 == 0 ? Map.of() : filters(), 1);
            SearchService fresh = kit.freshService();
            long start = System.nanoTime();
            fresh.search(request);
            if (i >= 100) {
                cold.add(System.nanoTime() - start);
            }
        }
        report("empty text, counts not cached yet", cold);
    }

    private Map<Facet, Set<String>> filters() {
        return switch (random.nextInt(4)) {
            case 0 -> Map.of(Facet.KIND, Set.of("OFFER"));
            case 1 -> Map.of(Facet.COUNTRY, Set.of("CN"), Facet.KIND, Set.of("NEED", "OFFER"));
            case 2 -> Map.of(Facet.CERTIFICATION, Set.of("VIETGAP", "HACCP"));
            default -> Map.of(Facet.CHAPTER, Set.of("08", "09"), Facet.COUNTRY, Set.of("VN"));
        };
    }

    private static void report(String name, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f |%n",
                name,
                sorted.length,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99));
    }

    private static double median(List<Long> nanos) {
        return percentile(nanos.stream().mapToLong(Long::longValue).sorted().toArray(), 0.5);
    }

    private static double percentile(long[] sorted, double share) {
        int at = Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1);
        return sorted[Math.max(0, at)] / 1e6;
    }

    /** The taxonomy module alone (nomenclature, provinces, sectors, HS suggester), without its web layer. */
    private static AnnotationConfigApplicationContext taxonomy() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context);
        scanner.addExcludeFilter(
                new RegexPatternTypeFilter(java.util.regex.Pattern.compile("org\\.ketnoi\\.taxonomy\\.web\\..*")));
        scanner.scan("org.ketnoi.taxonomy");
        context.refresh();
        return context;
    }

    private static ReloadableResourceBundleMessageSource messages() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasename("classpath:messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
