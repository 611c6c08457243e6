package org.ketnoi.taxonomy;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a product description into a Lucene query: the text in its own language against the names
 * (own text weighs more than the ancestors' context), plus English bridging words from the
 * dictionaries against the English names and, for Chinese, Vietnamese words against Vietnam's texts.
 * Text without Han characters may be Vietnamese typed without tones or English, so it is tried as both.
 */
final class HsQueries {

    private static final float CONTEXT = 0.35f;
    private static final float BRIDGE = 0.6f;
    private static final float PAIRS = 0.5f;
    private static final int MAX_CLAUSES = IndexSearcher.getMaxClauseCount() / 2;

    private final Analyzer analyzer;
    private final HsBridge bridge;

    HsQueries(Analyzer analyzer, HsBridge bridge) {
        this.analyzer = analyzer;
        this.bridge = bridge;
    }

    Query of(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (HsAnalyzers.isChinese(text)) {
            List<String> words = HsAnalyzers.terms(analyzer, HsAnalyzers.ZH, text);
            add(query, HsAnalyzers.ZH, words, 1f);
            for (String pair : HsAnalyzers.terms(analyzer, HsAnalyzers.ZH_CHARACTERS, text).stream()
                    .distinct()
                    .limit(MAX_CLAUSES / 4)
                    .toList()) {
                query.add(boosted(HsAnalyzers.ZH_CHARACTERS, pair, PAIRS), BooleanClause.Occur.SHOULD);
            }
            add(query, HsAnalyzers.EN, english(bridge.fromChinese(words)), BRIDGE);
            String vietnamese = bridge.vietnameseFromChinese(words);
            add(query, HsAnalyzers.VI, HsAnalyzers.terms(analyzer, HsAnalyzers.VI, vietnamese), BRIDGE);
            add(query, HsAnalyzers.EN, english(bridge.fromGlossary(text, words)), 1f);
        } else {
            add(query, HsAnalyzers.VI, HsAnalyzers.terms(analyzer, HsAnalyzers.VI, text), 1f);
            add(query, HsAnalyzers.EN, english(text), 1f);
            add(query, HsAnalyzers.EN, english(bridge.fromVietnamese(text)), BRIDGE);
            add(query, HsAnalyzers.EN, english(bridge.fromGlossary(text, List.of())), 1f);
        }
        return query.build();
    }

    private List<String> english(String text) {
        return HsAnalyzers.terms(analyzer, HsAnalyzers.EN, text);
    }

    /** Each term against the own text and, weighing less, the ancestors' context. */
    private static void add(BooleanQuery.Builder query, String field, List<String> terms, float boost) {
        for (String term : terms.stream().distinct().limit(MAX_CLAUSES / 4).toList()) {
            query.add(boosted(field, term, boost), BooleanClause.Occur.SHOULD);
            query.add(boosted(field + HsAnalyzers.CONTEXT, term, boost * CONTEXT), BooleanClause.Occur.SHOULD);
        }
    }

    private static Query boosted(String field, String term, float boost) {
        Query query = new TermQuery(new Term(field, term));
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
