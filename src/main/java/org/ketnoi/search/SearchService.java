package org.ketnoi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.search.SearchResults.CompanyRef;
import org.ketnoi.search.SearchResults.FacetValue;
import org.ketnoi.search.SearchResults.HsName;
import org.ketnoi.search.SearchResults.SearchHit;
import org.ketnoi.search.SearchResults.Snippet;

/**
 * Searches companies and published listings (the index holds nothing else, so nothing private can be
 * found). Any text is accepted: there is no query syntax that could fail. Thread-safe.
 */
public class SearchService {

    /** Deeper pages than this are not served: nobody reads them, and each costs more than the last. */
    static final int MAX_PAGE = 50;

    private final SearchIndex index;
    private final SearchQueries queries;
    private final SearchLabels labels;
    private final EventScope events;
    private final int pageSize;
    private final BrowseCounts browseCounts = new BrowseCounts();
    private final SearchSnippets snippets;

    SearchService(SearchIndex index, SearchQueries queries, SearchLabels labels, EventScope events, int pageSize) {
        this.index = index;
        this.queries = queries;
        this.labels = labels;
        this.events = events;
        this.pageSize = pageSize;
        this.snippets = new SearchSnippets(queries.analyzer());
    }

    /**
     * One page of hits for the request, best first, with the facet counts of the whole result; titles,
     * company names, HS names and facet labels in the reader's language.
     */
    public SearchResults search(SearchRequest request) {
        Query text = queries.text(request.text(), request.reader());
        Optional<Set<Long>> companies = Optional.ofNullable(request.event()).flatMap(events::companies);
        Query base = SearchQueries.scoped(text, companies);
        int page = Math.min(request.page(), MAX_PAGE);
        boolean browse = text instanceof MatchAllDocsQuery;
        return index.read(searcher -> {
            FacetCounting.Counts counts = browse
                    ? browse(searcher, base, new BrowseCounts.Key(request.filters(), companies), page * pageSize)
                    : searcher.search(base, new FacetCounting(request.filters(), page * pageSize));
            SearchSnippets.Search highlighting =
                    browse ? null : snippets.forSearch(searcher, text, queries.perTextField(request.text()));
            List<SearchHit> hits = hits(searcher, counts.top(), (page - 1) * pageSize, request.reader(), highlighting);
            Map<String, String> sectorNames =
                    request.event() == null ? Map.of() : events.sectorNames(request.event(), request.reader());
            return new SearchResults(counts.total(), page, pageSize, hits, facets(counts, request, sectorNames));
        });
    }

    /**
     * Blank text: the counts of the filters as last computed on this reader, and the first documents
     * passing every filter (all score alike, so they come in index order, as when counting, and the
     * search stops once it has them).
     */
    private FacetCounting.Counts browse(IndexSearcher searcher, Query base, BrowseCounts.Key key, int wanted)
            throws IOException {
        Optional<FacetCounting.Counts> known = browseCounts.get(searcher.getIndexReader(), key);
        if (known.isPresent()) {
            int hits = Math.max(1, wanted);
            TopDocs top = searcher.search(
                    SearchQueries.filtered(base, key.filters()), new TopScoreDocCollectorManager(hits, hits));
            return known.get().withHits(top);
        }
        FacetCounting.Counts counts = searcher.search(base, new FacetCounting(key.filters(), wanted));
        browseCounts.put(searcher.getIndexReader(), key, counts);
        return counts;
    }

    /** The hits of the page shown, highlighted when there is text to highlight (not when browsing). */
    private List<SearchHit> hits(
            IndexSearcher searcher,
            TopDocs top,
            int from,
            Language reader,
            SearchSnippets.@Nullable Search highlighting)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = from; i < top.scoreDocs.length; i++) {
            ScoreDoc match = top.scoreDocs[i];
            Document doc = stored.document(match.doc);
            Snippet snippet = highlighting == null
                    ? null
                    : highlighting.snippet(match.doc, doc, reader).orElse(null);
            hits.add(hit(doc, reader, snippet));
        }
        return hits;
    }

    private SearchHit hit(Document doc, Language reader, @Nullable Snippet snippet) {
        String country = doc.get(SearchFields.COUNTRY_STORED);
        CompanyRef company = new CompanyRef(
                Long.parseLong(doc.get(SearchFields.COMPANY_ID)),
                localized(doc, SearchFields.COMPANY_NAME).in(reader),
                country == null ? "" : country);
        List<HsName> codes = new ArrayList<>();
        for (IndexableField code : doc.getFields(SearchFields.HS_STORED)) {
            String digits = code.stringValue();
            codes.add(new HsName(display(digits), labels.hsName(digits, reader)));
        }
        return new SearchHit(
                doc.get(SearchFields.TYPE),
                doc.getField(SearchFields.ID).numericValue().longValue(),
                localized(doc, SearchFields.TITLE_STORED).in(reader),
                doc.get(SearchFields.KIND_STORED),
                company,
                codes,
                snippet);
    }

    private static LocalizedText localized(Document doc, String prefix) {
        return new LocalizedText(
                doc.get(prefix + Language.VI.code()),
                doc.get(prefix + Language.ZH.code()),
                doc.get(prefix + Language.EN.code()));
    }

    /** "090111" as people write it: "0901.11"; national lines "0901.11.10". */
    static String display(String digits) {
        StringBuilder shown = new StringBuilder(digits.substring(0, Math.min(4, digits.length())));
        for (int at = 4; at < digits.length(); at += 2) {
            shown.append('.').append(digits, at, Math.min(at + 2, digits.length()));
        }
        return shown.toString();
    }

    /** Facet values with their labels; within an event, sectors carry the event's names for them. */
    private Map<Facet, List<FacetValue>> facets(
            FacetCounting.Counts counts, SearchRequest request, Map<String, String> sectorNames) {
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Integer> values =
                    new java.util.HashMap<>(counts.values().get(facet));
            request.selected(facet).forEach(value -> values.putIfAbsent(value, 0));
            facets.put(
                    facet,
                    values.entrySet().stream()
                            .map(entry -> new FacetValue(
                                    entry.getKey(),
                                    facet == Facet.SECTOR && sectorNames.containsKey(entry.getKey())
                                            ? sectorNames.get(entry.getKey())
                                            : labels.label(facet, entry.getKey(), request.reader()),
                                    entry.getValue(),
                                    request.selected(facet).contains(entry.getKey())))
                            .sorted(Comparator.comparingInt(FacetValue::count)
                                    .reversed()
                                    .thenComparing(FacetValue::label))
                            .toList());
        }
        return facets;
    }
}
