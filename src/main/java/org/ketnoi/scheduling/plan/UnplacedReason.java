package org.ketnoi.scheduling.plan;

/** Why a meeting is not in the plan; the first that applies, checked in this order. */
public enum UnplacedReason {
    /** The two sides have no available slot in common (or its pinned slot is not one). */
    NO_COMMON_SLOT,
    /** It needs an interpreter and none of its candidates is free in any common slot. */
    NO_INTERPRETER,
    /** Every common slot's tables (or online rooms) are taken by other meetings. */
    NO_ROOM,
    /** One of the sides reached its most meetings. */
    PARTICIPANT_FULL,
    /** Its possible slots are taken by other meetings of the two sides or its interpreters. */
    NO_FREE_SLOT
}
