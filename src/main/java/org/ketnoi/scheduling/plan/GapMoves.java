package org.ketnoi.scheduling.plan;

import java.util.BitSet;
import java.util.List;

/**
 * Hill climbing on the levels below weight: a placed meeting moves to another slot, or two meetings of
 * one participant swap slots, when that moves fewer published meetings away from their slot, or as
 * many and leaves fewer idle gaps for the sides involved; weight and spread do not change (nothing is
 * added or taken out). On large events the CP-SAT windows reach only a few hundred participants a
 * second, so this pass takes the bulk of the gaps down first (docs/benchmarks.md). Pinned meetings do
 * not move.
 */
final class GapMoves {

    private final PlanAssignment assignment;
    private final PlanProblem problem;
    private final List<List<Integer>> meetingsOf;

    GapMoves(PlanAssignment assignment) {
        this.assignment = assignment;
        this.problem = assignment.problem();
        this.meetingsOf = problem.meetingsByParticipant();
    }

    /** Improves until no move helps or the deadline passes; returns how many moves were made. */
    int run(long deadlineNanos) {
        int made = 0;
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos) {
            improved = false;
            for (int m = 0; m < problem.meetings().size(); m++) {
                if ((m & 255) == 0 && System.nanoTime() >= deadlineNanos) {
                    return made;
                }
                if (move(m)) {
                    made++;
                    improved = true;
                }
            }
            for (int p = 0; p < meetingsOf.size() && System.nanoTime() < deadlineNanos; p++) {
                if (assignment.gaps(p) > 0 && swapAround(p)) {
                    made++;
                    improved = true;
                }
            }
        }
        return made;
    }

    /** Moves placed meeting m to its best other slot if that is better; true when it moved. */
    private boolean move(int m) {
        int from = assignment.slotOf(m);
        PlanMeeting meeting = problem.meetings().get(m);
        if (from < 0 || meeting.pinnedSlot() != PlanMeeting.NONE) {
            return false;
        }
        int interpreter = assignment.interpreterOf(m);
        long before = cost(m, from);
        assignment.remove(m);
        BitSet domain = assignment.domain(m);
        int best = -1;
        long bestCost = before;
        for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
            if (s == from || !assignment.fits(m, s)) {
                continue;
            }
            assignment.place(m, s, assignment.freeInterpreter(m, s));
            long cost = cost(m, s);
            assignment.remove(m);
            if (cost < bestCost) {
                best = s;
                bestCost = cost;
            }
        }
        if (best < 0) {
            assignment.place(m, from, interpreter);
            return false;
        }
        assignment.place(m, best, assignment.freeInterpreter(m, best));
        return true;
    }

    /**
     * For a participant with gaps: swaps the slots of two of its meetings when their partners are free
     * for it and the partners' gaps go down (the participant's own busy slots stay the same); true
     * when something changed.
     */
    private boolean swapAround(int p) {
        List<Integer> mine = meetingsOf.get(p);
        for (int i = 0; i < mine.size(); i++) {
            int a = mine.get(i);
            if (!movable(a)) {
                continue;
            }
            for (int j = i + 1; j < mine.size(); j++) {
                int b = mine.get(j);
                if (movable(b) && swap(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean movable(int m) {
        return assignment.slotOf(m) >= 0 && problem.meetings().get(m).pinnedSlot() == PlanMeeting.NONE;
    }

    /** Swaps the slots of meetings a and b when both fit and the cost of their sides goes down. */
    private boolean swap(int a, int b) {
        int slotA = assignment.slotOf(a);
        int slotB = assignment.slotOf(b);
        int interpreterA = assignment.interpreterOf(a);
        int interpreterB = assignment.interpreterOf(b);
        long before = cost(a, slotA) + cost(b, slotB);
        assignment.remove(a);
        assignment.remove(b);
        if (assignment.fits(a, slotB)) {
            assignment.place(a, slotB, assignment.freeInterpreter(a, slotB));
            if (assignment.fits(b, slotA)) {
                assignment.place(b, slotA, assignment.freeInterpreter(b, slotA));
                if (cost(a, slotB) + cost(b, slotA) < before) {
                    return true;
                }
                assignment.remove(b);
            }
            assignment.remove(a);
        }
        assignment.place(a, slotA, interpreterA);
        assignment.place(b, slotB, interpreterB);
        return false;
    }

    /** Moved-from-previous first, then the idle gaps of the meeting's two sides. */
    private long cost(int m, int slot) {
        PlanMeeting meeting = problem.meetings().get(m);
        boolean moved = meeting.previousSlot() != PlanMeeting.NONE && meeting.previousSlot() != slot;
        return (moved ? 1_000_000L : 0) + assignment.gaps(meeting.first()) + assignment.gaps(meeting.second());
    }
}
