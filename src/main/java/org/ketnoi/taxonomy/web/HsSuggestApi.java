package org.ketnoi.taxonomy.web;

import java.util.List;
import java.util.Locale;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.taxonomy.HsSuggester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HS codes for a product described in free text. The literal path {@code /api/v1/hs/suggest} wins over
 * {@code /api/v1/hs/{code}} in Spring's matching, and "suggest" is never a code anyway.
 */
@RestController
class HsSuggestApi {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;

    private final HsSuggester suggester;

    HsSuggestApi(HsSuggester suggester) {
        this.suggester = suggester;
    }

    record SuggestionJson(String code, String name, double score) {}

    @GetMapping("/api/v1/hs/suggest")
    List<SuggestionJson> suggest(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
            Locale locale) {
        if (q.isBlank()) {
            throw new InvalidInputException("q", "taxonomy.suggest.blank");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "taxonomy.suggest.limit", MAX_LIMIT);
        }
        return suggester.suggest(q, Language.of(locale), limit).stream()
                .map(suggestion ->
                        new SuggestionJson(suggestion.code().digits(), suggestion.name(), suggestion.score()))
                .toList();
    }
}
