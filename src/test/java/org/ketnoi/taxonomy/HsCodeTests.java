package org.ketnoi.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HsCodeTests {

    @Test
    void parse_acceptsTheUsualSpellings() {
        assertThat(HsCode.parse("0901.11")).contains(HsCode.of("090111"));
        assertThat(HsCode.parse("090111")).contains(HsCode.of("090111"));
        assertThat(HsCode.parse(" 0901 11 ")).contains(HsCode.of("090111"));
        assertThat(HsCode.parse("0901-11")).contains(HsCode.of("090111"));
        assertThat(HsCode.parse("09")).contains(HsCode.of("09"));
        assertThat(HsCode.parse("0901")).contains(HsCode.of("0901"));
    }

    @Test
    void parse_readsEightDigitsAsANationalLine() {
        assertThat(HsCode.parse("0901 11 30")).contains(HsCode.national("09011130", Country.VN));
        assertThat(HsCode.parse("0901.11.00", Country.CN)).contains(HsCode.national("09011100", Country.CN));
    }

    @Test
    void parse_rejectsWhatIsNotACode() {
        assertThat(HsCode.parse("coffee")).isEmpty();
        assertThat(HsCode.parse("090")).isEmpty();
        assertThat(HsCode.parse("0901.1")).isEmpty();
        assertThat(HsCode.parse("0901112233")).isEmpty();
        assertThat(HsCode.parse("")).isEmpty();
        assertThat(HsCode.parse(null)).isEmpty();
    }

    @Test
    void level_followsTheNumberOfDigits() {
        assertThat(HsCode.of("08").level()).isEqualTo(HsLevel.CHAPTER);
        assertThat(HsCode.of("0810").level()).isEqualTo(HsLevel.HEADING);
        assertThat(HsCode.of("081060").level()).isEqualTo(HsLevel.SUBHEADING);
        assertThat(HsCode.national("08106000", Country.VN).level()).isEqualTo(HsLevel.NATIONAL);
    }

    @Test
    void display_writesTheCustomaryDots() {
        assertThat(HsCode.of("09").display()).isEqualTo("09");
        assertThat(HsCode.of("0901").display()).isEqualTo("0901");
        assertThat(HsCode.of("090111").display()).isEqualTo("0901.11");
        assertThat(HsCode.national("09011130", Country.VN).display()).isEqualTo("0901.11.30");
        assertThat(HsCode.national("09011130", Country.VN)).hasToString("VN 0901.11.30");
    }

    @Test
    void parent_walksUpToTheChapter() {
        assertThat(HsCode.national("09011130", Country.VN).parent()).contains(HsCode.of("090111"));
        assertThat(HsCode.of("090111").parent()).contains(HsCode.of("0901"));
        assertThat(HsCode.of("0901").parent()).contains(HsCode.of("09"));
        assertThat(HsCode.of("09").parent()).isEmpty();
    }

    @Test
    void constructor_requiresACountryForExactlyTheNationalLines() {
        assertThatThrownBy(() -> HsCode.of("09011130")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HsCode.national("090111", Country.VN)).isInstanceOf(IllegalArgumentException.class);
    }
}
