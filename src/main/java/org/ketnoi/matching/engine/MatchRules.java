package org.ketnoi.matching.engine;

import org.ketnoi.event.ParticipantRole;

/**
 * An event's rules for which pairs may be recommended.
 *
 * @param vietnamChinaOnly only pairs of a Vietnamese and a Chinese company
 * @param buyerSellerOnly only pairs of a buyer and a seller
 */
public record MatchRules(boolean vietnamChinaOnly, boolean buyerSellerOnly) {

    public static final MatchRules NONE = new MatchRules(false, false);

    public boolean allows(MatchParty a, MatchParty b) {
        if (vietnamChinaOnly && !(isPair(a.country(), b.country(), "VN", "CN"))) {
            return false;
        }
        return !buyerSellerOnly
                || (a.role() == ParticipantRole.BUYER && b.role() == ParticipantRole.SELLER)
                || (a.role() == ParticipantRole.SELLER && b.role() == ParticipantRole.BUYER);
    }

    private static boolean isPair(String x, String y, String first, String second) {
        return (x.equals(first) && y.equals(second)) || (x.equals(second) && y.equals(first));
    }
}
