package org.ketnoi.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.catalog.ListingStatus;
import org.ketnoi.catalog.QuantityUnit;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyProfile;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationFixtures.OpenEvent;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.spreadsheet.ImportReport.CompanyAction;
import org.ketnoi.spreadsheet.ImportReport.EnrolAction;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.taxonomy.Country;
import org.ketnoi.taxonomy.Geography;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ImportServiceTests {

    static final List<String> HEADERS = List.of(
            "Mã số thuế",
            "Tên doanh nghiệp",
            "公司名称",
            "Quốc gia",
            "Tỉnh/Thành phố",
            "Người liên hệ",
            "Email",
            "Điện thoại",
            "Vai trò",
            "Điểm cầu",
            "Sản phẩm",
            "Mã HS",
            "Số lượng",
            "Đơn vị tính");

    @Autowired
    ImportService imports;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    CompanyFixtures companyFixtures;

    @Autowired
    CompanyService companies;

    @Autowired
    ListingService listings;

    @Autowired
    ParticipationService participation;

    @Autowired
    Geography geography;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    static String tax() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static List<String> row(String... cells) {
        List<String> row = new ArrayList<>(Arrays.asList(cells));
        while (row.size() < HEADERS.size()) {
            row.add("");
        }
        return row;
    }

    static List<List<String>> file(List<String>... rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADERS);
        all.addAll(List.of(rows));
        return all;
    }

    ImportReport preview(OpenEvent event, byte[] bytes) {
        Sheet sheet = imports.read("list.xlsx", bytes);
        return imports.preview(
                event.id(),
                sheet,
                imports.guess(sheet),
                ImportOptions.defaults(),
                event.organiser().user());
    }

    ImportReport commit(OpenEvent event, byte[] bytes) {
        Sheet sheet = imports.read("list.xlsx", bytes);
        return imports.commit(
                event.id(),
                sheet,
                imports.guess(sheet),
                ImportOptions.defaults(),
                event.organiser().user());
    }

    Map<String, Long> counts() {
        return Map.of(
                "company", count("company"),
                "event_participant", count("event_participant"),
                "listing", count("listing"),
                "audit_log", count("audit_log"));
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void preview_storesNothing_andCommit_storesCompaniesContactsListingsAndEnrolments() {
        OpenEvent event = fixtures.openEvent(true);
        String taxA = tax();
        String taxB = tax();
        byte[] bytes = SpreadsheetFiles.xlsx(file(
                row(
                        taxA,
                        "Cà phê Buôn Ma Thuột " + taxA,
                        "",
                        "Việt Nam",
                        "Đắk Nông",
                        "Nguyễn Văn A",
                        "a@" + taxA + ".vn",
                        "+84 262 3850 000",
                        "Bên bán",
                        "Hà Nội",
                        "Cà phê Robusta nhân xanh",
                        "0901.11",
                        "1.200",
                        "tấn"),
                row("", "", "", "", "", "", "", "", "", "", "Cà phê rang xay", "0901.21", "", "kg"),
                row(taxB, "", "广州咖啡贸易 " + taxB, "Trung Quốc", "广东", "王先生", "", "", "Bên mua", "杭州")));
        Map<String, Long> before = counts();

        ImportReport preview = preview(event, bytes);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.committed()).isFalse();
        assertThat(preview.companies())
                .extracting(
                        c -> c.row() + " " + c.key() + " " + c.action() + " " + c.enrol() + " " + c.listingsCreated())
                .containsExactly("2 " + taxA + " CREATED ENROLLED 2", "4 " + taxB + " CREATED ENROLLED 0");
        assertThat(preview.companies())
                .allSatisfy(c -> assertThat(c.companyId()).isNull());
        assertThat(counts()).isEqualTo(before);

        ImportReport report = commit(event, bytes);

        assertThat(report.errors()).isEmpty();
        assertThat(report.committed()).isTrue();
        CompanyId a = companies.findByTaxCode(taxA).orElseThrow();
        CompanyProfile profile = companies.profile(a, event.organiser().user());
        CompanyDetails details = profile.details();
        assertThat(details.name().vi()).isEqualTo("Cà phê Buôn Ma Thuột " + taxA);
        assertThat(details.country()).isEqualTo("VN");
        assertThat(details.provinceCode())
                .isEqualTo(
                        geography.resolve(Country.VN, "Lâm Đồng").orElseThrow().code());
        assertThat(profile.contacts().email()).isEqualTo("a@" + taxA + ".vn");
        assertThat(profile.contacts().person()).isEqualTo("Nguyễn Văn A");
        assertThat(companies.members(a, adminUser())).isEmpty();
        List<Participation> registered = participation.forOrganisers(
                event.id(), null, null, event.organiser().user());
        assertThat(registered)
                .extracting(p -> p.company().equals(a)
                        ? "A " + p.role() + " " + p.connectionPoint() + " " + p.status()
                        : "B " + p.role() + " " + p.connectionPoint())
                .containsExactlyInAnyOrder("A SELLER " + event.point(0) + " APPROVED", "B BUYER " + event.point(1));
        List<Listing> own = listings.ofCompany(a, null);
        assertThat(own)
                .extracting(l -> l.details().title().vi() + " " + l.details().hsCodes() + " "
                        + l.details().quantity() + " " + l.details().unit() + " " + l.status())
                .containsExactlyInAnyOrder(
                        "Cà phê Robusta nhân xanh [090111] 1200.00 TONNE PUBLISHED",
                        "Cà phê rang xay [090121] null KG PUBLISHED");
        assertThat(audit.forEvent(event.id().value(), 50))
                .filteredOn(e -> e.code().equals("import.file.committed"))
                .singleElement()
                .satisfies(e -> assertThat(e.data()).contains("\"companiesCreated\":2", "\"listingsCreated\":2"));
    }

    @Test
    void reimport_updatesByTaxCodeOrEmail_insteadOfDuplicating() {
        OpenEvent event = fixtures.openEvent(true);
        String tax = tax();
        String email = "only-mail-" + tax + "@example.cn";
        ImportReport first = commit(
                event,
                SpreadsheetFiles.xlsx(file(
                        row(
                                tax,
                                "Hồ tiêu " + tax,
                                "",
                                "VN",
                                "Gia Lai",
                                "",
                                "",
                                "+84 269 000 111",
                                "",
                                "",
                                "Hạt tiêu đen",
                                "0904.11",
                                "10",
                                "tấn"),
                        row("", "", "昆明进口 " + tax, "CN", "云南", "李", email))));
        assertThat(first.committed()).isTrue();
        Map<String, Long> before = counts();

        byte[] second = SpreadsheetFiles.xlsx(file(
                row(tax, "", "", "", "", "", "", "+84 269 3820 000", "", "", "Hạt tiêu đen", "0904.11", "25", "tấn"),
                row("", "", "", "", "", "Lý Minh", email.toUpperCase())));
        ImportReport again = commit(event, second);

        assertThat(again.errors()).isEmpty();
        assertThat(again.companies())
                .extracting(c -> c.action() + " " + c.enrol() + " " + c.listingsCreated() + "/" + c.listingsUpdated())
                .containsExactly("UPDATED ALREADY_REGISTERED 0/1", "UPDATED ALREADY_REGISTERED 0/0");
        assertThat(count("company")).isEqualTo(before.get("company"));
        assertThat(count("listing")).isEqualTo(before.get("listing"));
        assertThat(count("event_participant")).isEqualTo(before.get("event_participant"));
        CompanyId pepper = companies.findByTaxCode(tax).orElseThrow();
        CompanyDetails details =
                companies.profile(pepper, event.organiser().user()).details();
        assertThat(details.name().vi()).isEqualTo("Hồ tiêu " + tax);
        assertThat(details.contacts().phone()).isEqualTo("+84 269 3820 000");
        assertThat(listings.ofCompany(pepper, null))
                .singleElement()
                .satisfies(l -> assertThat(l.details().quantity()).isEqualByComparingTo("25"));
        CompanyId importer = companies.findByContactEmail(email).getFirst();
        assertThat(companies
                        .profile(importer, event.organiser().user())
                        .details()
                        .contacts()
                        .person())
                .isEqualTo("Lý Minh");
        assertThat(commit(event, second).companies())
                .extracting(c -> c.action() + " " + c.listingsCreated() + "/" + c.listingsUpdated())
                .containsExactly("UNCHANGED 0/0", "UNCHANGED 0/0");
    }

    @Test
    void brokenFile_storesNothing() {
        OpenEvent event = fixtures.openEvent(true);
        byte[] good = SpreadsheetFiles.xlsx(file(row(tax(), "Công ty " + tax(), "", "VN")));
        byte[] broken = Arrays.copyOf(good, good.length - 40);
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> commit(event, broken))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.xlsx-broken"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void oneBadRow_storesNothing_andNamesRowColumnAndProblem() {
        OpenEvent event = fixtures.openEvent(true);
        String good = tax();
        byte[] bytes = SpreadsheetFiles.csv(
                ',',
                file(
                        row(
                                good,
                                "Điều Bình Phước " + good,
                                "",
                                "VN",
                                "Bình Phước",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "Hạt điều",
                                "0801.32"),
                        row(tax(), "Sầu riêng " + good, "", "Lào", "", "", "", "", "Khách mời"),
                        row(tax(), "Tôm " + good, "", "VN", "Cà Mau", "", "", "", "", "", "Tôm đông lạnh", "9999.99")));
        Map<String, Long> before = counts();

        ImportReport preview = preview(event, bytes);
        ImportReport report = commit(event, bytes);

        assertThat(report.committed()).isFalse();
        assertThat(counts()).isEqualTo(before);
        assertThat(companies.findByTaxCode(good)).isEmpty();
        assertThat(report.errors())
                .extracting(e -> e.row() + " " + e.column() + " " + e.messageKey() + " " + e.arguments())
                .containsExactly("3 Vai trò import.error.role-unknown [Khách mời]");
        assertThat(preview.errors())
                .extracting(e -> e.row() + " " + e.column() + " " + e.messageKey() + " " + e.arguments())
                .containsExactly(
                        "3 Vai trò import.error.role-unknown [Khách mời]",
                        "4 Mã HS catalog.error.hs-unknown [9999.99]");
        assertThat(preview.companies())
                .extracting(c -> c.row() + " " + c.action())
                .containsExactly("2 CREATED");
    }

    @Test
    void companyManagedByItsMembers_isOnlyEnrolled_andItsListingsAreRefused() {
        OpenEvent event = fixtures.openEvent(true);
        String tax = tax();
        CompanyFixtures.Owned owned =
                companyFixtures.company(CompanyFixtures.details("x").name().vi() + tax);
        CompanyDetails current = companies.profile(owned.id(), owned.owner()).details();
        companies.update(owned.id(), withTax(current, tax), owned.owner());

        ImportReport kept = commit(event, SpreadsheetFiles.xlsx(file(row(tax, "Tên khác", "", "VN"))));
        ImportReport withListing = preview(
                event, SpreadsheetFiles.xlsx(file(row(tax, "", "", "", "", "", "", "", "", "", "Cà phê", "0901.11"))));

        assertThat(kept.companies())
                .extracting(c -> c.action() + " " + c.enrol())
                .containsExactly(CompanyAction.KEPT + " " + EnrolAction.ENROLLED);
        assertThat(companies.profile(owned.id(), owned.owner()).details().name().vi())
                .isEqualTo(current.name().vi());
        assertThat(participation.mine(event.id(), owned.owner()))
                .extracting(Participation::status)
                .containsExactly(ParticipationStatus.APPROVED);
        assertThat(withListing.errors())
                .extracting(e -> e.row() + " " + e.messageKey())
                .containsExactly("2 import.error.listings-of-kept-company");
    }

    @Test
    void organisersOfOtherEvents_andCompanyUsers_cannotImport() {
        OpenEvent event = fixtures.openEvent(true);
        OpenEvent other = fixtures.openEvent(true);
        AccountUser company = companyFixtures.user(Role.COMPANY);

        assertThatThrownBy(
                        () -> imports.importable(event.id(), other.organiser().user()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> imports.importable(event.id(), company)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void defaults_andChoicesInOtherLanguages_areRead() {
        OpenEvent event = fixtures.openEvent(true);
        String tax = tax();
        ImportReport report = commit(
                event,
                SpreadsheetFiles.xlsx(file(row(
                        tax,
                        "",
                        "杭州咖啡 " + tax,
                        "CHN",
                        "Zhejiang",
                        "",
                        "",
                        "",
                        "买方",
                        "Online",
                        "长期求购咖啡",
                        "090111",
                        "19,2",
                        "吨"))));

        assertThat(report.errors()).isEmpty();
        CompanyId id = companies.findByTaxCode(tax).orElseThrow();
        assertThat(report.companies())
                .singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(CompanyAction.CREATED));
        assertThat(listings.ofCompany(id, null)).singleElement().satisfies(l -> {
            assertThat(l.kind().name()).isEqualTo("NEED");
            assertThat(l.details().title().vi()).isEqualTo("长期求购咖啡");
            assertThat(l.details().unit()).isEqualTo(QuantityUnit.TONNE);
            assertThat(l.status()).isEqualTo(ListingStatus.PUBLISHED);
        });
        assertThat(participation.forOrganisers(
                        event.id(),
                        null,
                        ParticipantRole.BUYER,
                        event.organiser().user()))
                .singleElement()
                .satisfies(p -> assertThat(p.connectionPoint()).isEqualTo(event.point(2)));
    }

    private AccountUser adminUser() {
        return companyFixtures.user(Role.ADMIN);
    }

    private static CompanyDetails withTax(CompanyDetails d, String tax) {
        return new CompanyDetails(
                d.name(),
                d.description(),
                d.country(),
                d.provinceCode(),
                d.address(),
                d.website(),
                d.yearFounded(),
                d.employees(),
                d.revenue(),
                d.sectors(),
                d.certifications(),
                d.exportMarkets(),
                d.languages(),
                tax,
                d.contacts());
    }
}
