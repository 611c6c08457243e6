package org.ketnoi.taxonomy.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class HsPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void index_listsSectionsAndChaptersInTheReadersLanguage() throws Exception {
        mvc.perform(get("/hs").param("lang", "vi").with(user("x")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phần II")))
                .andExpect(content().string(containsString("Các sản phẩm thực vật")))
                .andExpect(content().string(containsString("href=\"/hs/08\"")));
        mvc.perform(get("/hs").param("lang", "zh-CN").with(user("x")))
                .andExpect(content().string(containsString("第2类")))
                .andExpect(content().string(containsString("植物产品")))
                .andExpect(content().string(containsString("hx-get=\"/hs/suggest\"")));
    }

    @Test
    void detail_rendersTheChineseNameWithLangZh() throws Exception {
        mvc.perform(get("/hs/0901.11").param("lang", "zh-CN").with(user("x")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span>未焙炒未浸除咖啡碱的咖啡</span>")))
                .andExpect(content().string(containsString("越南税号（8 位）")))
                .andExpect(content().string(containsString("href=\"/hs/09011130?country=VN\"")))
                .andExpect(content().string(containsString("href=\"/hs/09011100?country=CN\"")));
    }

    @Test
    void detail_ofChapter_listsItsHeadings() throws Exception {
        mvc.perform(get("/hs/08").param("lang", "en").with(user("x")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chapter 8")))
                .andExpect(content().string(containsString("href=\"/hs/0810\"")))
                .andExpect(content().string(not(containsString("(8 digits)"))));
    }

    @Test
    void detail_ofNationalLine_showsItsTariff() throws Exception {
        mvc.perform(get("/hs/08106000")
                        .param("country", "CN")
                        .param("lang", "vi")
                        .with(user("x")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dòng thuế quốc gia")))
                .andExpect(content().string(containsString("Trung Quốc")))
                .andExpect(content().string(containsString("鲜榴莲")));
    }

    @Test
    void detail_unknownCode_isATranslatedNotFoundPage() throws Exception {
        mvc.perform(get("/hs/0077").param("lang", "en").with(user("x")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no HS code 0077.")));
    }

    @Test
    void detail_notACode_isATranslatedBadRequestPage() throws Exception {
        mvc.perform(get("/hs/abc").param("lang", "zh-CN").with(user("x")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“abc”不是 HS 编码")));
    }

    @Test
    void find_knownCode_redirectsToItsPage() throws Exception {
        mvc.perform(get("/hs/find").param("code", "0810 60").with(user("x")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/hs/081060"));
    }

    @Test
    void suggest_listsCodesStartingWithTheDigits() throws Exception {
        mvc.perform(get("/hs/suggest")
                        .param("code", "0901.1")
                        .param("lang", "en")
                        .with(user("x")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/hs/090111\"")))
                .andExpect(content().string(containsString("href=\"/hs/090112\"")))
                .andExpect(content().string(not(containsString("href=\"/hs/090121\""))));
        mvc.perform(get("/hs/suggest").param("code", "7777").param("lang", "en").with(user("x")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No code starts with these digits.")));
    }
}
