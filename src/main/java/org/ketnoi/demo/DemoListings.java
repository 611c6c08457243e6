package org.ketnoi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.Incoterm;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.catalog.QuantityUnit;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;
import org.springframework.stereotype.Component;

/**
 * Published listings of the demo companies, written the way their people would: a Vietnamese
 * exporter in Vietnamese with translations, a Chinese importer in Chinese with English. The demo
 * companies come from another step; users without a company are skipped quietly.
 */
@Component
class DemoListings implements DemoStep {

    static final int ORDER = 30;
    private static final LocalDate FROM = LocalDate.of(2025, 10, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);

    private final AccountService accounts;
    private final CompanyService companies;
    private final ListingService listings;

    DemoListings(AccountService accounts, CompanyService companies, ListingService listings) {
        this.accounts = accounts;
        this.companies = companies;
        this.listings = listings;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void load() {
        load(DemoData.SELLER, DemoData.BUYER);
        // The other demo companies (owned by the admin) publish what their sectors say they trade.
        accounts.findByEmail(DemoData.ADMIN)
                .ifPresent(admin -> companies
                        .companiesOf(admin.id())
                        .forEach(company -> bySector(company)
                                .ifPresent(product -> publish(company, admin, product.listing(company.country())))));
    }

    private Optional<Product> bySector(CompanySummary company) {
        List<String> sectors = companies.profile(company.id(), null).details().sectors();
        return Product.ALL.stream().filter(p -> sectors.contains(p.sector())).findFirst();
    }

    /** The seller's first company offers coffee, the buyer's needs it; further companies get other products. */
    void load(String sellerEmail, String buyerEmail) {
        Map<CompanySummary, AccountUser> found = new LinkedHashMap<>();
        Optional<AccountUser> seller = accounts.findByEmail(sellerEmail);
        Optional<AccountUser> buyer = accounts.findByEmail(buyerEmail);
        seller.ifPresent(user -> companies.companiesOf(user.id()).forEach(c -> found.putIfAbsent(c, user)));
        buyer.ifPresent(user -> companies.companiesOf(user.id()).forEach(c -> found.putIfAbsent(c, user)));
        List<CompanySummary> others = new ArrayList<>(found.keySet());
        first(seller).ifPresent(company -> {
            others.remove(company);
            publish(company, found.get(company), DemoCoffee.greenOffer(FROM, UNTIL));
            publish(company, found.get(company), DemoCoffee.roastedOffer(FROM, UNTIL));
        });
        first(buyer).filter(others::contains).ifPresent(company -> {
            others.remove(company);
            publish(company, found.get(company), DemoCoffee.greenNeed(FROM, UNTIL));
        });
        List<Product> products = Product.ALL;
        for (int i = 0; i < others.size(); i++) {
            CompanySummary company = others.get(i);
            publish(
                    company,
                    found.get(company),
                    products.get(i % products.size()).listing(company.country()));
        }
    }

    private Optional<CompanySummary> first(Optional<AccountUser> user) {
        return user.flatMap(u -> companies.companiesOf(u.id()).stream().findFirst());
    }

    private void publish(CompanySummary company, AccountUser actor, ListingDetails details) {
        ListingId id = listings.create(company.id(), details, actor);
        listings.publish(id, actor);
    }

    /** A product Vietnamese companies offer and Chinese companies look for. */
    private record Product(
            String sector, String hs, LocalizedText offer, LocalizedText need, QuantityUnit unit, String quantity) {

        static final List<Product> ALL = List.of(
                new Product(
                        "fruit",
                        "0810.60",
                        new LocalizedText(
                                "Sầu riêng Ri6 và Monthong tươi", "新鲜越南榴莲（Ri6、金枕）", "Fresh Ri6 and Monthong durian"),
                        new LocalizedText(null, "求购越南新鲜榴莲", "Fresh Vietnamese durian wanted"),
                        QuantityUnit.CONTAINER_40FT,
                        "30"),
                new Product(
                        "pepper_spices",
                        "0904.11",
                        new LocalizedText("Hồ tiêu đen Chư Sê 500 g/l", "越南黑胡椒（500克/升）", "Black pepper 500 g/l"),
                        new LocalizedText(null, "求购越南黑胡椒", "Vietnamese black pepper wanted"),
                        QuantityUnit.TONNE,
                        "200"),
                new Product(
                        "cashew_nuts",
                        "0801.32",
                        new LocalizedText("Nhân hạt điều W320 Bình Phước", null, "Cashew kernels W320"),
                        new LocalizedText(null, "求购腰果仁W320", "Cashew kernels W320 wanted"),
                        QuantityUnit.TONNE,
                        "100"),
                new Product(
                        "seafood",
                        "0306.17",
                        new LocalizedText("Tôm thẻ chân trắng đông lạnh Cà Mau", "越南冷冻南美白对虾", "Frozen whiteleg shrimp"),
                        new LocalizedText(null, "求购冷冻对虾", "Frozen shrimp wanted"),
                        QuantityUnit.CONTAINER_40FT,
                        "12"));

        /** Vietnamese companies offer FOB, others (Chinese importers) need it CIF. */
        ListingDetails listing(String country) {
            boolean offer = "VN".equals(country);
            return new ListingDetails(
                    offer ? ListingKind.OFFER : ListingKind.NEED,
                    List.of(hs),
                    offer ? this.offer : need,
                    LocalizedText.empty(),
                    new BigDecimal(quantity),
                    unit,
                    null,
                    offer ? Incoterm.FOB : Incoterm.CIF,
                    offer ? "Hải Phòng" : "广州 Guangzhou",
                    null,
                    null,
                    null,
                    offer ? List.of(Certification.VIETGAP) : List.of(Certification.PLANT_QUARANTINE_CODE),
                    List.of(offer ? "CN" : "VN"),
                    FROM,
                    UNTIL);
        }
    }
}
