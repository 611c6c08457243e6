package org.ketnoi.scheduling.agenda;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.EventFixtures;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationFixtures.OpenEvent;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Published schedules written straight into the tables, as the scheduling write side leaves them:
 * versions, placed meetings (table or online room, interpreter, uid and sequence) and the accepted
 * requests behind them. Events come from {@link ParticipationFixtures#openEvent}: Hà Nội
 * (Asia/Ho_Chi_Minh), Hàng Châu (Asia/Shanghai, trade room "Textiles" with 8 tables) and online.
 */
@Component
public class AgendaFixtures {

    /** 09:00 in Hà Nội on the fixtures' event day; slots are 20 minutes. */
    public static final Instant NINE =
            OffsetDateTime.of(2027, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant();

    private final ParticipationFixtures events;
    private final ParticipationService participation;
    private final CompanyFixtures companies;
    private final AccountService accounts;
    private final JdbcClient jdbc;

    AgendaFixtures(
            ParticipationFixtures events,
            ParticipationService participation,
            CompanyFixtures companies,
            AccountService accounts,
            JdbcClient jdbc) {
        this.events = events;
        this.participation = participation;
        this.companies = companies;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    public record Side(ParticipationId id, CompanyId company, AccountUser user, String name) {}

    public OpenEvent event() {
        return events.openEvent(true);
    }

    public static Instant slot(int index) {
        return NINE.plusSeconds(20L * 60 * index);
    }

    /** A new company, registered at the event's point {@code point}, approved, its owner speaking {@code language}. */
    public Side side(OpenEvent event, int point, ParticipantRole role, Language language, String prefix) {
        CompanyFixtures.Owned company = companies.company(EventFixtures.unique(prefix));
        ParticipationId id = participation.register(
                event.id(),
                new Registration(company.id(), role, event.point(point), Attendance.IN_PERSON, Set.of(language)),
                company.owner());
        participation.approve(event.id(), id, event.organiser().user());
        accounts.changeLanguage(company.owner().id(), language);
        AccountUser user = accounts.findByEmail(company.owner().email()).orElseThrow();
        return new Side(id, company.id(), user, company.name());
    }

    public long room(OpenEvent event) {
        return event.event().connectionPoints().get(1).tradeRooms().getFirst().id();
    }

    public long interpreter(OpenEvent event, String name, @Nullable Long point, String pairs) {
        jdbc.sql("""
                INSERT INTO interpreter (event_id, name, connection_point_id, language_pairs, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(event.id().value(), name, point, pairs, at(NINE), at(NINE))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM interpreter WHERE event_id = ?")
                .param(event.id().value())
                .query(Long.class)
                .single();
    }

    /** An accepted meeting request between the two. */
    public long request(OpenEvent event, Side a, Side b) {
        Side first = a.id().value() < b.id().value() ? a : b;
        Side second = first == a ? b : a;
        jdbc.sql("""
                INSERT INTO meeting_request (event_id, first_id, second_id, first_company_id, second_company_id,
                    requester_id, first_accepted, second_accepted, status, requested_by, requested_at, expires_at,
                    active_pair)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, TRUE, 'ACCEPTED', ?, ?, ?, ?)""")
                .params(
                        event.id().value(),
                        first.id().value(),
                        second.id().value(),
                        first.company().value(),
                        second.company().value(),
                        first.id().value(),
                        first.user().id().value(),
                        at(NINE.minusSeconds(86_400 * 30)),
                        at(NINE),
                        first.id().value() + "-" + second.id().value())
                .update();
        return jdbc.sql("SELECT id FROM meeting_request WHERE event_id = ? AND first_id = ? AND second_id = ?")
                .params(event.id().value(), first.id().value(), second.id().value())
                .query(Long.class)
                .single();
    }

    /**
     * A new schedule version: published (the published one before it becomes superseded) or a draft.
     *
     * @return the schedule's id
     */
    public long version(OpenEvent event, int version, boolean publish) {
        long organiser = event.organiser().user().id().value();
        if (publish) {
            jdbc.sql("UPDATE schedule SET status = 'SUPERSEDED' WHERE event_id = ? AND status = 'PUBLISHED'")
                    .param(event.id().value())
                    .update();
        }
        jdbc.sql("""
                INSERT INTO schedule (event_id, version, status, created_by, created_at, published_by, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        event.id().value(),
                        version,
                        publish ? "PUBLISHED" : "DRAFT",
                        organiser,
                        at(NINE.minusSeconds(86_400)),
                        publish ? organiser : null,
                        publish ? at(NINE.minusSeconds(3_600)) : null)
                .update();
        return jdbc.sql("SELECT id FROM schedule WHERE event_id = ? AND version = ?")
                .params(event.id().value(), version)
                .query(Long.class)
                .single();
    }

    /** Where a placed meeting happens: a table of a trade room at a point, or an online room. */
    public record Place(
            @Nullable Long point,
            @Nullable Long room,
            @Nullable Integer table,
            @Nullable String url) {

        public static Place table(long point, long room, int table) {
            return new Place(point, room, table, null);
        }

        public static Place online(String url) {
            return new Place(null, null, null, url);
        }
    }

    /** Places the request's meeting in the schedule version, with its seats. */
    public void meeting(
            OpenEvent event,
            long schedule,
            long request,
            Side a,
            Side b,
            Instant start,
            Place place,
            @Nullable Long interpreter,
            String uid,
            int sequence) {
        Side first = a.id().value() < b.id().value() ? a : b;
        Side second = first == a ? b : a;
        jdbc.sql("""
                INSERT INTO scheduled_meeting (schedule_id, event_id, request_id, first_id, second_id, slot_start,
                    slot_end, connection_point_id, trade_room_id, table_number, online_url, interpreter_id, uid,
                    sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        schedule,
                        event.id().value(),
                        request,
                        first.id().value(),
                        second.id().value(),
                        at(start),
                        at(start.plusSeconds(20 * 60)),
                        place.point(),
                        place.room(),
                        place.table(),
                        place.url(),
                        interpreter,
                        uid,
                        sequence)
                .update();
        long meeting = jdbc.sql("SELECT id FROM scheduled_meeting WHERE schedule_id = ? AND request_id = ?")
                .params(schedule, request)
                .query(Long.class)
                .single();
        for (Side side : new Side[] {first, second}) {
            jdbc.sql(
                            "INSERT INTO scheduled_seat (schedule_id, participant_id, slot_start, meeting_id) VALUES (?, ?, ?, ?)")
                    .params(schedule, side.id().value(), at(start), meeting)
                    .update();
        }
    }

    /**
     * An event with version 1 published: Hà Nội's seller meets Hàng Châu's buyer online at 09:40 Hà Nội
     * time (10:40 in Hàng Châu), and the buyer meets a seller who travelled to Hàng Châu at table 3 of
     * the Textiles room at 10:00 Hàng Châu time (09:00 Hà Nội), with a vi–zh interpreter.
     */
    public record Scene(
            OpenEvent event,
            Side hanoi,
            Side hangzhou,
            Side traveller,
            long room,
            long interpreter,
            long onlineRequest,
            long tableRequest,
            String onlineUid,
            String tableUid,
            String onlineUrl) {}

    public Scene scene() {
        OpenEvent event = event();
        Side hanoi = side(event, 0, ParticipantRole.SELLER, Language.VI, "Cà phê Đắk Lắk");
        Side hangzhou = side(event, 1, ParticipantRole.BUYER, Language.ZH, "Hangzhou Tea");
        Side traveller = side(event, 1, ParticipantRole.SELLER, Language.VI, "Hồ tiêu Bình Phước");
        long room = room(event);
        long interpreter = interpreter(event, "Lê Thu Hà", event.point(1), "VI-ZH");
        long online = request(event, hanoi, hangzhou);
        long table = request(event, hangzhou, traveller);
        String onlineUid = uid();
        String tableUid = uid();
        String url = "https://meet.jit.si/ketnoi-" + UUID.randomUUID();
        long v1 = version(event, 1, true);
        meeting(event, v1, online, hanoi, hangzhou, slot(2), Place.online(url), null, onlineUid, 0);
        meeting(
                event,
                v1,
                table,
                hangzhou,
                traveller,
                slot(0),
                Place.table(event.point(1), room, 3),
                interpreter,
                tableUid,
                0);
        return new Scene(event, hanoi, hangzhou, traveller, room, interpreter, online, table, onlineUid, tableUid, url);
    }

    public static String uid() {
        return "m-" + UUID.randomUUID();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
