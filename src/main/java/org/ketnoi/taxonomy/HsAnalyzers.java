package org.ketnoi.taxonomy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of the HS suggestion index, one per language. Vietnamese words are mostly two or three
 * syllables ("cà phê", "hạt điều"), so syllable pairs are indexed next to single syllables; ICU
 * folding drops the tones so "ca phe" matches "cà phê".
 */
final class HsAnalyzers {

    static final String VI = "vi";
    static final String ZH = "zh";
    static final String EN = "en";
    static final String CONTEXT = "_ctx";

    private HsAnalyzers() {}

    static Analyzer perField() {
        Analyzer english = new EnglishAnalyzer();
        Analyzer chinese = new SmartChineseAnalyzer();
        Analyzer vietnamese = new VietnameseAnalyzer();
        return new PerFieldAnalyzerWrapper(
                english,
                Map.of(
                        VI,
                        vietnamese,
                        VI + CONTEXT,
                        vietnamese,
                        ZH,
                        chinese,
                        ZH + CONTEXT,
                        chinese,
                        EN,
                        english,
                        EN + CONTEXT,
                        english));
    }

    /** The terms an analyzer makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Whether the text holds Han characters, which is how a Chinese query is told apart. */
    static boolean isChinese(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    static final class VietnameseAnalyzer extends Analyzer {

        // ICU folding keeps "đ" (a letter of its own, not a d with a mark); people typing without
        // diacritics write "d".
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
            ShingleFilter pairs = new ShingleFilter(new ICUFoldingFilter(tokenizer), 2, 2);
            pairs.setOutputUnigrams(true);
            return new TokenStreamComponents(tokenizer, pairs);
        }
    }
}
