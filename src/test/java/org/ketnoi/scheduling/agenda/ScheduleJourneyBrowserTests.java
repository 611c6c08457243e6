package org.ketnoi.scheduling.agenda;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.scheduling.ScheduleFixtures;
import org.ketnoi.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole way from "I want to meet them" to both agendas: a Chinese buyer in Hangzhou asks a
 * Vietnamese seller in Hà Nội for a meeting, the seller accepts in Vietnamese, the organiser runs the
 * scheduler and publishes, each side sees the online meeting in its own local time with the remote
 * vi–zh interpreter, and the downloaded calendar parses.
 */
@BrowserTest
class ScheduleJourneyBrowserTests {

    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2})");

    @LocalServerPort
    int port;

    @Autowired
    ParticipationFixtures events;

    @Autowired
    CompanyFixtures companies;

    @Autowired
    CompanyService companyService;

    @Autowired
    ParticipationService participation;

    @Autowired
    ScheduleFixtures schedules;

    @Test
    void requestAcceptScheduleAndPublish_bothSeeTheMeetingInTheirOwnTime(Browser browser) throws Exception {
        ParticipationFixtures.OpenEvent event = events.openEvent(true);
        CompanyFixtures.Owned seller = companies.company("Cà phê Tây Nguyên");
        CompanyFixtures.Owned buyer = companies.company("Hangzhou Tea");
        CompanyDetails chinese = CompanyFixtures.details("Hangzhou Tea");
        companyService.update(
                buyer.id(),
                new CompanyDetails(
                        new LocalizedText(null, "杭州茶叶进出口有限公司", "Hangzhou Tea Import Co."),
                        chinese.description(),
                        "CN",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of("coffee"),
                        List.of(),
                        List.of(),
                        Set.of(Language.ZH),
                        null,
                        chinese.contacts()),
                buyer.owner());
        ParticipationId sellerId = enrol(event, seller, ParticipantRole.SELLER, 0, Language.VI);
        enrol(event, buyer, ParticipantRole.BUYER, 1, Language.ZH);
        schedules.interpreter(event.id(), "Lê Thu Hà", null, "VI-ZH");
        String base = "http://localhost:" + port;
        String eventPath = base + "/events/" + event.id().value();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = signIn(context, buyer.owner().email());
            page.navigate(eventPath + "/participants?lang=zh-CN");
            page.locator("a.request-meeting[href$='with=" + sellerId.value() + "']")
                    .click();
            page.locator("#request-message").fill("我们想采购罗布斯塔咖啡，每月两个货柜。");
            page.locator("#meeting-request-form button[type=submit]").click();
            assertThat(page.locator("main .notice")).isVisible();
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = signIn(context, seller.owner().email());
            page.navigate(eventPath + "/meetings?lang=vi");
            Locator row = page.locator("#received tr.meeting-request").first();
            assertThat(row).containsText("罗布斯塔咖啡");
            row.locator("button", new Locator.LocatorOptions().setHasText("Chấp nhận"))
                    .click();
            assertThat(page.locator("#received tr.meeting-request .status").first())
                    .hasText("Đã chấp nhận");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = signIn(context, event.organiser().user().email());
            page.navigate(base + "/manage/events/" + event.id().value() + "/schedule?lang=vi");
            page.locator("#start-run").click();
            page.locator("#show-draft").click(new Locator.ClickOptions().setTimeout(60_000));
            assertThat(page.locator("#schedule-grid")).containsText("Lê Thu Hà");
            page.waitForLoadState(LoadState.LOAD);
            page.onceDialog(dialog -> dialog.accept());
            page.locator("#publish").click();
            page.waitForLoadState(LoadState.LOAD);
            assertThat(page.locator("#publish-section")).hasCount(0);
        }

        LocalTime sellerTime;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = signIn(context, seller.owner().email());
            page.navigate(eventPath + "/agenda?lang=vi");
            Locator meeting = page.locator("tr.agenda-meeting");
            assertThat(meeting).hasCount(1);
            assertThat(meeting.locator(".agenda-time")).containsText("GMT+7");
            assertThat(meeting.locator(".agenda-partner"))
                    .hasText(Pattern.compile("Hangzhou Tea Import Co\\.|杭州茶叶进出口有限公司"));
            assertThat(meeting.locator(".agenda-interpreter")).containsText("Lê Thu Hà");
            assertThat(meeting.locator("a.agenda-online")).hasAttribute("href", Pattern.compile("^https://"));
            sellerTime = firstTime(meeting.locator(".agenda-time").textContent());
            assertThat(meeting.locator(".agenda-partner-time"))
                    .containsText(sellerTime.plusHours(1).toString());

            Download download =
                    page.waitForDownload(() -> page.locator("#agenda-ics").click());
            byte[] ics = Files.readAllBytes(download.path());
            StrictCalendarParser.Component calendar = StrictCalendarParser.parse(ics);
            List<StrictCalendarParser.Component> vevents = calendar.children().stream()
                    .filter(c -> c.name().equals("VEVENT"))
                    .toList();
            assertThat(vevents).hasSize(1);
            assertThat(vevents.getFirst().value("DTSTART"))
                    .contains(sellerTime.toString().replace(":", "") + "00");
            assertThat(vevents.getFirst().value("UID")).matches("[^@]+@[^@]+");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/agenda-vi.png"))
                    .setFullPage(true));
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = signIn(context, buyer.owner().email());
            page.navigate(eventPath + "/agenda?lang=zh-CN");
            Locator meeting = page.locator("tr.agenda-meeting");
            assertThat(meeting).hasCount(1);
            assertThat(meeting.locator(".agenda-time")).containsText("GMT+8");
            assertThat(meeting.locator(".agenda-time"))
                    .containsText(sellerTime.plusHours(1).toString());
            assertThat(meeting.locator(".agenda-partner")).hasText("Cà phê Tây Nguyên 中文");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/agenda-zh.png"))
                    .setFullPage(true));
        }
    }

    private ParticipationId enrol(
            ParticipationFixtures.OpenEvent event,
            CompanyFixtures.Owned company,
            ParticipantRole role,
            int point,
            Language language) {
        ParticipationId id = participation.register(
                event.id(),
                new Registration(company.id(), role, event.point(point), Attendance.IN_PERSON, Set.of(language)),
                company.owner());
        participation.approve(event.id(), id, event.organiser().user());
        return id;
    }

    private static LocalTime firstTime(String text) {
        Matcher matcher = TIME.matcher(text);
        org.assertj.core.api.Assertions.assertThat(matcher.find()).as(text).isTrue();
        return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
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
