package org.ketnoi.matching;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.HsSuggester;
import org.ketnoi.taxonomy.HsSuggestion;
import org.springframework.stereotype.Component;

/**
 * Reads HS subheadings from a listing's title in every language it is written in, through the
 * taxonomy's {@link HsSuggester} (which bridges Vietnamese, Chinese and English). Only the top
 * suggestions (at least {@value #CERTAINTY} of the best score, at most {@value #PER_TEXT} per text)
 * count: the suggester is often right about the heading and less often about the subheading, and the
 * engine uses these codes only to confirm what the declared codes already link. Results are cached by
 * text, since snapshots are rebuilt whenever listings change.
 */
@Component
public class ListingTextCodes {

    static final double CERTAINTY = 0.95;
    static final int PER_TEXT = 2;
    private static final int CACHE_LIMIT = 50_000;

    private final HsSuggester suggester;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    ListingTextCodes(HsSuggester suggester) {
        this.suggester = suggester;
    }

    /** The subheadings (6 digits) the title's texts point at, in any of its languages. */
    public Set<String> of(LocalizedText title) {
        Set<String> codes = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            title.exactly(language).ifPresent(text -> codes.addAll(ofText(text)));
        }
        return codes;
    }

    private Set<String> ofText(String text) {
        Set<String> cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (HsSuggestion suggestion : suggester.suggest(text, Language.EN, PER_TEXT)) {
            if (suggestion.score() >= CERTAINTY) {
                codes.add(suggestion.code().digits());
            }
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(text, Set.copyOf(codes));
        return codes;
    }
}
