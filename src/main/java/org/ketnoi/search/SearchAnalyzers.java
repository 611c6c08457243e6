package org.ketnoi.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.ketnoi.i18n.Language;

/**
 * One analyzer per language, the same choices as the HS suggestion index (taxonomy's package-private
 * {@code HsAnalyzers}): ICU folding for Vietnamese so "ca phe" matches "cà phê" (and "đ" is read as
 * "d", as people type it), smartcn word segmentation for Chinese, the English stemmer for English.
 * Vietnamese has no syllable pairs here: the query builder requires every syllable instead, which
 * keeps the index small and the queries fast.
 */
final class SearchAnalyzers {

    private SearchAnalyzers() {}

    /** The analyzer of every text field: {@code title_vi}, {@code text_zh}... */
    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        Analyzer vietnamese = new VietnameseAnalyzer();
        Analyzer chinese = new SmartChineseAnalyzer();
        Analyzer english = new EnglishAnalyzer();
        for (Language language : Language.values()) {
            Analyzer analyzer = switch (language) {
                case VI -> vietnamese;
                case ZH -> chinese;
                case EN -> english;
            };
            fields.put(SearchFields.title(language), analyzer);
            fields.put(SearchFields.text(language), analyzer);
        }
        Analyzer pairs = new CJKAnalyzer();
        fields.put(SearchFields.ZH_PAIRS_TITLE, pairs);
        fields.put(SearchFields.ZH_PAIRS_TEXT, pairs);
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    /** The terms an analyzer makes of a text, in order, without duplicates. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (!terms.contains(value)) {
                    terms.add(value);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static final class VietnameseAnalyzer extends Analyzer {

        private static final NormalizeCharMap STROKE_D = strokeD();

        private static NormalizeCharMap strokeD() {
            NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
            map.add("đ", "d");
            map.add("Đ", "D");
            return map.build();
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(STROKE_D, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }
    }
}
