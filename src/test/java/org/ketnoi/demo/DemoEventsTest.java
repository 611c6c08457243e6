package org.ketnoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.event.EventStatus;
import org.ketnoi.event.GridDay;
import org.ketnoi.i18n.Language;
import org.ketnoi.organization.Agency;
import org.ketnoi.organization.OrganizationService;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoEventsTest {

    @Autowired
    EventService events;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganizationService organizations;

    private AccountUser organiser() {
        return accounts.findByEmail(DemoData.ORGANISER).orElseThrow();
    }

    @Autowired
    Clock clock;

    private Event demo(String vietnameseTitle) {
        return events.organizedBy(organiser()).stream()
                .filter(e -> e.title().in(Language.VI).startsWith(vietnameseTitle))
                .findFirst()
                .orElseThrow();
    }

    /** Demo dates follow the clock at creation: upcoming Tuesdays, registration open until days before. */
    private void assertUpcoming(Event event) {
        assertThat(event.startDate().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(event.startDate()).isAfter(LocalDate.now(clock).plusWeeks(4));
        assertThat(event.endDate()).isEqualTo(event.startDate());
        assertThat(event.registrationOpens()).isBefore(clock.instant());
        assertThat(event.registrationCloses())
                .isAfter(clock.instant())
                .isBefore(event.startDate().atStartOfDay(event.zone()).toInstant());
        assertThat(event.grid()).extracting(GridDay::date).containsExactly(event.startDate());
    }

    @Test
    void upcomingTuesday_isATuesdayAtLeastTheWeeksAhead() {
        // Monday 23 November 2026 in Vietnam.
        Clock monday = Clock.fixed(java.time.Instant.parse("2026-11-23T03:00:00Z"), java.time.ZoneOffset.UTC);
        assertThat(DemoEvents.upcomingTuesday(monday, 6)).isEqualTo(LocalDate.of(2027, 1, 5));
        Clock tuesday = Clock.fixed(java.time.Instant.parse("2026-11-24T03:00:00Z"), java.time.ZoneOffset.UTC);
        assertThat(DemoEvents.upcomingTuesday(tuesday, 10)).isEqualTo(LocalDate.of(2027, 2, 2));
    }

    @Test
    void dakLakGuangdong_existsInThreeLanguagesOnAnUpcomingTuesdayInGuangzhou() {
        Event event = demo("Hội nghị Giao lưu kết nối doanh nghiệp Việt Nam (Đắk Lắk) – Trung Quốc (Quảng Đông)");
        assertThat(event.title().in(Language.ZH)).isEqualTo("越南（多乐省）—中国（广东省）企业交流对接会");
        assertThat(event.title().in(Language.EN))
                .isEqualTo("Vietnam (Đắk Lắk) – China (Guangdong) Business Connection Conference");
        assertUpcoming(event);
        assertThat(event.status()).isEqualTo(EventStatus.OPEN);
        assertThat(event.connectionPoints()).extracting(ConnectionPoint::city).containsExactly("Quảng Châu");
        assertThat(organizations.all(event.organizers()))
                .extracting(a -> a.name().in(Language.VI))
                .containsExactly("Sở Công Thương tỉnh Đắk Lắk", "Thương vụ Việt Nam tại Quảng Châu");
    }

    @Test
    void laoCaiConference_hasThreePointsInTwoZonesAndTwoTradeRooms() {
        Event event = demo("Hội nghị quốc tế ngành hàng xuất khẩu, giao thương trực tuyến và trực tiếp năm ");
        int year = event.startDate().getYear();
        assertThat(event.title().in(Language.VI)).endsWith("năm " + year);
        assertThat(event.title().in(Language.ZH)).isEqualTo(year + "年出口商品国际线上线下贸易对接会");
        assertThat(event.title().in(Language.EN))
                .isEqualTo("International Export Goods Conference " + year + " – online and in-person trade");
        assertUpcoming(event);
        assertThat(event.connectionPoints())
                .extracting(p -> p.name().in(Language.EN), p -> p.timeZone().getId())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Lào Cai", "Asia/Ho_Chi_Minh"),
                        org.assertj.core.groups.Tuple.tuple("Hanoi", "Asia/Ho_Chi_Minh"),
                        org.assertj.core.groups.Tuple.tuple("Hangzhou", "Asia/Shanghai"));
        assertThat(event.connectionPoints().getFirst().tradeRooms()).hasSize(2);
        assertThat(event.slots()).hasSize(7);
        assertThat(event.status()).isEqualTo(EventStatus.OPEN);
    }

    @Test
    void demoOrganiser_isStaffOfTheDemoAgencies() {
        List<String> names = organizations.agenciesOf(organiser().id()).stream()
                .map(Agency::name)
                .map(n -> n.in(Language.VI))
                .toList();
        assertThat(names).contains("Sở Công Thương tỉnh Đắk Lắk", "Thương vụ Việt Nam tại Quảng Châu");
    }
}
