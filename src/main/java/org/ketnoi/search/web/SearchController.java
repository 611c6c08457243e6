package org.ketnoi.search.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ketnoi.search.Facet;
import org.ketnoi.search.SearchRequest;
import org.ketnoi.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a plain GET form that works without JavaScript; with htmx, ticking a facet or
 * submitting swaps only the results (facets, hits, pages) and keeps the address bar in step.
 */
@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(
            @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            Model model) {
        SearchRequest request = SearchParameters.read(params, locale);
        model.addAttribute("request", request);
        model.addAttribute("results", search.search(request));
        model.addAttribute("facets", List.of(Facet.values()));
        return htmx == null ? "search/search" : "search/search :: results";
    }
}
