package org.ketnoi.scheduling.agenda;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventResources;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.scheduling.PublishedSchedules;
import org.ketnoi.scheduling.ScheduledMeeting;
import org.ketnoi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants' agendas from the published schedule. A reader sees the agenda of its own company's
 * approved participation; the event's organisers see any participant's. Anything else is answered as
 * if the participant did not exist.
 */
@Service
@Transactional(readOnly = true)
public class AgendaService {

    private final EventService events;
    private final ParticipationService participation;
    private final EventResources resources;
    private final PublishedSchedules schedules;
    private final ScheduleContexts contexts;

    AgendaService(
            EventService events,
            ParticipationService participation,
            EventResources resources,
            PublishedSchedules schedules,
            ScheduleContexts contexts) {
        this.events = events;
        this.participation = participation;
        this.resources = resources;
        this.schedules = schedules;
        this.contexts = contexts;
    }

    /** The reader's own approved participations in the event, oldest first. */
    public List<Participation> own(EventId event, AccountUser reader) {
        return participation.mine(event, reader).stream()
                .filter(p -> p.status() == ParticipationStatus.APPROVED)
                .sorted(Comparator.comparing(p -> p.id().value()))
                .toList();
    }

    /**
     * The agenda of {@code requested}, or of the reader's first own participation when it is
     * {@code null}, in {@code language}.
     *
     * @throws NotFoundException when the event is hidden from the reader, the reader has no
     *     participation to show, or {@code requested} is neither the reader's nor in an event the
     *     reader organises
     */
    public Agenda agenda(EventId eventId, AccountUser reader, @Nullable ParticipationId requested, Language language) {
        Event event = events.get(eventId, reader);
        Participation participant = readable(event, reader, requested);
        return build(contexts.load(event, language), participant);
    }

    private Participation readable(Event event, AccountUser reader, @Nullable ParticipationId requested) {
        List<Participation> own = own(event.id(), reader);
        if (requested == null) {
            return own.stream().findFirst().orElseThrow(() -> new NotFoundException("agenda.error.no-participation"));
        }
        return own.stream()
                .filter(p -> p.id().equals(requested))
                .findFirst()
                .or(() -> events.canManage(event, reader)
                        ? resources.participants(event.id()).stream()
                                .filter(p -> p.id().equals(requested))
                                .findFirst()
                        : Optional.<Participation>empty())
                .orElseThrow(() -> new NotFoundException("agenda.error.not-found"));
    }

    private Agenda build(ScheduleContext context, Participation participant) {
        EventId event = context.event().id();
        ParticipationId me = participant.id();
        List<ScheduledMeeting> current = schedules.meetingsOf(event, me);
        Set<String> kept = current.stream().map(ScheduledMeeting::uid).collect(Collectors.toSet());
        Map<String, ScheduledMeeting> dropped = new LinkedHashMap<>();
        for (ScheduledMeeting former : schedules.formerlyPublishedMeetingsOf(event, me)) {
            if (!kept.contains(former.uid())) {
                dropped.put(former.uid(), former);
            }
        }
        ZoneId zone = context.zoneOf(me);
        Instant reference = current.isEmpty()
                ? context.event().slots().stream()
                        .findFirst()
                        .map(s -> s.start())
                        .orElse(Instant.EPOCH)
                : current.getFirst().start();
        return new Agenda(
                event,
                context.text(context.event().title()),
                me,
                context.companyName(me),
                context.language(),
                zone,
                context.zoneLabel(zone, context.pointName(participant.connectionPoint()), reference),
                schedules.publishedVersion(event).orElse(null),
                current.stream()
                        .map(m -> entry(context, me, zone, m, m.sequence()))
                        .toList(),
                dropped.values().stream()
                        .sorted(Comparator.comparing(ScheduledMeeting::start))
                        .map(m -> entry(context, me, zone, m, m.sequence() + 1))
                        .toList());
    }

    private static AgendaMeeting entry(
            ScheduleContext context, ParticipationId me, ZoneId zone, ScheduledMeeting meeting, int sequence) {
        ParticipationId partner = meeting.partnerOf(me);
        ZoneId partnerZone = context.zoneOf(partner);
        String partnerTime = null;
        if (meeting.online()
                && !partnerZone
                        .getRules()
                        .getOffset(meeting.start())
                        .equals(zone.getRules().getOffset(meeting.start()))) {
            String partnerPlace =
                    context.pointOf(partner).map(p -> context.text(p.name())).orElse("");
            partnerTime = context.message(
                    "agenda.partner-time",
                    context.timeRange(meeting.start(), meeting.end(), partnerZone),
                    context.zoneLabel(partnerZone, partnerPlace, meeting.start()));
        }
        return new AgendaMeeting(
                meeting.uid(),
                sequence,
                meeting.start(),
                meeting.end(),
                meeting.start().atZone(zone).toLocalDate(),
                context.timeRange(meeting.start(), meeting.end(), zone),
                partnerTime,
                context.place(meeting),
                meeting.onlineUrl(),
                partner.value(),
                context.company(partner).map(c -> c.id().value()).orElse(null),
                context.companyName(partner),
                context.countryName(partner),
                context.interpreter(meeting.interpreter()));
    }
}
