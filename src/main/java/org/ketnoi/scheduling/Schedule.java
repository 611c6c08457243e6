package org.ketnoi.scheduling;

import java.time.Duration;
import java.util.Arrays;

/**
 * A solve's answer: the slot of each meeting (0-based, {@code -1} when none was found), the total
 * number of breaks of that schedule, the best proven lower bound on breaks, and the time taken.
 */
public record Schedule(SolveStatus status, int[] slotOfMeeting, int breaks, int bound, Duration elapsed) {

    public Schedule {
        slotOfMeeting = slotOfMeeting.clone();
    }

    @Override
    public int[] slotOfMeeting() {
        return slotOfMeeting.clone();
    }

    public boolean found() {
        return status == SolveStatus.OPTIMAL || status == SolveStatus.FEASIBLE;
    }

    public int scheduled() {
        return (int) Arrays.stream(slotOfMeeting).filter(s -> s >= 0).count();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule that
                && status == that.status
                && Arrays.equals(slotOfMeeting, that.slotOfMeeting)
                && breaks == that.breaks
                && bound == that.bound
                && elapsed.equals(that.elapsed);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(slotOfMeeting) * 31 + status.hashCode();
    }

    @Override
    public String toString() {
        return "Schedule[" + status + ", breaks=" + breaks + ", bound=" + bound + ", " + Arrays.toString(slotOfMeeting)
                + "]";
    }
}
