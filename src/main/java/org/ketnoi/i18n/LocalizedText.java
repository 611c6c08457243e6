package org.ketnoi.i18n;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Text a user wrote in one or more of the platform's languages. Blank values count as absent. A
 * reader gets their own language if present, then English, then Vietnamese, then Chinese: English is
 * the usual bridge between Vietnamese and Chinese readers.
 */
public record LocalizedText(
        @Nullable String vi, @Nullable String zh, @Nullable String en) {

    private static final List<Language> FALLBACK = List.of(Language.EN, Language.VI, Language.ZH);

    public LocalizedText {
        vi = clean(vi);
        zh = clean(zh);
        en = clean(en);
    }

    public static LocalizedText of(Language language, String text) {
        return switch (language) {
            case VI -> new LocalizedText(text, null, null);
            case ZH -> new LocalizedText(null, text, null);
            case EN -> new LocalizedText(null, null, text);
        };
    }

    public static LocalizedText empty() {
        return new LocalizedText(null, null, null);
    }

    /** The text exactly in that language, if written. */
    public Optional<String> exactly(Language language) {
        return Optional.ofNullable(
                switch (language) {
                    case VI -> vi;
                    case ZH -> zh;
                    case EN -> en;
                });
    }

    /** The text for a reader of that language, falling back to another language when missing. */
    public String in(Language language) {
        return resolve(language).map(Map.Entry::getValue).orElse("");
    }

    /** The language {@link #in(Language)} actually uses for that reader, if any text exists. */
    public Optional<Language> languageFor(Language reader) {
        return resolve(reader).map(Map.Entry::getKey);
    }

    public boolean isEmpty() {
        return vi == null && zh == null && en == null;
    }

    public Map<Language, String> asMap() {
        Map<Language, String> map = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            exactly(language).ifPresent(text -> map.put(language, text));
        }
        return map;
    }

    private Optional<Map.Entry<Language, String>> resolve(Language reader) {
        Optional<String> own = exactly(reader);
        if (own.isPresent()) {
            return Optional.of(Map.entry(reader, own.get()));
        }
        for (Language fallback : FALLBACK) {
            Optional<String> text = exactly(fallback);
            if (text.isPresent()) {
                return Optional.of(Map.entry(fallback, text.get()));
            }
        }
        return Optional.empty();
    }

    private static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
