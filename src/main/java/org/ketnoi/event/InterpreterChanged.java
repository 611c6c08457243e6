package org.ketnoi.event;

/** An organiser changed an interpreter (details or unavailable slots) of the event. */
public record InterpreterChanged(EventId event, long interpreter) {}
