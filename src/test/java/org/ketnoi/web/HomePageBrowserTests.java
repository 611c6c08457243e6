package org.ketnoi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ketnoi.support.BrowserTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class HomePageBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void languageSwitcher_showsThePageInChineseAndKeepsTheChoice(Browser browser) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            assertThat(page.locator("h1")).hasText("Kết nối doanh nghiệp xuyên biên giới");

            page.locator(".lang-switch a[hreflang=zh-CN]").click();
            assertThat(page.locator("h1")).hasText("跨境企业对接");
            assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");

            page.navigate("http://localhost:" + port + "/signin");
            assertThat(page.locator("h1")).hasText("登录");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/signin-zh.png"))
                    .setFullPage(true));
        }
    }
}
