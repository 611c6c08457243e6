package org.ketnoi.event;

import org.ketnoi.company.CompanyId;

/** Organisers rejected a registration. */
public record ParticipationRejected(EventId event, ParticipationId participation, CompanyId company) {}
