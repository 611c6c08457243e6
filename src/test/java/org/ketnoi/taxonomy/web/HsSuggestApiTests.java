package org.ketnoi.taxonomy.web;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
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
class HsSuggestApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void suggest_givesCodeNameAndScoreInTheAskedLanguage_withoutSignIn() throws Exception {
        mvc.perform(get("/api/v1/hs/suggest")
                        .param("q", "榴莲")
                        .param("lang", "zh-CN")
                        .param("limit", "3"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0]", aMapWithSize(3)))
                .andExpect(jsonPath("$[0].code").value("081060"))
                .andExpect(jsonPath("$[0].name").value("鲜榴莲"))
                .andExpect(jsonPath("$[0].score").value(1.0));
    }

    @Test
    void suggest_vietnameseWithoutTones_givesNamesInEnglish() throws Exception {
        mvc.perform(get("/api/v1/hs/suggest")
                        .param("q", "sau rieng")
                        .param("lang", "en")
                        .param("limit", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value("081060"))
                .andExpect(jsonPath("$[0].name").value("Fruit, edible; durians, fresh"));
    }

    @Test
    void suggest_blankText_isATranslatedBadRequest() throws Exception {
        mvc.perform(get("/api/v1/hs/suggest").param("q", "  ").param("lang", "vi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value("Hãy mô tả sản phẩm bằng vài từ (tham số q)."));
    }

    @Test
    void suggest_limitOutOfRange_isABadRequest() throws Exception {
        mvc.perform(get("/api/v1/hs/suggest")
                        .param("q", "coffee")
                        .param("limit", "21")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].message").value("The limit must be between 1 and 20."));
    }

    @Test
    void hsCode_stillAnswersNextToTheSuggestPath() throws Exception {
        mvc.perform(get("/api/v1/hs/090111").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("090111"));
    }

    @Test
    void classifyFragment_listsCodesWithChineseNames_forAChineseReader() throws Exception {
        mvc.perform(get("/hs/classify").param("q", "durian").param("lang", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-hs-code=\"0810.60\"")))
                .andExpect(content().string(containsString("<span>鲜榴莲</span>")))
                .andExpect(content().string(containsString("title=\"使用此编码\"")));
    }

    @Test
    void classifyFragment_saysSoWhenNothingMatches() throws Exception {
        mvc.perform(get("/hs/classify").param("q", "qqqxxzz").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No code found for these words.")));
    }

    @Test
    void hsPage_offersTheFindMyCodeBox() throws Exception {
        mvc.perform(get("/hs").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/hs/classify\"")))
                .andExpect(content().string(containsString("Find the code for my product")))
                .andExpect(content().string(containsString("data-hs-code-field")));
    }
}
