package org.ketnoi.matching.engine;

/** How closely two HS codes agree, strongest first. */
public enum MatchLevel {
    /** Same subheading (6 digits) or national line. */
    SUBHEADING(1.0),
    /** One side gave only the heading (4 digits) and the other's code lies within it. */
    WITHIN_HEADING(0.8),
    /** Same heading, different subheadings. */
    HEADING(0.5),
    /** Same chapter (2 digits) only. */
    CHAPTER(0.2);

    private final double strength;

    MatchLevel(double strength) {
        this.strength = strength;
    }

    public double strength() {
        return strength;
    }

    /** The level of two HS codes given as digits, or null when not even the chapter agrees. */
    public static @org.jspecify.annotations.Nullable MatchLevel of(String a, String b) {
        int common = 0;
        int max = Math.min(a.length(), b.length());
        while (common < max && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        if (common >= 6) {
            return SUBHEADING;
        }
        if (common >= 4) {
            return a.length() == 4 || b.length() == 4 ? WITHIN_HEADING : HEADING;
        }
        return common >= 2 ? CHAPTER : null;
    }
}
