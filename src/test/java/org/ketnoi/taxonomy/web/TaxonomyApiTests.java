package org.ketnoi.taxonomy.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class TaxonomyApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void hsCode_givesNamePathAndChildrenInTheAskedLanguage() throws Exception {
        mvc.perform(get("/api/v1/hs/0901.11").param("lang", "zh-CN").with(user("x")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("090111"))
                .andExpect(jsonPath("$.display").value("0901.11"))
                .andExpect(jsonPath("$.level").value("subheading"))
                .andExpect(jsonPath("$.name").value("未焙炒未浸除咖啡碱的咖啡"))
                .andExpect(jsonPath("$.names.en").value("Coffee; not roasted or decaffeinated"))
                .andExpect(jsonPath("$.path", hasSize(3)))
                .andExpect(jsonPath("$.path[0].code").value("II"))
                .andExpect(jsonPath("$.path[0].level").value("section"))
                .andExpect(jsonPath("$.path[0].name").value("植物产品"))
                .andExpect(jsonPath("$.path[1].code").value("09"))
                .andExpect(jsonPath("$.path[2].code").value("0901"))
                .andExpect(jsonPath("$.children", hasSize(4)))
                .andExpect(jsonPath("$.children[0].code").value("09011120"))
                .andExpect(jsonPath("$.children[0].country").value("VN"))
                .andExpect(jsonPath("$.children[3].code").value("09011100"))
                .andExpect(jsonPath("$.children[3].country").value("CN"))
                .andExpect(jsonPath("$.children[3].name").value("未焙炒未浸除咖啡碱的咖啡"));
    }

    @Test
    void hsCode_nationalLineOfChina_whenCountryGiven() throws Exception {
        mvc.perform(get("/api/v1/hs/0810 60 00")
                        .param("country", "CN")
                        .param("lang", "en")
                        .with(user("x")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("08106000"))
                .andExpect(jsonPath("$.level").value("national"))
                .andExpect(jsonPath("$.country").value("CN"))
                .andExpect(jsonPath("$.name").value("Fresh Durians"))
                .andExpect(jsonPath("$.names.zh").value("鲜榴莲"))
                .andExpect(jsonPath("$.path[3].code").value("081060"))
                .andExpect(jsonPath("$.children", hasSize(0)));
    }

    @Test
    void hsCode_unknown_isATranslatedNotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/hs/0077").param("lang", "vi").with(user("x")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Không có mã HS 0077."));
    }

    @Test
    void hsCode_notACode_isATranslatedBadRequest() throws Exception {
        mvc.perform(get("/api/v1/hs/coffee").param("lang", "en").with(user("x")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail")
                        .value("\"coffee\" is not an HS code: write 2, 4, 6 or 8 digits, for example 0901.11."));
    }

    @Test
    void provinces_ofVietnam_inChinese() throws Exception {
        mvc.perform(get("/api/v1/provinces")
                        .param("country", "VN")
                        .param("lang", "zh-CN")
                        .with(user("x")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(34)))
                .andExpect(jsonPath("$[0].code").value("01"))
                .andExpect(jsonPath("$[0].name").value("河内"))
                .andExpect(jsonPath("$[0].country").value("VN"));
    }

    @Test
    void provinces_ofChina_inVietnamese() throws Exception {
        mvc.perform(get("/api/v1/provinces")
                        .param("country", "CN")
                        .param("lang", "vi")
                        .with(user("x")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(34)))
                .andExpect(jsonPath("$[0].code").value("11"))
                .andExpect(jsonPath("$[0].name").value("Bắc Kinh"))
                .andExpect(jsonPath("$[0].country").value("CN"));
    }

    @Test
    void provinces_unknownCountry_isABadRequest() throws Exception {
        mvc.perform(get("/api/v1/provinces")
                        .param("country", "TH")
                        .param("lang", "en")
                        .with(user("x")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Unknown country \"TH\": use VN or CN."));
    }

    @Test
    void sectors_haveTranslatedNamesAndHsCodes() throws Exception {
        mvc.perform(get("/api/v1/sectors").param("lang", "vi").with(user("x")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(19)))
                .andExpect(jsonPath("$[0].code").value("coffee"))
                .andExpect(jsonPath("$[0].name").value("Cà phê"))
                .andExpect(jsonPath("$[0].hsCodes[0]").value("0901"))
                .andExpect(jsonPath("$[1].name").value("Sầu riêng và trái cây tươi"));
    }

    @Test
    void certifications_haveTranslatedNameAndHelp() throws Exception {
        mvc.perform(get("/api/v1/certifications").param("lang", "zh-CN").with(user("x")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(18)))
                .andExpect(jsonPath("$[0].code").value("OCOP_3"))
                .andExpect(jsonPath("$[0].name").value("OCOP 三星"))
                .andExpect(jsonPath("$[14].code").value("GACC_REGISTRATION"))
                .andExpect(jsonPath("$[14].name").value("海关总署境外生产企业注册（GACC）"));
    }
}
