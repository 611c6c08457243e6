package org.ketnoi.event;

import org.ketnoi.company.CompanyId;

/** Organisers approved a registration: the company takes part. */
public record ParticipationApproved(EventId event, ParticipationId participation, CompanyId company) {}
