package org.ketnoi.event;

import org.ketnoi.company.CompanyId;

/**
 * A company changed its registration (role, connection point, attendance or languages).
 *
 * @param status the registration's status after the change: an approved registration whose role or
 *     connection point changed is PENDING again, waiting for the organisers
 */
public record ParticipationChanged(
        EventId event, ParticipationId participation, CompanyId company, ParticipationStatus status) {}
