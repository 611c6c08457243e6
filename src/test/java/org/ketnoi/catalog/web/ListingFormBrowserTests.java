package org.ketnoi.catalog.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ketnoi.support.BrowserTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo seller describes a product in Vietnamese and picks HS codes from the suggestions. */
@BrowserTest
class ListingFormBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void seller_picksHsCodesFromSuggestionsInTheListingForm(Browser browser) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/signin");
            page.locator("#email").fill("seller@ketnoi.example");
            page.locator("#password").fill("demo-ketnoi");
            page.locator("main button[type=submit]").click();
            page.navigate("http://localhost:" + port + "/my/listings");
            page.locator("a.new-listing").first().click();

            page.locator("#hsCodes-text").fill("sầu riêng tươi");
            page.locator("#hsCodes-suggestions button[data-hs-code='0810.60']").click();
            page.locator("#hsCodes-text").fill("ca phe nhan");
            page.locator("#hsCodes-suggestions button[data-hs-code='0901.11']").click();

            assertThat(page.locator("#hsCodes")).hasValue("0810.60, 0901.11");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/listing-form-hs-vi.png"))
                    .setFullPage(true));
        }
    }
}
