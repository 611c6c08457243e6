package org.ketnoi.spreadsheet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationFixtures.OpenEvent;
import org.ketnoi.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An organiser imports an agency's Excel list into their event in Vietnamese: upload, the guessed
 * column mapping, the preview, the confirmed commit, and the companies in the participant list.
 */
@BrowserTest
class ImportBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ParticipationFixtures fixtures;

    @Test
    void organiser_importsAnExcelListThroughTheWizard(Browser browser) {
        OpenEvent event = fixtures.openEvent(true);
        String tax = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String name = "Hợp tác xã cà phê " + tax;
        byte[] file = SpreadsheetFiles.xlsx(List.of(
                List.of("DANH SÁCH DOANH NGHIỆP ĐĂNG KÝ"),
                List.of(
                        "STT",
                        "Mã số thuế",
                        "Tên doanh nghiệp",
                        "Tỉnh/Thành phố",
                        "Người liên hệ",
                        "Email",
                        "Sản phẩm",
                        "Mã HS"),
                List.of("1", tax, name, "Đắk Lắk", "Y Bih", "hx@" + tax + ".vn", "Cà phê Robusta", "0901.11")));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            page.navigate(url("/signin?lang=vi"));
            page.locator("#email").fill(event.organiser().user().email());
            page.locator("#password").fill("secret-password");
            page.locator("main button[type=submit]").click();
            page.navigate(url("/manage/events/" + event.id().value() + "/participants"));

            page.locator("#import-link").click();
            page.locator("#import-file")
                    .setInputFiles(new FilePayload(
                            "danh-sach.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            file));
            page.locator("#import-upload").click();

            assertThat(page.locator("#column-1")).hasValue("TAX_CODE");
            assertThat(page.locator("#column-2")).hasValue("NAME_VI");
            assertThat(page.locator("#column-0")).hasValue("");
            page.locator("#import-preview").click();
            assertThat(page.locator("#count-created")).hasText("Doanh nghiệp mới: 1");
            assertThat(page.locator("#import-companies")).containsText(name);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/import-preview-vi.png"))
                    .setFullPage(true));

            page.onceDialog(dialog -> dialog.accept());
            page.locator("#import-commit").click();
            assertThat(page.locator("h1")).hasText("Đã nhập danh sách");
            assertThat(page.locator("#count-listings")).hasText("Sản phẩm: 1 mới, 0 cập nhật");

            page.locator("#to-participants").click();
            assertThat(page.locator("#registrations")).containsText(name);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
