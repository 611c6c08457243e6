package org.ketnoi.taxonomy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
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
    /** Chinese as overlapping character pairs: tariff names are compressed and smartcn splits them unevenly. */
    static final String ZH_CHARACTERS = "zh_pairs";

    private HsAnalyzers() {}

    static Analyzer perField() {
        Analyzer english = new BritishAmericanEnglishAnalyzer();
        Analyzer chinese = new SmartChineseAnalyzer();
        Analyzer vietnamese = new VietnameseAnalyzer(true);
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
                        english,
                        ZH_CHARACTERS,
                        new ChinesePairsAnalyzer()));
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

    /**
     * English with British and American spellings made one ("sulphate" and "sulfate", "aluminium" and
     * "aluminum"): the UN names are British, China's English lines and CC-CEDICT mostly American.
     */
    static final class BritishAmericanEnglishAnalyzer extends Analyzer {

        private static final NormalizeCharMap SPELLINGS = spellings();

        private static NormalizeCharMap spellings() {
            NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
            String[][] pairs = {
                {"sulph", "sulf"},
                {"aluminium", "aluminum"},
                {"caesium", "cesium"},
                {"colour", "color"},
                {"fibre", "fiber"},
                {"litre", "liter"},
                {"metre", "meter"},
                {"centre", "center"},
                {"mould", "mold"},
                {"vapour", "vapor"},
                {"odour", "odor"},
                {"flavour", "flavor"},
                {"grey", "gray"},
                {"tyre", "tire"},
                {"programme", "program"},
                {"oestr", "estr"},
                {"haem", "hem"},
                {"foetus", "fetus"},
                {"plough", "plow"}
            };
            for (String[] pair : pairs) {
                map.add(pair[0], pair[1]);
                map.add(
                        Character.toUpperCase(pair[0].charAt(0)) + pair[0].substring(1),
                        Character.toUpperCase(pair[1].charAt(0)) + pair[1].substring(1));
            }
            return map.build();
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(SPELLINGS, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }
    }

    static final class ChinesePairsAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new CJKBigramFilter(new LowerCaseFilter(tokenizer)));
        }
    }

    static final class VietnameseAnalyzer extends Analyzer {

        private final boolean pairs;

        VietnameseAnalyzer(boolean pairs) {
            this.pairs = pairs;
        }

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
            TokenStream folded = new ICUFoldingFilter(tokenizer);
            if (!pairs) {
                return new TokenStreamComponents(tokenizer, folded);
            }
            ShingleFilter withPairs = new ShingleFilter(folded, 2, 2);
            withPairs.setOutputUnigrams(true);
            return new TokenStreamComponents(tokenizer, withPairs);
        }
    }
}
