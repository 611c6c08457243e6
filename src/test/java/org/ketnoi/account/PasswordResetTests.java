package org.ketnoi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Password reset over real SMTP (GreenMail on a free port), with a clock the test moves. */
@IntegrationTest
@AutoConfigureMockMvc
class PasswordResetTests {

    private static final int SMTP_PORT = freePort();
    private static final Pattern LINK =
            Pattern.compile("http://localhost:8080/password/reset\\?token=(pr_[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordAuthenticator authenticator;

    @Autowired
    AuditLog audit;

    @Autowired
    MovableClock clock;

    @Test
    void reset_mailIsInTheUsersLanguageAndTheLinkWorksOnce() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "chen", Language.ZH);

        requestLink(user.email());

        MimeMessage message = onlyMailTo(user.email());
        assertThat(message.getSubject()).isEqualTo("Kết Nối：设置新密码");
        String body = (String) message.getContent();
        assertThat(body).startsWith("chen，您好：").contains("有效期为 60 分钟");
        String token = token(body);
        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(status().isOk())
                .andExpect(model().attributeDoesNotExist("invalid"));

        resetPassword(token, "brand-new-password").andExpect(redirectedUrl("/signin?reset"));

        assertThat(authenticator
                        .authenticate(user.email(), "brand-new-password", "10.9.0.1")
                        .id())
                .isEqualTo(user.id());
        assertThatThrownBy(() -> authenticator.authenticate(user.email(), AccountFixtures.PASSWORD, "10.9.0.1"))
                .isInstanceOf(BadCredentialsException.class);
        resetPassword(token, "third-password-x")
                .andExpect(status().isOk())
                .andExpect(model().attribute("invalid", true));
        assertThat(audit.byActor(user.id().value(), 2))
                .extracting(AuditEntry::code)
                .isEqualTo(List.of("account.password.reset", "account.password.reset-requested"));
    }

    @Test
    void reset_vietnameseUser_getsVietnameseMail() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "Lan", Language.VI);

        requestLink(user.email());

        MimeMessage message = onlyMailTo(user.email());
        assertThat(message.getSubject()).isEqualTo("Kết Nối: đặt mật khẩu mới");
        assertThat((String) message.getContent()).startsWith("Xin chào Lan,");
    }

    @Test
    void forgot_unknownEmail_confirmsTheSameAndSendsNothing() throws Exception {
        requestLink(AccountFixtures.uniqueEmail("nobody"));

        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void reset_expiredLink_isRefused() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "late", Language.EN);
        requestLink(user.email());
        String token = token((String) onlyMailTo(user.email()).getContent());

        clock.advance(Duration.ofMinutes(61));

        mvc.perform(get("/password/reset").param("token", token)).andExpect(model().attribute("invalid", true));
        resetPassword(token, "too-late-password").andExpect(model().attribute("invalid", true));
        assertThat(authenticator
                        .authenticate(user.email(), AccountFixtures.PASSWORD, "10.9.0.2")
                        .id())
                .isEqualTo(user.id());
    }

    @Test
    void forgot_sendsAtMostThreeMailsAnHourToOneAddress() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "flooded", Language.EN);

        for (int i = 0; i < 5; i++) {
            requestLink(user.email());
        }
        assertThat(mail.waitForIncomingEmail(5000, 3)).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(3);

        clock.advance(Duration.ofMinutes(61));
        requestLink(user.email());
        assertThat(mail.waitForIncomingEmail(5000, 4)).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(4);
    }

    @Test
    void reset_unknownToken_isRefused() throws Exception {
        mvc.perform(get("/password/reset").param("token", "pr_made-up"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("invalid", true));
    }

    private void requestLink(String email) throws Exception {
        mvc.perform(post("/password/forgot").param("email", email).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/password/forgot?sent"));
    }

    private org.springframework.test.web.servlet.ResultActions resetPassword(String token, String password)
            throws Exception {
        return mvc.perform(post("/password/reset")
                .param("token", token)
                .param("password", password)
                .param("passwordRepeat", password)
                .with(csrf()));
    }

    private static MimeMessage onlyMailTo(String email) throws Exception {
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] messages = mail.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo(email);
        return messages[0];
    }

    private static String token(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("reset link in %s", body).isTrue();
        return matcher.group(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
