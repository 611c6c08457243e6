package org.ketnoi.matching;

import java.util.List;
import org.ketnoi.catalog.Listing;
import org.ketnoi.company.CompanyProfile;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationId;

/**
 * A recommended partner as a reader sees it.
 *
 * @param score 0–100, mutual
 * @param reasons in the reader's language, strongest first
 * @param listings the partner's published listings at the time of computing
 */
public record PartnerRecommendation(
        ParticipationId partner,
        CompanyProfile company,
        ParticipantRole role,
        double score,
        List<ReasonText> reasons,
        List<Listing> listings) {}
