package org.ketnoi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.NewUser;
import org.ketnoi.account.Role;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OrganizationServiceTest {

    @Autowired
    OrganizationService organizations;

    @Autowired
    AccountService accounts;

    private AccountUser admin() {
        return accounts.findByEmail("admin@ketnoi.example").orElseThrow();
    }

    private AccountUser user(Role role) {
        String email = "org-" + UUID.randomUUID() + "@test.example";
        accounts.create(new NewUser(email, "secret-password", "Staff", role, Language.VI), null);
        return accounts.findByEmail(email).orElseThrow();
    }

    private AgencyId agency(String name) {
        return organizations.create(
                new AgencyDetails(
                        LocalizedText.of(Language.VI, name), AgencyKind.CHAMBER_OF_COMMERCE, "CN", "Côn Minh"),
                admin());
    }

    @Test
    void create_storesTheAgency() {
        String name = "Phòng Thương mại " + UUID.randomUUID();
        AgencyId id = agency(name);
        Agency agency = organizations.get(id);
        assertThat(agency.name().in(Language.ZH)).isEqualTo(name);
        assertThat(agency.kind()).isEqualTo(AgencyKind.CHAMBER_OF_COMMERCE);
        assertThat(agency.country()).isEqualTo("CN");
        assertThat(agency.city()).isEqualTo("Côn Minh");
    }

    @Test
    void create_byOrganiser_isForbidden() {
        assertThatThrownBy(() -> organizations.create(
                        new AgencyDetails(LocalizedText.of(Language.VI, "x"), AgencyKind.OTHER, "VN", "Huế"),
                        user(Role.ORGANISER)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void addStaff_promotesCompanyUserAndScopesAgencies() {
        AgencyId mine = agency("Mine " + UUID.randomUUID());
        AgencyId other = agency("Other " + UUID.randomUUID());
        AccountUser user = user(Role.COMPANY);
        organizations.addStaff(mine, user.email(), admin());

        assertThat(accounts.find(user.id()).orElseThrow().role()).isEqualTo(Role.ORGANISER);
        assertThat(organizations.agenciesOf(user.id())).extracting(Agency::id).containsExactly(mine);
        assertThat(organizations.isStaff(user.id(), mine)).isTrue();
        assertThat(organizations.isStaff(user.id(), other)).isFalse();
        assertThat(organizations.staff(other)).isEmpty();
    }

    @Test
    void addStaff_unknownEmail_isInvalidOnEmail() {
        AgencyId id = agency("Agency " + UUID.randomUUID());
        assertThatThrownBy(() -> organizations.addStaff(id, "nobody-" + UUID.randomUUID() + "@x.example", admin()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void removeStaff_endsMembership() {
        AgencyId id = agency("Agency " + UUID.randomUUID());
        AccountUser user = user(Role.ORGANISER);
        organizations.addStaff(id, user.email(), admin());
        organizations.removeStaff(id, user.id(), admin());
        assertThat(organizations.agenciesOf(user.id())).isEmpty();
    }

    @Test
    void get_missing_isNotFound() {
        assertThatThrownBy(() -> organizations.get(new AgencyId(Long.MAX_VALUE)))
                .isInstanceOf(AgencyNotFoundException.class);
    }
}
