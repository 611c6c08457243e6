package org.ketnoi.event;

/** An event's details, connection points, trade rooms or grid changed. */
public record EventUpdated(EventId event) {}
