package org.ketnoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyService;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A renamed company is found under its new name and no longer under the old one. */
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
