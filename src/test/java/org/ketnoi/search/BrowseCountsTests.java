package org.ketnoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowseCountsTests {

    @TempDir
    Path directory;

    @Test
    void counts_areKeptPerReader_andDroppedWhenTheIndexChanges() throws Exception {
        BrowseCounts cache = new BrowseCounts();
        BrowseCounts.Key offers = new BrowseCounts.Key(Map.of(Facet.KIND, Set.of("OFFER")), Optional.empty());
        try (SearchIndex index = SearchIndex.open(directory, SearchAnalyzers.perField(), Duration.ofHours(1))) {
            index.upsert("listing-1", kind("OFFER"));
            index.upsert("listing-2", kind("NEED"));

            FacetCounting.Counts counted = index.read(searcher -> {
                FacetCounting.Counts counts =
                        searcher.search(new MatchAllDocsQuery(), new FacetCounting(offers.filters(), 10));
                cache.put(searcher.getIndexReader(), offers, counts);
                return counts;
            });
            assertThat(counted.total()).isEqualTo(1);
            assertThat(counted.values().get(Facet.KIND)).isEqualTo(Map.of("OFFER", 1, "NEED", 1));
            Optional<FacetCounting.Counts> known = index.read(searcher -> cache.get(searcher.getIndexReader(), offers));
            assertThat(known)
                    .hasValueSatisfying(kept -> assertThat(kept.values()).isEqualTo(counted.values()));
            BrowseCounts.Key everything = new BrowseCounts.Key(Map.of(), Optional.empty());
            Optional<FacetCounting.Counts> other =
                    index.read(searcher -> cache.get(searcher.getIndexReader(), everything));
            assertThat(other).isEmpty();

            index.upsert("listing-3", kind("OFFER"));

            Optional<FacetCounting.Counts> stale = index.read(searcher -> cache.get(searcher.getIndexReader(), offers));
            assertThat(stale).isEmpty();
        }
    }

    private static Document kind(String kind) {
        Document doc = new Document();
        doc.add(new org.apache.lucene.document.StringField(
                SearchFields.facet(Facet.KIND), kind, org.apache.lucene.document.Field.Store.NO));
        doc.add(new org.apache.lucene.document.SortedSetDocValuesField(
                SearchFields.facet(Facet.KIND), new org.apache.lucene.util.BytesRef(kind)));
        return doc;
    }
}
