package org.ketnoi.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketnoi.i18n.Language;

class HsSuggesterTests {

    // Built once (a few seconds) and shared by every test here.
    private static final HsSuggester SUGGESTER = HsSuggester.build(HsNomenclatureLoader.load());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cà phê nhân Robusta   | 090111
            咖啡豆                 | 090111
            green coffee beans    | 090111
            ca phe nhan           | 090111
            sầu riêng tươi        | 081060
            榴莲                   | 081060
            durian                | 081060
            black pepper          | 090411
            hồ tiêu               | 090411
            黑胡椒                 | 090411
            cashew kernels        | 080132
            hạt điều nhân         | 080132
            腰果仁                 | 080132
            tôm sú đông lạnh      | 030617
            frozen shrimp         | 030617
            冻虾                   | 030617
            """)
    void suggest_tradeWordsFindTheSubheadingInTheTopFive(String text, String subheading) {
        List<String> codes = SUGGESTER.suggest(text, Language.VI, 5).stream()
                .map(suggestion -> suggestion.code().digits())
                .toList();

        assertThat(codes).as(text).contains(subheading);
    }

    @Test
    void suggest_namesInTheReadersLanguage() {
        HsSuggestion first = SUGGESTER.suggest("榴莲", Language.ZH, 1).getFirst();

        assertThat(first.code().display()).isEqualTo("0810.60");
        assertThat(first.name()).isEqualTo("鲜榴莲");
        assertThat(first.score()).isEqualTo(1.0);
    }

    @Test
    void suggest_fillsTheTopFiveFromTheBestHeadingFirst() {
        List<HsSuggestion> top = SUGGESTER.suggest("咖啡", Language.ZH, 5);

        assertThat(top)
                .extracting(suggestion -> suggestion.code().digits())
                .containsExactlyInAnyOrder("090111", "090112", "090121", "090122", "090190");
        assertThat(top).extracting(HsSuggestion::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            aluminum sulfate      | 283322
            aluminium sulphate    | 283322
            硫酸铝                 | 283322
            """)
    void suggest_britishAndAmericanSpellingsMatch(String text, String subheading) {
        List<String> codes = SUGGESTER.suggest(text, Language.EN, 5).stream()
                .map(suggestion -> suggestion.code().digits())
                .toList();

        assertThat(codes).as(text).contains(subheading);
    }

    @Test
    void suggest_blankTextGivesNothing() {
        assertThat(SUGGESTER.suggest("  ", Language.EN, 5)).isEmpty();
    }
}
