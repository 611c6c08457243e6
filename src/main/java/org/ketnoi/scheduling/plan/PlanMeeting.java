package org.ketnoi.scheduling.plan;

import java.util.List;

/**
 * A requested meeting between two participants (indices into the problem's participants).
 *
 * @param id the caller's identifier (the meeting request), carried through unchanged
 * @param weight its priority, at least 1: placing it is worth this much
 * @param pool the table pool (index) it takes a table from, or {@link #ONLINE} for an online room
 * @param interpreters the interpreters (indices) who could interpret it; when {@code
 *     needsInterpreter}, one of them must be free in its slot
 * @param pinnedSlot the slot the organisers fixed it to, or {@link #NONE}: a pinned meeting is placed
 *     there or not at all
 * @param previousSlot its slot in the published schedule, or {@link #NONE}: planners keep it there
 *     unless it must move
 */
public record PlanMeeting(
        long id,
        int first,
        int second,
        int weight,
        int pool,
        boolean needsInterpreter,
        List<Integer> interpreters,
        int pinnedSlot,
        int previousSlot) {

    public static final int ONLINE = -1;
    public static final int NONE = -1;

    public PlanMeeting {
        interpreters = List.copyOf(interpreters);
        if (first == second) {
            throw new IllegalArgumentException("A meeting needs two different participants");
        }
        if (weight < 1) {
            throw new IllegalArgumentException("A meeting's weight must be at least 1");
        }
    }

    public boolean online() {
        return pool == ONLINE;
    }

    public boolean involves(int participant) {
        return first == participant || second == participant;
    }
}
