package org.ketnoi.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingPublished;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.catalog.ListingUpdated;
import org.ketnoi.catalog.ListingWithdrawn;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyProfile;
import org.ketnoi.company.CompanyRegistered;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.company.CompanyUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index equal to the database. Every event re-reads the listing, and a listing that is not
 * published (any more) is deleted whatever the event says. Reading and
 * writing happen under one lock: the events are handled asynchronously and may overtake each other,
 * and with the lock the last handler always writes what the database holds after the last change.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final SearchDocuments documents;
    private final ListingService listings;
    private final CompanyService companies;

    SearchIndexer(SearchIndex index, SearchDocuments documents, ListingService listings, CompanyService companies) {
        this.index = index;
        this.documents = documents;
        this.listings = listings;
        this.companies = companies;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfNeeded() {
        if (index.needsRebuild()) {
            rebuild();
        }
    }

    /** Reads every company and published listing from the database into a fresh index. */
    synchronized void rebuild() {
        long start = System.nanoTime();
        Map<CompanyId, CompanySummary> all = new HashMap<>();
        List<Document> docs = new ArrayList<>();
        for (CompanyProfile profile : companies.publicProfiles()) {
            all.put(profile.id(), profile.summary());
            docs.add(documents.company(IndexedCompany.of(profile)));
        }
        for (Listing listing : listings.allPublished()) {
            CompanySummary company = all.get(listing.company());
            if (company != null) {
                docs.add(documents.listing(IndexedListing.of(listing, company)));
            }
        }
        index.replaceAll(docs);
        log.info(
                "Rebuilt the search index in {} ms: {} documents",
                (System.nanoTime() - start) / 1_000_000,
                docs.size());
    }

    @ApplicationModuleListener
    void on(ListingPublished event) {
        reindexListing(event.listing());
    }

    @ApplicationModuleListener
    void on(ListingUpdated event) {
        reindexListing(event.listing());
    }

    @ApplicationModuleListener
    void on(ListingWithdrawn event) {
        reindexListing(event.listing());
    }

    /** A new company: its own document (and the company name in its listings, if any). */
    @ApplicationModuleListener
    void on(CompanyRegistered event) {
        reindexCompany(event.company());
    }

    /**
     * A changed profile (name, description, sectors, certifications, province, export markets) is
     * searchable at once; a renamed company must be found under its new name, and so must its listings.
     */
    @ApplicationModuleListener
    void on(CompanyUpdated event) {
        reindexCompany(event.company());
    }

    synchronized void reindexListing(ListingId id) {
        String key = SearchFields.key(SearchFields.LISTING, id.value());
        Optional<Listing> listing = listings.findPublished(id);
        Optional<CompanySummary> company = listing.flatMap(found -> companies.find(found.company()));
        if (listing.isPresent() && company.isPresent()) {
            index.upsert(key, documents.listing(IndexedListing.of(listing.get(), company.get())));
        } else {
            index.delete(key);
        }
    }

    synchronized void reindexCompany(CompanyId id) {
        companies.publicProfile(id).ifPresent(profile -> {
            CompanySummary company = profile.summary();
            index.upsert(
                    SearchFields.key(SearchFields.COMPANY, id.value()), documents.company(IndexedCompany.of(profile)));
            for (Listing listing : listings.ofCompany(id, null)) {
                index.upsert(
                        SearchFields.key(SearchFields.LISTING, listing.id().value()),
                        documents.listing(IndexedListing.of(listing, company)));
            }
        });
    }
}
