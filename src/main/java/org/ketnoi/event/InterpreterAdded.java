package org.ketnoi.event;

/** An organiser added an interpreter of the event. */
public record InterpreterAdded(EventId event, long interpreter) {}
