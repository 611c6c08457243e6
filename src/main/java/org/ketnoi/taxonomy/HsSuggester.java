package org.ketnoi.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.ketnoi.i18n.Language;

/**
 * Suggests HS subheadings for a product described in free text in Vietnamese (with or without tones),
 * Chinese or English, e.g. "cà phê nhân Robusta", "榴莲", "cashew kernels". Built once at start-up
 * over an in-memory Lucene index of every HS name and both national tariffs; thread-safe.
 */
public final class HsSuggester {

    /** How many matching documents are read to rank subheadings: enough for any realistic limit. */
    private static final int CANDIDATES = 300;
    /** Further matching lines of a subheading add this share of their score to its best one. */
    private static final double SUPPORT = 0.15;

    /** Share of the other subheadings' scores in the same heading added to a subheading's. */
    private static final double HEADING = 0.2;

    /** Other headings' subheadings scoring at least this share of the best come before guesses. */
    private static final double NEARLY_AS_GOOD = 0.75;

    private static final int NONE = -1;

    private final HsNomenclature hs;
    private final CompletableFuture<HsSuggestIndex> index;
    private final HsQueries queries;

    private HsSuggester(HsNomenclature hs, CompletableFuture<HsSuggestIndex> index, HsQueries queries) {
        this.hs = hs;
        this.index = index;
        this.queries = queries;
    }

    /** Builds the index now, in this thread (tests, the benchmark). */
    static HsSuggester build(HsNomenclature hs) {
        Analyzer analyzer = HsAnalyzers.perField();
        return new HsSuggester(
                hs,
                CompletableFuture.completedFuture(HsSuggestIndex.build(hs, analyzer)),
                new HsQueries(analyzer, HsBridge.load()));
    }

    /**
     * Builds the index in a background thread, so the application starts without waiting for it;
     * the first suggestions wait until it is ready (a few seconds after start-up).
     */
    static HsSuggester buildInBackground(HsNomenclature hs, Executor executor) {
        Analyzer analyzer = HsAnalyzers.perField();
        CompletableFuture<HsSuggestIndex> index =
                CompletableFuture.supplyAsync(() -> HsSuggestIndex.build(hs, analyzer), executor);
        return new HsSuggester(hs, index, new HsQueries(analyzer, HsBridge.load()));
    }

    /** Completes with the number of indexed documents once the index is built. */
    CompletableFuture<Integer> ready() {
        return index.thenApply(HsSuggestIndex::size);
    }

    /**
     * The subheadings best matching a product description, best first, at most {@code limit}, with
     * names in the reader's language. Blank text or a text without any known word gives an empty list.
     */
    public List<HsSuggestion> suggest(String text, Language reader, int limit) {
        return suggest(text, reader, limit, NONE);
    }

    /** Like {@link #suggest(String, Language, int)}, ignoring one document (the benchmark's left-out line). */
    List<HsSuggestion> suggest(String text, Language reader, int limit, int ignoredDocument) {
        if (text.isBlank() || limit <= 0) {
            return List.of();
        }
        Map<String, Double> ranked = ranked(score(queries.of(text.strip()), ignoredDocument));
        if (ranked.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<String, Double>> chosen = byHeading(ranked, limit);
        double best = chosen.getFirst().getValue();
        List<HsSuggestion> suggestions = new ArrayList<>();
        double previous = 1;
        for (Map.Entry<String, Double> entry : chosen) {
            // Ordered by heading first, so a later subheading may score more than an earlier one.
            previous = Math.min(previous, entry.getValue() / best);
            suggestions.add(suggestion(entry.getKey(), previous, reader));
        }
        return List.copyOf(suggestions);
    }

    /** Per subheading with any evidence: its own score plus a share of its heading's other evidence. */
    private static Map<String, Double> ranked(Map<String, double[]> scores) {
        Map<String, Double> combined = new HashMap<>();
        Map<String, Double> byHeading = new HashMap<>();
        scores.forEach((digits, score) -> {
            combined.put(digits, combined(score));
            byHeading.merge(digits.substring(0, 4), combined(score), Double::sum);
        });
        Map<String, Double> ranked = new HashMap<>();
        combined.entrySet().forEach(entry -> ranked.put(entry.getKey(), withHeading(entry, byHeading)));
        return ranked;
    }

    /**
     * Headings in the order of their best subheading; within each, its subheadings by score. The best
     * heading is much surer than any one subheading (a left-out line often leaves its subheading with
     * no words of the text's language at all), so its subheadings come first: those with evidence by
     * score, then other headings' subheadings scoring nearly as well as the best, then the best
     * heading's subheadings without evidence in code order, then the rest by heading.
     */
    private List<Map.Entry<String, Double>> byHeading(Map<String, Double> ranked, int limit) {
        List<Map.Entry<String, Double>> sorted = ranked.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        Map<String, List<Map.Entry<String, Double>>> headings = new LinkedHashMap<>();
        sorted.forEach(entry -> headings.computeIfAbsent(heading(entry.getKey()), key -> new ArrayList<>())
                .add(entry));
        String best = heading(sorted.getFirst().getKey());
        Set<Map.Entry<String, Double>> chosen = new LinkedHashSet<>(headings.get(best));
        sorted.stream()
                .filter(entry ->
                        entry.getValue() >= NEARLY_AS_GOOD * sorted.getFirst().getValue())
                .forEach(chosen::add);
        hs.children(HsCode.of(best)).stream()
                .map(entry -> entry.code().digits())
                .filter(digits -> !ranked.containsKey(digits))
                .forEach(digits -> chosen.add(Map.entry(digits, 0.0)));
        headings.values().forEach(chosen::addAll);
        return chosen.stream().limit(limit).toList();
    }

    private static String heading(String subheading) {
        return subheading.substring(0, 4);
    }

    OptionalInt documentOf(HsCode line) {
        return index.join().documentOf(line);
    }

    int documents() {
        return index.join().size();
    }

    /** Per subheading: its own document's score, its best line's and the sum of its lines'. */
    private Map<String, double[]> score(Query query, int ignoredDocument) {
        HsSuggestIndex index = this.index.join();
        ScoreDoc[] found;
        try {
            found = index.searcher().search(query, CANDIDATES).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, double[]> scores = new HashMap<>();
        for (ScoreDoc match : found) {
            if (match.doc != ignoredDocument) {
                double[] score = scores.computeIfAbsent(index.subheadingOf(match.doc), key -> new double[3]);
                if (index.isSubheading(match.doc)) {
                    score[0] = match.score;
                } else {
                    score[1] = Math.max(score[1], match.score);
                    score[2] += match.score;
                }
            }
        }
        return scores;
    }

    /** The subheading's names and context plus its best line, helped a little by its other lines. */
    private static double combined(double[] score) {
        return score[0] + score[1] + SUPPORT * Math.min(score[2] - score[1], 2 * score[1]);
    }

    /** Evidence for the other subheadings of the same heading counts a little: the heading is surer. */
    private static double withHeading(Map.Entry<String, Double> entry, Map<String, Double> byHeading) {
        double others = byHeading.get(entry.getKey().substring(0, 4)) - entry.getValue();
        return entry.getValue() + HEADING * Math.min(others, entry.getValue());
    }

    private HsSuggestion suggestion(String digits, double score, Language reader) {
        HsCode code = HsCode.of(digits);
        String name = hs.find(code).map(entry -> entry.name().in(reader)).orElse("");
        return new HsSuggestion(code, name, Math.round(score * 1000) / 1000.0);
    }
}
