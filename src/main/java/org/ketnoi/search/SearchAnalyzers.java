package org.ketnoi.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.TextAnalyzers;

/**
 * The analyzer of every text field, per language the taxonomy's {@link TextAnalyzers} (the HS
 * suggester's choices), so a search reads a text the way the HS bridge does. Vietnamese has no syllable
 * pairs here: the query builder requires every syllable instead, which keeps the index small and the
 * queries fast.
 */
final class SearchAnalyzers {

    private SearchAnalyzers() {}

    /** The analyzer of every text field: {@code title_vi}, {@code text_zh}... */
    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (Language language : Language.values()) {
            Analyzer analyzer = TextAnalyzers.of(language);
            fields.put(SearchFields.title(language), analyzer);
            fields.put(SearchFields.text(language), analyzer);
        }
        Analyzer pairs = TextAnalyzers.chinesePairs();
        fields.put(SearchFields.ZH_PAIRS_TITLE, pairs);
        fields.put(SearchFields.ZH_PAIRS_TEXT, pairs);
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    /** The terms an analyzer makes of a text, in order, without duplicates. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        return TextAnalyzers.terms(analyzer, field, text).stream().distinct().toList();
    }
}
