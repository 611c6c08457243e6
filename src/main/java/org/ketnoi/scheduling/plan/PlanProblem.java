package org.ketnoi.scheduling.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * An event's scheduling problem. Rules every plan keeps: a participant is in at most one meeting per
 * slot, only in its available slots, and in at most its {@code maxMeetings}; a pool's tables and the
 * online rooms ({@code onlineRoomsPerSlot}) are not exceeded in any slot; a meeting that needs an
 * interpreter gets one of its candidates, free in that slot and in no other meeting of that slot.
 */
public record PlanProblem(
        List<PlanSlot> slots,
        List<PlanParticipant> participants,
        List<PlanMeeting> meetings,
        List<PlanPool> pools,
        List<PlanInterpreter> interpreters,
        int onlineRoomsPerSlot) {

    public PlanProblem {
        slots = List.copyOf(slots);
        participants = List.copyOf(participants);
        meetings = List.copyOf(meetings);
        pools = List.copyOf(pools);
        interpreters = List.copyOf(interpreters);
        for (PlanMeeting m : meetings) {
            if (Math.max(m.first(), m.second()) >= participants.size() || Math.min(m.first(), m.second()) < 0) {
                throw new IllegalArgumentException("Meeting " + m.id() + " names an unknown participant");
            }
            if (m.pool() >= pools.size() || m.pool() < PlanMeeting.ONLINE) {
                throw new IllegalArgumentException("Meeting " + m.id() + " names an unknown pool");
            }
            for (int i : m.interpreters()) {
                if (i < 0 || i >= interpreters.size()) {
                    throw new IllegalArgumentException("Meeting " + m.id() + " names an unknown interpreter");
                }
            }
        }
    }

    /** Slots meeting {@code m} may take on its own: both sides available, its pin if it has one. */
    public BitSet domain(int m) {
        PlanMeeting meeting = meetings.get(m);
        BitSet domain = participants.get(meeting.first()).available();
        domain.and(participants.get(meeting.second()).available());
        domain.clear(slots.size(), Math.max(slots.size(), domain.length()));
        if (meeting.pinnedSlot() != PlanMeeting.NONE) {
            boolean possible = domain.get(meeting.pinnedSlot());
            domain.clear();
            if (possible) {
                domain.set(meeting.pinnedSlot());
            }
        }
        return domain;
    }

    /** Indices of each participant's meetings. */
    public List<List<Integer>> meetingsByParticipant() {
        List<List<Integer>> result = new ArrayList<>();
        for (int p = 0; p < participants.size(); p++) {
            result.add(new ArrayList<>());
        }
        for (int m = 0; m < meetings.size(); m++) {
            result.get(meetings.get(m).first()).add(m);
            result.get(meetings.get(m).second()).add(m);
        }
        return result;
    }
}
