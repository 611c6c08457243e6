package org.ketnoi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BreakSearchTests {

    private static final long STEPS = 300_000;

    @Test
    void run_reachesTheExhaustiveOptimum_onSmallRandomProblems() {
        assertReachesTheExhaustiveOptimum(new Random(20261124), 30, BreakSearch.Cooling.FAST);
    }

    @Test
    void warmCooling_reachesTheExhaustiveOptimum_onSmallRandomProblems() {
        assertReachesTheExhaustiveOptimum(new Random(20261125), 20, BreakSearch.Cooling.WARM);
    }

    private static void assertReachesTheExhaustiveOptimum(Random random, int rounds, BreakSearch.Cooling cooling) {
        for (int round = 0; round < rounds; round++) {
            ScheduleProblem problem = randomProblem(random);
            int expected = BruteForce.optimum(problem);

            BreakSearch.Result result =
                    new BreakSearch(problem, round, new AtomicBoolean(), cooling).run(farAway(), STEPS, -1);

            if (expected < 0) {
                assertThat(result.found()).as("round %d", round).isFalse();
            } else {
                assertThat(result.found()).as("round %d", round).isTrue();
                assertThat(result.breaks()).as("round %d", round).isEqualTo(expected);
                assertThat(BruteForce.valid(problem, result.slots()))
                        .as("round %d", round)
                        .isTrue();
                assertThat(ScheduleSolver.totalBreaks(problem, result.slots())).isEqualTo(expected);
            }
        }
    }

    @Test
    void run_returnsValidSchedules_onEventSizedProblems() {
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            ScheduleProblem problem = eventProblem(random);

            BreakSearch.Result result = new BreakSearch(problem, round).run(farAway(), STEPS, 0);

            assertThat(result.found()).as("round %d", round).isTrue();
            assertThat(BruteForce.valid(problem, result.slots()))
                    .as("round %d", round)
                    .isTrue();
            assertThat(ScheduleSolver.totalBreaks(problem, result.slots())).isEqualTo(result.breaks());
        }
    }

    @Test
    void run_isDeterministic_forASeedAndAStepCount() {
        ScheduleProblem problem = eventProblem(new Random(11));

        BreakSearch.Result first = new BreakSearch(problem, 42).run(farAway(), STEPS, -1);
        BreakSearch.Result second = new BreakSearch(problem, 42).run(farAway(), STEPS, -1);

        assertThat(second.slots()).containsExactly(first.slots());
        assertThat(second.breaks()).isEqualTo(first.breaks());
    }

    @Test
    void run_stopsAtTheTarget() {
        ScheduleProblem problem = new ScheduleProblem(
                3,
                6,
                1,
                List.of(MeetingToPlace.between(0, 1, 6), MeetingToPlace.between(0, 2, 6)),
                BruteForce.nobodyUnavailable(3),
                2);

        BreakSearch.Result result = new BreakSearch(problem, 1).run(farAway(), Long.MAX_VALUE, 0);

        assertThat(result.breaks()).isZero();
        assertThat(result.steps()).isLessThan(1_000_000);
    }

    @Test
    void withGraceUntil_goesOnAfterTheDeadline_whileCloseToTheTargetAndImproving() {
        ScheduleProblem problem = eventProblem(new Random(7));
        // a deadline already past: the search stops at its first look at the clock, with its greedy start
        BreakSearch.Result start = new BreakSearch(problem, 3).run(System.nanoTime(), Long.MAX_VALUE, 0);
        assertThat(start.found()).isTrue();
        assertThat(start.breaks()).isPositive();
        int target = start.breaks() - 1;

        BreakSearch.Result graced =
                new BreakSearch(problem, 3).withGraceUntil(farAway()).run(System.nanoTime(), Long.MAX_VALUE, target);

        assertThat(graced.breaks()).isLessThanOrEqualTo(target);
        assertThat(BruteForce.valid(problem, graced.slots())).isTrue();
    }

    @Test
    void withGraceUntil_endsAtTheDeadline_whenFarFromTheTarget() {
        ScheduleProblem problem = eventProblem(new Random(7));
        BreakSearch.Result start = new BreakSearch(problem, 3).run(System.nanoTime(), Long.MAX_VALUE, 0);
        int target = start.breaks() - 3; // more than two breaks away

        BreakSearch.Result graced =
                new BreakSearch(problem, 3).withGraceUntil(farAway()).run(System.nanoTime(), Long.MAX_VALUE, target);

        assertThat(graced.steps()).isZero();
        assertThat(graced.breaks()).isEqualTo(start.breaks());
    }

    @Test
    void parallel_returnsTheBestValidSchedule() {
        ScheduleProblem problem = eventProblem(new Random(3));

        BreakSearch.Result result =
                BreakSearch.parallel(problem, 5, 2, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300), 0);

        assertThat(result.found()).isTrue();
        assertThat(BruteForce.valid(problem, result.slots())).isTrue();
        assertThat(ScheduleSolver.totalBreaks(problem, result.slots())).isEqualTo(result.breaks());
    }

    private static long farAway() {
        return System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    }

    /** Like the benchmark's events, smaller: two sessions, some pinned meetings and unavailable slots. */
    private static ScheduleProblem eventProblem(Random random) {
        int participants = 30;
        int slots = 12;
        BitSet morning = new BitSet();
        morning.set(0, 7);
        List<MeetingToPlace> meetings = new ArrayList<>();
        boolean[][] pairs = new boolean[participants][participants];
        int[] degree = new int[participants];
        while (meetings.size() < 80) {
            int a = random.nextInt(participants);
            int b = random.nextInt(participants);
            if (a == b || pairs[a][b] || degree[a] >= 7 || degree[b] >= 7) {
                continue;
            }
            pairs[a][b] = pairs[b][a] = true;
            degree[a]++;
            degree[b]++;
            MeetingToPlace meeting = MeetingToPlace.between(a, b, slots);
            if (random.nextInt(3) == 0) {
                meeting = meeting.onlyIn(morning);
            }
            meetings.add(meeting);
        }
        // pin a few meetings to distinct slots of distinct participants so the problem stays feasible
        boolean[] pinnedSomeone = new boolean[participants];
        for (int m = 0, pins = 0; m < meetings.size() && pins < 4; m++) {
            MeetingToPlace meeting = meetings.get(m);
            if (!pinnedSomeone[meeting.firstParticipant()] && !pinnedSomeone[meeting.secondParticipant()]) {
                pinnedSomeone[meeting.firstParticipant()] = pinnedSomeone[meeting.secondParticipant()] = true;
                meetings.set(m, meeting.pinnedTo(pins++));
            }
        }
        List<BitSet> unavailable = BruteForce.nobodyUnavailable(participants);
        for (int p = 0; p < participants; p++) {
            if (!pinnedSomeone[p] && random.nextInt(5) == 0) {
                unavailable.get(p).set(slots - 1);
            }
        }
        return new ScheduleProblem(participants, slots, 10, meetings, unavailable, 2);
    }

    private static ScheduleProblem randomProblem(Random random) {
        // fairness 1 or 2 (the benchmark's): with 0 the search may miss the schedules where everyone
        // needs the same number of breaks (CP-SAT finds those), see docs/scheduling.md
        return BruteForce.randomProblem(random, true, r -> 2 + r.nextInt(2), r -> 1 + r.nextInt(2));
    }
}
