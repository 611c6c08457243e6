package org.ketnoi.taxonomy;

import java.util.Locale;

/** The depth of an HS code: 2, 4 and 6 digits are international; 8 digits belong to one country's tariff. */
public enum HsLevel {
    CHAPTER(2),
    HEADING(4),
    SUBHEADING(6),
    NATIONAL(8);

    private final int digits;

    HsLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    /** The lower-case name used in JSON and message keys. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static HsLevel ofDigits(int length) {
        for (HsLevel level : values()) {
            if (level.digits == length) {
                return level;
            }
        }
        throw new IllegalArgumentException("HS codes have 2, 4, 6 or 8 digits, not " + length);
    }
}
