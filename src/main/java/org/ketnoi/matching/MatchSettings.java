package org.ketnoi.matching;

import org.ketnoi.matching.engine.MatchRules;

/**
 * An event's matching rules as its organisers set them; events without a row use {@link #DEFAULTS}.
 *
 * @param vietnamChinaOnly recommend only pairs of a Vietnamese and a Chinese company
 * @param buyerSellerOnly recommend only pairs of a buyer and a seller
 */
public record MatchSettings(boolean vietnamChinaOnly, boolean buyerSellerOnly) {

    public static final MatchSettings DEFAULTS = new MatchSettings(false, false);

    MatchRules rules() {
        return new MatchRules(vietnamChinaOnly, buyerSellerOnly);
    }
}
