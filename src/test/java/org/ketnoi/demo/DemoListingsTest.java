package org.ketnoi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.catalog.Incoterm;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.catalog.ListingStatus;
import org.ketnoi.catalog.PriceCurrency;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.NewCompany;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.support.SignIn;
import org.ketnoi.taxonomy.Certification;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoListingsTest {

    @Autowired
    DemoListings demo;

    @Autowired
    AccountService accounts;

    @Autowired
    CompanyService companies;

    @Autowired
    ListingService listings;

    private AccountUser user(String prefix, Language language) {
        return accounts.findByEmail(SignIn.newUser(accounts, prefix, Role.COMPANY, language))
                .orElseThrow();
    }

    private CompanyId company(AccountUser owner, LocalizedText name, String country) {
        return companies.register(new NewCompany(name, country, null), owner.id());
    }

    @Test
    void load_publishesCoffeeOffersNeedsAndOtherProductsOfTheCompanies() {
        AccountUser seller = user("demo-seller", Language.VI);
        AccountUser buyer = user("demo-buyer", Language.ZH);
        CompanyId coffee = company(seller, LocalizedText.of(Language.VI, "Cà phê Ea Tu"), "VN");
        CompanyId pepper = company(seller, LocalizedText.of(Language.VI, "Hồ tiêu Chư Sê"), "VN");
        CompanyId importer = company(buyer, LocalizedText.of(Language.ZH, "广州咖啡贸易"), "CN");
        CompanyId fruit = company(buyer, LocalizedText.of(Language.ZH, "广州水果进口"), "CN");

        demo.load(seller.email(), buyer.email());

        List<Listing> offers = listings.ofCompany(coffee, null);
        assertThat(offers).extracting(l -> l.details().hsCodes().getFirst()).containsExactly("090121", "090111");
        assertThat(offers).extracting(Listing::status).containsOnly(ListingStatus.PUBLISHED);
        Listing green = offers.get(1);
        assertThat(green.kind()).isEqualTo(ListingKind.OFFER);
        assertThat(green.details().title().in(Language.VI)).isEqualTo("Cà phê nhân Robusta Đắk Lắk sàng 16/18");
        assertThat(green.details().incoterm()).isEqualTo(Incoterm.FOB);
        assertThat(green.details().currency()).isEqualTo(PriceCurrency.USD);
        assertThat(green.details().certifications())
                .containsExactly(Certification.VIETGAP, Certification.RAINFOREST_ALLIANCE);

        Listing need = listings.ofCompany(importer, null).getFirst();
        assertThat(need.kind()).isEqualTo(ListingKind.NEED);
        assertThat(need.details().hsCodes()).containsExactly("090111");
        assertThat(need.details().incoterm()).isEqualTo(Incoterm.CIF);
        assertThat(need.details().title().in(Language.ZH)).isEqualTo("长期求购越南罗布斯塔咖啡生豆");

        assertThat(listings.ofCompany(pepper, null))
                .extracting(Listing::kind, l -> l.details().hsCodes().getFirst())
                .containsExactly(tuple(ListingKind.OFFER, "081060"));
        assertThat(listings.ofCompany(fruit, null))
                .extracting(Listing::kind, l -> l.details().hsCodes().getFirst())
                .containsExactly(tuple(ListingKind.NEED, "090411"));
    }

    @Test
    void load_usersWithoutCompanies_doesNothing() {
        AccountUser seller = user("demo-seller", Language.VI);

        demo.load(seller.email(), "nobody-" + seller.email());

        assertThat(listings.ofMyCompanies(seller)).isEmpty();
    }

    @Test
    void demo_otherCompaniesPublishWhatTheirSectorsTrade() {
        AccountUser admin = accounts.findByEmail(DemoData.ADMIN).orElseThrow();
        List<String> offeredCodes = companies.companiesOf(admin.id()).stream()
                .filter(company -> company.country().equals("VN"))
                .flatMap(company -> listings.ofCompany(company.id(), null).stream())
                .filter(listing -> listing.kind() == ListingKind.OFFER)
                .map(listing -> listing.details().hsCodes().getFirst())
                .toList();

        assertThat(offeredCodes).contains("081060", "090411", "080132", "030617");
    }
}
