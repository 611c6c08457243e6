package org.ketnoi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingFixtures;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.meeting.NewMeetingRequest;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Organisers manage their event's interpreters; nobody else sees or changes them. */
@IntegrationTest
@RecordApplicationEvents
class InterpreterServiceTests {

    private static final Instant NINE = Instant.parse("2027-03-10T02:00:00Z");
    private static final LanguagePair VI_ZH = LanguagePair.of(Language.VI, Language.ZH);
    private static final LanguagePair ZH_EN = LanguagePair.of(Language.ZH, Language.EN);

    @Autowired
    InterpreterService interpreters;

    @Autowired
    EventResources resources;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    MeetingFixtures meetingFixtures;

    @Autowired
    MeetingRequests meetings;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents published;

    @Test
    void organiser_addsChangesAndRemoves_auditedAndPublished() {
        var event = fixtures.openEvent(true);
        var organiser = event.organiser().user();

        long id = interpreters.add(
                event.id(),
                new InterpreterDetails(
                        "  Lê Thu Hà ", "ha@example.vn", "+84 912 345 678", event.point(0), Set.of(VI_ZH)),
                organiser);
        interpreters.change(
                event.id(), id, new InterpreterDetails("Lê Thu Hà", "", null, null, Set.of(VI_ZH, ZH_EN)), organiser);
        interpreters.replaceUnavailability(event.id(), id, List.of(NINE), organiser);

        Interpreter stored = interpreters.get(event.id(), id, organiser);
        assertThat(stored.name()).isEqualTo("Lê Thu Hà");
        assertThat(stored.email()).isNull();
        assertThat(stored.remote()).isTrue();
        assertThat(stored.pairs()).containsExactlyInAnyOrder(VI_ZH, ZH_EN);
        assertThat(resources.interpreterUnavailability(event.id())).containsEntry(id, Set.of(NINE));
        assertThat(interpreters.list(event.id(), organiser))
                .extracting(Interpreter::id)
                .containsExactly(id);

        interpreters.remove(event.id(), id, organiser);

        assertThat(resources.interpreters(event.id())).isEmpty();
        assertThat(resources.interpreterUnavailability(event.id())).isEmpty();
        assertThat(audit.forEvent(event.id().value(), 10))
                .extracting(AuditEntry::code)
                .containsSubsequence(
                        "event.interpreter.removed",
                        "event.interpreter.availability-changed",
                        "event.interpreter.changed",
                        "event.interpreter.added");
        assertThat(published.stream(InterpreterAdded.class)).containsExactly(new InterpreterAdded(event.id(), id));
        assertThat(published.stream(InterpreterChanged.class)).hasSize(2);
        assertThat(published.stream(InterpreterRemoved.class)).containsExactly(new InterpreterRemoved(event.id(), id));
    }

    @Test
    void invalidDetails_areRejectedByField_andNothingIsStored() {
        var event = fixtures.openEvent(true);
        var organiser = event.organiser().user();
        var other = fixtures.openEvent(true);
        long onlinePoint = event.point(2);

        assertRejected(event, new InterpreterDetails(" ", null, null, null, Set.of(VI_ZH)), "name", "name-required");
        assertRejected(
                event,
                new InterpreterDetails("Hà", "not-an-address", null, null, Set.of(VI_ZH)),
                "email",
                "email-invalid");
        assertRejected(
                event, new InterpreterDetails("Hà", null, "call me", null, Set.of(VI_ZH)), "phone", "phone-invalid");
        assertRejected(
                event,
                new InterpreterDetails("Hà", null, null, onlinePoint, Set.of(VI_ZH)),
                "connectionPoint",
                "point-invalid");
        assertRejected(
                event,
                new InterpreterDetails("Hà", null, null, other.point(0), Set.of(VI_ZH)),
                "connectionPoint",
                "point-invalid");
        assertRejected(event, new InterpreterDetails("Hà", null, null, null, Set.of()), "pairs", "pairs-required");
        long id =
                interpreters.add(event.id(), new InterpreterDetails("Hà", null, null, null, Set.of(VI_ZH)), organiser);
        assertThatThrownBy(() ->
                        interpreters.replaceUnavailability(event.id(), id, List.of(NINE.plusSeconds(600)), organiser))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("availability.error.unknown-slot"));

        assertThat(resources.interpreters(event.id()))
                .extracting(Interpreter::id)
                .containsExactly(id);
        assertThat(resources.interpreterUnavailability(event.id())).isEmpty();
    }

    @Test
    void anotherEventsOrganiser_andInterpretersOfAnotherEvent_doNotLeak() {
        var event = fixtures.openEvent(true);
        var other = fixtures.openEvent(true);
        long mine = interpreters.add(
                event.id(),
                new InterpreterDetails("Hà", null, null, null, Set.of(VI_ZH)),
                event.organiser().user());
        long theirs = interpreters.add(
                other.id(),
                new InterpreterDetails("王芳", null, null, null, Set.of(ZH_EN)),
                other.organiser().user());
        var stranger = other.organiser().user();

        assertThatThrownBy(() -> interpreters.list(event.id(), stranger)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> interpreters.remove(event.id(), mine, stranger))
                .isInstanceOf(ForbiddenException.class);
        var organiser = event.organiser().user();
        assertThatThrownBy(() -> interpreters.get(event.id(), theirs, organiser))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> interpreters.change(
                        event.id(), theirs, new InterpreterDetails("X", null, null, null, Set.of(VI_ZH)), organiser))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> interpreters.remove(event.id(), theirs, organiser))
                .isInstanceOf(NotFoundException.class);
        assertThat(interpreters.list(event.id(), organiser))
                .extracting(Interpreter::id)
                .containsExactly(mine);
        assertThat(resources.interpreters(other.id()).getFirst().name()).isEqualTo("王芳");
    }

    @Test
    void interpreterPlacedInAScheduledMeeting_isNotRemoved() {
        var event = fixtures.openEvent(true);
        var organiser = event.organiser().user();
        long id =
                interpreters.add(event.id(), new InterpreterDetails("Hà", null, null, null, Set.of(VI_ZH)), organiser);
        placeInAMeeting(event, id);

        assertThatThrownBy(() -> interpreters.remove(event.id(), id, organiser))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("interpreter.error.scheduled");
                    assertThat(e.arguments()).containsExactly("Hà");
                });
        assertThat(resources.interpreters(event.id()))
                .extracting(Interpreter::id)
                .containsExactly(id);
    }

    private void assertRejected(
            ParticipationFixtures.OpenEvent event, InterpreterDetails details, String field, String key) {
        assertThatThrownBy(() ->
                        interpreters.add(event.id(), details, event.organiser().user()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo("interpreter.error." + key);
                });
        assertThat(resources.interpreters(event.id())).isEmpty();
    }

    private void placeInAMeeting(ParticipationFixtures.OpenEvent event, long interpreter) {
        var seller = meetingFixtures.side(event, ParticipantRole.SELLER);
        var buyer = meetingFixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId request =
                meetings.request(event.id(), new NewMeetingRequest(null, buyer.id(), null, List.of()), seller.user());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO schedule (event_id, version, status, created_by, created_at)
                VALUES (?, 1, 'DRAFT', ?, ?)""")
                .params(event.id().value(), event.organiser().user().id().value(), now)
                .update();
        long schedule = jdbc.sql("SELECT MAX(id) FROM schedule WHERE event_id = ?")
                .param(event.id().value())
                .query(Long.class)
                .single();
        long first = Math.min(seller.id().value(), buyer.id().value());
        long second = Math.max(seller.id().value(), buyer.id().value());
        jdbc.sql("""
                INSERT INTO scheduled_meeting (schedule_id, event_id, request_id, first_id, second_id, slot_start,
                    slot_end, online_url, interpreter_id, uid)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'https://meet.example/k', ?, ?)""")
                .params(
                        schedule,
                        event.id().value(),
                        request.value(),
                        first,
                        second,
                        OffsetDateTime.ofInstant(NINE, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(NINE.plusSeconds(1200), ZoneOffset.UTC),
                        interpreter,
                        "uid-" + request.value())
                .update();
    }
}
