package org.ketnoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.event.EventStatus;
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

    private Event demo(String vietnameseTitle) {
        return events.organizedBy(organiser()).stream()
                .filter(e -> e.title().in(Language.VI).equals(vietnameseTitle))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void dakLakGuangdong_existsInThreeLanguagesOn25November2025InGuangzhou() {
        Event event = demo("Hội nghị Giao lưu kết nối doanh nghiệp Việt Nam (Đắk Lắk) – Trung Quốc (Quảng Đông)");
        assertThat(event.title().in(Language.ZH)).isEqualTo("越南（多乐省）—中国（广东省）企业交流对接会");
        assertThat(event.title().in(Language.EN))
                .isEqualTo("Vietnam (Đắk Lắk) – China (Guangdong) Business Connection Conference");
        assertThat(event.startDate()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(event.status()).isEqualTo(EventStatus.OPEN);
        assertThat(event.connectionPoints()).extracting(ConnectionPoint::city).containsExactly("Quảng Châu");
        assertThat(organizations.all(event.organizers()))
                .extracting(a -> a.name().in(Language.VI))
                .containsExactly("Sở Công Thương tỉnh Đắk Lắk", "Thương vụ Việt Nam tại Quảng Châu");
    }

    @Test
    void laoCaiConference_hasThreePointsInTwoZonesAndTwoTradeRooms() {
        Event event = demo("Hội nghị quốc tế ngành hàng xuất khẩu, giao thương trực tuyến và trực tiếp năm 2021");
        assertThat(event.title().in(Language.ZH)).isEqualTo("2021年出口商品国际线上线下贸易对接会");
        assertThat(event.title().in(Language.EN))
                .isEqualTo("International Export Goods Conference 2021 – online and in-person trade");
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
