package org.ketnoi.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.company.CompanyProfile;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.matching.engine.ExposureBalancer;

/**
 * The organisers' view of an event's matches: every approved participant with its best matches, or
 * why it has no good one, and how evenly recommendations are spread.
 *
 * @param goodScore the score from which a match counts as good
 */
public record MatchOverview(List<Row> rows, ExposureBalancer.Stats exposure, MatchSettings settings, int goodScore) {

    /**
     * @param bestScore the best score in the participant's list, 0 when empty
     * @param goodMatches partners at or above the good score
     * @param top the best few partners
     * @param problem why there is no good match, as a message key ({@code reco.problem.*}); null when there is one
     */
    public record Row(
            ParticipationId participation,
            CompanyProfile company,
            ParticipantRole role,
            double bestScore,
            int goodMatches,
            List<PartnerRecommendation> top,
            @Nullable String problem) {}

    public long wellMatched() {
        return rows.stream().filter(row -> row.problem() == null).count();
    }
}
