package org.ketnoi.scheduling.plan;

import java.util.BitSet;

/**
 * A participant: the slots (indices into the problem's slots) it can meet in and the most meetings it
 * takes. {@code id} is the caller's identifier, carried through unchanged.
 */
public record PlanParticipant(long id, BitSet available, int maxMeetings) {

    public PlanParticipant {
        available = (BitSet) available.clone();
        if (maxMeetings < 0) {
            throw new IllegalArgumentException("maxMeetings must not be negative");
        }
    }

    @Override
    public BitSet available() {
        return (BitSet) available.clone();
    }

    boolean availableIn(int slot) {
        return available.get(slot);
    }
}
