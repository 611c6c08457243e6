package org.ketnoi.matching.engine;

/**
 * The best agreement between one listing of the reader and one complementary listing of the partner.
 *
 * @param partnerCode the partner's HS code that agreed (digits)
 * @param textAgrees whether the two texts point at the same subheading as well
 * @param strength 0–1: the level's strength, raised a little when the texts agree
 */
record ProductMatch(
        MatchListing mine,
        MatchListing theirs,
        MatchLevel level,
        String partnerCode,
        boolean textAgrees,
        double strength) {

    /** Share of the gap to a full match that agreeing texts close. */
    static final double TEXT_LIFT = 0.3;

    static @org.jspecify.annotations.Nullable ProductMatch of(MatchListing mine, MatchListing theirs) {
        if (theirs.kind() != mine.complement()) {
            return null;
        }
        MatchLevel best = null;
        String code = "";
        for (String a : mine.codes()) {
            for (String b : theirs.codes()) {
                MatchLevel level = MatchLevel.of(a, b);
                if (level != null && (best == null || level.strength() > best.strength())) {
                    best = level;
                    code = b;
                }
            }
        }
        if (best == null) {
            // The declared codes are the strongest evidence: text alone never links two chapters.
            return null;
        }
        boolean text = textAgrees(mine, theirs);
        double strength = best.strength() + (text ? (1 - best.strength()) * TEXT_LIFT : 0);
        return new ProductMatch(mine, theirs, best, code, text, strength);
    }

    private static boolean textAgrees(MatchListing a, MatchListing b) {
        for (String code : a.textCodes()) {
            if (b.textCodes().contains(code) || declares(b, code)) {
                return true;
            }
        }
        for (String code : b.textCodes()) {
            if (declares(a, code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declares(MatchListing listing, String subheading) {
        for (String code : listing.codes()) {
            if (code.length() >= 6 && code.startsWith(subheading)) {
                return true;
            }
        }
        return false;
    }
}
