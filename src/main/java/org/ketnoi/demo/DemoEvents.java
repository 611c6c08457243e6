package org.ketnoi.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.ConnectionPointMode;
import org.ketnoi.event.EventDetails;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventKind;
import org.ketnoi.event.EventService;
import org.ketnoi.event.EventStatus;
import org.ketnoi.event.GridDay;
import org.ketnoi.event.TimeRange;
import org.ketnoi.event.TradeRoom;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.organization.AgencyDetails;
import org.ketnoi.organization.AgencyId;
import org.ketnoi.organization.AgencyKind;
import org.ketnoi.organization.OrganizationService;
import org.springframework.stereotype.Component;

/**
 * The demo agencies and events, modelled on two press reports: the Đắk Lắk – Guangdong business
 * connection conference in Guangzhou (an afternoon, held on 25 November 2025) and the hybrid export
 * conference Lào Cai ran with connection points in Hà Nội and Hangzhou (a morning, 19 January 2021).
 * Their programmes are kept, but their dates move to Tuesdays six and ten weeks after the day the demo
 * is created, with registration open from the day before: a fresh demo is never in the past, and the
 * demo companies can try registering.
 */
@Component
class DemoEvents implements DemoStep {

    static final int ORDER = 10;

    @Override
    public int order() {
        return ORDER;
    }

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** How far ahead of the demo's creation the two events take place. */
    static final int GUANGZHOU_WEEKS = 6;

    static final int LAO_CAI_WEEKS = 10;

    private final AccountService accounts;
    private final OrganizationService organizations;
    private final EventService events;
    private final Clock clock;

    DemoEvents(AccountService accounts, OrganizationService organizations, EventService events, Clock clock) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** The Tuesday on or after the day {@code weeks} weeks after today (in Vietnam). */
    static LocalDate upcomingTuesday(Clock clock, int weeks) {
        return LocalDate.now(clock.withZone(VIETNAM))
                .plusWeeks(weeks)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    /** Registration opens at 08:00 in Vietnam the day before the demo is created. */
    private Instant registrationOpens() {
        return LocalDate.now(clock.withZone(VIETNAM))
                .minusDays(1)
                .atTime(8, 0)
                .atZone(VIETNAM)
                .toInstant();
    }

    @Override
    public void load() {
        AccountUser admin = accounts.findByEmail(DemoData.ADMIN).orElseThrow();
        AccountUser organiser = accounts.findByEmail(DemoData.ORGANISER).orElseThrow();
        AgencyId dakLak = agency(
                admin,
                new AgencyDetails(
                        new LocalizedText(
                                "Sở Công Thương tỉnh Đắk Lắk", "多乐省工贸厅", "Đắk Lắk Department of Industry and Trade"),
                        AgencyKind.DEPARTMENT_OF_INDUSTRY_AND_TRADE,
                        "VN",
                        "Buôn Ma Thuột"));
        AgencyId guangzhou = agency(
                admin,
                new AgencyDetails(
                        new LocalizedText(
                                "Thương vụ Việt Nam tại Quảng Châu", "越南驻广州商务处", "Vietnam Trade Office in Guangzhou"),
                        AgencyKind.TRADE_OFFICE,
                        "CN",
                        "Quảng Châu"));
        AgencyId laoCai = agency(
                admin,
                new AgencyDetails(
                        new LocalizedText(
                                "Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Lào Cai",
                                "老街省工业推广与贸易促进中心",
                                "Lào Cai Industry and Trade Promotion Centre"),
                        AgencyKind.TRADE_PROMOTION_CENTRE,
                        "VN",
                        "Lào Cai"));
        for (AgencyId agency : List.of(dakLak, guangzhou, laoCai)) {
            organizations.addStaff(agency, DemoData.ORGANISER, admin);
        }
        dakLakGuangdong(organiser, List.of(dakLak, guangzhou));
        laoCaiHangzhou(organiser, List.of(laoCai, dakLak, guangzhou));
    }

    private AgencyId agency(AccountUser admin, AgencyDetails details) {
        return organizations.create(details, admin);
    }

    private void dakLakGuangdong(AccountUser organiser, List<AgencyId> agencies) {
        LocalDate date = upcomingTuesday(clock, GUANGZHOU_WEEKS);
        EventId id = events.create(
                new EventDetails(
                        new LocalizedText(
                                "Hội nghị Giao lưu kết nối doanh nghiệp Việt Nam (Đắk Lắk) – Trung Quốc (Quảng Đông)",
                                "越南（多乐省）—中国（广东省）企业交流对接会",
                                "Vietnam (Đắk Lắk) – China (Guangdong) Business Connection Conference"),
                        new LocalizedText(
                                "Doanh nghiệp Đắk Lắk giới thiệu cà phê, sầu riêng, hồ tiêu và các nông sản chủ lực"
                                        + " với doanh nghiệp Quảng Đông; thúc đẩy hợp tác thương mại và đầu tư.",
                                "多乐省企业向广东企业推介咖啡、榴莲、胡椒等主要农产品，促进贸易与投资合作。",
                                "Đắk Lắk companies present coffee, durian, pepper and other key farm products to"
                                        + " Guangdong buyers, to grow trade and investment."),
                        EventKind.BUSINESS_CONNECTION_CONFERENCE,
                        date,
                        date,
                        CHINA,
                        registrationOpens(),
                        date.minusDays(5).atTime(17, 0).atZone(CHINA).toInstant(),
                        agencies),
                organiser);
        ConnectionPoint guangzhou = new ConnectionPoint(
                0,
                new LocalizedText("Quảng Châu", "广州", "Guangzhou"),
                "Quảng Châu",
                "CN",
                null,
                CHINA,
                ConnectionPointMode.IN_PERSON,
                List.of(
                        room(
                                "Nông sản – cà phê, sầu riêng",
                                "农产品—咖啡、榴莲",
                                "Farm products – coffee, durian",
                                "coffee",
                                12),
                        room("Đầu tư và logistics", "投资与物流", "Investment and logistics", "investment_technology", 6)));
        GridDay day = new GridDay(
                date,
                LocalTime.of(14, 0),
                LocalTime.of(17, 0),
                20,
                List.of(new TimeRange(LocalTime.of(15, 20), LocalTime.of(15, 40))));
        events.replaceStructure(id, List.of(guangzhou), List.of(day), organiser);
        events.changeStatus(id, EventStatus.OPEN, organiser);
    }

    private void laoCaiHangzhou(AccountUser organiser, List<AgencyId> agencies) {
        LocalDate date = upcomingTuesday(clock, LAO_CAI_WEEKS);
        int year = date.getYear();
        EventId id = events.create(
                new EventDetails(
                        new LocalizedText(
                                "Hội nghị quốc tế ngành hàng xuất khẩu, giao thương trực tuyến và trực tiếp năm "
                                        + year,
                                year + "年出口商品国际线上线下贸易对接会",
                                "International Export Goods Conference " + year + " – online and in-person trade"),
                        new LocalizedText(
                                "Kết nối doanh nghiệp các tỉnh Việt Nam với doanh nghiệp tỉnh Chiết Giang (Trung Quốc):"
                                        + " điểm cầu chính tại Lào Cai, điểm cầu Hà Nội và Hàng Châu.",
                                "连接越南各省企业与中国浙江省企业：主会场设在老街，另设河内和杭州连线会场。",
                                "Connecting companies of Vietnamese provinces with companies of Zhejiang (China):"
                                        + " main point in Lào Cai, with points in Hà Nội and Hangzhou."),
                        EventKind.HYBRID_TRADE_CONFERENCE,
                        date,
                        date,
                        VIETNAM,
                        registrationOpens(),
                        date.minusDays(4).atTime(17, 0).atZone(VIETNAM).toInstant(),
                        agencies),
                organiser);
        ConnectionPoint laoCai = point(
                        "Lào Cai", "老街", "Lào Cai", "Lào Cai", "VN", VIETNAM, ConnectionPointMode.IN_PERSON)
                .withRooms(List.of(
                        room(
                                "Phòng nông sản, thực phẩm",
                                "农产品与食品洽谈室",
                                "Farm products and food room",
                                "food_processing",
                                12),
                        room(
                                "Phòng dệt may, vật liệu",
                                "纺织与材料洽谈室",
                                "Textiles and materials room",
                                "textiles_garments",
                                10)));
        ConnectionPoint haNoi = point("Hà Nội", "河内", "Hanoi", "Hà Nội", "VN", VIETNAM, ConnectionPointMode.IN_PERSON);
        ConnectionPoint hangzhou =
                point("Hàng Châu", "杭州", "Hangzhou", "Hàng Châu", "CN", CHINA, ConnectionPointMode.IN_PERSON);
        GridDay day = new GridDay(
                date,
                LocalTime.of(9, 0),
                LocalTime.of(11, 30),
                20,
                List.of(new TimeRange(LocalTime.of(10, 0), LocalTime.of(10, 10))));
        events.replaceStructure(id, List.of(laoCai, haNoi, hangzhou), List.of(day), organiser);
        events.changeStatus(id, EventStatus.OPEN, organiser);
    }

    private static ConnectionPoint point(
            String vi, String zh, String en, String city, String country, ZoneId zone, ConnectionPointMode mode) {
        return new ConnectionPoint(0, new LocalizedText(vi, zh, en), city, country, null, zone, mode, List.of());
    }

    private static TradeRoom room(String vi, String zh, String en, String sector, int tables) {
        return new TradeRoom(0, new LocalizedText(vi, zh, en), sector, tables);
    }
}
