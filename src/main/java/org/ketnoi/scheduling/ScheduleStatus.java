package org.ketnoi.scheduling;

/** A schedule version's state: organisers work on a draft; participants see the published one. */
public enum ScheduleStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
}
