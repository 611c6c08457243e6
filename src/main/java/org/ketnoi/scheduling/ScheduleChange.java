package org.ketnoi.scheduling;

import org.jspecify.annotations.Nullable;
import org.ketnoi.meeting.MeetingRequestId;

/**
 * How one meeting differs between the draft and the published version: ADDED, REMOVED or MOVED (time,
 * table, room, online room or interpreter changed).
 */
public record ScheduleChange(
        String kind,
        MeetingRequestId request,
        @Nullable ScheduledMeeting before,
        @Nullable ScheduledMeeting after) {

    public static final String ADDED = "ADDED";
    public static final String REMOVED = "REMOVED";
    public static final String MOVED = "MOVED";

    public ScheduledMeeting any() {
        return after != null ? after : java.util.Objects.requireNonNull(before);
    }
}
