package org.ketnoi.scheduling.agenda;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.Interpreter;
import org.ketnoi.event.LanguagePair;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.TradeRoom;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.scheduling.ScheduledMeeting;
import org.springframework.context.MessageSource;

/**
 * Everything needed to describe an event's scheduled meetings in one language: its connection points
 * and rooms, participants, their companies and the interpreters, loaded once per page or export.
 */
final class ScheduleContext {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Event event;
    private final Language language;
    private final MessageSource messages;
    private final Map<Long, ConnectionPoint> points;
    private final Map<Long, TradeRoom> rooms;
    private final Map<ParticipationId, Participation> participants;
    private final Map<CompanyId, CompanySummary> companies;
    private final Map<Long, Interpreter> interpreters;

    ScheduleContext(
            Event event,
            Language language,
            MessageSource messages,
            List<Participation> participants,
            List<CompanySummary> companies,
            List<Interpreter> interpreters) {
        this.event = event;
        this.language = language;
        this.messages = messages;
        this.points =
                event.connectionPoints().stream().collect(Collectors.toMap(ConnectionPoint::id, Function.identity()));
        this.rooms = event.connectionPoints().stream()
                .flatMap(p -> p.tradeRooms().stream())
                .collect(Collectors.toMap(TradeRoom::id, Function.identity()));
        this.participants = participants.stream().collect(Collectors.toMap(Participation::id, Function.identity()));
        this.companies = companies.stream().collect(Collectors.toMap(CompanySummary::id, Function.identity()));
        this.interpreters = interpreters.stream().collect(Collectors.toMap(Interpreter::id, Function.identity()));
    }

    Event event() {
        return event;
    }

    Language language() {
        return language;
    }

    String text(LocalizedText text) {
        return text.in(language);
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }

    Optional<Participation> participant(ParticipationId id) {
        return Optional.ofNullable(participants.get(id));
    }

    Optional<ConnectionPoint> point(@Nullable Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(points.get(id));
    }

    Optional<ConnectionPoint> pointOf(ParticipationId participant) {
        return participant(participant).flatMap(p -> point(p.connectionPoint()));
    }

    /** The zone a participant reads times in: its connection point's, else the event's. */
    ZoneId zoneOf(ParticipationId participant) {
        return pointOf(participant).map(ConnectionPoint::timeZone).orElse(event.zone());
    }

    String pointName(@Nullable Long id) {
        return point(id).map(p -> text(p.name())).orElse("");
    }

    String roomName(@Nullable Long id) {
        TradeRoom room = id == null ? null : rooms.get(id);
        return room == null ? "" : text(room.name());
    }

    String companyName(ParticipationId participant) {
        return company(participant).map(c -> text(c.name())).orElse("");
    }

    Optional<CompanySummary> company(ParticipationId participant) {
        return participant(participant).map(p -> companies.get(p.company()));
    }

    String countryName(ParticipationId participant) {
        return company(participant)
                .map(c -> Locale.of("", c.country()).getDisplayCountry(language.locale()))
                .orElse("");
    }

    /** {@code GMT+7, Hà Nội}: the offset at {@code at} and the place whose clock it is. */
    String zoneLabel(ZoneId zone, String place, Instant at) {
        String offset = DateTimeFormatter.ofPattern("O", language.locale()).format(at.atZone(zone));
        return place.isEmpty() ? offset : message("agenda.zone", offset, place);
    }

    String timeRange(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        return message("agenda.time-range", TIME.format(from), TIME.format(to));
    }

    /** Table, room and connection point of an in-person meeting; {@code null} for online ones. */
    @Nullable
    String place(ScheduledMeeting meeting) {
        if (meeting.online()) {
            return null;
        }
        return message(
                "agenda.place", meeting.table(), roomName(meeting.tradeRoom()), pointName(meeting.connectionPoint()));
    }

    @Nullable
    String interpreter(@Nullable Long id) {
        Interpreter interpreter = id == null ? null : interpreters.get(id);
        if (interpreter == null) {
            return null;
        }
        String pairs = interpreter.pairs().stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .map(this::pair)
                .collect(Collectors.joining(", "));
        return message("agenda.interpreter", interpreter.name(), pairs);
    }

    private String pair(LanguagePair pair) {
        return message(
                "agenda.language-pair",
                message("lang." + pair.first().code()),
                message("lang." + pair.second().code()));
    }
}
