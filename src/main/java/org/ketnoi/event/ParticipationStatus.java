package org.ketnoi.event;

/** Where a registration stands: the organisers' decision, or the company's withdrawal. */
public enum ParticipationStatus {
    PENDING,
    APPROVED,
    REJECTED,
    /** The company withdrew; kept for the record, never shown in the directory. */
    WITHDRAWN
}
