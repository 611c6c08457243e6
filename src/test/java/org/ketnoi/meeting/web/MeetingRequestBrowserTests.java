package org.ketnoi.meeting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.meeting.MeetingFixtures;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A seller asks from the directory, the buyer accepts in place (htmx), the seller calls it off. */
@BrowserTest
class MeetingRequestBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MeetingFixtures fixtures;

    @Test
    void requestFromTheDirectory_acceptedInPlace_thenCancelled(Browser browser) {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        String eventPath = "http://localhost:" + port + "/events/" + event.id().value();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = signIn(context, seller.user().email());
            page.navigate(eventPath + "/participants?lang=en");
            page.locator("a.request-meeting[href$='with=" + buyer.id().value() + "']")
                    .click();
            page.locator("#request-message").fill("Robusta screen 18, FOB Hai Phong");
            page.locator("#meeting-request-form button[type=submit]").click();
            assertThat(page.locator("main .notice")).hasText("Request sent. The other company has been notified.");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = signIn(context, buyer.user().email());
            page.navigate(eventPath + "/meetings?lang=en");
            var row = page.locator("#received tr.meeting-request").first();
            assertThat(row).containsText("Robusta screen 18, FOB Hai Phong");
            row.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Accept"))
                    .click();
            assertThat(page.locator("#received tr.meeting-request .status").first())
                    .hasText("Accepted");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/meeting-requests-en.png"))
                    .setFullPage(true));
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = signIn(context, seller.user().email());
            page.navigate(eventPath + "/meetings?lang=vi");
            page.onceDialog(dialog -> dialog.accept());
            page.locator("#sent tr.meeting-request button", new Page.LocatorOptions().setHasText("Hủy"))
                    .click();
            assertThat(page.locator("#sent tr.meeting-request .status").first()).hasText("Đã hủy");
        }
    }

    private Page signIn(BrowserContext context, String email) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/signin");
        page.locator("#email").fill(email);
        page.locator("#password").fill("secret-password");
        page.locator("main button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/signin"));
        return page;
    }
}
