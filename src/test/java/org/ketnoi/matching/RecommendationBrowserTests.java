package org.ketnoi.matching;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.matching.MatchingFixtures.Party;
import org.ketnoi.support.BrowserTest;
import org.ketnoi.taxonomy.Certification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scenario in a real browser: a Guangdong fruit importer, speaking only Chinese, opens its
 * recommendations in Chinese and finds the Vietnamese durian exporter first, with the reasons in
 * Chinese, and the coffee exporter nowhere.
 */
@BrowserTest
class RecommendationBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MatchingFixtures fixtures;

    @Test
    void guangdongFruitImporter_seesTheDurianExporterWithReasonsInChinese(Browser browser) {
        ParticipationFixtures.OpenEvent event = fixtures.event();
        Party durian = fixtures.party(
                event,
                "VN",
                ParticipantRole.SELLER,
                Set.of(Language.VI),
                true,
                MatchingFixtures.listing(
                        ListingKind.OFFER,
                        "0810.60",
                        LocalizedText.of(Language.VI, "Sầu riêng Ri6 tươi Krông Pắc"),
                        Certification.GACC_REGISTRATION));
        Party coffee = fixtures.party(
                event,
                "VN",
                ParticipantRole.SELLER,
                Set.of(Language.VI),
                true,
                MatchingFixtures.listing(
                        ListingKind.OFFER, "0901.11", LocalizedText.of(Language.VI, "Cà phê nhân Robusta")));
        Party importer = fixtures.party(
                event,
                "CN",
                ParticipantRole.BUYER,
                Set.of(Language.ZH),
                true,
                MatchingFixtures.listing(
                        ListingKind.NEED,
                        "0810.60",
                        LocalizedText.of(Language.ZH, "求购越南鲜榴莲"),
                        Certification.GACC_REGISTRATION));

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.navigate(url("/signin"));
            page.locator("#email").fill(importer.owner().email());
            page.locator("#password").fill("secret-password");
            page.locator("main button[type=submit]").click();

            page.navigate(url("/events/" + event.id().value() + "?lang=zh-CN"));
            page.locator("a.recommendations-link").click();

            assertThat(page.locator("h1")).hasText("推荐的合作伙伴");
            Locator first = page.locator("#recommendations .recommendation").first();
            assertThat(first.locator(".partner-name")).hasText(durian.name() + " 中文");
            assertThat(first.locator(".reasons")).containsText("对方供应“Sầu riêng Ri6 tươi Krông Pắc”（0810.60");
            assertThat(first.locator(".reasons")).containsText("您要求 海关总署境外生产企业注册（GACC） — 对方已具备");
            assertThat(first.locator(".reasons")).containsText("没有共同语言：需要中文–越南语翻译");
            assertThat(page.locator("#recommendations")).not().containsText(coffee.name());
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/recommendations-zh.png"))
                    .setFullPage(true));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
