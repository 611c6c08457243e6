package org.ketnoi.search;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;

/**
 * Facet counts of blank-text searches (browsing by facets), kept per index reader. A browse matches
 * every document, so counting it is the most expensive search there is, and the same few filter
 * combinations are asked again and again (the search page opens with none). The counts stay valid
 * until the index changes: a new reader (after any indexed change) starts an empty cache.
 */
final class BrowseCounts {

    /** More combinations than this within one reader generation: start over rather than grow. */
    static final int MAX_ENTRIES = 1024;

    /** What a browse's counts depend on besides the index: the filters and the event's companies. */
    record Key(Map<Facet, Set<String>> filters, Optional<Set<Long>> companies) {}

    private final Map<Key, FacetCounting.Counts> entries = new ConcurrentHashMap<>();
    private @Nullable Object generation;

    /** The counts computed for the key on this reader, if any. */
    Optional<FacetCounting.Counts> get(IndexReader reader, Key key) {
        synchronized (this) {
            if (generation != generationOf(reader)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(entries.get(key));
    }

    /** Remembers the counts computed on this reader; counts of an older reader are dropped. */
    void put(IndexReader reader, Key key, FacetCounting.Counts counts) {
        Object readerGeneration = generationOf(reader);
        synchronized (this) {
            if (generation != readerGeneration) {
                entries.clear();
                generation = readerGeneration;
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, counts.withoutHits());
        }
    }

    int size() {
        return entries.size();
    }

    private static Object generationOf(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return helper == null ? reader : helper.getKey();
    }
}
