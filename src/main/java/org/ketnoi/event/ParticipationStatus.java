package org.ketnoi.event;

/** The organisers' decision on a registration. */
public enum ParticipationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
