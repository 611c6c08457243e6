package org.ketnoi.event;

import java.time.LocalTime;

/** A span of wall-clock time within a day, e.g. a lunch break. */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A time range must end after it starts");
        }
    }

    boolean overlaps(LocalTime from, LocalTime to) {
        return from.isBefore(end) && to.isAfter(start);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }

    static TimeRange parse(String text) {
        String[] parts = text.strip().split("-");
        return new TimeRange(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    }
}
