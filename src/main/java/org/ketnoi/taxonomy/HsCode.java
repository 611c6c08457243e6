package org.ketnoi.taxonomy;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An HS code as normalised digits: 2 (chapter), 4 (heading), 6 (subheading) or 8 (a national tariff
 * line, which then names its country because Vietnam's and China's 8-digit lines differ).
 *
 * @param digits only the digits, e.g. {@code 090111}
 * @param country the tariff of a national line; null for the international levels
 */
public record HsCode(String digits, @Nullable Country country) implements Comparable<HsCode> {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{8}");

    public HsCode {
        if (!DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("Not an HS code: " + digits);
        }
        if ((digits.length() == 8) != (country != null)) {
            throw new IllegalArgumentException("Exactly the 8-digit lines name a country: " + digits);
        }
    }

    /**
     * Reads a code the way people write it: {@code 0901.11}, {@code 090111}, {@code 0901 11 10},
     * {@code 0901-11}. Eight digits without a country are read as Vietnam's line; use
     * {@link #parse(String, Country)} to choose. Anything else gives an empty result.
     */
    public static Optional<HsCode> parse(@Nullable String text) {
        return parse(text, Country.VN);
    }

    /** Like {@link #parse(String)}, with the country an 8-digit line belongs to. */
    public static Optional<HsCode> parse(@Nullable String text, Country nationalCountry) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (!DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        return Optional.of(new HsCode(digits, digits.length() == 8 ? nationalCountry : null));
    }

    /** The code of an international level (2, 4 or 6 digits). */
    public static HsCode of(String digits) {
        return new HsCode(digits, null);
    }

    public static HsCode national(String digits, Country country) {
        return new HsCode(digits, country);
    }

    public HsLevel level() {
        return HsLevel.ofDigits(digits.length());
    }

    /** The code one level up; a chapter has none. */
    public Optional<HsCode> parent() {
        return digits.length() == 2 ? Optional.empty() : Optional.of(of(digits.substring(0, digits.length() - 2)));
    }

    public HsCode chapter() {
        return of(digits.substring(0, 2));
    }

    /** The chapter as a number (chapter {@code 09} is 9), the way tariffs name chapters in prose. */
    public int chapterNumber() {
        return Integer.parseInt(digits.substring(0, 2));
    }

    /** Whether this code is the other one or lies below it ({@code 090111} is within {@code 09}). */
    public boolean isWithin(HsCode other) {
        return digits.startsWith(other.digits) && (other.country == null || other.country == country);
    }

    /** The customary written form: {@code 09}, {@code 0901}, {@code 0901.11}, {@code 0901.11.30}. */
    public String display() {
        return switch (digits.length()) {
            case 2, 4 -> digits;
            case 6 -> digits.substring(0, 4) + "." + digits.substring(4);
            default -> digits.substring(0, 4) + "." + digits.substring(4, 6) + "." + digits.substring(6);
        };
    }

    @Override
    public int compareTo(HsCode other) {
        int byDigits = digits.compareTo(other.digits);
        if (byDigits != 0 || country == other.country) {
            return byDigits;
        }
        return country == null ? -1 : other.country == null ? 1 : country.compareTo(other.country);
    }

    @Override
    public String toString() {
        return country == null ? display() : country + " " + display();
    }
}
