package org.ketnoi.meeting;

/** An event's limits: requests one participant may send, meetings it may have, days a request waits. */
public record MeetingSettings(int maxRequestsSent, int maxMeetings, int validityDays) {}
