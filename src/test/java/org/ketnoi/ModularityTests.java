package org.ketnoi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KetNoiApplication.class);

    @Test
    void modules_respectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void modules_areDocumented() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
