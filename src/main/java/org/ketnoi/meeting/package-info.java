/**
 * Meeting requests between approved participants of an event: a participant asks another for a
 * meeting (with a message and the listings it is about), the other side accepts or declines, either
 * side cancels; organisers propose meetings (both sides accept) or create them as accepted. Pending
 * requests are reminded of and expire on a clock-driven schedule. Per-event limits cap requests sent
 * and meetings per participant. Every change is audited and published; notices and mail for them go
 * through the event publication registry (the outbox). Public API: {@link org.ketnoi.meeting.MeetingRequests}.
 *
 * <p>Publishes {@link org.ketnoi.meeting.MeetingRequested}, {@link org.ketnoi.meeting.MeetingRequestAccepted},
 * {@link org.ketnoi.meeting.MeetingRequestDeclined}, {@link org.ketnoi.meeting.MeetingRequestCancelled},
 * {@link org.ketnoi.meeting.MeetingRequestExpired} and {@link org.ketnoi.meeting.MeetingRequestReminderDue}.
 */
@NullMarked
package org.ketnoi.meeting;

import org.jspecify.annotations.NullMarked;
