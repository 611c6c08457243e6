package org.ketnoi.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.ketnoi.i18n.Language;

class TextAnalyzersTests {

    @Test
    void vietnamese_dropsTonesAndReadsStrokeDAsD_withoutPairs() {
        try (Analyzer vietnamese = TextAnalyzers.of(Language.VI)) {
            assertThat(TextAnalyzers.terms(vietnamese, "any", "Cà phê Đắk Lắk"))
                    .containsExactly("ca", "phe", "dak", "lak");
        }
    }

    @Test
    void chinese_segmentsWords_andPairsCoverWordsKeptWhole() {
        try (Analyzer chinese = TextAnalyzers.of(Language.ZH);
                Analyzer pairs = TextAnalyzers.chinesePairs()) {
            assertThat(TextAnalyzers.terms(chinese, "any", "咖啡豆")).containsExactly("咖啡豆");
            assertThat(TextAnalyzers.terms(pairs, "any", "咖啡豆")).containsExactly("咖啡", "啡豆");
        }
    }

    @Test
    void english_stems() {
        try (Analyzer english = TextAnalyzers.of(Language.EN)) {
            assertThat(TextAnalyzers.terms(english, "any", "Roasted coffees")).containsExactly("roast", "coffe");
        }
    }
}
