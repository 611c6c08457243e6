package org.ketnoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyService;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.taxonomy.Certification;
import org.springframework.beans.factory.annotation.Autowired;

/** A changed company profile is searchable at once: renamed, described, classified differently. */
@IntegrationTest
class SearchCompanyUpdateTests {

    @Autowired
    SearchService search;

    @Autowired
    CompanyFixtures fixtures;

    @Autowired
    CompanyService companies;

    @Test
    void renamedCompany_isFoundUnderItsNewName() throws InterruptedException {
        String before = SearchServiceTests.word();
        String after = SearchServiceTests.word();
        CompanyFixtures.Owned company = fixtures.company(before);
        assertThat(awaitCompany(before, company.id().value())).isTrue();

        companies.update(company.id(), CompanyFixtures.details(after), company.owner());

        assertThat(awaitCompany(after, company.id().value())).isTrue();
        assertThat(search.search(SearchRequest.of(before, Language.VI)).hits()).isEmpty();
    }

    @Test
    void profileFields_areSearchableAndFacetable_andFollowUpdates() throws InterruptedException {
        String name = SearchServiceTests.word();
        String described = SearchServiceTests.word();
        CompanyFixtures.Owned company = fixtures.company(name);
        CompanyDetails base = CompanyFixtures.details(name);
        CompanyDetails profile = new CompanyDetails(
                base.name(),
                new LocalizedText("Nhà máy " + described, "工厂 " + described, "Plant " + described),
                "VN",
                "66",
                base.address(),
                base.website(),
                base.yearFounded(),
                base.employees(),
                base.revenue(),
                List.of("coffee"),
                List.of(Certification.VIETGAP),
                List.of("JP"),
                base.languages(),
                null,
                base.contacts());
        companies.update(company.id(), profile, company.owner());

        assertThat(awaitCompany(described, company.id().value())).isTrue();
        // The sector's name (not in the company's name) finds it, narrowed to this company by its name.
        Map<Facet, Set<String>> filters = Map.of(
                Facet.KIND, Set.of("COMPANY"),
                Facet.SECTOR, Set.of("coffee"),
                Facet.CERTIFICATION, Set.of("VIETGAP"),
                Facet.MARKET, Set.of("JP"),
                Facet.PROVINCE, Set.of("VN-66"));
        SearchResults found = search.search(new SearchRequest(described, Language.EN, null, filters, 1));
        assertThat(found.hits())
                .extracting(SearchResults.SearchHit::id)
                .containsExactly(company.id().value());
        assertThat(found.facets().get(Facet.MARKET))
                .extracting(SearchResults.FacetValue::value, SearchResults.FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JP", 1));
        // Contacts are never indexed.
        assertThat(search.search(SearchRequest.of(base.contacts().email(), Language.VI))
                        .total())
                .isZero();

        companies.update(company.id(), CompanyFixtures.details(name), company.owner());

        long deadline = System.nanoTime() + SearchServiceTests.INDEXED.toNanos();
        while (search.search(SearchRequest.of(described, Language.VI)).total() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(search.search(SearchRequest.of(described, Language.VI)).total())
                .isZero();
        assertThat(search.search(new SearchRequest(name, Language.VI, null, Map.of(Facet.MARKET, Set.of("JP")), 1))
                        .total())
                .isZero();
    }

    private boolean awaitCompany(String word, long id) throws InterruptedException {
        long deadline = System.nanoTime() + SearchServiceTests.INDEXED.toNanos();
        while (System.nanoTime() < deadline) {
            if (search.search(SearchRequest.of(word, Language.VI)).hits().stream()
                    .anyMatch(hit -> !hit.isListing() && hit.id() == id)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
