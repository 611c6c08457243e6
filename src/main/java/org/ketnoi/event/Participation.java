package org.ketnoi.event;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.UserId;
import org.ketnoi.company.CompanyId;
import org.ketnoi.i18n.Language;

/** A company's registration for an event and the organisers' decision. */
public record Participation(
        ParticipationId id,
        EventId event,
        CompanyId company,
        ParticipantRole role,
        long connectionPoint,
        Attendance attendance,
        Set<Language> languages,
        ParticipationStatus status,
        @Nullable String reason,
        Instant registeredAt,
        @Nullable Instant decidedAt,
        @Nullable UserId decidedBy) {

    public Participation {
        languages = Set.copyOf(languages);
    }
}
