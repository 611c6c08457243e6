package org.ketnoi.event;

/** An event moved to its next status, e.g. from OPEN to SCHEDULING. */
public record EventStatusChanged(EventId event, EventStatus from, EventStatus to) {}
