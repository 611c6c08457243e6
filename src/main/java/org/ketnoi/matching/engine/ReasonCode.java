package org.ketnoi.matching.engine;

/**
 * Why a partner is recommended (or what stands in the way), shown as {@code reco.reason.<code>} in the
 * reader's language. Product reasons carry: the partner's HS code, the partner's listing id, the
 * reader's listing id, the {@link MatchLevel}, and whether the texts agree ("true"/"false").
 */
public enum ReasonCode {
    /** The partner needs what the reader offers. */
    THEY_BUY_YOU_SELL,
    /** The partner offers what the reader needs. */
    THEY_SELL_YOU_BUY,
    /** Both have investment listings on the same products. */
    INVESTMENT,
    /** Both have technology listings on the same products. */
    TECHNOLOGY,
    /** Argument: certification code. */
    THEY_REQUIRE_YOU_HAVE,
    THEY_REQUIRE_YOU_LACK,
    YOU_REQUIRE_THEY_HAVE,
    YOU_REQUIRE_THEY_LACK,
    /** Argument: the partner's country, which the reader targets. */
    YOUR_TARGET_MARKET,
    /** Argument: the reader's country, which the partner targets. */
    THEY_TARGET_YOUR_MARKET,
    /** Argument: sector code. */
    COMMON_SECTOR,
    SIMILAR_SIZE,
    /** Argument: language code. */
    COMMON_LANGUAGE,
    /** Arguments: the reader's language code, the partner's language code. */
    INTERPRETER_NEEDED,
    /**
     * No common language, but an interpreter of the event covers the pair where they would meet.
     * Arguments: the reader's language code, the partner's language code.
     */
    INTERPRETER_AVAILABLE;

    public String key() {
        return "reco.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
