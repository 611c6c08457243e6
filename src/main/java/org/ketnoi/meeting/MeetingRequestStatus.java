package org.ketnoi.meeting;

/** Where a request is: pending until both sides accepted; the other four are final. */
public enum MeetingRequestStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    CANCELLED,
    EXPIRED;

    /** Pending or accepted: the pair may not have a second such request in the event. */
    public boolean isActive() {
        return this == PENDING || this == ACCEPTED;
    }
}
