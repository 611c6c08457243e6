package org.ketnoi.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectorCatalogTests {

    static final SectorCatalog SECTORS = SectorCatalog.load();

    @Test
    void everySector_mapsToExistingHsCodes() {
        for (Sector sector : SECTORS.defaults()) {
            for (HsCode code : sector.hsCodes()) {
                assertThat(HsNomenclatureTests.HS.find(code))
                        .as(sector.code() + " " + code)
                        .isPresent();
            }
        }
    }

    @Test
    void onlyInvestment_coversNoGoods() {
        assertThat(SECTORS.defaults().stream().filter(s -> s.hsCodes().isEmpty()))
                .extracting(Sector::code)
                .containsExactly("investment_technology");
    }

    @Test
    void sectorsOf_durian_isFruit() {
        assertThat(SECTORS.sectorsOf(HsCode.of("081060")))
                .extracting(Sector::code)
                .containsExactly("fruit");
        assertThat(SECTORS.sectorsOf(HsCode.national("09011130", Country.VN)))
                .extracting(Sector::code)
                .containsExactly("coffee");
    }

    @Test
    void codes_areUnique() {
        assertThat(SECTORS.defaults())
                .extracting(Sector::code)
                .doesNotHaveDuplicates()
                .hasSize(19);
    }
}
