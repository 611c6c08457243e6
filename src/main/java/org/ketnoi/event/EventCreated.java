package org.ketnoi.event;

/** An organiser created an event (as a draft). */
public record EventCreated(EventId event) {}
