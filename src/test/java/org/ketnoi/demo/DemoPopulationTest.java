package org.ketnoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.search.SearchRequest;
import org.ketnoi.search.SearchResults;
import org.ketnoi.search.SearchService;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.taxonomy.Geography;
import org.ketnoi.taxonomy.HsLevel;
import org.ketnoi.taxonomy.HsNomenclature;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The generated demo population: the reports' numbers per event and country, valid listings in each
 * company's language, the same companies on every start, and findable by search.
 */
@IntegrationTest
class DemoPopulationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    EventService events;

    @Autowired
    ParticipationService participation;

    @Autowired
    CompanyService companies;

    @Autowired
    ListingService listings;

    @Autowired
    SearchService search;

    @Autowired
    HsNomenclature nomenclature;

    @Autowired
    Geography geography;

    private List<DemoPopulation.Planned> plan;

    @org.junit.jupiter.api.BeforeEach
    void plan() {
        plan = DemoPopulation.plan(DemoWords.load(), geography);
    }

    private AccountUser organiser() {
        return accounts.findByEmail(DemoData.ORGANISER).orElseThrow();
    }

    private Event event(String titleStart) {
        return events.organizedBy(organiser()).stream()
                .filter(e -> e.title().in(Language.VI).startsWith(titleStart))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Long> countries(Event event) {
        List<CompanyId> ids =
                participation.forOrganisers(event.id(), ParticipationStatus.APPROVED, null, organiser()).stream()
                        .map(Participation::company)
                        .toList();
        return companies.findAll(ids).stream()
                .collect(Collectors.groupingBy(CompanySummary::country, Collectors.counting()));
    }

    @Test
    void demoEvents_haveTheReportsNumbersOfCompaniesPerCountry() {
        // Đắk Lắk – Guangdong: ten hand-written companies and fifty generated ones.
        assertThat(countries(event(DemoMeetings.EVENT))).isEqualTo(Map.of("VN", 35L, "CN", 25L));
        // Lào Cai – Zhejiang: "nearly 100" Chinese and 138 Vietnamese companies.
        assertThat(countries(event(DemoPopulationStep.HYBRID_EVENT))).isEqualTo(Map.of("VN", 138L, "CN", 100L));
        assertThat(plan).hasSize(280);
    }

    @Test
    void plan_isTheSameOnEveryStart_andIsWhatTheDemoStored() {
        List<DemoPopulation.Planned> again = DemoPopulation.plan(DemoWords.load(), geography);

        assertThat(again).isEqualTo(plan);
        Set<String> stored = companies.all().stream().map(c -> name(c.name())).collect(Collectors.toSet());
        assertThat(stored)
                .containsAll(plan.stream().map(p -> name(p.details().name())).toList());
        assertThat(plan.stream().map(p -> name(p.details().name())).distinct()).hasSize(plan.size());
        assertThat(plan.stream().map(p -> p.details().taxCode()).distinct()).hasSize(plan.size());
    }

    private static String name(org.ketnoi.i18n.LocalizedText name) {
        return name.vi() != null ? name.vi() : name.in(Language.ZH);
    }

    @Test
    void plannedCompanies_writeInTheirOwnLanguage_withKnownCodes() {
        for (DemoPopulation.Planned company : plan) {
            CompanyDetails details = company.details();
            boolean vietnamese = details.country().equals("VN");
            assertThat(own(details.name(), vietnamese))
                    .as(details.name().toString())
                    .isNotBlank();
            assertThat(own(details.description(), vietnamese)).isNotBlank();
            assertThat(geography.province(
                            org.ketnoi.taxonomy.Country.fromCode(details.country())
                                    .orElseThrow(),
                            details.provinceCode()))
                    .isPresent();
            assertThat(details.taxCode()).matches(vietnamese ? "[0-9]{10}" : "91[0-9]{6}MA[0-9A-HJ-NPQRTUWXY]{8}");
            if (!vietnamese) {
                assertThat(DemoTaxCodes.check(details.taxCode()))
                        .isEqualTo(details.taxCode().charAt(17));
            }
            assertThat(company.listings()).isNotEmpty();
            for (ListingDetails listing : company.listings()) {
                String title =
                        vietnamese ? listing.title().vi() : listing.title().zh();
                assertThat(title).as(listing.title().toString()).isNotBlank();
                assertThat(title.codePoints().anyMatch(DemoPopulationTest::han)).isEqualTo(!vietnamese);
                assertThat(own(listing.description(), vietnamese)).isNotBlank();
                assertThat(listing.title().en()).isNotBlank();
                assertThat(listing.hsCodes())
                        .isNotEmpty()
                        .allSatisfy(code -> assertThat(nomenclature.find(code))
                                .as(code)
                                .hasValueSatisfying(
                                        entry -> assertThat(entry.level()).isNotEqualTo(HsLevel.CHAPTER)));
                if (listing.kind().isGoods()) {
                    assertThat(listing.quantity()).isPositive();
                    assertThat(listing.incoterm()).isNotNull();
                }
            }
        }
    }

    /** The text in the company's language, if it has its letters: Vietnamese diacritics, Han characters. */
    private static String own(org.ketnoi.i18n.LocalizedText text, boolean vietnamese) {
        String own = vietnamese ? text.vi() : text.zh();
        if (own == null) {
            return "";
        }
        boolean script = vietnamese
                ? own.codePoints()
                        .anyMatch(c -> "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý"
                                        .indexOf(Character.toLowerCase(c))
                                >= 0)
                : own.codePoints().anyMatch(DemoPopulationTest::han);
        return script ? own : "";
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    @Test
    void demo_storedEveryPlannedListing_publishedAndInTheRightRoles() {
        Map<String, CompanySummary> byName = companies.all().stream()
                .collect(Collectors.toMap(c -> name(c.name()), Function.identity(), (a, b) -> a));
        long offers = 0;
        for (DemoPopulation.Planned company : plan) {
            CompanySummary stored = byName.get(name(company.details().name()));
            List<Listing> published = listings.ofCompany(stored.id(), null);
            assertThat(published).hasSize(company.listings().size());
            offers += published.stream()
                    .filter(l -> l.kind() == ListingKind.OFFER)
                    .count();
        }
        assertThat(offers).isGreaterThan(150);
        assertThat(plan.stream().flatMap(p -> p.listings().stream()).map(ListingDetails::kind))
                .contains(ListingKind.OFFER, ListingKind.NEED, ListingKind.INVESTMENT, ListingKind.TECHNOLOGY);
    }

    @Test
    void search_findsGeneratedDurianInVietnamese_andCoffeeInChinese() {
        Set<String> generated = plan.stream()
                .map(p -> p.details().name())
                .flatMap(n -> java.util.stream.Stream.of(n.vi(), n.zh(), n.en()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());

        SearchResults durian = search.search(SearchRequest.of("sau rieng", Language.VI));
        SearchResults coffee = search.search(SearchRequest.of("咖啡", Language.ZH));

        assertThat(durian.hits())
                .anySatisfy(hit -> assertThat(generated).contains(hit.company().name()));
        assertThat(coffee.hits())
                .anySatisfy(hit -> assertThat(generated).contains(hit.company().name()));
        assertThat(coffee.total()).isGreaterThan(10);
    }

    @Test
    void chineseTaxCodeCheckCharacter_followsGb32100() {
        // A published example of a valid unified social credit code.
        assertThat(DemoTaxCodes.check("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void generatedCompanies_showTheirContactsOnlyToTheOrganisersKeepingThem() {
        DemoPopulation.Planned planned = plan.getFirst();
        CompanyId id = companies.all().stream()
                .filter(c -> name(c.name()).equals(name(planned.details().name())))
                .findFirst()
                .orElseThrow()
                .id();
        AccountUser seller = accounts.findByEmail(DemoData.SELLER).orElseThrow();

        assertThat(companies.profile(id, seller).contacts()).isNull();
        assertThat(companies.canActFor(id, seller)).isFalse();
        assertThat(companies.profile(id, organiser()).contacts())
                .isEqualTo(planned.details().contacts());
        assertThat(companies.canActFor(id, organiser())).isTrue();
    }
}
