package org.ketnoi.event;

public record ParticipationId(long value) {}
