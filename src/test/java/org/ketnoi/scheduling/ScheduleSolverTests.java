package org.ketnoi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScheduleSolverTests {

    private static final SolveLimits LIMITS = new SolveLimits(Duration.ofSeconds(20), 2);

    private final ScheduleSolver solver = new ScheduleSolver();

    @Test
    void solve_placesMeetingsBackToBack_whenNothingForcesABreak() {
        ScheduleProblem problem =
                problem(3, 4, 1, 2, List.of(MeetingToPlace.between(0, 1, 4), MeetingToPlace.between(0, 2, 4)));

        Schedule schedule = solver.solve(problem, LIMITS);

        assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(schedule.breaks()).isZero();
        assertThat(schedule.bound()).isZero();
        int[] slots = schedule.slotOfMeeting();
        assertThat(Math.abs(slots[0] - slots[1])).isEqualTo(1);
    }

    @Test
    void solve_countsOneBreak_whenPinnedMeetingsLeaveAGap() {
        ScheduleProblem problem = problem(
                3,
                5,
                1,
                2,
                List.of(
                        MeetingToPlace.between(0, 1, 5).pinnedTo(0),
                        MeetingToPlace.between(0, 2, 5).pinnedTo(3)));

        Schedule schedule = solver.solve(problem, LIMITS);

        assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(schedule.slotOfMeeting()).containsExactly(0, 3);
        assertThat(schedule.breaks()).isEqualTo(1);
    }

    @Test
    void solve_provesTheBreakThatPinsForce_onOneWorkerAndOnTwo() {
        // participant 0 is pinned to slots 1 and 5 with two more meetings: one gap is forced, no more
        List<MeetingToPlace> meetings = List.of(
                MeetingToPlace.between(0, 1, 8).pinnedTo(1),
                MeetingToPlace.between(0, 2, 8).pinnedTo(5),
                MeetingToPlace.between(0, 3, 8),
                MeetingToPlace.between(0, 4, 8),
                MeetingToPlace.between(2, 3, 8));
        ScheduleProblem problem = problem(5, 8, 2, 2, meetings);
        assertThat(ScheduleSolver.pinsForceBreaks(problem, 1)).isTrue();

        for (int workers : new int[] {1, 2}) {
            Schedule schedule = solver.solve(problem, new SolveLimits(Duration.ofSeconds(20), workers));

            assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(schedule.breaks()).isEqualTo(1);
            assertThat(schedule.slotOfMeeting()[0]).isEqualTo(1);
            assertThat(schedule.slotOfMeeting()[1]).isEqualTo(5);
            assertThat(ScheduleSolver.totalBreaks(problem, schedule.slotOfMeeting()))
                    .isEqualTo(1);
        }
    }

    @Test
    void pinsForceBreaks_onlyWhenThePinsRaiseTheParticipantBound() {
        List<MeetingToPlace> free = List.of(
                MeetingToPlace.between(0, 1, 6), MeetingToPlace.between(0, 2, 6), MeetingToPlace.between(1, 2, 6));
        List<MeetingToPlace> onePin = List.of(
                MeetingToPlace.between(0, 1, 6).pinnedTo(2),
                MeetingToPlace.between(0, 2, 6),
                MeetingToPlace.between(1, 2, 6));
        List<MeetingToPlace> gap = List.of(
                MeetingToPlace.between(0, 1, 6).pinnedTo(0),
                MeetingToPlace.between(0, 2, 6).pinnedTo(3),
                MeetingToPlace.between(1, 2, 6));

        assertThat(ScheduleSolver.pinsForceBreaks(problem(3, 6, 2, 2, free), 0)).isFalse();
        assertThat(ScheduleSolver.pinsForceBreaks(problem(3, 6, 2, 2, onePin), 0))
                .isFalse();
        assertThat(ScheduleSolver.pinsForceBreaks(problem(3, 6, 2, 2, gap), 1)).isTrue();
    }

    @Test
    void solve_avoidsUnavailableSlots() {
        List<BitSet> unavailable = BruteForce.nobodyUnavailable(3);
        unavailable.get(0).set(1);
        ScheduleProblem problem = new ScheduleProblem(
                3, 3, 1, List.of(MeetingToPlace.between(0, 1, 3), MeetingToPlace.between(0, 2, 3)), unavailable, 2);

        Schedule schedule = solver.solve(problem, LIMITS);

        assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(schedule.slotOfMeeting()).doesNotContain(1);
        assertThat(schedule.breaks()).isEqualTo(1);
    }

    @Test
    void solve_keepsMeetingsInTheirAllowedSlots() {
        BitSet afternoon = new BitSet();
        afternoon.set(2, 4);
        ScheduleProblem problem = problem(
                3,
                4,
                1,
                2,
                List.of(MeetingToPlace.between(0, 1, 4).onlyIn(afternoon), MeetingToPlace.between(0, 2, 4)));

        Schedule schedule = solver.solve(problem, LIMITS);

        assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(schedule.slotOfMeeting()[0]).isBetween(2, 3);
        assertThat(schedule.breaks()).isZero();
    }

    @Test
    void solve_ordersMeetingsByPrecedence() {
        ScheduleProblem problem = problem(
                4,
                3,
                2,
                2,
                List.of(
                        MeetingToPlace.between(0, 1, 3).after(List.of(1, 2)),
                        MeetingToPlace.between(2, 3, 3),
                        MeetingToPlace.between(0, 2, 3)));

        Schedule schedule = solver.solve(problem, LIMITS);

        int[] slots = schedule.slotOfMeeting();
        assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(slots[0]).isGreaterThan(slots[1]).isGreaterThan(slots[2]);
    }

    @Test
    void solve_reportsInfeasible_whenPrecedencesFormACycle() {
        ScheduleProblem problem = problem(
                4,
                4,
                2,
                2,
                List.of(
                        MeetingToPlace.between(0, 1, 4).after(List.of(1)),
                        MeetingToPlace.between(2, 3, 4).after(List.of(0))));

        assertThat(solver.solve(problem, LIMITS).status()).isEqualTo(SolveStatus.INFEASIBLE);
    }

    @Test
    void solve_reportsInfeasible_whenTablesAreTooFew() {
        ScheduleProblem problem = problem(
                6,
                2,
                1,
                2,
                List.of(
                        MeetingToPlace.between(0, 1, 2),
                        MeetingToPlace.between(2, 3, 2),
                        MeetingToPlace.between(4, 5, 2)));

        Schedule schedule = solver.solve(problem, LIMITS);

        assertThat(schedule.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(schedule.scheduled()).isZero();
    }

    @Test
    void solve_reportsInfeasible_whenTwoPinnedMeetingsOfOneParticipantShareASlot() {
        ScheduleProblem problem = problem(
                3,
                3,
                2,
                2,
                List.of(
                        MeetingToPlace.between(0, 1, 3).pinnedTo(1),
                        MeetingToPlace.between(0, 2, 3).pinnedTo(1)));

        assertThat(solver.solve(problem, LIMITS).status()).isEqualTo(SolveStatus.INFEASIBLE);
    }

    @Test
    void solve_reportsInfeasible_whenForcedBreaksExceedTheFairnessBound() {
        // participant 0 must have 3 breaks; participant 5 has one meeting, so the least is 0
        ScheduleProblem unfair = problem(7, 7, 2, 2, threeForcedBreaks());
        ScheduleProblem tolerant = problem(7, 7, 2, 3, threeForcedBreaks());

        assertThat(solver.solve(unfair, LIMITS).status()).isEqualTo(SolveStatus.INFEASIBLE);
        Schedule schedule = solver.solve(tolerant, LIMITS);
        assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(schedule.breaks()).isEqualTo(3);
    }

    @Test
    void oneBreak_findsTheOneBreakSchedule_afterATwoBreakOne() {
        Loader.loadNativeLibraries();
        ScheduleProblem triangle = SingleBreakProbeTests.triangle(4);
        // A-B, A-C, then B-C after an empty slot: B and C wait
        BreakSearch.Result twoBreaks = new BreakSearch.Result(new int[] {0, 1, 3}, 2, 0);

        for (int workers : new int[] {1, 2}) {
            Schedule schedule = ScheduleSolver.oneBreak(triangle, workers, inSeconds(20), twoBreaks, System.nanoTime());

            assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(schedule.breaks()).isEqualTo(1);
            assertThat(schedule.bound()).isEqualTo(1);
            assertThat(ScheduleSolver.totalBreaks(triangle, schedule.slotOfMeeting()))
                    .isEqualTo(1);
        }
    }

    @Test
    void oneBreak_provesTheTwoOptimal_whenNobodyCanBeTheOnlyOneWithABreak() {
        Loader.loadNativeLibraries();
        ScheduleProblem problem = SingleBreakProbeTests.twoTriangles();
        BreakSearch.Result twoBreaks = new BreakSearch.Result(new int[] {0, 1, 2, 3, 4, 5}, 2, 0);

        Schedule schedule = ScheduleSolver.oneBreak(problem, 2, inSeconds(20), twoBreaks, System.nanoTime());

        assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(schedule.breaks()).isEqualTo(2);
        assertThat(schedule.bound()).isEqualTo(2);
        assertThat(schedule.slotOfMeeting()).containsExactly(0, 1, 2, 3, 4, 5);
    }

    private static long inSeconds(int seconds) {
        return System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    }

    @Test
    void solve_matchesExhaustiveSearch_onSmallRandomProblems() {
        assertMatchesExhaustiveSearch(LIMITS);
    }

    @Test
    void solve_matchesExhaustiveSearch_withOneWorker() {
        // one worker runs CP-SAT on the calling thread, where its bound callback crashed the JVM
        assertMatchesExhaustiveSearch(new SolveLimits(Duration.ofSeconds(20), 1));
    }

    @Test
    void solve_returnsAValidSchedule_withOneWorkerOnALargerProblem() {
        // large enough that the bound's questions stay open and CP-SAT runs after the local search
        Random random = new Random(3);
        List<MeetingToPlace> meetings = new ArrayList<>();
        for (int m = 0; m < 100; m++) {
            int first = random.nextInt(30);
            int second = (first + 1 + random.nextInt(29)) % 30;
            meetings.add(MeetingToPlace.between(first, second, 10));
        }
        ScheduleProblem problem = problem(30, 10, 10, 2, meetings);

        Schedule schedule = solver.solve(problem, new SolveLimits(Duration.ofMillis(1500), 1));

        assertThat(schedule.status()).isIn(SolveStatus.OPTIMAL, SolveStatus.FEASIBLE);
        assertThat(BruteForce.valid(problem, schedule.slotOfMeeting())).isTrue();
        assertThat(schedule.bound()).isLessThanOrEqualTo(schedule.breaks());
    }

    private void assertMatchesExhaustiveSearch(SolveLimits limits) {
        Random random = new Random(20261123);
        for (int round = 0; round < 25; round++) {
            ScheduleProblem problem = randomProblem(random);
            int expected = BruteForce.optimum(problem);

            Schedule schedule = solver.solve(problem, limits);

            if (expected < 0) {
                assertThat(schedule.status()).as("round %d", round).isEqualTo(SolveStatus.INFEASIBLE);
            } else {
                assertThat(schedule.status()).as("round %d", round).isEqualTo(SolveStatus.OPTIMAL);
                assertThat(schedule.breaks()).as("round %d", round).isEqualTo(expected);
                assertThat(BruteForce.valid(problem, schedule.slotOfMeeting())).isTrue();
            }
        }
    }

    private static ScheduleProblem randomProblem(Random random) {
        return BruteForce.randomProblem(random, true, r -> 2 + r.nextInt(2), r -> r.nextInt(3));
    }

    @Test
    void totalBreaks_countsRunsOfIdleSlotsOnce() {
        ScheduleProblem problem = problem(
                4,
                8,
                3,
                -1,
                List.of(
                        MeetingToPlace.between(0, 1, 8),
                        MeetingToPlace.between(0, 2, 8),
                        MeetingToPlace.between(0, 3, 8)));

        assertThat(ScheduleSolver.totalBreaks(problem, new int[] {0, 4, 7})).isEqualTo(2);
        assertThat(ScheduleSolver.totalBreaks(problem, new int[] {2, 3, 4})).isZero();
        assertThat(ScheduleSolver.totalBreaks(problem, new int[] {0, 1, 7})).isEqualTo(1);
    }

    private static List<MeetingToPlace> threeForcedBreaks() {
        List<MeetingToPlace> meetings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            meetings.add(MeetingToPlace.between(0, i + 1, 7).pinnedTo(2 * i));
        }
        meetings.add(MeetingToPlace.between(5, 6, 7));
        return meetings;
    }

    private static ScheduleProblem problem(
            int participants, int slots, int tables, int fairness, List<MeetingToPlace> meetings) {
        return new ScheduleProblem(
                participants, slots, tables, meetings, BruteForce.nobodyUnavailable(participants), fairness);
    }
}
