package org.ketnoi.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
        Map<String, double[]> scores = score(queries.of(text.strip()), ignoredDocument);
        List<Map.Entry<String, Double>> ranked = scores.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), combined(entry.getValue())))
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .toList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        double best = ranked.getFirst().getValue();
        return ranked.stream()
                .map(entry -> suggestion(entry.getKey(), entry.getValue() / best, reader))
                .toList();
    }

    OptionalInt documentOf(HsCode line) {
        return index.join().documentOf(line);
    }

    int documents() {
        return index.join().size();
    }

    /** Per subheading: its best document's score and the sum of all its documents' scores. */
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
                double[] score = scores.computeIfAbsent(index.subheadingOf(match.doc), key -> new double[2]);
                score[0] = Math.max(score[0], match.score);
                score[1] += match.score;
            }
        }
        return scores;
    }

    private static double combined(double[] score) {
        return score[0] + SUPPORT * Math.min(score[1] - score[0], 2 * score[0]);
    }

    private HsSuggestion suggestion(String digits, double score, Language reader) {
        HsCode code = HsCode.of(digits);
        String name = hs.find(code).map(entry -> entry.name().in(reader)).orElse("");
        return new HsSuggestion(code, name, Math.round(score * 1000) / 1000.0);
    }
}
