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

    @Test
    void acceptsDeclinesAndCancelsAtOnce_exactlyOneTransitionWins() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id =
                meetings.request(event.id(), new NewMeetingRequest(null, buyer.id(), null, List.of()), seller.user());
        List<Callable<String>> actions = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            actions.add(
                    switch (i % 3) {
                        case 0 ->
                            () -> {
                                meetings.accept(event.id(), id, buyer.user());
                                return "ACCEPTED";
                            };
                        case 1 ->
                            () -> {
                                meetings.decline(event.id(), id, null, buyer.user());
                                return "DECLINED";
                            };
                        default ->
                            () -> {
                                meetings.cancel(event.id(), id, seller.user());
                                return "CANCELLED";
                            };
                    });
        }

        List<Object> outcomes = runAtOnce(actions);

        List<Object> winners =
                outcomes.stream().filter(o -> o instanceof String).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !(o instanceof String)))
                .hasSize(THREADS - 1)
                .allMatch(o -> o instanceof ConflictException);
        MeetingRequest stored = meetings.get(event.id(), id, seller.user());
        assertThat(stored.status().name()).isEqualTo(winners.getFirst());
        assertThat(stored.version()).isEqualTo(1);
        assertThat(audit.forEvent(event.id().value(), 20).stream()
                        .map(AuditEntry::code)
                        .filter(c -> c.startsWith("meeting.request.") && !c.equals("meeting.request.created"))
                        .toList())
                .hasSize(1);
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
