package org.ketnoi.search.web;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.Language;
import org.ketnoi.search.Facet;
import org.ketnoi.search.SearchRequest;
import org.springframework.util.MultiValueMap;

/**
 * Reads a search from request parameters, the same for the page and the API: {@code q}, {@code lang},
 * {@code event}, {@code page} and one repeatable parameter per facet ({@code kind=OFFER&kind=NEED}).
 * Anything unreadable is ignored rather than refused: a search box should not answer with an error.
 */
final class SearchParameters {

    private static final int MAX_VALUES = 50;

    private SearchParameters() {}

    static SearchRequest read(MultiValueMap<String, String> params, Locale locale) {
        String lang = params.getFirst("lang");
        Language reader =
                lang == null ? Language.of(locale) : Language.fromTag(lang).orElse(Language.of(locale));
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.key(), List.of());
            Set<String> kept = new LinkedHashSet<>();
            values.stream()
                    .filter(value -> !value.isBlank())
                    .limit(MAX_VALUES)
                    .forEach(value -> kept.add(value.strip()));
            if (!kept.isEmpty()) {
                filters.put(facet, kept);
            }
        }
        return new SearchRequest(
                text(params.getFirst("q")),
                reader,
                blankToNull(params.getFirst("event")),
                filters,
                page(params.getFirst("page")));
    }

    private static String text(@Nullable String q) {
        return q == null ? "" : q;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int page(@Nullable String page) {
        if (page == null) {
            return 1;
        }
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
