package org.ketnoi.spreadsheet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationFixtures.OpenEvent;
import org.ketnoi.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Picking a two-sheet workbook lists its sheets (htmx); choosing the second imports its list. */
@BrowserTest
class ImportSheetBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ParticipationFixtures fixtures;

    @Test
    void organiser_choosesTheSecondSheetOfAWorkbook(Browser browser) {
        OpenEvent event = fixtures.openEvent(true);
        String tax = "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SequencedMap<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Ghi chú", List.of(List.of("Không sửa trang sau.")));
        sheets.put(
                "Doanh nghiệp",
                List.of(List.of("Mã số thuế", "Tên doanh nghiệp", "Quốc gia"), List.of(tax, "Hồ tiêu " + tax, "VN")));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            page.navigate(url("/signin?lang=vi"));
            page.locator("#email").fill(event.organiser().user().email());
            page.locator("#password").fill("secret-password");
            page.locator("main button[type=submit]").click();
            page.navigate(url("/manage/events/" + event.id().value() + "/import"));

            page.locator("#import-file")
                    .setInputFiles(new FilePayload(
                            "hai-trang.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            SpreadsheetFiles.xlsx(sheets)));
            assertThat(page.locator("#import-sheet")).hasValue("Ghi chú");
            page.locator("#import-sheet").selectOption("Doanh nghiệp");
            page.locator("#import-upload").click();

            assertThat(page.locator("#column-0")).hasValue("TAX_CODE");
            assertThat(page.locator("main")).containsText("Hồ tiêu " + tax);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
