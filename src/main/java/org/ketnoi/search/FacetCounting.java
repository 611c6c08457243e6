package org.ketnoi.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Counts facet values over the documents matching the text, in one pass, the way checkbox filters
 * need it ("drill sideways"): a document that passes every filter counts for every facet and for the
 * total; one that fails exactly one facet's filter still counts for that facet, so its other values
 * stay visible with the numbers a reader would get by ticking them too. The hits are the documents
 * passing every filter, collected in the same pass, so a search reads the matches once.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounting.Counts> {

    /**
     * The total of documents passing every filter, per facet value how many documents have it, and the
     * best documents passing every filter.
     */
    record Counts(int total, Map<Facet, Map<String, Integer>> values, TopDocs top) {

        private static final TopDocs NO_HITS = new TopDocs(
                new org.apache.lucene.search.TotalHits(0, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
                new org.apache.lucene.search.ScoreDoc[0]);

        Counts {
            Map<Facet, Map<String, Integer>> copy = new EnumMap<>(Facet.class);
            values.forEach((facet, counts) -> copy.put(facet, Map.copyOf(counts)));
            values = java.util.Collections.unmodifiableMap(copy);
        }

        /** The same counts without the hits, to be kept and combined with other hits later. */
        Counts withoutHits() {
            return new Counts(total, values, NO_HITS);
        }

        Counts withHits(TopDocs hits) {
            return new Counts(total, values, hits);
        }
    }

    private final Map<Facet, Set<String>> filters;
    private final TopScoreDocCollectorManager top;

    /** Collects the facet counts and, in the same pass, the best {@code hits} documents. */
    FacetCounting(Map<Facet, Set<String>> filters, int hits) {
        this.filters = filters;
        this.top = new TopScoreDocCollectorManager(Math.max(1, hits), Integer.MAX_VALUE);
    }

    @Override
    public Counter newCollector() {
        return new Counter(filters, top.newCollector());
    }

    @Override
    public Counts reduce(Collection<Counter> counters) throws IOException {
        int total = 0;
        Map<Facet, Map<String, Integer>> values = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            values.put(facet, new HashMap<>());
        }
        for (Counter counter : counters) {
            counter.flush();
            total += counter.total;
            counter.values.forEach((facet, counts) ->
                    counts.forEach((value, count) -> values.get(facet).merge(value, count, Integer::sum)));
        }
        return new Counts(
                total,
                values,
                top.reduce(counters.stream().map(counter -> counter.top).toList()));
    }

    static final class Counter extends SimpleCollector {

        private static final Facet[] FACETS = Facet.values();

        private final Map<Facet, Set<String>> filters;
        private final Map<Facet, Map<String, Integer>> values = new EnumMap<>(Facet.class);
        private final SortedSetDocValues[] docValues = new SortedSetDocValues[FACETS.length];
        private final int[][] counts = new int[FACETS.length][];
        /** Per facet: for each ordinal of this segment, whether the filter selects it; null = no filter. */
        private final boolean[][] selected = new boolean[FACETS.length][];

        private final long[][] ords = new long[FACETS.length][16];
        private final int[] ordCount = new int[FACETS.length];
        /** Ordinals of the facets with a filter, and of those without. */
        private final int[] filtered;

        private final int[] unfiltered;
        private final TopScoreDocCollector top;
        private @Nullable LeafCollector topLeaf;
        private int total;

        Counter(Map<Facet, Set<String>> filters, TopScoreDocCollector top) {
            this.filters = filters;
            this.top = top;
            for (Facet facet : FACETS) {
                values.put(facet, new HashMap<>());
            }
            this.filtered = Arrays.stream(FACETS)
                    .filter(facet -> !filters.getOrDefault(facet, Set.of()).isEmpty())
                    .mapToInt(Facet::ordinal)
                    .toArray();
            this.unfiltered = Arrays.stream(FACETS)
                    .filter(facet -> filters.getOrDefault(facet, Set.of()).isEmpty())
                    .mapToInt(Facet::ordinal)
                    .toArray();
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            topLeaf = top.getLeafCollector(context);
            for (Facet facet : FACETS) {
                int f = facet.ordinal();
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), SearchFields.facet(facet));
                docValues[f] = dv;
                counts[f] = new int[Math.toIntExact(dv.getValueCount())];
                Set<String> wanted = filters.getOrDefault(facet, Set.of());
                selected[f] = wanted.isEmpty() ? null : selection(dv, wanted);
            }
        }

        private static boolean[] selection(SortedSetDocValues dv, Set<String> wanted) throws IOException {
            boolean[] selection = new boolean[Math.toIntExact(dv.getValueCount())];
            for (String value : wanted) {
                long ord = dv.lookupTerm(new BytesRef(value));
                if (ord >= 0) {
                    selection[Math.toIntExact(ord)] = true;
                }
            }
            return selection;
        }

        @Override
        public void collect(int doc) throws IOException {
            // Filtered facets first: a document failing two of them counts nowhere, and most
            // documents of a browse fail at least one, so the other facets are read only when needed.
            int failing = -1;
            for (int f : filtered) {
                read(f, doc);
                if (!passes(f)) {
                    if (failing >= 0) {
                        return;
                    }
                    failing = f;
                }
            }
            if (failing >= 0) {
                count(failing);
                return;
            }
            total++;
            Objects.requireNonNull(topLeaf).collect(doc);
            for (int f : unfiltered) {
                read(f, doc);
            }
            for (int f = 0; f < FACETS.length; f++) {
                count(f);
            }
        }

        private void read(int f, int doc) throws IOException {
            SortedSetDocValues dv = docValues[f];
            if (!dv.advanceExact(doc)) {
                ordCount[f] = 0;
                return;
            }
            int n = dv.docValueCount();
            if (ords[f].length < n) {
                ords[f] = new long[n];
            }
            for (int i = 0; i < n; i++) {
                ords[f][i] = dv.nextOrd();
            }
            ordCount[f] = n;
        }

        private boolean passes(int f) {
            for (int i = 0; i < ordCount[f]; i++) {
                if (selected[f][(int) ords[f][i]]) {
                    return true;
                }
            }
            return false;
        }

        private void count(int f) {
            for (int i = 0; i < ordCount[f]; i++) {
                counts[f][(int) ords[f][i]]++;
            }
        }

        /** Turns the segment's ordinal counts into value counts. */
        void flush() {
            try {
                for (int f = 0; f < FACETS.length; f++) {
                    int[] segment = counts[f];
                    if (segment == null) {
                        continue;
                    }
                    for (int ord = 0; ord < segment.length; ord++) {
                        if (segment[ord] > 0) {
                            String value = docValues[f].lookupOrd(ord).utf8ToString();
                            values.get(FACETS[f]).merge(value, segment[ord], Integer::sum);
                        }
                    }
                    counts[f] = null;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            Objects.requireNonNull(topLeaf).setScorer(scorer);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
