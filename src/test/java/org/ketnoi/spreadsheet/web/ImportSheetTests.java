package org.ketnoi.spreadsheet.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationFixtures.OpenEvent;
import org.ketnoi.spreadsheet.SpreadsheetFiles;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Choosing the sheet of a workbook whose first sheet is not the list (notes first, data second). */
@IntegrationTest
@AutoConfigureMockMvc
class ImportSheetTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ParticipationFixtures fixtures;

    private static MockMultipartFile twoSheets(String tax) {
        SequencedMap<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Ghi chú", List.of(List.of("Danh sách do Sở Công Thương gửi, không sửa trang sau.")));
        sheets.put(
                "Doanh nghiệp",
                List.of(List.of("Mã số thuế", "Tên doanh nghiệp", "Quốc gia"), List.of(tax, "Hồ tiêu " + tax, "VN")));
        return new MockMultipartFile(
                "file", "hai-trang.xlsx", "application/octet-stream", SpreadsheetFiles.xlsx(sheets));
    }

    private static String tax() {
        return "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void sheetList_ofATwoSheetWorkbook_offersBothWithTheFirstChosen() throws Exception {
        OpenEvent event = fixtures.openEvent(true);

        mvc.perform(multipart("/manage/events/" + event.id().value() + "/import/sheets")
                        .file(twoSheets(tax()))
                        .param("lang", "en")
                        .with(user(event.organiser().user()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<select id=\"import-sheet\" name=\"sheet\">")))
                .andExpect(content()
                        .string(containsString("<option value=\"Ghi chú\" selected=\"selected\">Ghi chú</option>")))
                .andExpect(content().string(containsString("<option value=\"Doanh nghiệp\">Doanh nghiệp</option>")))
                .andExpect(content().string(containsString("The workbook has 2 sheets")));
    }

    @Test
    void sheetList_ofAOneSheetWorkbookOrCsv_isEmpty() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        MockMultipartFile one = new MockMultipartFile(
                "file", "one.xlsx", "application/octet-stream", SpreadsheetFiles.xlsx(List.of(List.of("A", "B"))));
        MockMultipartFile csv = new MockMultipartFile(
                "file", "one.csv", "text/csv", SpreadsheetFiles.csv(',', List.of(List.of("A", "B"))));

        for (MockMultipartFile file : List.of(one, csv)) {
            mvc.perform(multipart("/manage/events/" + event.id().value() + "/import/sheets")
                            .file(file)
                            .with(user(event.organiser().user()))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<select"))));
        }
    }

    @Test
    void sheetList_isForTheEventsOrganisersOnly() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        OpenEvent other = fixtures.openEvent(true);

        mvc.perform(multipart("/manage/events/" + event.id().value() + "/import/sheets")
                        .file(twoSheets(tax()))
                        .with(user(other.organiser().user()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void upload_readsTheChosenSheet_andWithoutAChoiceTheFirst() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        String tax = tax();
        String url = "/manage/events/" + event.id().value() + "/import";
        MockHttpSession session = new MockHttpSession();

        mvc.perform(multipart(url)
                        .file(twoSheets(tax))
                        .param("lang", "en")
                        .session(session)
                        .with(user(event.organiser().user()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")));

        String mapping = mvc.perform(multipart(url)
                        .file(twoSheets(tax))
                        .param("sheet", "Doanh nghiệp")
                        .session(session)
                        .with(user(event.organiser().user()))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern(url + "/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(mapping).session(session).with(user(event.organiser().user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hồ tiêu " + tax)))
                .andExpect(content().string(containsString("Mã số thuế")));
    }

    @Test
    void api_takesTheSheetByNameOrPosition_andRefusesAnUnknownOne() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        String url = "/api/v1/events/" + event.id().value() + "/imports";

        for (String sheet : List.of("Doanh nghiệp", "doanh nghiệp", "2")) {
            mvc.perform(multipart(url)
                            .file(twoSheets(tax()))
                            .param("sheet", sheet)
                            .with(user(event.organiser().user())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.summary.companiesCreated").value(1))
                    .andExpect(jsonPath("$.errors").isEmpty());
        }
        mvc.perform(multipart(url)
                        .file(twoSheets(tax()))
                        .with(user(event.organiser().user())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart(url)
                        .file(twoSheets(tax()))
                        .param("sheet", "3")
                        .param("lang", "en")
                        .with(user(event.organiser().user())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sheet"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The workbook has no sheet \"3\". Its sheets: Ghi chú, Doanh nghiệp."));
    }
}
