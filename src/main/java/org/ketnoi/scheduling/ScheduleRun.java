package org.ketnoi.scheduling;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.EventId;

/**
 * One solve run of an event's schedule and how far it got.
 *
 * @param status RUNNING, FINISHED, STOPPED (on request, with the best schedule so far) or FAILED
 * @param requested the accepted meetings it had to place
 * @param weight the weight placed; {@code weightBound} an upper bound on what any schedule could place
 * @param gaps idle gaps between a participant's meetings of one session, summed
 * @param moved meetings that left their published slot
 * @param scheduleVersion the draft it wrote, once finished or stopped
 * @param failure why it failed, as a message key suffix
 */
public record ScheduleRun(
        long id,
        EventId event,
        String status,
        Instant startedAt,
        @Nullable Instant finishedAt,
        int requested,
        int scheduled,
        long weight,
        long weightBound,
        int gaps,
        int moved,
        boolean stopRequested,
        @Nullable Integer scheduleVersion,
        @Nullable String failure) {

    public static final String RUNNING = "RUNNING";
    public static final String FINISHED = "FINISHED";
    public static final String STOPPED = "STOPPED";
    public static final String FAILED = "FAILED";

    public boolean running() {
        return RUNNING.equals(status);
    }

    /** Share of the bound placed, 0–100. */
    public int percentOfBound() {
        return weightBound <= 0 ? 100 : (int) Math.min(100, weight * 100 / weightBound);
    }
}
