package org.ketnoi.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;
import org.ketnoi.taxonomy.Geography;
import org.ketnoi.taxonomy.HsNomenclature;
import org.ketnoi.taxonomy.HsSuggester;
import org.ketnoi.taxonomy.SectorCatalog;
import org.springframework.context.MessageSource;

/**
 * The search module's package-private parts for the benchmark (org.ketnoi.search.bench): an index
 * in a directory filled straight from generated values, and the real {@link SearchService} over it.
 */
public final class SearchBenchKit implements AutoCloseable {

    private static final int BATCH = 1000;

    private final SearchIndex index;
    private final SearchDocuments documents;
    private final SearchService service;
    private final Analyzer analyzer;
    private final HsSuggester suggester;
    private final SearchLabels labels;
    private final List<Document> batch = new ArrayList<>();

    public SearchBenchKit(
            Path directory,
            SectorCatalog sectors,
            HsSuggester suggester,
            MessageSource messages,
            Geography geography,
            HsNomenclature hs) {
        this.analyzer = SearchAnalyzers.perField();
        this.suggester = suggester;
        this.index = SearchIndex.open(directory, analyzer, Duration.ofHours(1));
        this.labels = new SearchLabels(messages, geography, hs);
        this.documents = new SearchDocuments(sectors, labels);
        this.service = freshService();
    }

    /** A service of its own over the same index: nothing it caches is shared with {@link #service()}. */
    public SearchService freshService() {
        return new SearchService(index, new SearchQueries(analyzer, suggester), labels, EventScope.withoutEvents(), 20);
    }

    public void addCompany(
            CompanySummary company,
            LocalizedText description,
            List<String> sectors,
            List<Certification> certifications,
            List<String> exportMarkets) {
        add(documents.company(new IndexedCompany(company, description, sectors, certifications, exportMarkets)));
    }

    public void addListing(
            long id,
            ListingKind kind,
            LocalizedText title,
            LocalizedText description,
            List<String> hsCodes,
            List<Certification> certifications,
            CompanySummary company) {
        add(documents.listing(new IndexedListing(id, kind, title, description, hsCodes, certifications, company)));
    }

    private void add(Document document) {
        batch.add(document);
        if (batch.size() == BATCH) {
            index.addAll(batch);
            batch.clear();
        }
    }

    /** Writes what is pending, commits and opens a fresh searcher. */
    public void commit() {
        index.addAll(batch);
        batch.clear();
        index.optimize();
    }

    public SearchService service() {
        return service;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
