package org.ketnoi.event;

import org.ketnoi.company.CompanyId;

/** A company registered for an event, or organisers enrolled it ({@code status} PENDING or APPROVED). */
public record ParticipationRegistered(
        EventId event, ParticipationId participation, CompanyId company, ParticipationStatus status) {}
