package org.ketnoi.scheduling;

import java.util.BitSet;
import java.util.List;

/**
 * One meeting the solver must place: its two participants (0-based indices), the slots it may take
 * (0-based; e.g. its session), the slot it is pinned to ({@code -1} when free) and the meetings
 * (0-based indices into the problem's list) that must end before it starts.
 */
public record MeetingToPlace(
        int firstParticipant, int secondParticipant, BitSet allowedSlots, int pinnedSlot, List<Integer> after) {

    public MeetingToPlace {
        if (firstParticipant == secondParticipant) {
            throw new IllegalArgumentException("a meeting needs two different participants");
        }
        allowedSlots = (BitSet) allowedSlots.clone();
        after = List.copyOf(after);
    }

    public static MeetingToPlace between(int first, int second, int slots) {
        BitSet all = new BitSet();
        all.set(0, slots);
        return new MeetingToPlace(first, second, all, -1, List.of());
    }

    public MeetingToPlace pinnedTo(int slot) {
        return new MeetingToPlace(firstParticipant, secondParticipant, allowedSlots, slot, after);
    }

    public MeetingToPlace onlyIn(BitSet slots) {
        return new MeetingToPlace(firstParticipant, secondParticipant, slots, pinnedSlot, after);
    }

    public MeetingToPlace after(List<Integer> meetings) {
        return new MeetingToPlace(firstParticipant, secondParticipant, allowedSlots, pinnedSlot, meetings);
    }

    @Override
    public BitSet allowedSlots() {
        return (BitSet) allowedSlots.clone();
    }

    boolean involves(int participant) {
        return firstParticipant == participant || secondParticipant == participant;
    }
}
