package org.ketnoi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Organisers move draft meetings at the same moment into one slot and table, or put one participant's
 * meetings into one slot: whatever the interleaving, nobody, no table and no interpreter is double
 * booked, and the losers get a conflict.
 */
@IntegrationTest
class ScheduleConcurrencyTests {

    private static final int THREADS = 6;

    @Autowired
    ScheduleFixtures fixtures;

    @Autowired
    ScheduleRuns runs;

    @Autowired
    ScheduleDrafts drafts;

    @Test
    void movesOfDifferentMeetingsIntoOneTableAtOnce_leaveOneMeetingThere() throws Exception {
        var event = fixtures.event();
        List<MeetingRequestId> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            requests.add(fixtures.accepted(event, fixtures.seller(event), fixtures.buyer(event)));
        }
        runs.runNow(event.id(), event.organiser().user());
        Instant slot = fixtures.slots(event).get(1);
        long room =
                event.event().connectionPoints().get(1).tradeRooms().getFirst().id();

        List<Object> outcomes = runAtOnce(requests.stream()
                .<Callable<String>>map(r -> () -> {
                    drafts.move(event.id(), r, slot, room, 8, event.organiser().user());
                    return "MOVED";
                })
                .toList());

        assertThat(outcomes.stream().filter(o -> o instanceof String)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !(o instanceof String))).allMatch(o -> o instanceof ConflictException);
        assertNoDoubleBooking(event);
        assertThat(draft(event).stream()
                        .filter(m ->
                                m.start().equals(slot) && Integer.valueOf(8).equals(m.table())))
                .hasSize(1);
    }

    @Test
    void movesOfOneParticipantsMeetingsIntoOneSlotAtOnce_leaveItInOneMeeting() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        List<MeetingRequestId> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requests.add(fixtures.accepted(event, seller, fixtures.buyer(event)));
        }
        runs.runNow(event.id(), event.organiser().user());
        Instant slot = fixtures.slots(event).get(0);
        List<Callable<String>> moves = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            MeetingRequestId request = requests.get(i % requests.size());
            moves.add(() -> {
                drafts.move(
                        event.id(), request, slot, null, null, event.organiser().user());
                return "MOVED";
            });
        }

        List<Object> outcomes = runAtOnce(moves);

        assertThat(outcomes.stream().filter(o -> !(o instanceof String))).allMatch(o -> o instanceof ConflictException);
        assertNoDoubleBooking(event);
        assertThat(draft(event)).hasSize(3);
        assertThat(draft(event).stream().filter(m -> m.start().equals(slot))).hasSize(1);
    }

    private List<ScheduledMeeting> draft(ParticipationFixtures.OpenEvent event) {
        return drafts.view(event.id(), ScheduleStatus.DRAFT, event.organiser().user())
                .meetings();
    }

    private void assertNoDoubleBooking(ParticipationFixtures.OpenEvent event) {
        Set<String> seats = new HashSet<>();
        Set<String> tables = new HashSet<>();
        for (ScheduledMeeting m : draft(event)) {
            assertThat(seats.add(m.first().value() + "@" + m.start())).isTrue();
            assertThat(seats.add(m.second().value() + "@" + m.start())).isTrue();
            if (!m.online()) {
                assertThat(tables.add(m.tradeRoom() + "/" + m.table() + "@" + m.start()))
                        .isTrue();
            }
        }
    }

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
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
