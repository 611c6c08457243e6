package org.ketnoi.event.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventDetails;
import org.ketnoi.event.EventKind;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.organization.AgencyId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The create/edit form of an event's details; registration times are wall-clock times of its zone. */
public record EventForm(
        @Nullable @Size(max = 500) String titleVi,
        @Nullable @Size(max = 500) String titleZh,
        @Nullable @Size(max = 500) String titleEn,
        @Nullable @Size(max = 10000) String descriptionVi,
        @Nullable @Size(max = 10000) String descriptionZh,
        @Nullable @Size(max = 10000) String descriptionEn,
        @NotNull @Nullable EventKind kind,
        @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate startDate,
        @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate endDate,
        @Nullable @ValidTimeZone String timeZone,
        @Nullable @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime registrationOpens,
        @Nullable @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime registrationCloses,
        @Nullable List<Long> organizers) {

    static EventForm empty() {
        return new EventForm(null, null, null, null, null, null, null, null, null, null, null, null, List.of());
    }

    static EventForm of(Event event) {
        EventDetails d = event.details();
        ZoneId zone = event.zone();
        return new EventForm(
                d.title().vi(),
                d.title().zh(),
                d.title().en(),
                d.description().vi(),
                d.description().zh(),
                d.description().en(),
                d.kind(),
                d.startDate(),
                d.endDate(),
                d.timeZone() == null ? null : d.timeZone().getId(),
                d.registrationOpens() == null ? null : LocalDateTime.ofInstant(d.registrationOpens(), zone),
                d.registrationCloses() == null ? null : LocalDateTime.ofInstant(d.registrationCloses(), zone),
                d.organizers().stream().map(AgencyId::value).toList());
    }

    LocalizedText title() {
        return new LocalizedText(titleVi, titleZh, titleEn);
    }

    public boolean hasOrganizer(long agencyId) {
        return organizers != null && organizers.contains(agencyId);
    }

    /** The details, reading registration times in the chosen zone or else {@code fallbackZone}. */
    EventDetails details(ZoneId fallbackZone) {
        ZoneId chosen = timeZone == null || timeZone.isBlank() ? null : ZoneId.of(timeZone.strip());
        ZoneId zone = chosen == null ? fallbackZone : chosen;
        return new EventDetails(
                title(),
                new LocalizedText(descriptionVi, descriptionZh, descriptionEn),
                kind == null ? EventKind.BUSINESS_CONNECTION_CONFERENCE : kind,
                startDate,
                endDate,
                chosen,
                registrationOpens == null
                        ? null
                        : registrationOpens.atZone(zone).toInstant(),
                registrationCloses == null
                        ? null
                        : registrationCloses.atZone(zone).toInstant(),
                organizers == null
                        ? List.of()
                        : organizers.stream().map(AgencyId::new).toList());
    }
}
