package org.ketnoi.meeting;

public record MeetingRequestId(long value) {}
