package org.ketnoi.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.HsCode;
import org.ketnoi.taxonomy.HsSuggester;
import org.ketnoi.taxonomy.HsSuggestion;

/**
 * Builds Lucene queries from what a reader typed, without a query syntax: the text goes through each
 * language's analyzer, so quotes, colons, brackets and "AND" are just characters and nothing a user
 * types can fail. A document matches when every word of the query occurs in its texts of one
 * language, or when it carries an HS code the query names ("0901.11") or the HS suggester reads in
 * it: that is how "榴莲" finds a durian offer written only in Vietnamese.
 */
final class SearchQueries {

    /** Longer input is cut: nobody types more, and each word costs a clause. */
    static final int MAX_QUERY_LENGTH = 200;

    private static final int MAX_TERMS = 16;
    private static final int HS_SUGGESTIONS = 3;
    /** Suggestions below this share of the best one's score are too unsure to widen the search. */
    private static final double HS_MIN_SCORE = 0.6;

    private static final float TITLE_BOOST = 3f;
    private static final float HS_CODE_BOOST = 2f;
    private static final float HS_BRIDGE_BOOST = 0.5f;

    private final Analyzer analyzer;
    private final HsSuggester suggester;

    SearchQueries(Analyzer analyzer, HsSuggester suggester) {
        this.analyzer = analyzer;
        this.suggester = suggester;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The words of the text in each text field ({@code text_vi}, {@code text_zh}, {@code text_en},
     * {@code text_zh_pairs}): which of them a hit matched tells the highlighter where to look.
     */
    Map<String, Query> perTextField(String input) {
        String text = cut(input);
        Map<String, Query> fields = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            allWords(SearchFields.title(language), SearchFields.text(language), text)
                    .ifPresent(query -> fields.put(SearchFields.text(language), query));
        }
        allWords(SearchFields.ZH_PAIRS_TITLE, SearchFields.ZH_PAIRS_TEXT, text)
                .ifPresent(query -> fields.put(SearchFields.ZH_PAIRS_TEXT, query));
        return fields;
    }

    private static String cut(String input) {
        return (input.length() > MAX_QUERY_LENGTH ? input.substring(0, MAX_QUERY_LENGTH) : input).strip();
    }

    /** The query for the text alone: every document when it is blank. */
    Query text(String input, Language reader) {
        String text = cut(input);
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Language language : Language.values()) {
            allWords(SearchFields.title(language), SearchFields.text(language), text)
                    .ifPresent(query -> any.add(query, Occur.SHOULD));
        }
        allWords(SearchFields.ZH_PAIRS_TITLE, SearchFields.ZH_PAIRS_TEXT, text)
                .ifPresent(query -> any.add(query, Occur.SHOULD));
        Optional<HsCode> code = HsCode.parse(text);
        if (code.isPresent()) {
            any.add(new BoostQuery(hs(code.get().digits()), HS_CODE_BOOST), Occur.SHOULD);
        } else {
            for (HsSuggestion suggestion : bridge(text, reader)) {
                any.add(new BoostQuery(hs(suggestion.code().digits()), HS_BRIDGE_BOOST), Occur.SHOULD);
            }
        }
        BooleanQuery query = any.build();
        return query.clauses().isEmpty() ? new MatchNoDocsQuery() : query;
    }

    /** The text query restricted to the companies, when known (facet filters apply while counting). */
    static Query scoped(Query text, Optional<Set<Long>> companies) {
        if (companies.isEmpty()) {
            return text;
        }
        return new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(
                        anyOf(
                                SearchFields.COMPANY_ID,
                                companies.get().stream().map(String::valueOf).toList()),
                        Occur.FILTER)
                .build();
    }

    /** The query with every facet filter as a filter clause: the documents passing all of them. */
    static Query filtered(Query query, java.util.Map<Facet, Set<String>> filters) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, Occur.MUST);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                all.add(anyOf(SearchFields.facet(facet), values), Occur.FILTER);
            }
        });
        return all.build();
    }

    static Query anyOf(String field, java.util.Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private List<HsSuggestion> bridge(String text, Language reader) {
        List<HsSuggestion> suggestions = suggester.suggest(text, reader, HS_SUGGESTIONS);
        return suggestions.stream()
                .filter(suggestion -> suggestion.score() >= HS_MIN_SCORE)
                .toList();
    }

    private static Query hs(String digits) {
        return new ConstantScoreQuery(new TermQuery(new Term(SearchFields.HS, digits)));
    }

    /**
     * Every word of the text in the text field of one language (which holds the title too), and more
     * weight when every word is in the title. Both parts score a constant: ranking is "title match,
     * text match, HS match", then index order. Term-frequency scoring (BM25) of every match cost ten
     * times the rest of a search (counting included) and told near-identical offers apart by noise.
     */
    private Optional<Query> allWords(String titleField, String textField, String text) {
        List<String> words = SearchAnalyzers.terms(analyzer, titleField, text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder inText = new BooleanQuery.Builder();
        BooleanQuery.Builder inTitle = new BooleanQuery.Builder();
        for (String word : words.subList(0, Math.min(words.size(), MAX_TERMS))) {
            inText.add(new TermQuery(new Term(textField, word)), Occur.FILTER);
            inTitle.add(new TermQuery(new Term(titleField, word)), Occur.FILTER);
        }
        return Optional.of(new BooleanQuery.Builder()
                .add(new ConstantScoreQuery(inText.build()), Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(inTitle.build()), TITLE_BOOST), Occur.SHOULD)
                .build());
    }
}
