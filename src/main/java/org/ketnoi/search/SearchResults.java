package org.ketnoi.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of hits, best first, and the facet counts of the whole result.
 *
 * @param total how many documents match the text and every filter
 * @param facets per facet its values, most frequent first, with counts as if only that facet's
 *     filter were changed (ticked values are listed even when their count is 0)
 */
public record SearchResults(
        int total, int page, int pageSize, List<SearchHit> hits, Map<Facet, List<FacetValue>> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /**
     * A company or a published listing that matched.
     *
     * @param type {@code listing} or {@code company}
     * @param title the listing's title or the company's name in the reader's language (or a fallback)
     * @param kind OFFER, NEED, INVESTMENT, TECHNOLOGY or COMPANY
     * @param snippet the passage of the hit's text the query's words occur in, those words marked;
     *     {@code null} when the text did not match (blank query, HS code match only)
     */
    public record SearchHit(
            String type,
            long id,
            String title,
            String kind,
            CompanyRef company,
            List<HsName> hsCodes,
            @Nullable Snippet snippet) {

        public SearchHit {
            hsCodes = List.copyOf(hsCodes);
        }

        public boolean isListing() {
            return "listing".equals(type);
        }
    }

    /** A passage of a hit's text as plain parts; the matched words are the parts with {@code match}. */
    public record Snippet(List<SnippetPart> parts) {

        public Snippet {
            parts = List.copyOf(parts);
        }

        /** The passage without marks. */
        public String text() {
            StringBuilder text = new StringBuilder();
            parts.forEach(part -> text.append(part.text()));
            return text.toString();
        }
    }

    /** Plain text (never HTML): escape it when writing it into a page. */
    public record SnippetPart(String text, boolean match) {}

    /** The company of a hit (the company itself for a company hit). */
    public record CompanyRef(long id, String name, String country) {}

    /** An HS code as displayed ("0901.11") with its name in the reader's language. */
    public record HsName(String code, String name) {}

    /** One value of a facet: what to send back to filter, what to show, how many documents have it. */
    public record FacetValue(String value, String label, int count, boolean selected) {}
}
