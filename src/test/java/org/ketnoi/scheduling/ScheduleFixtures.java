package org.ketnoi.scheduling;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.meeting.MeetingFixtures;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.meeting.MeetingPair;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.meeting.MeetingRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open events with accepted meetings to schedule. The fixtures' participants attend Hangzhou in
 * person (a textile room with 8 tables) and speak Chinese; the grid has three 20-minute slots.
 */
@Component
public class ScheduleFixtures {

    private final MeetingFixtures meetings;
    private final MeetingRequests requests;
    private final JdbcClient jdbc;

    ScheduleFixtures(MeetingFixtures meetings, MeetingRequests requests, JdbcClient jdbc) {
        this.meetings = meetings;
        this.requests = requests;
        this.jdbc = jdbc;
    }

    public ParticipationFixtures.OpenEvent event() {
        return meetings.event();
    }

    public Side seller(ParticipationFixtures.OpenEvent event) {
        return meetings.side(event, ParticipantRole.SELLER);
    }

    public Side buyer(ParticipationFixtures.OpenEvent event) {
        return meetings.side(event, ParticipantRole.BUYER);
    }

    /** An accepted meeting between the two sides, created by the organiser. */
    public MeetingRequestId accepted(ParticipationFixtures.OpenEvent event, Side a, Side b) {
        return requests.arrange(
                event.id(),
                MeetingPair.of(a.id(), b.id()),
                null,
                true,
                event.organiser().user());
    }

    public void unavailable(EventId event, Side side, Instant slot) {
        jdbc.sql("INSERT INTO participant_unavailable_slot (event_id, participant_id, slot_start) VALUES (?, ?, ?)")
                .params(event.value(), side.id().value(), OffsetDateTime.ofInstant(slot, ZoneOffset.UTC))
                .update();
    }

    /** An interpreter of the event; {@code point} null: remote, online meetings only. */
    public long interpreter(EventId event, String name, @Nullable Long point, String pairs) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO interpreter (event_id, name, connection_point_id, language_pairs, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(event.value(), name, point, pairs, now, now).update();
        return jdbc.sql("SELECT MAX(id) FROM interpreter WHERE event_id = ?")
                .params(event.value())
                .query(Long.class)
                .single();
    }

    public List<Instant> slots(ParticipationFixtures.OpenEvent event) {
        return event.event().slots().stream().map(org.ketnoi.event.Slot::start).toList();
    }
}
