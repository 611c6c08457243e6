package org.ketnoi.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.Role;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class LanguageResolutionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void homePage_isVietnameseByDefault() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"vi-VN\">")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("Kết nối doanh nghiệp xuyên biên giới")));
    }

    @Test
    void acceptLanguage_choosesTheLanguageWhenNothingElseDoes() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "fr;q=1.0, zh-CN;q=0.8, en;q=0.5"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("跨境企业对接")));
    }

    @Test
    void langParameter_switchesAndIsRememberedInACookie() throws Exception {
        mvc.perform(get("/").param("lang", "en").header("Accept-Language", "zh-CN"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Cross-border business connections")))
                .andExpect(cookie().value("ketnoi-lang", "en"));
        mvc.perform(get("/").cookie(new Cookie("ketnoi-lang", "en")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Cross-border business connections")));
    }

    @Test
    void signedInUser_getsTheirPreferenceUnlessTheyChoseOtherwise() throws Exception {
        String email = SignIn.newUser(accounts, "pref", Role.COMPANY, Language.ZH);
        MockHttpSession session = SignIn.as(mvc, email, SignIn.PASSWORD);

        mvc.perform(get("/").session(session).header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("跨境企业对接")));
        mvc.perform(get("/").session(session).cookie(new Cookie("ketnoi-lang", "vi")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("Kết nối doanh nghiệp xuyên biên giới")));
    }

    @Test
    void explicitChoice_ofASignedInUserIsSavedAsTheirPreference() throws Exception {
        String email = SignIn.newUser(accounts, "choice", Role.COMPANY, Language.VI);
        MockHttpSession session = SignIn.as(mvc, email, SignIn.PASSWORD);

        mvc.perform(get("/").session(session).param("lang", "zh-CN")).andExpect(status().isOk());

        assertThat(accounts.findByEmail(email).orElseThrow().language()).isEqualTo(Language.ZH);
    }
}
