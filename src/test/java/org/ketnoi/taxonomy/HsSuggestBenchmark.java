package org.ketnoi.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ketnoi.i18n.Language;

/**
 * Accuracy and latency of {@link HsSuggester}, leave-one-out: every national line is asked for by its
 * own text with its own document ignored, so the figures measure generalisation, not look-up. Not part
 * of the normal build; run it as docs/benchmarks.md says ({@code -Dbenchmark=true}).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class HsSuggestBenchmark {

    private static final int TOP = 5;
    private static final int WARM_UP = 3000;
    // A line whose own text is only "Other" (under whatever "Other" sits above it) says nothing.
    private static final Pattern UNINFORMATIVE =
            Pattern.compile("^((Loại khác|Khác)(\\s*\\(SEN\\))?\\s*(>\\s*)?)+$", Pattern.CASE_INSENSITIVE);

    private final HsNomenclature hs = HsNomenclatureLoader.load();
    private final HsSuggester suggester = buildTimed();

    private HsSuggester buildTimed() {
        long start = System.nanoTime();
        HsSuggester built = HsSuggester.build(hs);
        System.out.printf(
                Locale.ROOT,
                "index built in %d ms, %d documents, heap used %d MB%n",
                (System.nanoTime() - start) / 1_000_000,
                built.documents(),
                usedMegabytes());
        return built;
    }

    @Test
    void benchmark() {
        List<HsEntry> cn = lines(Country.CN);
        List<HsEntry> vn = lines(Country.VN);
        warmUp(cn, vn);
        System.out.println("| set | queries | top-1 @6 | top-5 @6 | top-1 @4 | top-5 @4 | p50 ms | p95 ms | p99 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        run(
                "(a) CN 8-digit, zh own text",
                cn,
                line -> line.name().exactly(Language.ZH).orElse(""));
        run("(b1) VN 8-digit, vi own text", vn, HsSuggestBenchmark::vietnamese);
        List<HsEntry> informative = vn.stream()
                .filter(Predicate.not(HsSuggestBenchmark::uninformative))
                .toList();
        run("(b2) VN 8-digit, vi own text, informative lines", informative, HsSuggestBenchmark::vietnamese);
        run("(b3) VN 8-digit, vi own text + parent path", vn, this::withPath);
        run(
                "(c) CN 8-digit, en own text",
                cn,
                line -> line.name().exactly(Language.EN).orElse(""));
    }

    private List<HsEntry> lines(Country country) {
        List<HsEntry> lines = new ArrayList<>();
        for (HsEntry chapter : hs.chapters()) {
            for (HsEntry heading : hs.children(chapter.code())) {
                for (HsEntry subheading : hs.children(heading.code())) {
                    lines.addAll(hs.nationalLines(subheading.code(), country));
                }
            }
        }
        return lines;
    }

    private void warmUp(List<HsEntry> cn, List<HsEntry> vn) {
        for (int i = 0; i < WARM_UP; i++) {
            HsEntry line = (i % 2 == 0 ? cn : vn).get(i * 7 % Math.min(cn.size(), vn.size()));
            suggester.suggest(line.name().in(Language.VI), Language.VI, TOP, ignored(line));
        }
    }

    private void run(String set, List<HsEntry> lines, Function<HsEntry, String> query) {
        int[] hits = new int[4];
        long[] nanos = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            HsEntry line = lines.get(i);
            String text = query.apply(line);
            long start = System.nanoTime();
            List<HsSuggestion> top = suggester.suggest(text, Language.VI, TOP, ignored(line));
            nanos[i] = System.nanoTime() - start;
            count(line.code().digits(), top, hits);
        }
        Arrays.sort(nanos);
        double n = lines.size();
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %.2f | %.2f | %.2f |%n",
                set,
                lines.size(),
                100 * hits[0] / n,
                100 * hits[1] / n,
                100 * hits[2] / n,
                100 * hits[3] / n,
                millis(nanos, 0.50),
                millis(nanos, 0.95),
                millis(nanos, 0.99));
    }

    /** hits: top-1 at 6 digits, top-5 at 6, top-1 at 4, top-5 at 4. */
    private static void count(String digits, List<HsSuggestion> top, int[] hits) {
        String subheading = digits.substring(0, 6);
        String heading = digits.substring(0, 4);
        List<String> codes =
                top.stream().map(suggestion -> suggestion.code().digits()).toList();
        if (!codes.isEmpty() && codes.getFirst().equals(subheading)) hits[0]++;
        if (codes.contains(subheading)) hits[1]++;
        if (!codes.isEmpty() && codes.getFirst().startsWith(heading)) hits[2]++;
        if (codes.stream().anyMatch(code -> code.startsWith(heading))) hits[3]++;
    }

    private int ignored(HsEntry line) {
        return suggester.documentOf(line.code()).orElseThrow();
    }

    private static String vietnamese(HsEntry line) {
        return line.name().exactly(Language.VI).orElse("");
    }

    private static boolean uninformative(HsEntry line) {
        return UNINFORMATIVE.matcher(vietnamese(line).strip()).matches();
    }

    /** The text a reader of the tariff sees: the subheading's path of rows, then the line's own text. */
    private String withPath(HsEntry line) {
        String path = hs.find(HsCode.of(line.code().digits().substring(0, 6)))
                .flatMap(subheading -> subheading.name().exactly(Language.VI))
                .orElse("");
        return path + " > " + vietnamese(line);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static long usedMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
