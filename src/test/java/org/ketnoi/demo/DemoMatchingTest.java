package org.ketnoi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Participation;
import org.ketnoi.i18n.Language;
import org.ketnoi.matching.MatchingService;
import org.ketnoi.matching.PartnerRecommendation;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo shows sensible recommendations: at the Đắk Lắk – Guangdong conference the Guangdong coffee
 * importer sees a Đắk Lắk coffee exporter first (not the one it already has a request with), and the
 * Guangdong fruit importer the durian exporter. Runs where the demo was loaded into the test database
 * (skipped otherwise).
 */
@IntegrationTest
class DemoMatchingTest {

    @Autowired
    AccountService accounts;

    @Autowired
    EventService events;

    @Autowired
    MatchingService matching;

    @Test
    void demoConference_recommendsCoffeeToTheCoffeeImporter_andDurianToTheFruitImporter() {
        Optional<AccountUser> buyer = accounts.findByEmail(DemoData.BUYER);
        Optional<AccountUser> organiser = accounts.findByEmail(DemoData.ORGANISER);
        assumeTrue(buyer.isPresent() && organiser.isPresent());
        Optional<Event> conference = events.organizedBy(organiser.get()).stream()
                .filter(e -> e.title()
                        .in(Language.VI)
                        .startsWith("Hội nghị Giao lưu kết nối doanh nghiệp Việt Nam (Đắk Lắk)"))
                .findFirst();
        assumeTrue(conference.isPresent());
        Event event = conference.get();

        Participation own = matching.mine(event.id(), buyer.get()).getFirst();
        List<PartnerRecommendation> coffee =
                matching.recommendations(event.id(), own.id(), buyer.get(), Language.ZH, 5);
        // The demo seller asked the buyer for a meeting (DemoMeetings): a pair with history is not
        // recommended again, so the other Đắk Lắk Robusta exporter comes first.
        assertThat(coffee.getFirst().company().details().name().in(Language.EN)).isEqualTo("Ea H'leo Coffee JSC");
        assertThat(coffee.getFirst().company().details().provinceCode()).isEqualTo("66");
        assertThat(coffee.getFirst().reasons().getFirst().text()).startsWith("对方供应“");
        assertThat(coffee)
                .extracting(r -> r.company().details().name().in(Language.VI))
                .doesNotContain("Công ty TNHH Cà phê Buôn Ma Thuột Xanh");

        List<PartnerRecommendation> fruits = matching.overview(event.id(), organiser.get(), Language.ZH).rows().stream()
                .filter(row -> row.company()
                        .details()
                        .name()
                        .in(Language.EN)
                        .equals("Guangzhou Jiangnan Fruit Trading Co., Ltd."))
                .findFirst()
                .orElseThrow()
                .top();
        assertThat(fruits.getFirst().company().details().name().in(Language.EN))
                .isEqualTo("Krong Pac Durian Co., Ltd.");
        assertThat(fruits.getFirst().reasons())
                .anySatisfy(r -> assertThat(r.text()).contains("活动提供中文–越南语翻译"));
    }
}
