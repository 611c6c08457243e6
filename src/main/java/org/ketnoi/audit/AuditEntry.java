package org.ketnoi.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log; {@code data} is the JSON written with it. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        @Nullable Long actorUserId,
        @Nullable String actorName,
        @Nullable Long eventId,
        String code,
        String data) {}
