package org.ketnoi.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyRole;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.EventFixtures;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationFixtures.OpenEvent;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Who acts for a company an import created, before and after a representative claims it. */
@IntegrationTest
class UnclaimedCompanyTests {

    @Autowired
    ImportService imports;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    EventFixtures events;

    @Autowired
    CompanyFixtures companyFixtures;

    @Autowired
    CompanyService companies;

    @Autowired
    ListingService listings;

    @Test
    void organisersOfItsEvents_actForIt_untilAMemberClaimsIt() {
        OpenEvent event = fixtures.openEvent(true);
        OpenEvent other = fixtures.openEvent(true);
        String tax = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Sheet sheet = imports.read(
                "x.csv",
                SpreadsheetFiles.csv(
                        ',',
                        List.of(
                                List.of("Tax code", "Company name", "Country", "Product", "HS code"),
                                List.of(tax, "Unclaimed " + tax, "VN", "Pepper", "0904.11"))));
        AccountUser organiser = event.organiser().user();
        assertThat(imports.commit(event.id(), sheet, imports.guess(sheet), ImportOptions.defaults(), organiser)
                        .committed())
                .isTrue();
        CompanyId id = companies.findByTaxCode(tax).orElseThrow();
        Listing listing = listings.ofCompany(id, null).getFirst();
        AccountUser stranger = other.organiser().user();
        AccountUser companyUser = companyFixtures.user(Role.COMPANY);

        assertThat(companies.canActFor(id, organiser)).isTrue();
        assertThat(companies.canEdit(id, organiser)).isTrue();
        assertThat(listings.canEdit(listing, organiser)).isTrue();
        assertThat(companies.canActFor(id, stranger)).isFalse();
        assertThat(companies.canActFor(id, companyUser)).isFalse();
        assertThat(companies.profile(id, stranger).contacts()).isNull();
        assertThatThrownBy(() ->
                        companies.update(id, companies.profile(id, organiser).details(), stranger))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> listings.withdraw(listing.id(), stranger)).isInstanceOf(ForbiddenException.class);

        companies.addMember(id, companyUser.email(), CompanyRole.OWNER, events.admin());

        assertThat(companies.canActFor(id, companyUser)).isTrue();
        assertThat(companies.canActFor(id, organiser)).isFalse();
        assertThat(companies.canEdit(id, organiser)).isFalse();
        assertThat(listings.canEdit(listing, organiser)).isFalse();
    }

    @Test
    void onlyOrganisersAndAdmins_createUnclaimedCompanies() {
        AccountUser companyUser = companyFixtures.user(Role.COMPANY);

        assertThatThrownBy(() -> companies.createUnclaimed(CompanyFixtures.details("Nope"), companyUser))
                .isInstanceOf(ForbiddenException.class);
    }
}
