package org.ketnoi.taxonomy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Reference data is public: anyone classifying a product may look codes up without an account. */
@IntegrationTest
@AutoConfigureMockMvc
class PublicAccessTests {

    @Autowired
    MockMvc mvc;

    @Test
    void hsPages_areReadableWithoutSigningIn() throws Exception {
        mvc.perform(get("/hs")).andExpect(status().isOk());
        mvc.perform(get("/hs/0901.11")).andExpect(status().isOk());
    }

    @Test
    void referenceApi_isReadableWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/hs/090111").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("090111"));
        mvc.perform(get("/api/v1/provinces").param("country", "VN")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/sectors")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/certifications")).andExpect(status().isOk());
    }
}
