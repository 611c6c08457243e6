package org.ketnoi.scheduling.agenda;

import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.i18n.Language;

/**
 * One participant's meetings in the published schedule, with every text already in {@code language}
 * and every time in the zone of the participant's connection point.
 *
 * @param zoneLabel the zone as readers know it, e.g. {@code GMT+7, Hà Nội}
 * @param version the published version, {@code null} while nothing is published
 * @param cancelled meetings of earlier published versions that the current one no longer has
 */
public record Agenda(
        EventId event,
        String eventTitle,
        ParticipationId participant,
        String companyName,
        Language language,
        ZoneId zone,
        String zoneLabel,
        @Nullable Integer version,
        List<AgendaMeeting> meetings,
        List<AgendaMeeting> cancelled) {

    public Agenda {
        meetings = List.copyOf(meetings);
        cancelled = List.copyOf(cancelled);
    }
}
