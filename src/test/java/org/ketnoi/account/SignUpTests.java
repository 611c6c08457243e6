package org.ketnoi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@AutoConfigureMockMvc
class SignUpTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Test
    void signUp_createsSignedInCompanyUser() throws Exception {
        String email = AccountFixtures.uniqueEmail("signup");
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        mvc.perform(signUp(email, "Lý Thị Hoa", "long-enough-pw", "long-enough-pw", "zh-CN")
                        .session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account"));

        AccountUser user = accounts.findByEmail(email).orElseThrow();
        assertThat(user.role()).isEqualTo(Role.COMPANY);
        assertThat(user.language()).isEqualTo(Language.ZH);
        assertThat(user.displayName()).isEqualTo("Lý Thị Hoa");
        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(audit.byActor(user.id().value(), 5))
                .extracting(AuditEntry::code)
                .isEqualTo(List.of("account.user.created"));
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(email)));
    }

    @Test
    void signUp_duplicateEmail_showsTranslatedFieldError() throws Exception {
        AccountUser existing = AccountFixtures.user(accounts, "taken", Language.VI);

        mvc.perform(signUp(existing.email().toUpperCase(), "Someone Else", "long-enough-pw", "long-enough-pw", "en")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("account/signup"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "signup.email.taken"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "An account with this e-mail address already exists.")));
    }

    @Test
    void signUp_shortOrMismatchedPassword_showsFieldErrors() throws Exception {
        String email = AccountFixtures.uniqueEmail("short");

        mvc.perform(signUp(email, "Short", "short", "short", "vi"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "Size"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Mật khẩu phải có từ 10 đến 200 ký tự.")));
        mvc.perform(signUp(email, "Mismatch", "long-enough-pw", "long-enough-px", "vi"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordRepeat", "password.mismatch"));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void signUp_withoutCsrfToken_isForbidden() throws Exception {
        String email = AccountFixtures.uniqueEmail("nocsrf");

        mvc.perform(post("/signup")
                        .param("email", email)
                        .param("displayName", "No Token")
                        .param("password", "long-enough-pw")
                        .param("passwordRepeat", "long-enough-pw")
                        .param("language", "vi"))
                .andExpect(status().isForbidden());
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void signUpPage_preselectsTheReadersLanguage() throws Exception {
        mvc.perform(get("/signup").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "<option value=\"zh-CN\" lang=\"zh-CN\" selected=\"selected\">")));
    }

    private static MockHttpServletRequestBuilder signUp(
            String email, String name, String password, String repeat, String language) {
        return post("/signup")
                .param("email", email)
                .param("displayName", name)
                .param("password", password)
                .param("passwordRepeat", repeat)
                .param("language", language)
                .with(csrf());
    }
}
