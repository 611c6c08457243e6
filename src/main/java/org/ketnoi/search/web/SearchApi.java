package org.ketnoi.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.search.Facet;
import org.ketnoi.search.SearchResults;
import org.ketnoi.search.SearchResults.HsName;
import org.ketnoi.search.SearchResults.SnippetPart;
import org.ketnoi.search.SearchService;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Full-text search over companies and published listings")
class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    record Response(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {}

    /**
     * @param snippet where the query's words occur in the hit's text, {@code null} when only an HS code
     *     or a filter matched
     */
    record Hit(
            String type,
            long id,
            String title,
            Company company,
            List<HsName> hsCodes,
            @Nullable Snippet snippet) {}

    /**
     * @param text the passage as plain text
     * @param parts the same text cut into parts, {@code match} on the query's words: plain text, to be
     *     escaped by whoever writes it into HTML
     */
    record Snippet(String text, List<SnippetPart> parts) {}

    record Company(long id, String name, String country) {}

    record FacetCount(String value, String label, int count) {}

    @GetMapping("/api/v1/search")
    @Operation(
            summary = "Search companies and published listings in any language",
            description = "Parameters: q, lang, event, page, and repeatable facet filters kind, country, province,"
                    + " sector, chapter, certification. Any text is accepted. Each hit's snippet holds the passage"
                    + " where the words occur, cut into plain-text parts with match=true on the matched words.")
    Response search(@RequestParam MultiValueMap<String, String> params, Locale locale) {
        SearchResults results = search.search(SearchParameters.read(params, locale));
        List<Hit> hits = results.hits().stream()
                .map(hit -> new Hit(
                        hit.type(),
                        hit.id(),
                        hit.title(),
                        new Company(
                                hit.company().id(),
                                hit.company().name(),
                                hit.company().country()),
                        hit.hsCodes(),
                        hit.snippet() == null
                                ? null
                                : new Snippet(
                                        hit.snippet().text(), hit.snippet().parts())))
                .toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(
                    facet.key(),
                    results.facets().get(facet).stream()
                            .map(value -> new FacetCount(value.value(), value.label(), value.count()))
                            .toList());
        }
        return new Response(results.total(), hits, facets);
    }
}
