package org.ketnoi.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.ketnoi.i18n.Language;
import org.ketnoi.search.SearchResults.Snippet;
import org.ketnoi.search.SearchResults.SnippetPart;

/**
 * The passage of a hit's stored text where the query's words occur, with those words marked. Lucene's
 * {@link UnifiedHighlighter} analyses the stored text again with the field's analyzer, so what it marks
 * is exactly what the query matched: "ca phe" marks "cà phê", "roasting" marks "roasted", and
 * Chinese is read as character pairs, so "咖啡" marks the start of "咖啡豆". Only the hits of the page
 * shown are highlighted, and only in the languages whose field the hit matched (the index says which
 * at the cost of a postings lookup), which keeps the cost to about a page of re-analysis per search.
 *
 * <p>The result is text parts, never HTML: the page writes each part escaped, so a listing titled
 * {@code <script>} stays text.
 */
final class SearchSnippets {

    /** Passages aim at about this many characters: two lines under a result's title. */
    static final int PASSAGE_LENGTH = 160;

    /** A sentence longer than this (a description without full stops) is cut around its first match. */
    static final int MAX_SNIPPET = 300;

    private static final String CUT = "…";

    private final UnifiedHighlighter highlighter;

    SearchSnippets(Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
                .withFormatter(new PartsFormatter())
                .withMaxNoHighlightPassages(0)
                .build();
    }

    /**
     * The highlighting of one search: which text fields each hit matched is asked of the index
     * (cheap), so only those texts are analysed again (the costly part, Chinese above all).
     */
    Search forSearch(IndexSearcher searcher, Query query, Map<String, Query> perTextField) throws IOException {
        Map<String, Weight> weights = new HashMap<>();
        for (Map.Entry<String, Query> field : perTextField.entrySet()) {
            weights.put(
                    field.getKey(),
                    searcher.createWeight(searcher.rewrite(field.getValue()), ScoreMode.COMPLETE_NO_SCORES, 1));
        }
        return new Search(searcher.getIndexReader().leaves(), query, weights);
    }

    /** The snippets of one search's hits. */
    final class Search {

        private final List<LeafReaderContext> leaves;
        private final Query query;
        private final Map<String, Weight> weights;

        private Search(List<LeafReaderContext> leaves, Query query, Map<String, Weight> weights) {
            this.leaves = leaves;
            this.query = query;
            this.weights = weights;
        }

        /**
         * The best passage of the document's text that the query matches: in the reader's language
         * first, then in the others; empty when the document matched by HS code only.
         */
        Optional<Snippet> snippet(int docId, Document doc, Language reader) throws IOException {
            for (Language language : order(reader)) {
                String content = doc.get(SearchFields.text(language));
                if (content == null) {
                    continue;
                }
                Optional<Snippet> found = Optional.empty();
                if (matched(SearchFields.text(language), docId)) {
                    found = highlight(SearchFields.text(language), query, content);
                }
                if (found.isEmpty() && language == Language.ZH && matched(SearchFields.ZH_PAIRS_TEXT, docId)) {
                    found = highlight(SearchFields.ZH_PAIRS_TEXT, query, content);
                }
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private boolean matched(String field, int docId) throws IOException {
            Weight weight = weights.get(field);
            if (weight == null) {
                return false;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
            ScorerSupplier scorers = weight.scorerSupplier(leaf);
            if (scorers == null) {
                return false;
            }
            int target = docId - leaf.docBase;
            return scorers.get(1).iterator().advance(target) == target;
        }
    }

    private Optional<Snippet> highlight(String field, Query query, String content) throws IOException {
        return Optional.ofNullable((Snippet) highlighter.highlightWithoutSearcher(field, query, content, 1));
    }

    private static List<Language> order(Language reader) {
        List<Language> order = new ArrayList<>(List.of(reader));
        for (Language language : Language.values()) {
            if (language != reader) {
                order.add(language);
            }
        }
        return order;
    }

    /** Plain text parts, matched or not; overlapping matches (character pairs) become one part. */
    private static final class PartsFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage passage = passages[0];
            List<SnippetPart> parts = new ArrayList<>();
            int at = passage.getStartOffset();
            int end = passage.getEndOffset();
            boolean cutEnd = false;
            if (end - at > MAX_SNIPPET) {
                int first = passage.getNumMatches() == 0 ? at : passage.getMatchStarts()[0];
                int from = Math.max(at, first - MAX_SNIPPET / 3);
                if (from > at) {
                    parts.add(new SnippetPart(CUT, false));
                    at = from;
                }
                cutEnd = at + MAX_SNIPPET < end;
                end = Math.min(end, at + MAX_SNIPPET);
            }
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(at, passage.getMatchStarts()[i]);
                int matchEnd = Math.min(end, passage.getMatchEnds()[i]);
                if (matchEnd <= at) {
                    continue;
                }
                add(parts, content.substring(at, start), false);
                add(parts, content.substring(start, matchEnd), true);
                at = matchEnd;
            }
            add(parts, content.substring(at, end), false);
            if (cutEnd) {
                add(parts, CUT, false);
            }
            return new Snippet(parts);
        }

        private static void add(List<SnippetPart> parts, String text, boolean match) {
            String shown = text.replace('\n', ' ');
            if (shown.isEmpty()) {
                return;
            }
            if (!parts.isEmpty() && parts.getLast().match() == match) {
                SnippetPart last = parts.removeLast();
                parts.add(new SnippetPart(last.text() + shown, match));
            } else {
                parts.add(new SnippetPart(shown, match));
            }
        }
    }
}
