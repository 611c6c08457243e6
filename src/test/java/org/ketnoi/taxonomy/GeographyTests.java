package org.ketnoi.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeographyTests {

    static final Geography GEO = GeographyLoader.load();

    @Test
    void provinces_ofVietnam_areThe34Of2025() {
        assertThat(GEO.provinces(Country.VN)).hasSize(34);
        Province hanoi = GEO.provinces(Country.VN).getFirst();
        assertThat(hanoi.code()).isEqualTo("01");
        assertThat(hanoi.name().vi()).isEqualTo("Hà Nội");
        assertThat(hanoi.name().zh()).isEqualTo("河内");
        assertThat(hanoi.name().en()).isEqualTo("Hanoi");
        assertThat(hanoi.fullName().vi()).isEqualTo("Thành phố Hà Nội");
    }

    @Test
    void provinces_ofChina_haveThreeLanguages() {
        assertThat(GEO.provinces(Country.CN)).hasSize(34);
        Province guangxi = GEO.province(Country.CN, "45").orElseThrow();
        assertThat(guangxi.name().zh()).isEqualTo("广西");
        assertThat(guangxi.name().en()).isEqualTo("Guangxi");
        assertThat(guangxi.name().vi()).isEqualTo("Quảng Tây");
        assertThat(guangxi.fullName().zh()).isEqualTo("广西壮族自治区");
    }

    @Test
    void resolve_oldProvinceName_givesTheProvinceThatAbsorbedIt() {
        assertThat(GEO.resolve(Country.VN, "Đắk Nông").orElseThrow().name().vi())
                .isEqualTo("Lâm Đồng");
        assertThat(GEO.resolve(Country.VN, "Bình Dương").orElseThrow().name().vi())
                .isEqualTo("Hồ Chí Minh");
        assertThat(GEO.resolve(Country.VN, "Bà Rịa - Vũng Tàu").orElseThrow().code())
                .isEqualTo("79");
        assertThat(GEO.resolve(Country.VN, "Hà Giang").orElseThrow().name().vi())
                .isEqualTo("Tuyên Quang");
        assertThat(GEO.resolve(Country.VN, "Quảng Nam").orElseThrow().name().vi())
                .isEqualTo("Đà Nẵng");
    }

    @Test
    void resolve_toleratesDiacriticsCaseAndPrefixes() {
        assertThat(GEO.resolve(Country.VN, "Tỉnh Đắk Nông").orElseThrow().code())
                .isEqualTo("68");
        assertThat(GEO.resolve(Country.VN, "dak nong").orElseThrow().code()).isEqualTo("68");
        assertThat(GEO.resolve(Country.VN, "DAK NONG").orElseThrow().code()).isEqualTo("68");
        assertThat(GEO.resolve(Country.VN, "Thành phố Hồ Chí Minh")
                        .orElseThrow()
                        .code())
                .isEqualTo("79");
        assertThat(GEO.resolve(Country.VN, "TP. Hồ Chí Minh").orElseThrow().code())
                .isEqualTo("79");
        assertThat(GEO.resolve(Country.VN, "Thừa Thiên Huế")
                        .orElseThrow()
                        .name()
                        .vi())
                .isEqualTo("Huế");
        assertThat(GEO.resolve(Country.VN, "Hòa Bình").orElseThrow().name().vi())
                .isEqualTo("Phú Thọ");
    }

    @Test
    void resolve_oldCode_givesTheNewProvince_butACurrentCodeWins() {
        assertThat(GEO.resolve(Country.VN, "67").orElseThrow().name().vi()).isEqualTo("Lâm Đồng");
        assertThat(GEO.resolve(Country.VN, "10").orElseThrow().name().vi()).isEqualTo("Lào Cai");
        assertThat(GEO.resolve(Country.VN, "15").orElseThrow().name().vi()).isEqualTo("Lào Cai");
        assertThat(GEO.resolve(Country.VN, "44").orElseThrow().name().vi()).isEqualTo("Quảng Trị");
    }

    @Test
    void province_findsOnlyCurrentCodes() {
        assertThat(GEO.province(Country.VN, "15").orElseThrow().name().vi()).isEqualTo("Lào Cai");
        assertThat(GEO.province(Country.VN, "10")).isEmpty();
        assertThat(GEO.province(Country.CN, "44").orElseThrow().name().zh()).isEqualTo("广东");
    }

    @Test
    void resolve_chineseProvince_byAnyName() {
        assertThat(GEO.resolve(Country.CN, "广西壮族自治区").orElseThrow().code()).isEqualTo("45");
        assertThat(GEO.resolve(Country.CN, "Quảng Tây").orElseThrow().code()).isEqualTo("45");
        assertThat(GEO.resolve(Country.CN, "guangxi").orElseThrow().code()).isEqualTo("45");
        assertThat(GEO.resolve(Country.CN, "CN-YN").orElseThrow().name().zh()).isEqualTo("云南");
    }

    @Test
    void resolve_unknown_isEmpty() {
        assertThat(GEO.resolve(Country.VN, "Atlantis")).isEmpty();
        assertThat(GEO.resolve(Country.VN, "")).isEmpty();
        assertThat(GEO.resolve(Country.CN, "Đắk Nông")).isEmpty();
    }
}
