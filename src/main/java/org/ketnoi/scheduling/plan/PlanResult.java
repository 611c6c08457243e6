package org.ketnoi.scheduling.plan;

import java.util.List;

/**
 * A plan: the placements, the meetings left out with a reason, the weight placed and an upper bound on
 * the weight any plan could place, the number of idle gaps (per participant and session, runs of idle
 * slots between two of its meetings, summed) and how many placed meetings left their previous slot.
 */
public record PlanResult(
        PlanStatus status,
        List<Placement> placements,
        List<Unplaced> unplaced,
        long weight,
        long weightBound,
        int gaps,
        int moved) {

    public PlanResult {
        placements = List.copyOf(placements);
        unplaced = List.copyOf(unplaced);
    }
}
