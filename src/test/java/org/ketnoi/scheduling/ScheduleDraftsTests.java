package org.ketnoi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ScheduleDraftsTests {

    @Autowired
    ScheduleFixtures fixtures;

    @Autowired
    ScheduleRuns runs;

    @Autowired
    ScheduleDrafts drafts;

    @Autowired
    PublishedSchedules published;

    @Autowired
    AuditLog audit;

    @Autowired
    ParticipationService participations;

    @Autowired
    CompanyFixtures companies;

    @Autowired
    ApplicationEvents events;

    @Test
    void runNow_placesAcceptedMeetingsAtTablesOfTheSidesConnectionPoint() {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        Side buyer = fixtures.buyer(event);
        Side other = fixtures.buyer(event);
        MeetingRequestId first = fixtures.accepted(event, seller, buyer);
        MeetingRequestId second = fixtures.accepted(event, seller, other);

        ScheduleRun run = runs.runNow(event.id(), event.organiser().user());

        assertThat(run.status()).isEqualTo(ScheduleRun.FINISHED);
        assertThat(run.requested()).isEqualTo(2);
        assertThat(run.scheduled()).isEqualTo(2);
        assertThat(run.scheduleVersion()).isEqualTo(1);
        ScheduleView draft =
                drafts.view(event.id(), ScheduleStatus.DRAFT, event.organiser().user());
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.meetings()).extracting(ScheduledMeeting::request).containsExactlyInAnyOrder(first, second);
        long hangzhouRoom =
                event.event().connectionPoints().get(1).tradeRooms().getFirst().id();
        assertThat(draft.meetings()).allSatisfy(m -> {
            assertThat(m.connectionPoint()).isEqualTo(event.point(1));
            assertThat(m.tradeRoom()).isEqualTo(hangzhouRoom);
            assertThat(m.table()).isBetween(1, 8);
            assertThat(m.onlineUrl()).isNull();
            assertThat(m.sequence()).isZero();
            assertThat(m.uid()).endsWith("@ketnoi");
        });
        // The seller is in both: two different slots, next to each other.
        assertThat(draft.meetings().get(0).start())
                .isNotEqualTo(draft.meetings().get(1).start());
        assertThat(draft.unscheduled()).isEmpty();
        assertThat(published.meetings(event.id())).isEmpty();
        assertThat(codes(event)).contains("scheduling.run.started", "scheduling.run.finished");
    }

    @Test
    void sidesAtDifferentPointsWithoutACommonLanguage_meetOnlineWithARemoteInterpreter() {
        var event = fixtures.event();
        Side buyer = fixtures.buyer(event);
        CompanyFixtures.Owned company = companies.company(org.ketnoi.event.EventFixtures.unique("Vi"));
        ParticipationId vietnamese = participations.enrol(
                event.id(),
                new Registration(
                        company.id(),
                        ParticipantRole.SELLER,
                        event.point(0),
                        Attendance.IN_PERSON,
                        Set.of(Language.VI)),
                event.organiser().user());
        Side seller = new Side(vietnamese, company.id(), company.owner(), company.name());
        long interpreter = fixtures.interpreter(event.id(), "Lan", null, "VI-ZH");
        fixtures.accepted(event, seller, buyer);

        runs.runNow(event.id(), event.organiser().user());

        ScheduledMeeting meeting = drafts.view(
                        event.id(), ScheduleStatus.DRAFT, event.organiser().user())
                .meetings()
                .getFirst();
        assertThat(meeting.online()).isTrue();
        assertThat(meeting.onlineUrl())
                .startsWith("https://meet.jit.si/KetNoi-")
                .hasSize("https://meet.jit.si/KetNoi-".length() + 32);
        assertThat(meeting.tradeRoom()).isNull();
        assertThat(meeting.interpreter()).isEqualTo(interpreter);
    }

    @Test
    void noInterpreterForThePair_leavesTheMeetingUnscheduledWithAReasonAndAWarning() {
        var event = fixtures.event();
        Side buyer = fixtures.buyer(event);
        CompanyFixtures.Owned company = companies.company(org.ketnoi.event.EventFixtures.unique("Vi"));
        ParticipationId vietnamese = participations.enrol(
                event.id(),
                new Registration(
                        company.id(),
                        ParticipantRole.SELLER,
                        event.point(0),
                        Attendance.IN_PERSON,
                        Set.of(Language.VI)),
                event.organiser().user());
        fixtures.interpreter(event.id(), "Wei", null, "ZH-EN");
        MeetingRequestId request =
                fixtures.accepted(event, new Side(vietnamese, company.id(), company.owner(), company.name()), buyer);

        runs.runNow(event.id(), event.organiser().user());

        ScheduleView draft =
                drafts.view(event.id(), ScheduleStatus.DRAFT, event.organiser().user());
        assertThat(draft.meetings()).isEmpty();
        assertThat(draft.unscheduled())
                .extracting(UnscheduledRequest::request, UnscheduledRequest::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(request, "NO_INTERPRETER"));
        assertThat(draft.warnings())
                .extracting(ScheduleWarning::code)
                .containsExactly("no-meeting", "interpreter-missing");
        assertThat(draft.warnings().get(1).arguments()).containsExactly("VI – ZH", 1);
    }

    @Test
    void publish_thenReRunAfterAnUnavailability_keepsOtherMeetingsAndRaisesTheMovedOnesSequence() {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        Side buyer = fixtures.buyer(event);
        Side other = fixtures.buyer(event);
        MeetingRequestId first = fixtures.accepted(event, seller, buyer);
        MeetingRequestId second = fixtures.accepted(event, other, fixtures.seller(event));
        runs.runNow(event.id(), event.organiser().user());

        SchedulePublished publication =
                drafts.publish(event.id(), event.organiser().user());

        assertThat(publication.version()).isEqualTo(1);
        assertThat(publication.firstPublication()).isTrue();
        assertThat(publication.changed()).hasSize(4).contains(seller.id(), buyer.id(), other.id());
        assertThat(events.stream(SchedulePublished.class)).containsExactly(publication);
        List<ScheduledMeeting> before = published.meetings(event.id());
        assertThat(before).hasSize(2);
        ScheduledMeeting moving = before.stream()
                .filter(m -> m.request().equals(first))
                .findFirst()
                .orElseThrow();
        ScheduledMeeting staying = before.stream()
                .filter(m -> m.request().equals(second))
                .findFirst()
                .orElseThrow();
        fixtures.unavailable(event.id(), buyer, moving.start());

        runs.runNow(event.id(), event.organiser().user());
        List<ScheduleChange> changes =
                drafts.changes(event.id(), event.organiser().user());
        SchedulePublished again = drafts.publish(event.id(), event.organiser().user());

        assertThat(changes)
                .extracting(ScheduleChange::kind, ScheduleChange::request)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScheduleChange.MOVED, first));
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.previousVersion()).isEqualTo(1);
        assertThat(again.changed()).containsExactlyInAnyOrder(seller.id(), buyer.id());
        List<ScheduledMeeting> after = published.meetings(event.id());
        ScheduledMeeting moved = after.stream()
                .filter(m -> m.request().equals(first))
                .findFirst()
                .orElseThrow();
        ScheduledMeeting kept = after.stream()
                .filter(m -> m.request().equals(second))
                .findFirst()
                .orElseThrow();
        assertThat(moved.start()).isNotEqualTo(moving.start());
        assertThat(moved.uid()).isEqualTo(moving.uid());
        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(kept.start()).isEqualTo(staying.start());
        assertThat(kept.table()).isEqualTo(staying.table());
        assertThat(kept.sequence()).isZero();
        assertThat(kept.uid()).isEqualTo(staying.uid());
        assertThat(codes(event)).contains("scheduling.schedule.published");
    }

    @Test
    void move_pinsTheMeetingAndRefusesDoubleBookingAndUnavailableSlots() {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        Side buyer = fixtures.buyer(event);
        Side other = fixtures.buyer(event);
        MeetingRequestId first = fixtures.accepted(event, seller, buyer);
        MeetingRequestId second = fixtures.accepted(event, seller, other);
        List<Instant> slots = fixtures.slots(event);
        fixtures.unavailable(event.id(), other, slots.get(2));
        runs.runNow(event.id(), event.organiser().user());
        var organiser = event.organiser().user();
        Instant secondAt = meeting(event, second).start();
        Instant free = slots.stream()
                .filter(s ->
                        !s.equals(secondAt) && !s.equals(meeting(event, first).start()))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> drafts.move(event.id(), first, secondAt, null, null, organiser))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("scheduling.error.participant-busy");
        assertThatThrownBy(() -> drafts.move(event.id(), second, slots.get(2), null, null, organiser))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        drafts.move(event.id(), first, Instant.parse("2020-01-01T00:00:00Z"), null, null, organiser))
                .isInstanceOf(InvalidInputException.class);

        ScheduledMeeting moved = drafts.move(event.id(), first, free, null, 5, organiser);

        assertThat(moved.start()).isEqualTo(free);
        assertThat(moved.table()).isEqualTo(5);
        ScheduledMeeting stored = meeting(event, first);
        assertThat(stored.pinned()).isTrue();
        assertThat(stored.start()).isEqualTo(free);
        assertThat(stored.table()).isEqualTo(5);
        assertThat(codes(event)).contains("scheduling.meeting.moved");

        // A re-run keeps the pinned meeting where the organiser put it.
        runs.runNow(event.id(), organiser);
        assertThat(meeting(event, first).start()).isEqualTo(free);
        assertThat(meeting(event, first).pinned()).isTrue();
    }

    @Test
    void remove_keepsTheRequestOutOfReRunsUntilRestored() {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        Side buyer = fixtures.buyer(event);
        MeetingRequestId request = fixtures.accepted(event, seller, buyer);
        var organiser = event.organiser().user();
        runs.runNow(event.id(), organiser);

        drafts.remove(event.id(), request, organiser);
        runs.runNow(event.id(), organiser);

        ScheduleView draft = drafts.view(event.id(), ScheduleStatus.DRAFT, organiser);
        assertThat(draft.meetings()).isEmpty();
        assertThat(draft.unscheduled()).extracting(UnscheduledRequest::reason).containsExactly("REMOVED");

        drafts.restore(event.id(), request, organiser);
        assertThat(drafts.view(event.id(), ScheduleStatus.DRAFT, organiser).unscheduled())
                .extracting(UnscheduledRequest::reason)
                .containsExactly("NOT_RUN");
        runs.runNow(event.id(), organiser);
        assertThat(drafts.view(event.id(), ScheduleStatus.DRAFT, organiser).meetings())
                .hasSize(1);
        assertThat(codes(event)).contains("scheduling.meeting.removed", "scheduling.request.restored");
        assertThatThrownBy(() -> drafts.restore(event.id(), request, organiser)).isInstanceOf(ConflictException.class);
    }

    @Test
    void priority_outOfRangeIsRefusedAndAHigherPriorityWinsTheLastSlot() {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        List<Side> buyers =
                List.of(fixtures.buyer(event), fixtures.buyer(event), fixtures.buyer(event), fixtures.buyer(event));
        List<MeetingRequestId> requests =
                buyers.stream().map(b -> fixtures.accepted(event, seller, b)).toList();
        var organiser = event.organiser().user();

        assertThatThrownBy(() -> drafts.prioritise(event.id(), requests.get(3), 4, organiser))
                .isInstanceOf(InvalidInputException.class);
        drafts.prioritise(event.id(), requests.get(3), 3, organiser);
        runs.runNow(event.id(), organiser);

        // Three slots for four meetings of one seller: the prioritised one is placed.
        ScheduleView draft = drafts.view(event.id(), ScheduleStatus.DRAFT, organiser);
        assertThat(draft.meetings())
                .hasSize(3)
                .extracting(ScheduledMeeting::request)
                .contains(requests.get(3));
        assertThat(draft.unscheduled()).hasSize(1);
        assertThat(draft.priorityOf(requests.get(3))).isEqualTo(3);
    }

    @Test
    void startInTheBackground_finishesAndWritesTheDraft() throws Exception {
        var event = fixtures.event();
        fixtures.accepted(event, fixtures.seller(event), fixtures.buyer(event));
        var organiser = event.organiser().user();

        ScheduleRun started = runs.start(event.id(), organiser);
        ScheduleRun run = started;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (run.running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            run = runs.run(event.id(), started.id(), organiser);
        }

        assertThat(run.status()).isEqualTo(ScheduleRun.FINISHED);
        assertThat(run.scheduled()).isEqualTo(1);
        assertThat(run.finishedAt()).isNotNull();
        assertThat(drafts.view(event.id(), ScheduleStatus.DRAFT, organiser).meetings())
                .hasSize(1);
        assertThatThrownBy(() -> runs.stop(event.id(), started.id(), organiser)).isInstanceOf(ConflictException.class);
    }

    @Test
    void outsiders_findNoSchedule() {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        fixtures.accepted(event, seller, fixtures.buyer(event));
        runs.runNow(event.id(), event.organiser().user());
        var otherEvent = fixtures.event();

        assertThatThrownBy(() -> drafts.view(event.id(), ScheduleStatus.DRAFT, seller.user()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> drafts.view(
                        event.id(), ScheduleStatus.DRAFT, otherEvent.organiser().user()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runs.runNow(event.id(), otherEvent.organiser().user()))
                .isInstanceOf(NotFoundException.class);
        long run =
                runs.latest(event.id(), event.organiser().user()).orElseThrow().id();
        assertThatThrownBy(() ->
                        runs.run(otherEvent.id(), run, otherEvent.organiser().user()))
                .isInstanceOf(NotFoundException.class);
    }

    private ScheduledMeeting meeting(ParticipationFixtures.OpenEvent event, MeetingRequestId request) {
        return drafts.view(event.id(), ScheduleStatus.DRAFT, event.organiser().user()).meetings().stream()
                .filter(m -> m.request().equals(request))
                .findFirst()
                .orElseThrow();
    }

    private Set<String> codes(ParticipationFixtures.OpenEvent event) {
        Set<String> codes = new HashSet<>();
        audit.forEvent(event.id().value(), 200).stream().map(AuditEntry::code).forEach(codes::add);
        return codes;
    }
}
