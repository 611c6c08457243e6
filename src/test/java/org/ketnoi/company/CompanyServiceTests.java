package org.ketnoi.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.Role;
import org.ketnoi.account.UserId;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CompanyServiceTests {

    @Autowired
    CompanyService companies;

    @Autowired
    AccountService accounts;

    @Test
    void register_makesTheUserItsOwner() {
        UserId owner = newUser("owner");
        CompanyId id = companies.register(
                new NewCompany(new LocalizedText("Cà phê Buôn Ma Thuột", "邦美蜀咖啡", null), "VN", "66"), owner);

        CompanySummary company = companies.find(id).orElseThrow();
        assertThat(company.name().in(Language.ZH)).isEqualTo("邦美蜀咖啡");
        assertThat(company.country()).isEqualTo("VN");
        assertThat(company.provinceCode()).isEqualTo("66");
        assertThat(company.verified()).isFalse();
        assertThat(companies.roleOf(owner, id)).contains(CompanyRole.OWNER);
        assertThat(companies.companiesOf(owner)).extracting(CompanySummary::id).containsExactly(id);
    }

    @Test
    void companiesOf_showsOnlyTheUsersOwnCompanies() {
        UserId one = newUser("one");
        UserId other = newUser("other");
        CompanyId mine = companies.register(new NewCompany(LocalizedText.of(Language.EN, "Mine"), "VN", null), one);
        CompanyId theirs = companies.register(new NewCompany(LocalizedText.of(Language.ZH, "广州贸易"), "CN", "44"), other);

        assertThat(companies.companiesOf(one)).extracting(CompanySummary::id).containsExactly(mine);
        assertThat(companies.isMember(one, theirs)).isFalse();
        assertThat(companies.findAll(List.of(mine, theirs, new CompanyId(-1))))
                .extracting(CompanySummary::id)
                .containsExactly(mine, theirs);
    }

    @Test
    void register_refusesANamelessCompanyOrABadCountry() {
        UserId owner = newUser("bad");
        assertThatThrownBy(() -> companies.register(new NewCompany(LocalizedText.empty(), "VN", null), owner))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "name");
        assertThatThrownBy(() ->
                        companies.register(new NewCompany(LocalizedText.of(Language.VI, "X"), "Viet", null), owner))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "country");
        assertThat(companies.companiesOf(owner)).isEmpty();
    }

    private UserId newUser(String prefix) {
        String email = SignIn.newUser(accounts, prefix, Role.COMPANY, Language.VI);
        return accounts.findByEmail(email).orElseThrow().id();
    }
}
