package org.ketnoi.event.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.ConnectionPointMode;
import org.ketnoi.event.EventKind;
import org.ketnoi.event.EventStatus;
import org.ketnoi.i18n.LocalizedText;

/** The JSON shapes of the events API; requests and responses share them. */
final class EventJson {

    private EventJson() {}

    record Text(
            @Nullable @Size(max = 500) String vi,
            @Nullable @Size(max = 500) String zh,
            @Nullable @Size(max = 500) String en) {

        static Text of(LocalizedText text) {
            return new Text(text.vi(), text.zh(), text.en());
        }

        LocalizedText value() {
            return new LocalizedText(vi, zh, en);
        }
    }

    record LongText(
            @Nullable @Size(max = 10000) String vi,
            @Nullable @Size(max = 10000) String zh,
            @Nullable @Size(max = 10000) String en) {

        static LongText of(LocalizedText text) {
            return new LongText(text.vi(), text.zh(), text.en());
        }

        LocalizedText value() {
            return new LocalizedText(vi, zh, en);
        }
    }

    record Organizer(long id, Text name) {}

    record Room(
            @Nullable Long id,
            @Valid @NotNull Text name,
            @NotBlank @Size(max = 200) String sector,
            @Min(1) @Max(500) int tables) {}

    record Point(
            @Nullable Long id,
            @Valid @NotNull Text name,
            @NotBlank @Size(max = 200) String city,
            @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
            @Nullable @Size(max = 500) String address,
            @NotBlank @ValidTimeZone String timeZone,
            @NotNull ConnectionPointMode mode,
            @Nullable List<@Valid Room> tradeRooms) {}

    record Break(@NotNull LocalTime start, @NotNull LocalTime end) {}

    record GridDay(
            @NotNull LocalDate date,
            @NotNull LocalTime start,
            @NotNull LocalTime end,
            @Min(5) @Max(240) int slotMinutes,
            @Nullable List<@Valid Break> breaks) {}

    /** What a client sends to create or replace an event. */
    record Request(
            @Valid @NotNull Text title,
            @Valid @Nullable LongText description,
            @NotNull EventKind kind,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable @ValidTimeZone String timeZone,
            @Nullable Instant registrationOpens,
            @Nullable Instant registrationCloses,
            @Nullable List<Long> organizers,
            @Nullable List<@Valid Point> connectionPoints,
            @Nullable List<@Valid GridDay> grid) {}

    record Response(
            long id,
            Text title,
            LongText description,
            EventKind kind,
            EventStatus status,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            String timeZone,
            @Nullable Instant registrationOpens,
            @Nullable Instant registrationCloses,
            List<Organizer> organizers,
            List<Point> connectionPoints,
            List<GridDay> grid) {}

    record StatusChange(@NotNull EventStatus status) {}
}
