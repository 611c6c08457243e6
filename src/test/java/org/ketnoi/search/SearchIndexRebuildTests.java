package org.ketnoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnoi.catalog.CatalogFixtures;
import org.ketnoi.catalog.CatalogFixtures.Member;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyService;
import org.ketnoi.i18n.Language;
import org.ketnoi.search.SearchResults.SearchHit;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.taxonomy.Geography;
import org.ketnoi.taxonomy.HsNomenclature;
import org.ketnoi.taxonomy.HsSuggester;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

@IntegrationTest
class SearchIndexRebuildTests {

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    ListingService listings;

    @Autowired
    CompanyService companies;

    @Autowired
    SearchDocuments documents;

    @Autowired
    HsSuggester suggester;

    @Autowired
    MessageSource messages;

    @Autowired
    Geography geography;

    @Autowired
    HsNomenclature hs;

    @Test
    void emptyDirectory_isRebuiltFromTheDatabaseAtStart(@TempDir Path directory) throws Exception {
        Member member = fixtures.member("search-rebuild", Language.VI);
        String word = SearchServiceTests.word();
        ListingId published = fixtures.published(member, "Cà phê " + word);
        ListingId draft = fixtures.draft(member, "Bản nháp " + word);

        try (SearchIndex index = SearchIndex.open(directory, SearchAnalyzers.perField(), Duration.ofSeconds(1))) {
            assertThat(index.needsRebuild()).isTrue();
            new SearchIndexer(index, documents, listings, companies).rebuildIfNeeded();

            SearchService search = new SearchService(
                    index,
                    new SearchQueries(SearchAnalyzers.perField(), suggester),
                    new SearchLabels(messages, geography, hs),
                    EventScope.withoutEvents(),
                    20);
            List<Long> found = search.search(SearchRequest.of(word, Language.VI)).hits().stream()
                    .map(SearchHit::id)
                    .toList();
            assertThat(found).containsExactly(published.value());
            assertThat(found).doesNotContain(draft.value());
        }
        try (SearchIndex reopened = SearchIndex.open(directory, SearchAnalyzers.perField(), Duration.ofSeconds(1))) {
            assertThat(reopened.needsRebuild()).isFalse();
        }
    }
}
