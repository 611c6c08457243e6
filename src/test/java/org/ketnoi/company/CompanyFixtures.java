package org.ketnoi.company;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.NewUser;
import org.ketnoi.account.Role;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;
import org.springframework.stereotype.Component;

/** Creates uniquely named company users and companies with full profiles. */
@Component
public class CompanyFixtures {

    private final AccountService accounts;
    private final CompanyService companies;

    CompanyFixtures(AccountService accounts, CompanyService companies) {
        this.accounts = accounts;
        this.companies = companies;
    }

    public AccountUser user(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.example";
        accounts.create(new NewUser(email, "secret-password", "Tester", role, Language.VI), null);
        return accounts.findByEmail(email).orElseThrow();
    }

    /** A Đắk Lắk coffee exporter with contacts, owned by a new company user. */
    public Owned company(String name) {
        AccountUser owner = user(Role.COMPANY);
        return new Owned(companies.create(details(name), owner), owner, name);
    }

    /** A company, its owner, and the name its three language versions start with. */
    public record Owned(CompanyId id, AccountUser owner, String name) {}

    public static CompanyDetails details(String name) {
        return new CompanyDetails(
                new LocalizedText(name + " vi", name + " 中文", name + " en"),
                new LocalizedText("Cà phê Robusta", "罗布斯塔咖啡", "Robusta coffee"),
                "VN",
                "66",
                "Buôn Ma Thuột",
                "https://example.com",
                2005,
                EmployeeBand.UP_TO_200,
                RevenueBand.UP_TO_10M,
                List.of("coffee"),
                List.of(Certification.VIETGAP, Certification.RAINFOREST_ALLIANCE),
                List.of("CN", "DE"),
                Set.of(Language.VI, Language.EN),
                null,
                new CompanyContacts("Nguyễn Văn A", "sales@" + UUID.randomUUID() + ".example", "+84 262 3850 000"));
    }
}
