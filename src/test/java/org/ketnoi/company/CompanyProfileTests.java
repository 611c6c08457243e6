package org.ketnoi.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.taxonomy.Certification;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CompanyProfileTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    @Autowired
    CompanyService companies;

    @Autowired
    CompanyFixtures fixtures;

    @Autowired
    AuditLog audit;

    @Test
    void create_storesTheWholeProfile() {
        CompanyFixtures.Owned company = fixtures.company("Full");

        CompanyProfile profile = companies.profile(company.id(), company.owner());
        CompanyDetails d = profile.details();
        assertThat(d.name().in(Language.ZH)).isEqualTo("Full 中文");
        assertThat(d.description().in(Language.EN)).isEqualTo("Robusta coffee");
        assertThat(d.provinceCode()).isEqualTo("66");
        assertThat(d.yearFounded()).isEqualTo(2005);
        assertThat(d.employees()).isEqualTo(EmployeeBand.UP_TO_200);
        assertThat(d.sectors()).containsExactly("coffee");
        assertThat(d.certifications()).containsExactly(Certification.VIETGAP, Certification.RAINFOREST_ALLIANCE);
        assertThat(d.exportMarkets()).containsExactly("CN", "DE");
        assertThat(d.languages()).containsExactlyInAnyOrder(Language.VI, Language.EN);
        assertThat(profile.contacts().person()).isEqualTo("Nguyễn Văn A");
        assertThat(companies.roleOf(company.owner().id(), company.id())).contains(CompanyRole.OWNER);
    }

    @Test
    void profile_hidesContactsFromStrangersAndAnonymousReaders() {
        CompanyFixtures.Owned company = fixtures.company("Private");
        AccountUser stranger = fixtures.user(Role.COMPANY);
        AccountUser organiserOfNothing = fixtures.user(Role.ORGANISER);

        assertThat(companies.profile(company.id(), null).contacts()).isNull();
        assertThat(companies.profile(company.id(), stranger).contacts()).isNull();
        assertThat(companies.profile(company.id(), organiserOfNothing).contacts())
                .isNull();
        assertThat(companies.profile(company.id(), stranger).details().name().in(Language.EN))
                .isEqualTo("Private en");
        assertThat(companies.profile(company.id(), stranger).details().contacts())
                .isEqualTo(CompanyContacts.none());
    }

    @Test
    void profile_showsContactsToMembersAndAdmins() {
        CompanyFixtures.Owned company = fixtures.company("Shown");
        AccountUser admin = fixtures.user(Role.ADMIN);

        assertThat(companies.profile(company.id(), company.owner()).contactsVisible())
                .isTrue();
        assertThat(companies.profile(company.id(), admin).contacts().phone()).isEqualTo("+84 262 3850 000");
    }

    @Test
    void update_changesTheProfileForMembersOnly() {
        CompanyFixtures.Owned company = fixtures.company("Edit");
        CompanyDetails changed = withName(CompanyFixtures.details("Edit"), LocalizedText.of(Language.ZH, "新名字"));

        assertThatThrownBy(() -> companies.update(company.id(), changed, fixtures.user(Role.COMPANY)))
                .isInstanceOf(ForbiddenException.class);
        companies.update(company.id(), changed, company.owner());

        assertThat(companies.find(company.id()).orElseThrow().name().in(Language.VI))
                .isEqualTo("新名字");
    }

    @Test
    void update_refusesBadInputAndChangesNothing() {
        CompanyFixtures.Owned company = fixtures.company("Bad");
        CompanyDetails badProvince = new CompanyDetails(
                LocalizedText.of(Language.EN, "Other"),
                LocalizedText.empty(),
                "CN",
                "66",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                java.util.Set.of(),
                null,
                CompanyContacts.none());
        CompanyDetails badSector = withSectors(CompanyFixtures.details("Bad"), List.of("no-such-sector"));

        assertThatThrownBy(() -> companies.update(company.id(), badProvince, company.owner()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "provinceCode");
        assertThatThrownBy(() -> companies.update(company.id(), badSector, company.owner()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "sectors");
        assertThat(companies.find(company.id()).orElseThrow().name().in(Language.EN))
                .isEqualTo("Bad en");
    }

    @Test
    void taxCode_isUniqueAmongCompanies() {
        String tax = "TAX" + UUID.randomUUID().toString().substring(0, 8);
        CompanyFixtures.Owned first = fixtures.company("Tax1");
        CompanyFixtures.Owned second = fixtures.company("Tax2");
        companies.update(first.id(), withTax(CompanyFixtures.details("Tax1"), tax), first.owner());

        assertThatThrownBy(() ->
                        companies.update(second.id(), withTax(CompanyFixtures.details("Tax2"), tax), second.owner()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "taxCode");
        companies.update(first.id(), withTax(CompanyFixtures.details("Tax1b"), tax), first.owner());
        assertThat(companies.profile(first.id(), null).details().taxCode()).isEqualTo(tax);
    }

    @Test
    void members_ownersAddAndRemoveButNeverTheLastOwner() {
        CompanyFixtures.Owned company = fixtures.company("Members");
        AccountUser colleague = fixtures.user(Role.COMPANY);

        companies.addMember(company.id(), colleague.email(), CompanyRole.MEMBER, company.owner());
        assertThat(companies.members(company.id(), company.owner()))
                .extracting(CompanyMember::user)
                .containsExactlyInAnyOrder(company.owner().id(), colleague.id());
        assertThatThrownBy(() -> companies.addMember(
                        company.id(), "nobody@nowhere.example", CompanyRole.MEMBER, company.owner()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "email");
        assertThatThrownBy(() ->
                        companies.removeMember(company.id(), company.owner().id(), colleague))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() ->
                        companies.removeMember(company.id(), company.owner().id(), company.owner()))
                .isInstanceOf(ConflictException.class);

        companies.removeMember(company.id(), colleague.id(), company.owner());
        assertThat(companies.isMember(colleague.id(), company.id())).isFalse();
        assertThat(audit.byActor(company.owner().id().value(), 10))
                .extracting(e -> e.code())
                .contains("company.member.added", "company.member.removed");
    }

    @Test
    void setVerified_byOrganisersOnlyAndAudited() {
        CompanyFixtures.Owned company = fixtures.company("Verify");
        AccountUser organiser = fixtures.user(Role.ORGANISER);

        assertThatThrownBy(() -> companies.setVerified(company.id(), true, company.owner()))
                .isInstanceOf(ForbiddenException.class);
        companies.setVerified(company.id(), true, organiser);

        assertThat(companies.find(company.id()).orElseThrow().verified()).isTrue();
        assertThat(audit.byActor(organiser.id().value(), 5))
                .extracting(e -> e.code() + " " + e.data())
                .contains("company.company.verified {\"companyId\":"
                        + company.id().value() + "}");
    }

    @Test
    void setLogo_acceptsPngAndJpegByTheirBytesOnly() {
        CompanyFixtures.Owned company = fixtures.company("Logo");

        assertThatThrownBy(() -> companies.setLogo(company.id(), "<svg></svg>".getBytes(), company.owner()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "company.error.logo-type");
        assertThatThrownBy(() -> companies.setLogo(company.id(), new byte[512 * 1024 + 1], company.owner()))
                .hasFieldOrPropertyWithValue("messageKey", "company.error.logo-size");
        assertThat(companies.logo(company.id())).isEmpty();

        companies.setLogo(company.id(), PNG, company.owner());
        assertThat(companies.logo(company.id()).orElseThrow().contentType()).isEqualTo("image/png");
        companies.setLogo(company.id(), JPEG, company.owner());
        assertThat(companies.logo(company.id()).orElseThrow().contentType()).isEqualTo("image/jpeg");
        assertThat(companies.profile(company.id(), null).hasLogo()).isTrue();
    }

    static CompanyDetails withName(CompanyDetails d, LocalizedText name) {
        return new CompanyDetails(
                name,
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
                d.taxCode(),
                d.contacts());
    }

    static CompanyDetails withSectors(CompanyDetails d, List<String> sectors) {
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
                sectors,
                d.certifications(),
                d.exportMarkets(),
                d.languages(),
                d.taxCode(),
                d.contacts());
    }

    static CompanyDetails withTax(CompanyDetails d, String tax) {
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
