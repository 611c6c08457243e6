package org.ketnoi.event;

public record EventId(long value) {}
