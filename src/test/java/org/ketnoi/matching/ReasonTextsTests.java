package org.ketnoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnoi.i18n.Language;
import org.ketnoi.matching.engine.Reason;
import org.ketnoi.matching.engine.ReasonCode;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReasonTextsTests {

    @Autowired
    ReasonTexts texts;

    @Test
    void commonSector_usesTheEventsNameForIt_elseTheTaxonomyName() {
        List<Reason> reasons = List.of(Reason.of(ReasonCode.COMMON_SECTOR, "coffee"));

        assertThat(texts.render(reasons, Map.of(), Language.VI, Map.of("coffee", "Cà phê Tây Nguyên")))
                .containsExactly(new ReasonText("common-sector", "Cùng ngành: Cà phê Tây Nguyên"));
        assertThat(texts.render(reasons, Map.of(), Language.VI, Map.of()))
                .containsExactly(new ReasonText("common-sector", "Cùng ngành: Cà phê"));
    }
}
