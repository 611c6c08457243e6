package org.ketnoi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void signIn_rightPassword_signsInUnderANewSessionId() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "signin", Language.VI);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        mvc.perform(signIn(user.email(), AccountFixtures.PASSWORD, AccountFixtures.newAddress())
                        .session(session)
                        .with(sessionCookieOf(session)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"));

        System.out.println("DEBUG ids " + before + " -> " + session.getId() + " attrs "
                + java.util.Collections.list(session.getAttributeNames()));
        assertThat(session.getId()).isNotEqualTo(before);
        SecurityContext context = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(((AccountUser) context.getAuthentication().getPrincipal()).id())
                .isEqualTo(user.id());
    }

    @Test
    void signIn_wrongPassword_showsTheFailureMessage() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "wrong", Language.VI);

        mvc.perform(signIn(user.email(), "not-the-password", AccountFixtures.newAddress()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/signin?error"));
        mvc.perform(get("/signin?error").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("E-mail or password is not correct.")))
                .andExpect(content().string(not(containsString("Too many failed sign-in attempts"))));
    }

    @Test
    void signIn_afterFiveFailures_isRefusedEvenWithTheRightPassword() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "throttled", Language.VI);
        RequestPostProcessor address = AccountFixtures.newAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(user.email(), "guess-" + i, address)).andExpect(redirectedUrl("/signin?error"));
        }

        mvc.perform(signIn(user.email(), AccountFixtures.PASSWORD, AccountFixtures.newAddress()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/signin?throttled"));
        mvc.perform(get("/signin?throttled").param("lang", "en"))
                .andExpect(content()
                        .string(containsString("Too many failed sign-in attempts. Sign-in is blocked for 15 minutes")))
                .andExpect(content().string(not(containsString("E-mail or password is not correct."))));
    }

    @Test
    void signIn_afterTwentyFailuresFromOneAddress_refusesThatAddressOnly() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "address", Language.VI);
        RequestPostProcessor address = AccountFixtures.newAddress();
        for (int i = 0; i < 20; i++) {
            mvc.perform(signIn(AccountFixtures.uniqueEmail("nobody"), "guess", address))
                    .andExpect(redirectedUrl("/signin?error"));
        }

        mvc.perform(signIn(user.email(), AccountFixtures.PASSWORD, address))
                .andExpect(redirectedUrl("/signin?throttled"));
        mvc.perform(signIn(user.email(), AccountFixtures.PASSWORD, AccountFixtures.newAddress()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void signIn_disabledUser_isRefused() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "disabled", Language.VI);
        accounts.setEnabled(user.email(), false);

        mvc.perform(signIn(user.email(), AccountFixtures.PASSWORD, AccountFixtures.newAddress()))
                .andExpect(redirectedUrl("/signin?error"));
    }

    @Test
    void signIn_withoutCsrfToken_isForbidden() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "csrf", Language.VI);

        mvc.perform(post("/signin").param("email", user.email()).param("password", AccountFixtures.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void pages_sendTheSecurityHeaders() throws Exception {
        mvc.perform(get("/signin"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", "camera=(), microphone=(), geolocation=()"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/api/v1/auth/tokens"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP))
                .andExpect(header().string("Permissions-Policy", "camera=(), microphone=(), geolocation=()"));
    }

    @Test
    void signOut_endsTheSession() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "signout", Language.VI);
        MockHttpSession session = AccountFixtures.signIn(mvc, user.email());

        mvc.perform(post("/signout").session(session).with(csrf())).andExpect(redirectedUrl("/?signedout"));

        assertThat(session.isInvalid()).isTrue();
    }

    /** What a browser does: name the session it already has, as the session cookie would. */
    private static RequestPostProcessor sessionCookieOf(MockHttpSession session) {
        return request -> {
            request.setRequestedSessionId(session.getId());
            request.setRequestedSessionIdValid(true);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password, RequestPostProcessor address) {
        return post("/signin")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(address);
    }
}
