package org.ketnoi.scheduling.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Upper bounds on what any plan can place, from the problem alone. */
public final class PlanBounds {

    private PlanBounds() {}

    /**
     * The weight of the meetings that could be placed on their own (a common slot, an interpreter free
     * in one of them), less, for each participant, the lightest of its meetings beyond what it can take
     * (its cap and its available slots). Each participant's excess is counted only once per meeting.
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
        boolean[] dropped = new boolean[possible.length];
        List<List<Integer>> byParticipant = problem.meetingsByParticipant();
        for (int p = 0; p < byParticipant.size(); p++) {
            PlanParticipant participant = problem.participants().get(p);
            int capacity =
                    Math.min(participant.maxMeetings(), participant.available().cardinality());
            List<Integer> mine = new ArrayList<>();
            for (int m : byParticipant.get(p)) {
                if (possible[m] && !dropped[m]) {
                    mine.add(m);
                }
            }
            mine.sort((a, b) -> Integer.compare(
                    problem.meetings().get(a).weight(),
                    problem.meetings().get(b).weight()));
            for (int i = 0; i < mine.size() - capacity; i++) {
                dropped[mine.get(i)] = true;
                total -= problem.meetings().get(mine.get(i)).weight();
            }
        }
        return total;
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
