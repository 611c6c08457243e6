package org.ketnoi.event;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketnoi.support.BrowserTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The organiser's path through the scenario, in a real browser: sign in as the demo organiser,
 * switch to Chinese, create an event with a connection point in Hangzhou and a grid day, and find it
 * listed with Chinese labels and its start in Hangzhou time (UTC+8), then published on the public page.
 */
@BrowserTest
class EventCreationBrowserTests {

    private static final String CONFIRM_ZH = "将活动推进到下一步？此操作不可撤销。";

    @LocalServerPort
    int port;

    @Test
    void organiser_createsAHangzhouEventInChinese(Browser browser) {
        String title = "杭州数字贸易对接会 " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            signInAsDemoOrganiser(page);

            page.locator(".lang-switch a[hreflang=zh-CN]").click();
            page.locator(".main-nav a", new Page.LocatorOptions().setHasText("活动管理"))
                    .click();
            assertThat(page.locator("h1")).hasText("我的活动");

            page.locator("#new-event").click();
            fillEventDetails(page, title);
            page.locator("#save-event").click();
            addHangzhouConnectionPoint(page);
            addGridDay(page);

            page.locator(".main-nav a", new Page.LocatorOptions().setHasText("活动管理"))
                    .click();
            Locator row = page.locator("#my-events tbody tr", new Page.LocatorOptions().setHasText(title));
            assertThat(row).containsText("线上线下贸易对接会");
            assertThat(row).containsText("杭州");
            assertThat(row).containsText("09:00 (UTC+8)");
            assertThat(row).containsText("草稿");
            assertThat(page.locator("#my-events thead")).containsText("标题");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/organiser-events-zh.png"))
                    .setFullPage(true));

            row.locator("a").first().click();
            // app.js (deferred) asks the data-confirm question: wait until it has run.
            page.waitForLoadState();
            List<String> questions = new ArrayList<>();
            page.onceDialog(dialog -> {
                questions.add(dialog.message());
                dialog.accept();
            });
            page.locator("#next-status").click();
            assertThat(page.locator("main .badge").first()).hasText("开放报名");
            org.assertj.core.api.Assertions.assertThat(questions).containsExactly(CONFIRM_ZH);
            page.navigate(url("/events"));
            page.locator("a", new Page.LocatorOptions().setHasText(title)).click();
            assertThat(page.locator("h1")).hasText(title);
            assertThat(page.locator("main")).containsText("09:00");
            assertThat(page.locator("main")).containsText("UTC+8");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/public-event-zh.png"))
                    .setFullPage(true));
        }
    }

    private void signInAsDemoOrganiser(Page page) {
        page.navigate(url("/signin"));
        page.locator("#email").fill("organiser@ketnoi.example");
        page.locator("#password").fill("demo-ketnoi");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator(".session .who")).hasText("Nguyễn Thị Lan");
    }

    private static void fillEventDetails(Page page, String title) {
        page.locator("#titleZh").fill(title);
        page.locator("#titleVi").fill("Hội nghị kết nối thương mại số Hàng Châu");
        page.locator("#titleEn").fill("Hangzhou digital trade matchmaking");
        page.locator("#kind").selectOption("HYBRID_TRADE_CONFERENCE");
        page.locator("#startDate").fill("2027-05-20");
        page.locator("#endDate").fill("2027-05-20");
        page.locator("#registrationCloses").fill("2027-05-15T17:00");
        page.locator("#organizers input[type=checkbox]").first().check();
    }

    private static void addHangzhouConnectionPoint(Page page) {
        page.locator("#point-nameZh").fill("杭州");
        page.locator("#point-nameVi").fill("Hàng Châu");
        page.locator("#point-nameEn").fill("Hangzhou");
        page.locator("#point-city").fill("杭州");
        page.locator("#point-country").selectOption("CN");
        page.locator("#point-timeZone").selectOption("Asia/Shanghai");
        page.locator("#point-mode").selectOption("IN_PERSON");
        page.locator("#add-point").click();
    }

    private static void addGridDay(Page page) {
        page.locator("#day-date").fill("2027-05-20");
        page.locator("#day-start").fill("09:00");
        page.locator("#day-end").fill("12:00");
        page.locator("#day-slotMinutes").fill("20");
        page.locator("#add-day").click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
