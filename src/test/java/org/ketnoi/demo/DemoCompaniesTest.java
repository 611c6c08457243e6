package org.ketnoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.taxonomy.Certification;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoCompaniesTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CompanyService companies;

    @Autowired
    EventService events;

    @Autowired
    ParticipationService participation;

    private AccountUser user(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    private CompanyDetails onlyCompanyOf(String email) {
        AccountUser owner = user(email);
        List<CompanySummary> own = companies.companiesOf(owner.id());
        assertThat(own).hasSize(1);
        return companies.profile(own.getFirst().id(), owner).details();
    }

    @Test
    void seller_isADakLakRobustaExporter() {
        CompanyDetails seller = onlyCompanyOf(DemoData.SELLER);
        assertThat(seller.name().in(Language.EN)).isEqualTo("Buon Ma Thuot Green Coffee Co., Ltd.");
        assertThat(seller.country()).isEqualTo("VN");
        assertThat(seller.provinceCode()).isEqualTo("66");
        assertThat(seller.sectors()).containsExactly("coffee");
        assertThat(seller.certifications()).contains(Certification.VIETGAP, Certification.RAINFOREST_ALLIANCE);
        assertThat(seller.languages()).containsExactlyInAnyOrder(Language.VI, Language.EN);
    }

    @Test
    void buyer_isAGuangdongCoffeeImporter() {
        CompanyDetails buyer = onlyCompanyOf(DemoData.BUYER);
        assertThat(buyer.name().in(Language.ZH)).isEqualTo("广州鸿海咖啡贸易有限公司");
        assertThat(buyer.country()).isEqualTo("CN");
        assertThat(buyer.provinceCode()).isEqualTo("44");
        assertThat(buyer.languages()).containsExactlyInAnyOrder(Language.ZH, Language.EN);
    }

    @Test
    void demoEvents_haveApprovedParticipantsVisibleToTheSeller() {
        AccountUser organiser = user(DemoData.ORGANISER);
        AccountUser seller = user(DemoData.SELLER);
        Event guangzhou = events.organizedBy(organiser).stream()
                .filter(e -> e.title().in(Language.EN).startsWith("Vietnam (Đắk Lắk) – China (Guangdong)"))
                .findFirst()
                .orElseThrow();
        Event laoCai = events.organizedBy(organiser).stream()
                .filter(e -> e.title().in(Language.EN).startsWith("International Export Goods Conference"))
                .findFirst()
                .orElseThrow();

        // Eight from DemoCompanies, two more from DemoMatching (a fruit importer, a coffee exporter),
        // and the generated population (DemoPopulationTest).
        assertThat(participation.directory(guangzhou.id(), seller)).hasSize(60);
        assertThat(participation.directory(laoCai.id(), seller)).hasSize(238);
        assertThat(participation.forOrganisers(guangzhou.id(), null, null, organiser))
                .extracting(Participation::status)
                .containsOnly(ParticipationStatus.APPROVED);
    }
}
