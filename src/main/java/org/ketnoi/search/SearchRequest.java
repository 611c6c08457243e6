package org.ketnoi.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.Language;

/**
 * One search as a reader asks it.
 *
 * @param text what the reader typed, in any language; blank lists everything
 * @param reader the language of titles and labels in the result
 * @param event restricts to companies taking part in that event (see docs/search.md: not wired yet)
 * @param filters per facet the values ticked; a document needs one of them for every facet given
 * @param page 1 for the first page; out-of-range pages are clamped
 */
public record SearchRequest(
        String text, Language reader, @Nullable String event, Map<Facet, Set<String>> filters, int page) {

    public SearchRequest {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> copy.put(facet, Set.copyOf(values)));
        filters = Map.copyOf(copy);
        page = Math.max(1, page);
    }

    /** The first page for a text, without filters. */
    public static SearchRequest of(String text, Language reader) {
        return new SearchRequest(text, reader, null, Map.of(), 1);
    }

    public Set<String> selected(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }
}
