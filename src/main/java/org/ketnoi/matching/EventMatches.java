package org.ketnoi.matching;

import java.util.List;
import java.util.Map;
import org.ketnoi.catalog.Listing;
import org.ketnoi.company.CompanyProfile;
import org.ketnoi.event.Participation;
import org.ketnoi.matching.engine.EventSnapshot;
import org.ketnoi.matching.engine.ExposureBalancer;
import org.ketnoi.matching.engine.Recommendation;

/**
 * One event's computed recommendations and what is needed to show them: the snapshot they were
 * computed from, every participant's balanced list, the companies' profiles and the listings the
 * reasons refer to.
 *
 * @param fingerprint what the approved participants were when computed; another value means stale
 */
record EventMatches(
        long fingerprint,
        EventSnapshot snapshot,
        ExposureBalancer.Result result,
        Map<Long, Participation> participations,
        Map<Long, CompanyProfile> companies,
        Map<Long, Listing> listings) {

    List<Recommendation> balancedFor(long participation) {
        return snapshot.indexOf(participation)
                .map(index -> result.balanced().get(index))
                .orElse(List.of());
    }

    boolean involves(long company) {
        return companies.containsKey(company);
    }

    static long fingerprint(List<Participation> approved) {
        long hash = 17;
        for (Participation p : approved) {
            hash = hash * 31 + p.id().value();
            hash = hash * 31 + p.company().value();
            hash = hash * 31 + p.role().ordinal();
            hash = hash * 31 + p.languages().hashCode();
            hash = hash * 31 + p.connectionPoint();
            hash = hash * 31 + p.attendance().ordinal();
        }
        return hash * 31 + approved.size();
    }
}
