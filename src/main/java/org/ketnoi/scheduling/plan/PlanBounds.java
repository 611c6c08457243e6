package org.ketnoi.scheduling.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** Upper bounds on what any plan can place, from the problem alone. */
public final class PlanBounds {

    private PlanBounds() {}

    /**
     * The weight of the meetings that could be placed on their own (a common slot, an interpreter free
     * in one of them), and no more than half the sum, over participants, of the weight of each
     * participant's heaviest such meetings up to what it can take (its cap and its available slots):
     * every placed meeting counts for both its sides. (Subtracting each participant's lightest excess
     * meetings one participant after another is not a bound: two participants' excess can be one and the
     * same meeting.)
     */
    public static long weightBound(PlanProblem problem) {
        boolean[] possible = new boolean[problem.meetings().size()];
        long total = 0;
        for (int m = 0; m < possible.length; m++) {
            possible[m] = placeableAlone(problem, m);
            if (possible[m]) {
                total += problem.meetings().get(m).weight();
            }
        }
        long sides = 0;
        List<List<Integer>> byParticipant = problem.meetingsByParticipant();
        for (int p = 0; p < byParticipant.size(); p++) {
            PlanParticipant participant = problem.participants().get(p);
            int capacity =
                    Math.min(participant.maxMeetings(), participant.available().cardinality());
            List<Integer> weights = new ArrayList<>();
            for (int m : byParticipant.get(p)) {
                if (possible[m]) {
                    weights.add(problem.meetings().get(m).weight());
                }
            }
            weights.sort(Comparator.reverseOrder());
            for (int i = 0; i < Math.min(capacity, weights.size()); i++) {
                sides += weights.get(i);
            }
        }
        return Math.min(total, sides / 2);
    }

    static boolean placeableAlone(PlanProblem problem, int m) {
        BitSet domain = problem.domain(m);
        PlanMeeting meeting = problem.meetings().get(m);
        for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
            int capacity = meeting.online()
                    ? problem.onlineRoomsPerSlot()
                    : problem.pools().get(meeting.pool()).capacityIn(s);
            if (capacity > 0 && (!meeting.needsInterpreter() || interpreterFree(problem, meeting, s))) {
                return true;
            }
        }
        return false;
    }

    static boolean interpreterFree(PlanProblem problem, PlanMeeting meeting, int slot) {
        for (int i : meeting.interpreters()) {
            if (problem.interpreters().get(i).availableIn(slot)) {
                return true;
            }
        }
        return false;
    }
}
