package org.ketnoi.company.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ketnoi.account.AccountService;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyRole;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationFixtures.OpenEvent;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.Registration;
import org.ketnoi.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An organiser invites a representative from the company's page in Vietnamese; the representative,
 * without an account yet, follows the mailed link in English, signs up and lands on their company.
 */
@BrowserTest
class CompanyClaimBrowserTests {

    private static final int SMTP_PORT = freePort();
    private static final Pattern LINK = Pattern.compile("/companies/claim\\?token=(ci_[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    ParticipationFixtures participations;

    @Autowired
    ParticipationService participationService;

    @Autowired
    CompanyService companies;

    @Autowired
    AccountService accounts;

    @Test
    void invitedRepresentative_signsUpFromTheLink_andOwnsTheCompany(Browser browser) throws Exception {
        OpenEvent event = participations.openEvent(true);
        String name = "Imported " + UUID.randomUUID().toString().substring(0, 8);
        CompanyId company = companies.createUnclaimed(
                CompanyFixtures.details(name), event.organiser().user());
        participationService.enrol(
                event.id(),
                new Registration(company, ParticipantRole.SELLER, event.point(0), Attendance.IN_PERSON, Set.of()),
                event.organiser().user());
        String email = "browser-rep-" + UUID.randomUUID() + "@example.com";

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            page.navigate(url("/signin?lang=vi"));
            page.locator("#email").fill(event.organiser().user().email());
            page.locator("#password").fill("secret-password");
            page.locator("main button[type=submit]").click();
            page.navigate(url("/companies/" + company.value()));
            page.locator("#invite-email").fill(email);
            page.locator("#invite-language").selectOption("en");
            page.locator("#send-invitation").click();
            assertThat(page.locator("#invite-sent")).hasText("Đã gửi lời mời.");
            assertThat(page.locator("#open-invitations")).containsText(email);
        }

        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        Matcher link = LINK.matcher((String) mail.getReceivedMessages()[0].getContent());
        assertThat(link.find()).isTrue();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(url(link.group()));
            assertThat(page.locator("#claim-lead")).containsText(name + " en");
            assertThat(page.locator("#claim-email")).hasValue(email);
            page.locator("#displayName").fill("Browser Rep");
            page.locator("#password").fill("a-long-password");
            page.locator("#passwordRepeat").fill("a-long-password");
            page.locator("#claim-signup").click();

            assertThat(page.locator("#company-claimed"))
                    .hasText("You now represent this company. Check its profile and complete it.");
            assertThat(page.locator("#company-name")).hasText(name + " en");
        }
        assertThat(companies.roleOf(accounts.findByEmail(email).orElseThrow().id(), company))
                .contains(CompanyRole.OWNER);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
