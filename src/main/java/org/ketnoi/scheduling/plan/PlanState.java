package org.ketnoi.scheduling.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/** A partial plan with the resources it uses, so a planner asks in constant time whether a meeting fits. */
final class PlanState {

    private final PlanProblem problem;
    private final BitSet[] busy;
    private final int[] meetingCount;
    private final int[][] poolUsed;
    private final int[] onlineUsed;
    private final BitSet[] interpreterBusy;
    private final int[] slotOf;
    private final int[] interpreterOf;

    PlanState(PlanProblem problem) {
        this.problem = problem;
        int slots = problem.slots().size();
        busy = new BitSet[problem.participants().size()];
        for (int p = 0; p < busy.length; p++) {
            busy[p] = new BitSet(slots);
        }
        meetingCount = new int[busy.length];
        poolUsed = new int[problem.pools().size()][slots];
        onlineUsed = new int[slots];
        interpreterBusy = new BitSet[problem.interpreters().size()];
        for (int i = 0; i < interpreterBusy.length; i++) {
            interpreterBusy[i] = new BitSet(slots);
        }
        slotOf = new int[problem.meetings().size()];
        interpreterOf = new int[slotOf.length];
        Arrays.fill(slotOf, -1);
        Arrays.fill(interpreterOf, Placement.NO_INTERPRETER);
    }

    boolean placed(int m) {
        return slotOf[m] >= 0;
    }

    boolean roomForMore(int participant) {
        return meetingCount[participant]
                < problem.participants().get(participant).maxMeetings();
    }

    /** Whether meeting {@code m} can go into slot {@code s} next to what is placed (domain not checked). */
    boolean fits(int m, int s) {
        PlanMeeting meeting = problem.meetings().get(m);
        if (busy[meeting.first()].get(s) || busy[meeting.second()].get(s) || !roomIn(meeting, s)) {
            return false;
        }
        return !meeting.needsInterpreter() || freeInterpreter(m, s) != Placement.NO_INTERPRETER;
    }

    private boolean roomIn(PlanMeeting meeting, int s) {
        return meeting.online()
                ? onlineUsed[s] < problem.onlineRoomsPerSlot()
                : poolUsed[meeting.pool()][s]
                        < problem.pools().get(meeting.pool()).capacityIn(s);
    }

    /** A candidate interpreter free in slot {@code s}, the one with the fewest free slots left first. */
    int freeInterpreter(int m, int s) {
        PlanMeeting meeting = problem.meetings().get(m);
        if (!meeting.needsInterpreter()) {
            return Placement.NO_INTERPRETER;
        }
        int best = Placement.NO_INTERPRETER;
        int bestFree = Integer.MAX_VALUE;
        for (int i : meeting.interpreters()) {
            if (problem.interpreters().get(i).availableIn(s) && !interpreterBusy[i].get(s)) {
                BitSet free = problem.interpreters().get(i).available();
                free.andNot(interpreterBusy[i]);
                if (free.cardinality() < bestFree) {
                    best = i;
                    bestFree = free.cardinality();
                }
            }
        }
        return best;
    }

    void place(int m, int s, int interpreter) {
        PlanMeeting meeting = problem.meetings().get(m);
        busy[meeting.first()].set(s);
        busy[meeting.second()].set(s);
        meetingCount[meeting.first()]++;
        meetingCount[meeting.second()]++;
        if (meeting.online()) {
            onlineUsed[s]++;
        } else {
            poolUsed[meeting.pool()][s]++;
        }
        if (interpreter != Placement.NO_INTERPRETER) {
            interpreterBusy[interpreter].set(s);
        }
        slotOf[m] = s;
        interpreterOf[m] = interpreter;
    }

    /** 2 when the participant meets in a neighbouring slot of the same session, 1 for the same session. */
    int adjacency(int participant, int s) {
        return adjacency(problem, busy[participant], s);
    }

    /** {@link #adjacency(int, int)} for a participant's busy slots. */
    static int adjacency(PlanProblem problem, BitSet busy, int s) {
        int session = problem.slots().get(s).session();
        boolean neighbour =
                (s > 0 && busy.get(s - 1) && problem.slots().get(s - 1).session() == session)
                        || (s + 1 < problem.slots().size()
                                && busy.get(s + 1)
                                && problem.slots().get(s + 1).session() == session);
        if (neighbour) {
            return 2;
        }
        for (int t = busy.nextSetBit(0); t >= 0; t = busy.nextSetBit(t + 1)) {
            if (problem.slots().get(t).session() == session) {
                return 1;
            }
        }
        return 0;
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

    /** Why meeting {@code m} is not placed, given everything else that is. */
    UnplacedReason reason(int m) {
        PlanMeeting meeting = problem.meetings().get(m);
        BitSet domain = problem.domain(m);
        if (domain.isEmpty()) {
            return UnplacedReason.NO_COMMON_SLOT;
        }
        boolean interpreter = false;
        boolean room = false;
        for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
            interpreter |= !meeting.needsInterpreter() || PlanBounds.interpreterFree(problem, meeting, s);
            room |= roomIn(meeting, s);
        }
        if (!interpreter) {
            return UnplacedReason.NO_INTERPRETER;
        }
        if (!room) {
            return UnplacedReason.NO_ROOM;
        }
        if (!roomForMore(meeting.first()) || !roomForMore(meeting.second())) {
            return UnplacedReason.PARTICIPANT_FULL;
        }
        return UnplacedReason.NO_FREE_SLOT;
    }
}
