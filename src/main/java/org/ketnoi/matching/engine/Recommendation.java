package org.ketnoi.matching.engine;

import java.util.List;

/**
 * A recommended partner for one reader.
 *
 * @param partner the partner's participation id
 * @param score 0–100, the mutual score
 * @param readerGain how well the partner fits the reader (0–1)
 * @param partnerGain how well the reader fits the partner (0–1)
 * @param product the strength of the best complementary listing pair (0–1); 0 when only sectors match
 */
public record Recommendation(
        long partner,
        long partnerCompany,
        double score,
        double readerGain,
        double partnerGain,
        double product,
        List<Reason> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
