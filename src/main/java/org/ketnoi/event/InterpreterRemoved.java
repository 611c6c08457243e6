package org.ketnoi.event;

/** An organiser removed an interpreter of the event. */
public record InterpreterRemoved(EventId event, long interpreter) {}
