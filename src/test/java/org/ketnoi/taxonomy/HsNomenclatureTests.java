package org.ketnoi.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.i18n.LocalizedText;

class HsNomenclatureTests {

    static final HsNomenclature HS = HsNomenclatureLoader.load();

    @Test
    void load_readsTheWholeNomenclature() {
        assertThat(HS.sections()).hasSize(21);
        assertThat(HS.count(HsLevel.CHAPTER)).isEqualTo(96);
        assertThat(HS.count(HsLevel.HEADING)).isEqualTo(1228);
        assertThat(HS.count(HsLevel.SUBHEADING)).isEqualTo(5612);
        assertThat(HS.count(HsLevel.NATIONAL)).isEqualTo(11414 + 8957);
    }

    @Test
    void find_givesTheNamesOfTheDataInThreeLanguages() {
        LocalizedText name = HS.find("0901.11").orElseThrow().name();
        assertThat(name.en()).isEqualTo("Coffee; not roasted or decaffeinated");
        assertThat(name.zh()).isEqualTo("未焙炒未浸除咖啡碱的咖啡");
        assertThat(name.vi())
                .isEqualTo("Cà phê, rang hoặc chưa rang, đã hoặc chưa khử chất caffeine; vỏ quả và vỏ lụa cà phê;"
                        + " các chất thay thế cà phê có chứa cà phê theo tỷ lệ nào đó > Cà phê, chưa rang"
                        + " > Chưa khử chất caffeine");
    }

    @Test
    void find_acceptsSeveralSpellings() {
        assertThat(HS.find("090111")).isEqualTo(HS.find("0901.11"));
        assertThat(HS.find("0901 11 30").orElseThrow().name().vi()).isEqualTo("Robusta (SEN)");
        assertThat(HS.find("09011100").orElseThrow().code()).isEqualTo(HsCode.national("09011100", Country.CN));
    }

    @Test
    void find_unknownCode_isEmpty() {
        assertThat(HS.find("0077")).isEmpty();
        assertThat(HS.find("77")).isEmpty();
        assertThat(HS.find("99")).isEmpty();
        assertThat(HS.find("coffee")).isEmpty();
        assertThat(HS.find("09011130", Country.CN)).isEmpty();
    }

    @Test
    void section_ofChapter08_isII() {
        HsSection section = HS.section(HsCode.of("08")).orElseThrow();
        assertThat(section.roman()).isEqualTo("II");
        assertThat(section.name().en()).isEqualTo("Vegetable products");
        assertThat(section.name().vi()).isEqualTo("Các sản phẩm thực vật");
        assertThat(section.name().zh()).isEqualTo("植物产品");
    }

    @Test
    void chapters_haveNamesInThreeLanguages() {
        LocalizedText coffeeTeaSpices = HS.find("09").orElseThrow().name();
        assertThat(coffeeTeaSpices.zh()).isEqualTo("咖啡、茶、马黛茶及调味香料");
        assertThat(coffeeTeaSpices.en()).isEqualTo("Coffee, tea, mate and spices");
        assertThat(coffeeTeaSpices.vi()).isEqualTo("Cà phê, chè, chè Paragoay và các loại gia vị");
        assertThat(HS.chapters())
                .allSatisfy(chapter -> assertThat(chapter.name().asMap()).hasSize(3));
    }

    @Test
    void sections_coverEveryChapterOnce() {
        for (HsEntry chapter : HS.chapters()) {
            assertThat(HS.sections().stream()
                            .filter(s -> s.contains(chapter.code()))
                            .count())
                    .as(chapter.code().display())
                    .isEqualTo(1);
        }
        assertThat(HS.section(HsCode.of("01")).orElseThrow().name().en()).isEqualTo("Live animals; animal products");
    }

    @Test
    void nationalLines_underDurian_existForBothCountries() {
        assertThat(HS.nationalLines(HsCode.of("081060"), Country.VN))
                .extracting(line -> line.code().digits(), line -> line.name().vi())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("08106000", "Quả sầu riêng"));
        assertThat(HS.nationalLines(HsCode.of("081060"), Country.CN))
                .extracting(line -> line.code().digits(), line -> line.name().zh())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("08106000", "鲜榴莲"));
    }

    @Test
    void nationalLines_underCoffee_differBetweenTheTariffs() {
        assertThat(HS.nationalLines(HsCode.of("090111"), Country.VN))
                .extracting(line -> line.code().digits())
                .containsExactly("09011120", "09011130", "09011190");
        assertThat(HS.nationalLines(HsCode.of("090111"), Country.CN))
                .extracting(line -> line.code().digits())
                .containsExactly("09011100");
    }

    @Test
    void children_ofHeading_areItsSubheadings() {
        assertThat(HS.children(HsCode.of("0901")))
                .extracting(entry -> entry.code().digits())
                .containsExactly("090111", "090112", "090121", "090122", "090190");
        assertThat(HS.children(HsCode.of("090111"))).isEmpty();
    }

    @Test
    void path_runsFromChapterToParent() {
        assertThat(HS.path(HsCode.national("09011130", Country.VN)))
                .extracting(entry -> entry.code().digits())
                .containsExactly("09", "0901", "090111");
        assertThat(HS.path(HsCode.of("09"))).isEmpty();
    }

    @Test
    void searchByPrefix_listsCodesStartingWithTheDigits() {
        List<HsEntry> found = HS.searchByPrefix("0901.1", 10);
        assertThat(found).extracting(entry -> entry.code().digits()).containsExactly("090111", "090112");
        assertThat(HS.searchByPrefix("0901113", 10))
                .extracting(entry -> entry.code().toString())
                .containsExactly("VN 0901.11.30");
        assertThat(HS.searchByPrefix("09", 3))
                .extracting(entry -> entry.code().digits())
                .containsExactly("09", "0901", "090111");
        assertThat(HS.searchByPrefix("abc", 10)).isEmpty();
    }

    @Test
    void load_takesWellUnderASecond() {
        long start = System.nanoTime();
        HsNomenclatureLoader.load();
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Generous bound for a busy build machine; the log at start-up gives the real figure.
        assertThat(millis).isLessThan(3000);
    }
}
