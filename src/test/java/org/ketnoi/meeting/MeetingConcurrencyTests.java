package org.ketnoi.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Many threads change one request, or open one for the same pair, at the same moment: exactly one wins. */
@IntegrationTest
class MeetingConcurrencyTests {

    private static final int THREADS = 8;

    @Autowired
    MeetingRequests meetings;

    @Autowired
    MeetingFixtures fixtures;

    @Autowired
    AuditLog audit;

    // Each test races transitions that exclude each other: once one is stored, the others are no
    // longer allowed, whether a thread read the request before or after the winner committed.

    @Test
    void acceptsAndDeclinesOfAPendingRequestAtOnce_exactlyOneWins() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = ask(event, seller, buyer);

        List<Object> outcomes = runAtOnce(actions(i -> i % 2 == 0
                ? () -> {
                    meetings.accept(event.id(), id, buyer.user());
                    return "ACCEPTED";
                }
                : () -> {
                    meetings.decline(event.id(), id, null, buyer.user());
                    return "DECLINED";
                }));

        assertOneWinner(outcomes, event, id, seller, 1);
    }

    @Test
    void requesterCancelsWhileTheRecipientDeclines_exactlyOneWins() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = ask(event, seller, buyer);

        List<Object> outcomes = runAtOnce(actions(i -> i % 2 == 0
                ? () -> {
                    meetings.cancel(event.id(), id, seller.user());
                    return "CANCELLED";
                }
                : () -> {
                    meetings.decline(event.id(), id, "Không phù hợp", buyer.user());
                    return "DECLINED";
                }));

        assertOneWinner(outcomes, event, id, seller, 1);
    }

    @Test
    void bothSidesCancellingAnAcceptedMeetingAtOnce_exactlyOneWins() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = ask(event, seller, buyer);
        meetings.accept(event.id(), id, buyer.user());

        List<Object> outcomes = runAtOnce(actions(i -> () -> {
            meetings.cancel(event.id(), id, (i % 2 == 0 ? seller : buyer).user());
            return "CANCELLED";
        }));

        assertOneWinner(outcomes, event, id, seller, 2);
    }

    private MeetingRequestId ask(org.ketnoi.event.ParticipationFixtures.OpenEvent event, Side from, Side to) {
        return meetings.request(event.id(), new NewMeetingRequest(null, to.id(), null, List.of()), from.user());
    }

    private static List<Callable<String>> actions(java.util.function.IntFunction<Callable<String>> action) {
        List<Callable<String>> actions = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            actions.add(action.apply(i));
        }
        return actions;
    }

    private void assertOneWinner(
            List<Object> outcomes,
            org.ketnoi.event.ParticipationFixtures.OpenEvent event,
            MeetingRequestId id,
            Side reader,
            int version) {
        List<Object> winners =
                outcomes.stream().filter(o -> o instanceof String).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !(o instanceof String)))
                .hasSize(THREADS - 1)
                .allMatch(o -> o instanceof ConflictException);
        MeetingRequest stored = meetings.get(event.id(), id, reader.user());
        assertThat(stored.status().name()).isEqualTo(winners.getFirst());
        assertThat(stored.version()).isEqualTo(version);
        assertThat(audit.forEvent(event.id().value(), 50).stream()
                        .map(AuditEntry::code)
                        .filter(c -> c.startsWith("meeting.request.") && !c.equals("meeting.request.created"))
                        .toList())
                .hasSize(version);
    }

    @Test
    void bothSidesRequestingAtOnce_openOneRequest() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        List<Callable<String>> actions = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Side from = i % 2 == 0 ? seller : buyer;
            Side to = i % 2 == 0 ? buyer : seller;
            actions.add(() -> {
                meetings.request(event.id(), new NewMeetingRequest(null, to.id(), null, List.of()), from.user());
                return "CREATED";
            });
        }

        List<Object> outcomes = runAtOnce(actions);

        assertThat(outcomes.stream().filter(o -> o instanceof String)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !(o instanceof String))).allMatch(o -> o instanceof ConflictException);
        assertThat(meetings.mine(event.id(), seller.user()).requests()).hasSize(1);
    }

    @Test
    void acceptsOfDifferentRequestsOfOneParticipantAtOnce_stayWithinTheMeetingLimit() throws Exception {
        var event = fixtures.event();
        meetings.changeSettings(
                event.id(), new MeetingSettings(20, 2, 14), event.organiser().user());
        // The race needs the threads to interleave: a few rounds make a lost update all but certain.
        for (int round = 0; round < 3; round++) {
            acceptAllAtOnce(event);
        }
    }

    private void acceptAllAtOnce(org.ketnoi.event.ParticipationFixtures.OpenEvent event) throws Exception {
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        List<MeetingRequestId> asked = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            asked.add(ask(event, fixtures.side(event, ParticipantRole.SELLER), buyer));
        }

        List<Object> outcomes = runAtOnce(actions(i -> () -> {
            meetings.accept(event.id(), asked.get(i), buyer.user());
            return "ACCEPTED";
        }));

        assertThat(outcomes.stream().filter(o -> o instanceof String)).hasSize(2);
        assertThat(outcomes.stream().filter(o -> !(o instanceof String)))
                .hasSize(THREADS - 2)
                .allSatisfy(o -> assertThat(o)
                        .isInstanceOfSatisfying(
                                ConflictException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("meeting.error.meeting-limit")));
        assertThat(meetings.mine(event.id(), buyer.user()).requests().stream()
                        .filter(r -> r.status() == MeetingRequestStatus.ACCEPTED))
                .hasSize(2);
    }

    /** Runs the actions on their own threads, released together; each outcome is a result or the exception. */
    private static List<Object> runAtOnce(List<Callable<String>> actions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(actions.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<String> action : actions) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return action.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
