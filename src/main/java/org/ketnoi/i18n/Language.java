package org.ketnoi.i18n;

import java.util.Locale;
import java.util.Optional;

/** A language the platform speaks. Vietnamese is the default. */
public enum Language {
    VI("vi", Locale.forLanguageTag("vi-VN")),
    ZH("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.forLanguageTag("en"));

    public static final Language DEFAULT = VI;

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag used in URLs, cookies and the API ({@code vi}, {@code zh-CN}, {@code en}). */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The short code used in column names and JSON keys ({@code vi}, {@code zh}, {@code en}). */
    public String code() {
        return locale.getLanguage();
    }

    /**
     * Reads a language tag leniently: {@code zh}, {@code zh-CN}, {@code zh_Hans}, {@code ZH} all mean
     * Chinese. Unknown or blank tags give an empty result.
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Language candidate : values()) {
            if (candidate.code().equalsIgnoreCase(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return fromTag(locale.toLanguageTag()).orElse(DEFAULT);
    }
}
