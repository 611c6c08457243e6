package org.ketnoi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@AutoConfigureMockMvc
class AccountPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Test
    void accountPage_anonymous_redirectsToSignIn() throws Exception {
        mvc.perform(get("/account")).andExpect(status().isFound()).andExpect(redirectedUrl("/signin"));
    }

    @Test
    void accountPage_showsProfileInTheUsersLanguage() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "profile", Language.ZH);
        MockHttpSession session = AccountFixtures.signIn(mvc, user.email());

        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td id=\"profile-email\">" + user.email() + "</td>")))
                .andExpect(content().string(containsString("<span class=\"badge\" id=\"profile-role\">企业代表</span>")))
                .andExpect(content().string(containsString("您还没有 API 令牌。")));
    }

    @Test
    void createToken_onThePage_showsTheSecretOnceAndListsIt() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "webtoken", Language.EN);
        MockHttpSession session = AccountFixtures.signIn(mvc, user.email());

        MvcResult created = mvc.perform(post("/account/tokens")
                        .session(session)
                        .param("name", "Laptop")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attributeExists("created"))
                .andReturn();
        CreatedApiToken token = (CreatedApiToken) created.getFlashMap().get("created");

        // The session keeps the flash attributes for exactly one following request.
        mvc.perform(get("/account").session(session))
                .andExpect(content().string(containsString("<code id=\"token-secret\">" + token.secret() + "</code>")))
                .andExpect(content().string(containsString("<td>Laptop</td>")))
                .andExpect(
                        content().string(containsString("<code>" + token.token().prefix() + "…</code>")))
                .andExpect(content().string(containsString("<td>Never</td>")));
        mvc.perform(get("/account").session(session))
                .andExpect(content().string(not(containsString(token.secret()))))
                .andExpect(content().string(containsString("<td>Laptop</td>")));
    }

    @Test
    void createToken_withoutName_showsTheFieldError() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "noname", Language.EN);
        MockHttpSession session = AccountFixtures.signIn(mvc, user.email());

        mvc.perform(post("/account/tokens").session(session).param("name", " ").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("tokenForm", "name", "NotBlank"));
        assertThat(tokens.list(user.id())).isEmpty();
    }

    @Test
    void revokeToken_onThePage_removesItFromTheList() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "webrevoke", Language.EN);
        CreatedApiToken token = tokens.create(user.id(), "Old script");
        MockHttpSession session = AccountFixtures.signIn(mvc, user.email());

        mvc.perform(post("/account/tokens/{id}/revoke", token.token().id())
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account?revoked"));

        assertThat(tokens.list(user.id())).isEmpty();
        assertThat(tokens.authenticate(token.secret())).isEmpty();
    }

    @Test
    void revokeToken_ofAnotherUser_is404() throws Exception {
        AccountUser owner = AccountFixtures.user(accounts, "pageowner", Language.EN);
        AccountUser other = AccountFixtures.user(accounts, "pageother", Language.EN);
        CreatedApiToken token = tokens.create(owner.id(), "Owner's");
        MockHttpSession session = AccountFixtures.signIn(mvc, other.email());

        mvc.perform(post("/account/tokens/{id}/revoke", token.token().id())
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(tokens.list(owner.id())).extracting(ApiToken::name).containsExactly("Owner's");
    }

    @Test
    void languageChoice_isSavedAndUsedByTheSession() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "language", Language.VI);
        MockHttpSession session = AccountFixtures.signIn(mvc, user.email());

        mvc.perform(post("/account/language")
                        .session(session)
                        .param("language", "zh-CN")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));

        assertThat(accounts.find(user.id()).orElseThrow().language()).isEqualTo(Language.ZH);
        // No language cookie sent: the page language comes from the refreshed principal in the session.
        mvc.perform(get("/account").session(session))
                .andExpect(content().string(containsString("<html lang=\"zh-CN\">")));
    }

    @Test
    void languageLink_isSavedForTheSignedInUser() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "langlink", Language.VI);
        MockHttpSession session = AccountFixtures.signIn(mvc, user.email());

        mvc.perform(get("/account").param("lang", "en").session(session)).andExpect(status().isOk());

        assertThat(accounts.find(user.id()).orElseThrow().language()).isEqualTo(Language.EN);
        mvc.perform(get("/account").session(session)).andExpect(content().string(containsString("<html lang=\"en\">")));
    }
}
