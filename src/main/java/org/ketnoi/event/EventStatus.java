package org.ketnoi.event;

import java.util.Optional;

/** Where an event is in its life. It only moves forward, one step at a time. */
public enum EventStatus {
    DRAFT,
    OPEN,
    SCHEDULING,
    RUNNING,
    CLOSED;

    /** The only status this one may change to, if any. */
    public Optional<EventStatus> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** Whether the public sees the event: every status but DRAFT. */
    public boolean isPublished() {
        return this != DRAFT;
    }
}
