package org.ketnoi.scheduling;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What to schedule: {@code participants} people (0-based), {@code slots} consecutive time slots,
 * at most {@code tablesPerSlot} meetings in one slot, every meeting in {@code meetings} placed exactly
 * once, nobody in two meetings of one slot, nobody in a slot they are unavailable in, and the fairness
 * bound: each participant's number of breaks exceeds the smallest number of breaks among participants
 * with meetings by at most {@code fairness} (negative: no fairness bound).
 */
public record ScheduleProblem(
        int participants,
        int slots,
        int tablesPerSlot,
        List<MeetingToPlace> meetings,
        List<BitSet> unavailable,
        int fairness) {

    public ScheduleProblem {
        meetings = List.copyOf(meetings);
        List<BitSet> copies = new ArrayList<>();
        for (BitSet set : unavailable) {
            copies.add((BitSet) set.clone());
        }
        unavailable = List.copyOf(copies);
        if (unavailable.size() != participants) {
            throw new IllegalArgumentException("one unavailability set per participant");
        }
        for (MeetingToPlace meeting : meetings) {
            if (Math.max(meeting.firstParticipant(), meeting.secondParticipant()) >= participants
                    || Math.min(meeting.firstParticipant(), meeting.secondParticipant()) < 0) {
                throw new IllegalArgumentException("meeting with an unknown participant: " + meeting);
            }
        }
    }

    /** Slots meeting {@code m} may take: allowed, both participants available, its pinned slot if any. */
    public BitSet domain(int m) {
        MeetingToPlace meeting = meetings.get(m);
        BitSet domain = meeting.allowedSlots();
        domain.clear(slots, Math.max(slots, domain.length()));
        domain.andNot(unavailable.get(meeting.firstParticipant()));
        domain.andNot(unavailable.get(meeting.secondParticipant()));
        if (meeting.pinnedSlot() >= 0) {
            boolean possible = domain.get(meeting.pinnedSlot());
            domain.clear();
            if (possible) {
                domain.set(meeting.pinnedSlot());
            }
        }
        return domain;
    }

    /** Indices of the meetings of each participant, in the problem's order. */
    public List<List<Integer>> meetingsByParticipant() {
        List<List<Integer>> result = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            result.add(new ArrayList<>());
        }
        for (int m = 0; m < meetings.size(); m++) {
            result.get(meetings.get(m).firstParticipant()).add(m);
            result.get(meetings.get(m).secondParticipant()).add(m);
        }
        return result;
    }
}
