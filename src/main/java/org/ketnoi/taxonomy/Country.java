package org.ketnoi.taxonomy;

import java.util.Locale;
import java.util.Optional;

/** The two countries whose national tariffs and provinces the platform knows. */
public enum Country {
    VN,
    CN;

    /** Reads {@code VN}, {@code vn}, {@code CN}...; anything else gives an empty result. */
    public static Optional<Country> fromCode(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        for (Country country : values()) {
            if (country.name().equals(upper)) {
                return Optional.of(country);
            }
        }
        return Optional.empty();
    }

    /** The message key of the country's name. */
    public String messageKey() {
        return "taxonomy.country." + name();
    }
}
