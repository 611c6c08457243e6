package org.ketnoi.event;

import org.ketnoi.company.CompanyId;

/** A company withdrew its registration (pending or approved): it no longer takes part. */
public record ParticipationWithdrawn(EventId event, ParticipationId participation, CompanyId company) {}
