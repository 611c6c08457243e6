package org.ketnoi.spreadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.EventFixtures;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationFixtures.OpenEvent;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.spreadsheet.SpreadsheetFiles;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
@AutoConfigureMockMvc
class ImportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    EventFixtures events;

    @Autowired
    CompanyFixtures companies;

    @Autowired
    CompanyService companyService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    static String tax() {
        return "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static MockMultipartFile xlsx(String tax, String name) {
        return new MockMultipartFile(
                "file",
                "danh-sach.xlsx",
                "application/octet-stream",
                SpreadsheetFiles.xlsx(List.of(
                        List.of("Mã số thuế", "Tên doanh nghiệp", "Quốc gia", "Email", "Sản phẩm", "Mã HS"),
                        List.of(tax, name, "VN", "info@" + tax + ".vn", "Cà phê nhân", "0901.11"))));
    }

    long companies() {
        return jdbc.sql("SELECT COUNT(*) FROM company").query(Long.class).single();
    }

    @Test
    void api_previewsThenCommits_inTheRequestLanguage() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        String tax = tax();
        String url = "/api/v1/events/" + event.id().value() + "/imports";
        long before = companies();

        JsonNode preview = json.readTree(mvc.perform(multipart(url)
                        .file(xlsx(tax, "Cà phê " + tax))
                        .param("lang", "en")
                        .with(user(event.organiser().user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(preview.get("committed").asBoolean()).isFalse();
        assertThat(preview.get("mapping").toString())
                .isEqualTo(
                        "{\"Mã số thuế\":\"TAX_CODE\",\"Tên doanh nghiệp\":\"NAME_VI\",\"Quốc gia\":\"COUNTRY\",\"Email\":\"CONTACT_EMAIL\",\"Sản phẩm\":\"LISTING_TITLE_VI\",\"Mã HS\":\"HS_CODES\"}");
        assertThat(preview.get("summary").toString())
                .isEqualTo(
                        "{\"companiesCreated\":1,\"companiesUpdated\":0,\"companiesUnchanged\":0,\"companiesKept\":0,\"enrolled\":1,\"listingsCreated\":1,\"listingsUpdated\":0}");
        assertThat(companies()).isEqualTo(before);

        JsonNode committed = json.readTree(mvc.perform(multipart(url)
                        .file(xlsx(tax, "Cà phê " + tax))
                        .param("commit", "true")
                        .with(user(event.organiser().user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(committed.get("committed").asBoolean()).isTrue();
        long id = companyService.findByTaxCode(tax).orElseThrow().value();
        assertThat(committed.get("companies").get(0).get("companyId").asLong()).isEqualTo(id);
        assertThat(companies()).isEqualTo(before + 1);
    }

    @Test
    void api_commitWithErrors_is422_withTranslatedRowErrors_andStoresNothing() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        String tax = tax();
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "list.csv",
                "text/csv",
                SpreadsheetFiles.csv(
                        ',',
                        List.of(
                                List.of("Tax code", "Company name", "Country"),
                                List.of(tax, "Good " + tax, "VN"),
                                List.of(tax(), "Bad " + tax, "Atlantis"))));
        long before = companies();

        mvc.perform(multipart("/api/v1/events/" + event.id().value() + "/imports")
                        .file(file)
                        .param("commit", "true")
                        .param("lang", "en")
                        .with(user(event.organiser().user())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().json("""
                        {"committed": false, "errors": [{"row": 3, "column": "Country", "field": "COUNTRY",
                          "code": "import.error.country-unknown",
                          "message": "Unknown country “Atlantis” (use an ISO code such as VN or CN, or the country name)."}]}
                        """));

        assertThat(companies()).isEqualTo(before);
    }

    @Test
    void api_brokenFile_is400ProblemInTheRequestLanguage_andStoresNothing() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        byte[] good = xlsx(tax(), "X").getBytes();
        MockMultipartFile broken =
                new MockMultipartFile("file", "x.xlsx", "application/octet-stream", java.util.Arrays.copyOf(good, 300));
        long before = companies();

        mvc.perform(multipart("/api/v1/events/" + event.id().value() + "/imports")
                        .file(broken)
                        .param("commit", "true")
                        .param("lang", "vi")
                        .with(user(event.organiser().user())))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"errors": [{"field": "file",
                          "message": "Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx."}]}
                        """));

        assertThat(companies()).isEqualTo(before);
    }

    @Test
    void api_onlyTheEventsOrganisersMayImport() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        OpenEvent other = fixtures.openEvent(true);
        AccountUser company = companies.user(Role.COMPANY);
        EventFixtures.Organiser stranger = events.organiser();
        EventId draft = events.draft(stranger, EventFixtures.unique("Draft"));
        String url = "/api/v1/events/" + event.id().value() + "/imports";
        long before = companies();

        mvc.perform(multipart(url)
                        .file(xlsx(tax(), "A"))
                        .param("commit", "true")
                        .with(user(other.organiser().user())))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(url)
                        .file(xlsx(tax(), "B"))
                        .param("commit", "true")
                        .with(user(company)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(url).file(xlsx(tax(), "C")).param("commit", "true"))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/events/" + draft.value() + "/imports")
                        .file(xlsx(tax(), "D"))
                        .param("commit", "true")
                        .with(user(event.organiser().user())))
                .andExpect(status().isNotFound());

        assertThat(companies()).isEqualTo(before);
    }

    @Test
    void wizard_uploadMapPreviewCommit() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        String tax = tax();
        String base = "/manage/events/" + event.id().value() + "/import";
        MockHttpSession session = new MockHttpSession();
        AccountUser organiser = event.organiser().user();

        mvc.perform(get(base).session(session).param("lang", "vi").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tải tệp mẫu (.xlsx)")));
        MvcResult uploaded = mvc.perform(multipart(base)
                        .file(xlsx(tax, "Cà phê " + tax))
                        .session(session)
                        .with(csrf())
                        .with(user(organiser)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String mappingUrl = uploaded.getResponse().getRedirectedUrl();
        assertThat(mappingUrl).startsWith(base + "/");
        mvc.perform(get(mappingUrl).session(session).param("lang", "en").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<option value=\"TAX_CODE\" selected=\"selected\">Tax code</option>")));
        mvc.perform(post(mappingUrl + "/preview")
                        .session(session)
                        .param("column-0", "TAX_CODE")
                        .param("column-1", "NAME_VI")
                        .param("column-2", "COUNTRY")
                        .param("column-3", "CONTACT_EMAIL")
                        .param("column-4", "LISTING_TITLE_VI")
                        .param("column-5", "HS_CODES")
                        .param("defaultRole", "BUYER")
                        .param("lang", "en")
                        .with(csrf())
                        .with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New companies: 1")))
                .andExpect(content().string(containsString("id=\"import-commit\"")));
        assertThat(companyService.findByTaxCode(tax)).isEmpty();
        mvc.perform(get(mappingUrl)
                        .session(session)
                        .param("column-0", "TAX_CODE")
                        .param("column-1", "NAME_ZH")
                        .param("defaultRole", "BUYER")
                        .param("lang", "en")
                        .with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"NAME_ZH\" selected=\"selected\">")))
                .andExpect(content().string(containsString("<option value=\"BUYER\" selected=\"selected\">")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                containsString("<option value=\"COUNTRY\" selected=\"selected\">"))));

        mvc.perform(post(mappingUrl + "/commit")
                        .session(session)
                        .param("column-0", "TAX_CODE")
                        .param("column-1", "NAME_VI")
                        .param("column-2", "COUNTRY")
                        .param("column-3", "CONTACT_EMAIL")
                        .param("column-4", "LISTING_TITLE_VI")
                        .param("column-5", "HS_CODES")
                        .param("defaultRole", "BUYER")
                        .with(csrf())
                        .with(user(organiser)))
                .andExpect(status().is3xxRedirection());

        assertThat(companyService.findByTaxCode(tax)).isPresent();
        mvc.perform(post(mappingUrl + "/commit").session(session).with(csrf()).with(user(organiser)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void wizard_showsTheFileErrorInTheReadersLanguage() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        MockMultipartFile notUtf8 = new MockMultipartFile(
                "file",
                "ds.csv",
                "text/csv",
                "Tên,MST\nCông ty,123456\n".getBytes(java.nio.charset.Charset.forName("windows-1258")));

        mvc.perform(multipart("/manage/events/" + event.id().value() + "/import")
                        .file(notUtf8)
                        .param("lang", "zh-CN")
                        .with(csrf())
                        .with(user(event.organiser().user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该 CSV 文件不是 UTF-8 编码。")));
    }

    @Test
    void wizardPages_areForTheEventsOrganisersOnly() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        OpenEvent other = fixtures.openEvent(true);
        String base = "/manage/events/" + event.id().value() + "/import";

        mvc.perform(get(base).with(user(other.organiser().user()))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/template.xlsx").with(user(companies.user(Role.COMPANY))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(base)
                        .file(xlsx(tax(), "X"))
                        .with(csrf())
                        .with(user(other.organiser().user())))
                .andExpect(status().isForbidden());
    }

    @Test
    void template_hasTheHeadersInTheReadersLanguage_andMapsItself() throws Exception {
        OpenEvent event = fixtures.openEvent(true);

        byte[] bytes = mvc.perform(get("/manage/events/" + event.id().value() + "/import/template.xlsx")
                        .param("lang", "zh-CN")
                        .with(user(event.organiser().user())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ImportController.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<String> headers = headers(bytes);
        assertThat(headers).hasSize(28).startsWith("税号", "企业名称（越南文）", "企业名称（中文）");
    }

    @Test
    void export_givesOrganisersEveryRegistrationWithContacts_inTheirLanguage() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        var approved = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.SELLER);
        OpenEvent other = fixtures.openEvent(true);
        fixtures.participant(other, ParticipationStatus.APPROVED, ParticipantRole.SELLER);

        byte[] bytes = mvc.perform(get("/api/v1/events/" + event.id().value() + "/participants.xlsx")
                        .param("lang", "en")
                        .with(user(event.organiser().user())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ImportController.XLSX))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string(
                                "Content-Disposition",
                                containsString(
                                        "participants-event-" + event.id().value() + ".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<List<String>> rows = rows(bytes);
        assertThat(rows.getFirst())
                .containsExactly(
                        "No.",
                        "Company",
                        "Tax code",
                        "Country",
                        "Province",
                        "Role",
                        "Connection point",
                        "Attendance",
                        "Status",
                        "Contact person",
                        "Contact e-mail",
                        "Contact phone",
                        "Registered at (event time)");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).subList(1, 9))
                .containsExactly(
                        approved.name() + " en",
                        "",
                        "Vietnam",
                        "Dak Lak",
                        "Buyer",
                        "Hangzhou",
                        "In person",
                        "Approved");
        assertThat(rows.get(1).get(9)).isEqualTo("Nguyễn Văn A");
        assertThat(rows.get(1).get(10)).startsWith("sales@");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE event_id = :e AND code = 'export.participants.exported'")
                        .param("e", event.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void export_isForTheEventsOrganisersOnly() throws Exception {
        OpenEvent event = fixtures.openEvent(true);
        OpenEvent other = fixtures.openEvent(true);
        var approved = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        String api = "/api/v1/events/" + event.id().value() + "/participants.xlsx";

        mvc.perform(get(api).with(user(other.organiser().user()))).andExpect(status().isForbidden());
        mvc.perform(get(api).with(user(approved.owner()))).andExpect(status().isForbidden());
        mvc.perform(get(api)).andExpect(status().isUnauthorized());
        mvc.perform(get("/manage/events/" + event.id().value() + "/participants.xlsx")
                        .with(user(other.organiser().user())))
                .andExpect(status().isForbidden());
    }

    static List<String> headers(byte[] xlsx) throws Exception {
        return rows(xlsx).getFirst();
    }

    static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
