package org.ketnoi.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.notification.Notice;
import org.ketnoi.notification.Notices;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Reminders and expiry on a clock the test moves; the sweep is called directly, as the scheduler would.
 * The sweep covers every event, so the clock never moves past the default deadline (7 days).
 */
@IntegrationTest
class MeetingDeadlinesTests {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }

    @Autowired
    MovableClock clock;

    @Autowired
    Clock appClock;

    @Autowired
    MeetingDeadlines deadlines;

    @Autowired
    MeetingRequests meetings;

    @Autowired
    MeetingFixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    Notices notices;

    @BeforeEach
    void now() {
        clock.set(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    private static NewMeetingRequest ask(Side to) {
        return new NewMeetingRequest(null, to.id(), null, List.of());
    }

    @Test
    void sweep_remindsTheRecipientOnceAfterTheDelayThenExpiresAtTheEventsDeadline() {
        assertThat(appClock).isSameAs(clock);
        var event = fixtures.event();
        meetings.changeSettings(
                event.id(), new MeetingSettings(20, 12, 4), event.organiser().user());
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = meetings.request(event.id(), ask(buyer), seller.user());

        clock.advance(Duration.ofDays(1));
        deadlines.sweep();
        assertThat(meetings.get(event.id(), id, buyer.user()).remindedAt()).isNull();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        deadlines.sweep();
        Instant reminded = meetings.get(event.id(), id, buyer.user()).remindedAt();
        assertThat(reminded).isEqualTo(clock.instant());
        clock.advance(Duration.ofHours(1));
        deadlines.sweep();
        assertThat(meetings.get(event.id(), id, buyer.user()).remindedAt()).isEqualTo(reminded);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> texts(buyer).stream().anyMatch(t -> t.startsWith("Reminder:")));

        clock.advance(Duration.ofDays(2));
        deadlines.sweep();
        MeetingRequest expired = meetings.get(event.id(), id, seller.user());
        assertThat(expired.status()).isEqualTo(MeetingRequestStatus.EXPIRED);
        assertThat(meetings.pairsWithHistory(event.id())).containsExactly(MeetingPair.of(seller.id(), buyer.id()));
        assertThat(audit.forEvent(event.id().value(), 10).stream()
                        .map(AuditEntry::code)
                        .filter(code -> code.startsWith("meeting.request."))
                        .toList())
                .containsExactly("meeting.request.expired", "meeting.request.reminded", "meeting.request.created");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> texts(seller).stream().anyMatch(t -> t.contains("expired unanswered")));
    }

    @Test
    void sweep_leavesAcceptedMeetingsAlone() {
        var event = fixtures.event();
        meetings.changeSettings(
                event.id(), new MeetingSettings(20, 12, 1), event.organiser().user());
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = meetings.request(event.id(), ask(buyer), seller.user());
        meetings.accept(event.id(), id, buyer.user());

        // Past the reminder delay and this event's deadline, but not the default one: the demo's and
        // other tests' pending requests in the shared database stay pending.
        clock.advance(Duration.ofDays(3));
        deadlines.sweep();

        MeetingRequest accepted = meetings.get(event.id(), id, seller.user());
        assertThat(accepted.status()).isEqualTo(MeetingRequestStatus.ACCEPTED);
        assertThat(accepted.remindedAt()).isNull();
    }

    private List<String> texts(Side side) {
        return notices.recent(side.user().id(), Language.EN, 20).stream()
                .map(Notice::text)
                .toList();
    }
}
