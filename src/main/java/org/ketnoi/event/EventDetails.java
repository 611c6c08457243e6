package org.ketnoi.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.organization.AgencyId;

/**
 * What an organiser writes about an event itself (not its connection points or grid).
 *
 * @param timeZone the zone the meeting grid is read in; null means the first connection point's
 * @param organizers the co-organising agencies; empty means all agencies of the creator
 */
public record EventDetails(
        LocalizedText title,
        LocalizedText description,
        EventKind kind,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable ZoneId timeZone,
        @Nullable Instant registrationOpens,
        @Nullable Instant registrationCloses,
        List<AgencyId> organizers) {

    public EventDetails {
        organizers = organizers.stream().distinct().toList();
    }

    EventDetails withOrganizers(List<AgencyId> agencies) {
        return new EventDetails(
                title,
                description,
                kind,
                startDate,
                endDate,
                timeZone,
                registrationOpens,
                registrationCloses,
                agencies);
    }
}
