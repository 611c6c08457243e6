package org.ketnoi.scheduling.agenda;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.TradeRoom;
import org.ketnoi.i18n.Language;
import org.ketnoi.scheduling.PublishedSchedules;
import org.ketnoi.scheduling.ScheduledMeeting;
import org.ketnoi.shared.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisers' view of the published schedule: grid per room and table, and the online meetings. */
@Service
@Transactional(readOnly = true)
public class ScheduleGrids {

    private final EventService events;
    private final PublishedSchedules schedules;
    private final ScheduleContexts contexts;

    ScheduleGrids(EventService events, PublishedSchedules schedules, ScheduleContexts contexts) {
        this.events = events;
        this.schedules = schedules;
        this.contexts = contexts;
    }

    /**
     * @throws org.ketnoi.event.EventNotFoundException when the reader may not see the event
     * @throws ForbiddenException unless the reader organises it
     */
    public ScheduleGrid grid(EventId id, AccountUser reader, Language language) {
        Event event = events.get(id, reader);
        if (!events.canManage(event, reader)) {
            throw new ForbiddenException("event.error.not-organiser");
        }
        ScheduleContext context = contexts.load(event, language);
        List<ScheduledMeeting> meetings = schedules.meetings(id);
        Instant reference =
                meetings.isEmpty() ? Instant.EPOCH : meetings.getFirst().start();
        List<ScheduleGrid.Room> rooms = new ArrayList<>();
        for (ConnectionPoint point : event.connectionPoints()) {
            for (TradeRoom room : point.tradeRooms()) {
                rooms.add(room(context, point, room, meetings, reference));
            }
        }
        ZoneId zone = event.zone();
        List<ScheduleGrid.Row> online = meetings.stream()
                .filter(ScheduledMeeting::online)
                .map(m -> new ScheduleGrid.Row(context.timeRange(m.start(), m.end(), zone), cell(context, m)))
                .toList();
        return new ScheduleGrid(
                id,
                context.text(event.title()),
                schedules.publishedVersion(id).orElse(null),
                rooms,
                context.zoneLabel(zone, "", reference),
                online);
    }

    private static ScheduleGrid.Room room(
            ScheduleContext context,
            ConnectionPoint point,
            TradeRoom room,
            List<ScheduledMeeting> meetings,
            Instant reference) {
        List<ScheduledMeeting> here = meetings.stream()
                .filter(m -> !m.online() && Objects.equals(m.tradeRoom(), room.id()))
                .toList();
        List<Integer> tables = IntStream.rangeClosed(1, Math.max(room.tables(), maxTable(here)))
                .boxed()
                .toList();
        List<ScheduleGrid.Slot> slots = new ArrayList<>();
        for (Instant start :
                here.stream().map(ScheduledMeeting::start).distinct().sorted().toList()) {
            List<ScheduledMeeting> inSlot =
                    here.stream().filter(m -> m.start().equals(start)).toList();
            List<ScheduleGrid.Cell> cells = new ArrayList<>();
            for (int table : tables) {
                cells.add(inSlot.stream()
                        .filter(m -> Objects.equals(m.table(), table))
                        .findFirst()
                        .map(m -> cell(context, m))
                        .orElse(null));
            }
            slots.add(new ScheduleGrid.Slot(
                    context.timeRange(start, inSlot.getFirst().end(), point.timeZone()), cells));
        }
        String pointName = context.text(point.name());
        return new ScheduleGrid.Room(
                context.text(room.name()),
                pointName,
                context.zoneLabel(point.timeZone(), pointName, reference),
                tables,
                slots);
    }

    private static int maxTable(List<ScheduledMeeting> meetings) {
        return meetings.stream()
                .map(ScheduledMeeting::table)
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
    }

    private static ScheduleGrid.Cell cell(ScheduleContext context, ScheduledMeeting meeting) {
        return new ScheduleGrid.Cell(
                context.companyName(meeting.first()),
                context.companyName(meeting.second()),
                context.interpreter(meeting.interpreter()),
                meeting.onlineUrl());
    }
}
