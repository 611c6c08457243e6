package org.ketnoi.taxonomy;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.ketnoi.i18n.Language;

/**
 * The text analysis of the HS suggestion index, for other modules that index text in the three
 * languages (search): one analyzer choice per language, kept in one place so that a search and the
 * HS suggester read "ca phe", "咖啡" and "coffees" the same way.
 *
 * <ul>
 *   <li>Vietnamese: ICU tokenizer and ICU folding, with "đ" read as "d", so text typed without tones
 *       matches; single syllables (no pairs).
 *   <li>Chinese: smartcn word segmentation; {@link #chinesePairs()} adds overlapping character pairs
 *       for words smartcn keeps whole ("咖啡豆" also as "咖啡", "啡豆").
 *   <li>English: Lucene's English analyzer (stop words, possessives, Porter stemming).
 * </ul>
 *
 * Every call returns a new analyzer, which the caller owns and closes.
 */
public final class TextAnalyzers {

    private TextAnalyzers() {}

    /** The analyzer for text written in the language. */
    public static Analyzer of(Language language) {
        return switch (language) {
            case VI -> new HsAnalyzers.VietnameseAnalyzer(false);
            case ZH -> new SmartChineseAnalyzer();
            case EN -> new EnglishAnalyzer();
        };
    }

    /** Chinese text as overlapping character pairs (CJK bigrams). */
    public static Analyzer chinesePairs() {
        return new HsAnalyzers.ChinesePairsAnalyzer();
    }

    /** The terms the analyzer makes of the text for the field, in order (repeats included). */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        return HsAnalyzers.terms(analyzer, field, text);
    }
}
