package org.ketnoi.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.NewCompany;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.support.SignIn;
import org.ketnoi.taxonomy.Certification;
import org.springframework.stereotype.Component;

/** Companies with a representative, and listings of them, uniquely named for each test. */
@Component
public class CatalogFixtures {

    private final AccountService accounts;
    private final CompanyService companies;
    private final ListingService listings;

    CatalogFixtures(AccountService accounts, CompanyService companies, ListingService listings) {
        this.accounts = accounts;
        this.companies = companies;
        this.listings = listings;
    }

    /** A company user with the email to sign in with, and the company they represent. */
    public record Member(AccountUser user, String email, CompanyId company) {}

    public Member member(String prefix, Language language) {
        String email = SignIn.newUser(accounts, prefix, Role.COMPANY, language);
        AccountUser user = accounts.findByEmail(email).orElseThrow();
        CompanyId company = companies.register(
                new NewCompany(LocalizedText.of(language, unique(prefix)), language == Language.ZH ? "CN" : "VN", null),
                user.id());
        return new Member(user, email, company);
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A complete Robusta offer: FOB Hải Phòng in USD, VietGAP and 4C-style certifications. */
    public static ListingDetails robustaOffer(String titleVi) {
        return new ListingDetails(
                ListingKind.OFFER,
                List.of("0901.11"),
                new LocalizedText(titleVi, "罗布斯塔生咖啡豆", "Robusta green coffee beans"),
                new LocalizedText(
                        "Cà phê nhân Robusta sàng 18, độ ẩm 12,5%.", null, "Robusta screen 18, moisture 12.5%."),
                new BigDecimal("500"),
                QuantityUnit.TONNE,
                new BigDecimal("19.2"),
                Incoterm.FOB,
                "Hải Phòng",
                new BigDecimal("4350.00"),
                new BigDecimal("4600"),
                PriceCurrency.USD,
                List.of(Certification.VIETGAP, Certification.RAINFOREST_ALLIANCE),
                List.of("cn", "SG"),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2099, 12, 31));
    }

    /** A complete offer whose validity ended on 31 December 2020. */
    public static ListingDetails expiredOffer(String titleVi) {
        return new ListingDetails(
                ListingKind.OFFER,
                List.of("0904.11"),
                LocalizedText.of(Language.VI, titleVi),
                LocalizedText.empty(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31));
    }

    public ListingId draft(Member member, String titleVi) {
        return listings.create(member.company(), robustaOffer(titleVi), member.user());
    }

    public ListingId published(Member member, String titleVi) {
        ListingId id = draft(member, titleVi);
        listings.publish(id, member.user());
        return id;
    }
}
