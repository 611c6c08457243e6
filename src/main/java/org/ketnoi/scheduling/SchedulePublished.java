package org.ketnoi.scheduling;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;

/**
 * A schedule version was published. {@code previousVersion} is the version it replaces ({@code null}
 * for the first publication); {@code changed} holds the participants whose meetings were added,
 * moved (time, table, room or interpreter) or removed against that version — all participants with
 * meetings on a first publication.
 */
public record SchedulePublished(
        EventId event, int version, @Nullable Integer previousVersion, Set<ParticipationId> changed) {

    public SchedulePublished {
        changed = Set.copyOf(changed);
    }

    public boolean firstPublication() {
        return previousVersion == null;
    }
}
