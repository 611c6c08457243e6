package org.ketnoi.event.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.ConnectionPointMode;
import org.ketnoi.event.GridDay;
import org.ketnoi.event.TimeRange;
import org.ketnoi.event.TradeRoom;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The small forms of the event page: a connection point, a trade room, a grid day. */
public final class PartForms {

    private PartForms() {}

    public record PointForm(
            @Nullable @Size(max = 300) String nameVi,
            @Nullable @Size(max = 300) String nameZh,
            @Nullable @Size(max = 300) String nameEn,
            @NotBlank @Size(max = 200) String city,
            @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
            @Nullable @Size(max = 500) String address,
            @NotBlank @ValidTimeZone String timeZone,
            @NotNull @Nullable ConnectionPointMode mode) {

        static PointForm empty() {
            return new PointForm(null, null, null, "", "", null, "", ConnectionPointMode.IN_PERSON);
        }

        ConnectionPoint point() {
            LocalizedText name = new LocalizedText(nameVi, nameZh, nameEn);
            return new ConnectionPoint(
                    0,
                    name.isEmpty() ? LocalizedText.of(Language.VI, city.strip()) : name,
                    city.strip(),
                    country,
                    address == null || address.isBlank() ? null : address.strip(),
                    ZoneId.of(timeZone.strip()),
                    mode == null ? ConnectionPointMode.IN_PERSON : mode,
                    List.of());
        }
    }

    public record RoomForm(
            @NotNull @Nullable Long point,
            @Nullable @Size(max = 300) String nameVi,
            @Nullable @Size(max = 300) String nameZh,
            @Nullable @Size(max = 300) String nameEn,
            @NotBlank @Size(max = 200) String sector,
            @NotNull @Min(1) @Max(500) @Nullable Integer tables) {

        static RoomForm empty() {
            return new RoomForm(null, null, null, null, "", 10);
        }

        TradeRoom room() {
            LocalizedText name = new LocalizedText(nameVi, nameZh, nameEn);
            return new TradeRoom(
                    0,
                    name.isEmpty() ? LocalizedText.of(Language.VI, sector.strip()) : name,
                    sector.strip(),
                    tables == null ? 1 : tables);
        }
    }

    public record DayForm(
            @NotNull @Nullable @DateTimeFormat(iso = ISO.DATE)
            LocalDate date,

            @NotNull @Nullable @DateTimeFormat(iso = ISO.TIME)
            LocalTime start,

            @NotNull @Nullable @DateTimeFormat(iso = ISO.TIME)
            LocalTime end,

            @NotNull @Min(5) @Max(240) @Nullable Integer slotMinutes,
            @Nullable @Size(max = 400) String breaks) {

        static DayForm empty() {
            return new DayForm(null, LocalTime.of(9, 0), LocalTime.of(12, 0), 20, "");
        }

        /** @throws InvalidInputException on {@code end} or {@code breaks} when the times do not fit */
        GridDay day() {
            if (date == null || start == null || end == null || slotMinutes == null) {
                throw new InvalidInputException("date", "jakarta.validation.constraints.NotNull.message");
            }
            if (!end.isAfter(start)) {
                throw new InvalidInputException("end", "event.error.end-before-start");
            }
            return new GridDay(date, start, end, slotMinutes, parseBreaks());
        }

        private List<TimeRange> parseBreaks() {
            if (breaks == null || breaks.isBlank()) {
                return List.of();
            }
            try {
                return Arrays.stream(breaks.split(","))
                        .map(String::strip)
                        .map(text -> text.split("-"))
                        .map(parts ->
                                new TimeRange(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip())))
                        .toList();
            } catch (RuntimeException e) {
                throw new InvalidInputException("breaks", "event.error.breaks");
            }
        }
    }
}
