package org.ketnoi.scheduling.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Places a left-out meeting whose two sides both have room under their caps but share no free slot:
 * one side is free in slot a, the other in slot b, so the meetings along the alternating chain that
 * starts at the second side's meeting in a (a, b, a, … between their participants) swap a and b, after
 * which both sides are free in a. This is the step of König's edge-colouring proof; the greedy, which
 * never moves a placed meeting, leaves such meetings out by the thousand on large events
 * (docs/scheduling.md). A chain is used only when every meeting on it may take its new slot (domain,
 * room, an interpreter) and none is pinned or published; otherwise everything is put back.
 */
final class ChainInsertion {

    private static final int LONGEST_CHAIN = 64;

    private final PlanAssignment assignment;
    private final PlanProblem problem;
    private final List<Integer> chain = new ArrayList<>();
    private final List<Integer> fromSlot = new ArrayList<>();
    private final List<Integer> fromInterpreter = new ArrayList<>();

    private final int[] preferredSession;

    /** {@code preferredSession[m]}: the session meeting m should rather go to, -1 for none. */
    ChainInsertion(PlanAssignment assignment, int[] preferredSession) {
        this.assignment = assignment;
        this.problem = assignment.problem();
        this.preferredSession = preferredSession.clone();
    }

    ChainInsertion(PlanAssignment assignment) {
        this(assignment, new int[0]);
    }

    /**
     * Tries to place unplaced meeting m: in its previous slot if it fits, else in the free slot next to
     * its sides' other meetings (in its preferred session if it has one), else through a chain; true when
     * placed.
     */
    boolean insert(int m) {
        PlanMeeting meeting = problem.meetings().get(m);
        if (assignment.slotOf(m) >= 0 || !room(meeting.first()) || !room(meeting.second())) {
            return false;
        }
        if (meeting.previousSlot() != PlanMeeting.NONE && assignment.fits(m, meeting.previousSlot())) {
            place(m, meeting.previousSlot());
            return true;
        }
        BitSet domain = assignment.domain(m);
        int preferred = m < preferredSession.length ? preferredSession[m] : -1;
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
            if (!assignment.fits(m, s)) {
                continue;
            }
            int score = 2 * assignment.adjacency(meeting.first(), s)
                    + 2 * assignment.adjacency(meeting.second(), s)
                    + (problem.slots().get(s).session() == preferred ? 1 : 0);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        if (best >= 0) {
            place(m, best);
            return true;
        }
        for (int side = 0; side < 2; side++) {
            int free = side == 0 ? meeting.first() : meeting.second();
            int other = side == 0 ? meeting.second() : meeting.first();
            for (int a = domain.nextSetBit(0); a >= 0; a = domain.nextSetBit(a + 1)) {
                if (assignment.busy(free, a) || !assignment.busy(other, a)) {
                    continue;
                }
                for (int b = 0; b < problem.slots().size(); b++) {
                    if (b != a
                            && !assignment.busy(other, b)
                            && problem.participants().get(other).availableIn(b)
                            && flip(other, a, b, free)) {
                        if (assignment.fits(m, a)) {
                            place(m, a);
                            return true;
                        }
                        undo();
                    }
                }
            }
        }
        return false;
    }

    private boolean room(int participant) {
        return assignment.count(participant)
                < problem.participants().get(participant).maxMeetings();
    }

    /**
     * Swaps slots a and b along the chain from {@code start}'s meeting in a; false (and nothing changed)
     * when the chain is too long, reaches {@code avoid}, or a meeting on it cannot take its new slot.
     */
    private boolean flip(int start, int a, int b, int avoid) {
        chain.clear();
        fromSlot.clear();
        fromInterpreter.clear();
        int at = start;
        int colour = a;
        int next = b;
        while (true) {
            int e = assignment.occupant(at, colour);
            if (e < 0) {
                break;
            }
            PlanMeeting meeting = problem.meetings().get(e);
            if (chain.size() == LONGEST_CHAIN
                    || meeting.pinnedSlot() != PlanMeeting.NONE
                    || meeting.previousSlot() != PlanMeeting.NONE
                    || !assignment.domain(e).get(next)) {
                chain.clear();
                return false;
            }
            chain.add(e);
            at = meeting.first() == at ? meeting.second() : meeting.first();
            if (at == avoid || at == start) {
                chain.clear();
                return false;
            }
            int swap = colour;
            colour = next;
            next = swap;
        }
        for (int e : chain) {
            fromSlot.add(assignment.slotOf(e));
            fromInterpreter.add(assignment.interpreterOf(e));
            assignment.remove(e);
        }
        for (int j = 0; j < chain.size(); j++) {
            int e = chain.get(j);
            int target = fromSlot.get(j) == a ? b : a;
            PlanMeeting meeting = problem.meetings().get(e);
            int interpreter = Placement.NO_INTERPRETER;
            if (meeting.needsInterpreter()) {
                interpreter = assignment.freeInterpreter(e, target);
            }
            if (assignment.roomLeft(meeting, target) <= 0
                    || (meeting.needsInterpreter() && interpreter == Placement.NO_INTERPRETER)) {
                for (int k = 0; k < j; k++) {
                    assignment.remove(chain.get(k));
                }
                restore();
                return false;
            }
            assignment.place(e, target, interpreter);
        }
        return true;
    }

    /** Takes the flipped chain back to where it was. */
    private void undo() {
        for (int e : chain) {
            assignment.remove(e);
        }
        restore();
    }

    private void restore() {
        for (int j = 0; j < chain.size(); j++) {
            assignment.place(chain.get(j), fromSlot.get(j), fromInterpreter.get(j));
        }
        chain.clear();
    }

    private void place(int m, int s) {
        assignment.place(m, s, assignment.freeInterpreter(m, s));
    }
}
