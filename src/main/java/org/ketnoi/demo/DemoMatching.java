package org.ketnoi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.Incoterm;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.catalog.QuantityUnit;
import org.ketnoi.company.CompanyContacts;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.EmployeeBand;
import org.ketnoi.company.RevenueBand;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;
import org.springframework.stereotype.Component;

/**
 * At the Đắk Lắk – Guangdong conference: a Guangdong fruit importer speaking only Chinese, whose
 * recommendations show the Vietnamese durian exporter first and that the event provides a Chinese–Vietnamese
 * interpreter (the demo schedule adds the interpreters), and a
 * second Đắk Lắk Robusta exporter, so that the coffee importer still sees a Đắk Lắk exporter first
 * once it has a meeting request with the demo seller (pairs with history are not recommended). Runs
 * after the demo meeting requests (order 40), which pick among the admin's companies.
 */
@Component
class DemoMatching implements DemoStep {

    static final int ORDER = 45;
    private static final LocalDate FROM = LocalDate.of(2025, 10, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);

    private final AccountService accounts;
    private final CompanyService companies;
    private final ListingService listings;
    private final EventService events;
    private final ParticipationService participation;

    DemoMatching(
            AccountService accounts,
            CompanyService companies,
            ListingService listings,
            EventService events,
            ParticipationService participation) {
        this.accounts = accounts;
        this.companies = companies;
        this.listings = listings;
        this.events = events;
        this.participation = participation;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void load() {
        AccountUser admin = accounts.findByEmail(DemoData.ADMIN).orElseThrow();
        AccountUser organiser = accounts.findByEmail(DemoData.ORGANISER).orElseThrow();
        CompanyId importer = companies.create(fruitImporter(), admin);
        publish(
                importer,
                admin,
                need(
                        "0810.60",
                        new LocalizedText(null, "求购越南鲜榴莲（Ri6、金枕）", null),
                        new LocalizedText(null, "每周两个40尺冷柜，到广州江南市场。需要海关总署注册和种植园代码。", null),
                        QuantityUnit.CONTAINER_40FT,
                        "20",
                        List.of(Certification.GACC_REGISTRATION, Certification.PLANT_QUARANTINE_CODE)));
        publish(
                importer,
                admin,
                need(
                        "0810.90",
                        new LocalizedText(null, "求购越南红心火龙果", null),
                        new LocalizedText(null, "全年采购，到广州江南市场。", null),
                        QuantityUnit.TONNE,
                        "300",
                        List.of()));
        CompanyId exporter = companies.create(coffeeExporter(), admin);
        publish(exporter, admin, robusta());
        Event conference = events.organizedBy(organiser).stream()
                .filter(e -> e.title().in(Language.VI).startsWith(DemoMeetings.EVENT))
                .findFirst()
                .orElseThrow();
        ConnectionPoint guangzhou = conference.connectionPoints().getFirst();
        participation.enrol(
                conference.id(),
                new Registration(
                        importer, ParticipantRole.BUYER, guangzhou.id(), Attendance.IN_PERSON, Set.of(Language.ZH)),
                organiser);
        participation.enrol(
                conference.id(),
                new Registration(
                        exporter,
                        ParticipantRole.SELLER,
                        guangzhou.id(),
                        Attendance.IN_PERSON,
                        Set.of(Language.VI, Language.EN)),
                organiser);
    }

    private static ListingDetails robusta() {
        return new ListingDetails(
                ListingKind.OFFER,
                List.of("0901.11"),
                new LocalizedText(
                        "Cà phê nhân Robusta Ea H'leo sàng 18", null, "Ea H'leo Robusta green coffee, screen 18"),
                new LocalizedText(
                        "Cà phê nhân Robusta chế biến ướt, độ ẩm tối đa 12,5 %, giao quanh năm.",
                        null, "Wet-processed Robusta green beans, moisture at most 12.5 %, all year round."),
                new BigDecimal("800"),
                QuantityUnit.TONNE,
                new BigDecimal("19.2"),
                Incoterm.FOB,
                "Cát Lái",
                null,
                null,
                null,
                List.of(Certification.VIETGAP, Certification.GACC_REGISTRATION),
                List.of("CN"),
                FROM,
                UNTIL);
    }

    private static CompanyDetails coffeeExporter() {
        return new CompanyDetails(
                new LocalizedText("Công ty CP Cà phê Ea H'leo", "埃赫娄咖啡股份公司", "Ea H'leo Coffee JSC"),
                new LocalizedText(
                        "Thu mua, chế biến và xuất khẩu cà phê Robusta của nông hộ huyện Ea H'leo, Đắk Lắk.",
                        "收购、加工并出口多乐省埃赫娄县农户种植的罗布斯塔咖啡。",
                        "Buys, processes and exports Robusta grown by smallholders in Ea H'leo, Đắk Lắk."),
                "VN",
                "66",
                "Ea H'leo, Đắk Lắk",
                null,
                2011,
                EmployeeBand.UP_TO_200,
                RevenueBand.UP_TO_10M,
                List.of("coffee"),
                List.of(Certification.VIETGAP, Certification.GACC_REGISTRATION),
                List.of("CN", "KR"),
                Set.of(Language.VI, Language.EN),
                null,
                CompanyContacts.none());
    }

    private void publish(CompanyId company, AccountUser actor, ListingDetails details) {
        ListingId id = listings.create(company, details, actor);
        listings.publish(id, actor);
    }

    private static ListingDetails need(
            String hs,
            LocalizedText title,
            LocalizedText description,
            QuantityUnit unit,
            String quantity,
            List<Certification> required) {
        return new ListingDetails(
                ListingKind.NEED,
                List.of(hs),
                title,
                description,
                new BigDecimal(quantity),
                unit,
                null,
                Incoterm.CIF,
                "广州 Guangzhou",
                null,
                null,
                null,
                required,
                List.of("VN"),
                FROM,
                UNTIL);
    }

    private static CompanyDetails fruitImporter() {
        return new CompanyDetails(
                new LocalizedText(
                        "Công ty TNHH Thương mại Rau quả Giang Nam Quảng Châu",
                        "广州江南果蔬贸易有限公司",
                        "Guangzhou Jiangnan Fruit Trading Co., Ltd."),
                new LocalizedText(
                        "Nhà nhập khẩu trái cây nhiệt đới tại chợ đầu mối Giang Nam, Quảng Châu.",
                        "广州江南果菜批发市场的热带水果进口商。",
                        "Tropical fruit importer at the Jiangnan wholesale market, Guangzhou."),
                "CN",
                "44",
                "Quảng Châu, Quảng Đông",
                null,
                2009,
                EmployeeBand.UP_TO_50,
                RevenueBand.UP_TO_10M,
                List.of("fruit"),
                List.of(),
                List.of("VN", "TH"),
                Set.of(Language.ZH),
                null,
                CompanyContacts.none());
    }
}
