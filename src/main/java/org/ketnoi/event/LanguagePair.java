package org.ketnoi.event;

import java.util.Optional;
import org.ketnoi.i18n.Language;

/**
 * Two different languages an interpreter works between, kept in the enum's order (VI before ZH before
 * EN) so that vi–zh and zh–vi are one pair. Written as {@code VI-ZH} in storage.
 */
public record LanguagePair(Language first, Language second) {

    public LanguagePair {
        if (first == second) {
            throw new IllegalArgumentException("A language pair needs two different languages");
        }
        if (first.compareTo(second) > 0) {
            Language swap = first;
            first = second;
            second = swap;
        }
    }

    public static LanguagePair of(Language a, Language b) {
        return new LanguagePair(a, b);
    }

    /** Reads {@code VI-ZH}, {@code vi-zh} or {@code zh–vi}; anything else gives an empty result. */
    public static Optional<LanguagePair> parse(String text) {
        String[] parts = text.trim().split("\\s*[-–]\\s*");
        if (parts.length != 2) {
            return Optional.empty();
        }
        Optional<Language> a = Language.fromTag(parts[0]);
        Optional<Language> b = Language.fromTag(parts[1]);
        if (a.isEmpty() || b.isEmpty() || a.get() == b.get()) {
            return Optional.empty();
        }
        return Optional.of(new LanguagePair(a.get(), b.get()));
    }

    public boolean covers(Language a, Language b) {
        return a != b && equals(new LanguagePair(a, b));
    }

    @Override
    public String toString() {
        return first.name() + "-" + second.name();
    }
}
