package org.ketnoi.scheduling.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A complete plan the optimiser changes in place: each meeting's slot and interpreter and the resources
 * they use, so that a window of meetings can be taken out, re-planned and put back (or restored), and
 * the lexicographic score recomputed in time linear in the problem.
 */
final class PlanAssignment {

    private final PlanProblem problem;
    private final int[] slotOf;
    private final int[] interpreterOf;
    private final BitSet[] busy;
    private final int[] count;
    private final int[][] poolUsed;
    private final int[] onlineUsed;
    private final BitSet[] interpreterBusy;
    private final int[] placeable;
    private final int[] occupant;
    private final BitSet[] domains;
    private final int[][] roomMembers;
    private final int[] roomSize;
    private final int[] roomPosition;

    PlanAssignment(PlanProblem problem) {
        this.problem = problem;
        int slots = problem.slots().size();
        slotOf = new int[problem.meetings().size()];
        interpreterOf = new int[slotOf.length];
        Arrays.fill(slotOf, -1);
        Arrays.fill(interpreterOf, Placement.NO_INTERPRETER);
        busy = new BitSet[problem.participants().size()];
        for (int p = 0; p < busy.length; p++) {
            busy[p] = new BitSet(slots);
        }
        count = new int[busy.length];
        poolUsed = new int[problem.pools().size()][slots];
        onlineUsed = new int[slots];
        interpreterBusy = new BitSet[problem.interpreters().size()];
        for (int i = 0; i < interpreterBusy.length; i++) {
            interpreterBusy[i] = new BitSet(slots);
        }
        occupant = new int[busy.length * slots];
        Arrays.fill(occupant, -1);
        roomMembers = new int[(problem.pools().size() + 1) * slots][4];
        roomSize = new int[roomMembers.length];
        roomPosition = new int[slotOf.length];
        placeable = new int[busy.length];
        domains = new BitSet[slotOf.length];
        for (int m = 0; m < slotOf.length; m++) {
            domains[m] = problem.domain(m);
        }
        for (int m = 0; m < slotOf.length; m++) {
            if (PlanBounds.placeableAlone(problem, m)) {
                placeable[problem.meetings().get(m).first()]++;
                placeable[problem.meetings().get(m).second()]++;
            }
        }
    }

    static PlanAssignment of(PlanProblem problem, List<Placement> placements) {
        PlanAssignment assignment = new PlanAssignment(problem);
        for (Placement p : placements) {
            assignment.place(p.meeting(), p.slot(), p.interpreter());
        }
        return assignment;
    }

    PlanProblem problem() {
        return problem;
    }

    int slotOf(int m) {
        return slotOf[m];
    }

    int interpreterOf(int m) {
        return interpreterOf[m];
    }

    boolean busy(int participant, int slot) {
        return busy[participant].get(slot);
    }

    /** {@link PlanState#adjacency(int, int)} in this plan. */
    int adjacency(int participant, int slot) {
        return PlanState.adjacency(problem, busy[participant], slot);
    }

    int count(int participant) {
        return count[participant];
    }

    /** How many of the participant's meetings could be placed on their own. */
    int placeable(int participant) {
        return placeable[participant];
    }

    int roomLeft(PlanMeeting meeting, int slot) {
        return meeting.online()
                ? problem.onlineRoomsPerSlot() - onlineUsed[slot]
                : problem.pools().get(meeting.pool()).capacityIn(slot) - poolUsed[meeting.pool()][slot];
    }

    boolean interpreterFree(int interpreter, int slot) {
        return problem.interpreters().get(interpreter).availableIn(slot) && !interpreterBusy[interpreter].get(slot);
    }

    void place(int m, int s, int interpreter) {
        PlanMeeting meeting = problem.meetings().get(m);
        busy[meeting.first()].set(s);
        busy[meeting.second()].set(s);
        count[meeting.first()]++;
        count[meeting.second()]++;
        if (meeting.online()) {
            onlineUsed[s]++;
        } else {
            poolUsed[meeting.pool()][s]++;
        }
        if (interpreter != Placement.NO_INTERPRETER) {
            interpreterBusy[interpreter].set(s);
        }
        int slots = problem.slots().size();
        occupant[meeting.first() * slots + s] = m;
        occupant[meeting.second() * slots + s] = m;
        int room = room(meeting, s);
        if (roomSize[room] == roomMembers[room].length) {
            roomMembers[room] = Arrays.copyOf(roomMembers[room], roomSize[room] * 2);
        }
        roomPosition[m] = roomSize[room];
        roomMembers[room][roomSize[room]++] = m;
        slotOf[m] = s;
        interpreterOf[m] = interpreter;
    }

    void remove(int m) {
        int s = slotOf[m];
        if (s < 0) {
            return;
        }
        PlanMeeting meeting = problem.meetings().get(m);
        busy[meeting.first()].clear(s);
        busy[meeting.second()].clear(s);
        count[meeting.first()]--;
        count[meeting.second()]--;
        if (meeting.online()) {
            onlineUsed[s]--;
        } else {
            poolUsed[meeting.pool()][s]--;
        }
        if (interpreterOf[m] != Placement.NO_INTERPRETER) {
            interpreterBusy[interpreterOf[m]].clear(s);
        }
        int slots = problem.slots().size();
        occupant[meeting.first() * slots + s] = -1;
        occupant[meeting.second() * slots + s] = -1;
        int room = room(meeting, s);
        int last = roomMembers[room][--roomSize[room]];
        roomMembers[room][roomPosition[m]] = last;
        roomPosition[last] = roomPosition[m];
        slotOf[m] = -1;
        interpreterOf[m] = Placement.NO_INTERPRETER;
    }

    private int room(PlanMeeting meeting, int s) {
        return (meeting.pool() + 1) * problem.slots().size() + s;
    }

    /** The slots meeting m may take on its own (do not change the set). */
    BitSet domain(int m) {
        return domains[m];
    }

    /** The meeting the participant has in the slot, or -1. */
    int occupant(int participant, int slot) {
        return occupant[participant * problem.slots().size() + slot];
    }

    /** The meetings placed in the slot in the same pool (or online) as {@code meeting}. */
    int[] roomMembers(PlanMeeting meeting, int slot) {
        int room = room(meeting, slot);
        return Arrays.copyOf(roomMembers[room], roomSize[room]);
    }

    /** Whether meeting m fits in slot s (domain, both sides, caps, room, an interpreter). */
    boolean fits(int m, int s) {
        PlanMeeting meeting = problem.meetings().get(m);
        return s >= 0
                && domains[m].get(s)
                && !busy[meeting.first()].get(s)
                && !busy[meeting.second()].get(s)
                && count[meeting.first()]
                        < problem.participants().get(meeting.first()).maxMeetings()
                && count[meeting.second()]
                        < problem.participants().get(meeting.second()).maxMeetings()
                && roomLeft(meeting, s) > 0
                && (!meeting.needsInterpreter() || freeInterpreter(m, s) != Placement.NO_INTERPRETER);
    }

    /** A candidate interpreter of meeting m free in slot s, or {@link Placement#NO_INTERPRETER}. */
    int freeInterpreter(int m, int s) {
        PlanMeeting meeting = problem.meetings().get(m);
        if (meeting.needsInterpreter()) {
            for (int i : meeting.interpreters()) {
                if (interpreterFree(i, s)) {
                    return i;
                }
            }
        }
        return Placement.NO_INTERPRETER;
    }

    List<Placement> placements() {
        List<Placement> result = new ArrayList<>();
        for (int m = 0; m < slotOf.length; m++) {
            if (slotOf[m] >= 0) {
                result.add(new Placement(m, slotOf[m], interpreterOf[m]));
            }
        }
        return result;
    }

    PlanScore score() {
        long weight = 0;
        int moved = 0;
        for (int m = 0; m < slotOf.length; m++) {
            if (slotOf[m] >= 0) {
                PlanMeeting meeting = problem.meetings().get(m);
                weight += meeting.weight();
                if (meeting.previousSlot() != PlanMeeting.NONE && meeting.previousSlot() != slotOf[m]) {
                    moved++;
                }
            }
        }
        int gaps = 0;
        long spread = 0;
        for (int p = 0; p < busy.length; p++) {
            gaps += gaps(p);
            long missing = Math.max(0, placeable[p] - count[p]);
            spread += missing * missing;
        }
        return new PlanScore(weight, moved, gaps, spread);
    }

    /** Idle runs between two of the participant's meetings of one session, as {@link PlanChecker} counts them. */
    int gaps(int p) {
        int gaps = 0;
        int previous = -1;
        for (int s = busy[p].nextSetBit(0); s >= 0; s = busy[p].nextSetBit(s + 1)) {
            if (previous >= 0
                    && s > previous + 1
                    && problem.slots().get(s).session()
                            == problem.slots().get(previous).session()) {
                gaps++;
            }
            previous = s;
        }
        return gaps;
    }
}
