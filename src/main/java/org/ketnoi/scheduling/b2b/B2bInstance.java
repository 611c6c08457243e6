package org.ketnoi.scheduling.b2b;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.ketnoi.scheduling.MeetingToPlace;
import org.ketnoi.scheduling.ScheduleProblem;

/**
 * One benchmark instance as its file states it, 1-based: {@code requested[i] = {p1, p2, session}}
 * (session 1 morning only, 2 afternoon only, 3 any), forbidden slots per participant, the fixed slot
 * per meeting (0 = free) and per meeting the meetings that must come strictly before it.
 */
public record B2bInstance(
        int participants,
        int tables,
        int slots,
        int morningSlots,
        List<int[]> requested,
        List<Set<Integer>> forbidden,
        int[] fixed,
        List<Set<Integer>> precedences) {

    public B2bInstance {
        requested = List.copyOf(requested);
        forbidden = List.copyOf(forbidden);
        fixed = fixed.clone();
        precedences = List.copyOf(precedences);
    }

    public int meetings() {
        return requested.size();
    }

    /** Whether meeting {@code m} (0-based) may be held in slot {@code slot} (1-based) by its session. */
    public boolean inSession(int m, int slot) {
        int session = requested.get(m)[2];
        return switch (session) {
            case 1 -> slot <= morningSlots;
            case 2 -> slot > morningSlots;
            default -> true;
        };
    }

    /** The engine's problem: 0-based participants, slots and meetings. */
    public ScheduleProblem toProblem(int fairness) {
        List<MeetingToPlace> meetings = new ArrayList<>();
        for (int m = 0; m < meetings(); m++) {
            int[] request = requested.get(m);
            BitSet allowed = new BitSet();
            for (int slot = 1; slot <= slots; slot++) {
                if (inSession(m, slot)) {
                    allowed.set(slot - 1);
                }
            }
            List<Integer> before =
                    precedences.get(m).stream().map(id -> id - 1).sorted().toList();
            meetings.add(new MeetingToPlace(request[0] - 1, request[1] - 1, allowed, fixed[m] - 1, before));
        }
        List<BitSet> unavailable = new ArrayList<>();
        for (Set<Integer> slotsOff : forbidden) {
            BitSet off = new BitSet();
            slotsOff.stream().filter(s -> s >= 1 && s <= slots).forEach(s -> off.set(s - 1));
            unavailable.add(off);
        }
        return new ScheduleProblem(participants, slots, tables, meetings, unavailable, fairness);
    }
}
