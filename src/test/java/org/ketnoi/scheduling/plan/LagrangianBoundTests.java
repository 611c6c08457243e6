package org.ketnoi.scheduling.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LagrangianBoundTests {

    @BeforeAll
    static void loadNativeLibraries() {
        Loader.loadNativeLibraries();
    }

    @Test
    void weightBound_randomSmallProblems_isAtLeastTheBestPlanAndTheOptimiserReachesIt() {
        Random random = new Random(42);
        OptimisingPlanner planner = new OptimisingPlanner(1);
        for (int round = 0; round < 25; round++) {
            PlanProblem problem = randomProblem(random);
            Best best = new Best();
            // the planner keeps the pinned meetings its greedy places: the best plan keeps them too
            for (Placement placement : new GreedyPlanner()
                    .plan(problem, Duration.ofSeconds(1), PlanProgress.NONE)
                    .placements()) {
                if (problem.meetings().get(placement.meeting()).pinnedSlot() != PlanMeeting.NONE) {
                    best.kept.set(placement.meeting());
                }
            }
            search(problem, new PlanAssignment(problem), 0, best);

            long bound = LagrangianBound.weightBound(problem, 500, Long.MAX_VALUE, 0);
            PlanResult result = planner.plan(problem, Duration.ofSeconds(5), PlanProgress.NONE);

            assertThat(bound).as("round %d", round).isGreaterThanOrEqualTo(best.score.weight());
            assertThat(SessionRelaxation.solve(problem, best.kept, 10_000, () -> false).bound)
                    .as("round %d", round)
                    .isGreaterThanOrEqualTo(best.score.weight());
            assertThat(PlanBounds.weightBound(problem))
                    .as("round %d", round)
                    .isGreaterThanOrEqualTo(best.score.weight());
            assertThat(bound).isLessThanOrEqualTo(PlanBounds.weightBound(problem));
            assertThat(result.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(PlanScore.of(problem, result.placements()))
                    .as("round %d", round)
                    .isEqualTo(best.score);
            assertThat(result.weightBound()).isEqualTo(best.score.weight());
        }
    }

    @Test
    void sessionRelaxation_generatedEvent_boundsTheGuidedPlanWhichComesWithinOnePercent() {
        PlanProblem problem = EventGenerator.generate(3_000, 20261124L);
        BitSet kept = new BitSet();
        List<Placement> pins = new ArrayList<>();
        for (Placement placement : new GreedyPlanner()
                .plan(problem, Duration.ofSeconds(5), PlanProgress.NONE)
                .placements()) {
            if (problem.meetings().get(placement.meeting()).pinnedSlot() != PlanMeeting.NONE) {
                kept.set(placement.meeting());
                pins.add(placement);
            }
        }

        SessionRelaxation relaxation = SessionRelaxation.solve(problem, kept, 60_000, () -> false);
        PlanAssignment guided = RelaxationGreedy.plan(problem, pins, relaxation);

        PlanChecker.Report report = PlanChecker.check(problem, guided.placements());
        assertThat(report.violations()).isEmpty();
        assertThat(kept.stream().allMatch(m -> guided.slotOf(m) >= 0)).isTrue();
        assertThat(relaxation.bound).isGreaterThanOrEqualTo(report.weight());
        assertThat(report.weight()).isGreaterThanOrEqualTo((long) Math.ceil(0.99 * relaxation.bound));
    }

    @Test
    void sessionRelaxation_stopRequested_givesNoBound() {
        PlanProblem problem = EventGenerator.generate(3_000, 20261124L);

        SessionRelaxation relaxation = SessionRelaxation.solve(problem, new BitSet(), 60_000, () -> true);

        assertThat(relaxation.bound).isEqualTo(-1);
    }

    @Test
    void weightBound_sharedTables_isTighterThanTheSimpleBound() {
        List<PlanMeeting> meetings = new ArrayList<>();
        List<PlanParticipant> participants = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
            participants.add(new PlanParticipant(2 * m, OptimisingPlannerTests.all(2), 9));
            participants.add(new PlanParticipant(2 * m + 1, OptimisingPlannerTests.all(2), 9));
            meetings.add(new PlanMeeting(m, 2 * m, 2 * m + 1, 1, 0, false, List.of(), -1, -1));
        }
        PlanProblem problem = new PlanProblem(
                OptimisingPlannerTests.slots(2),
                participants,
                meetings,
                List.of(new PlanPool(1, new int[] {2, 2})),
                List.of(),
                0);

        assertThat(PlanBounds.weightBound(problem)).isEqualTo(6);
        assertThat(LagrangianBound.weightBound(problem, 500, Long.MAX_VALUE, 0)).isEqualTo(4);
    }

    @Test
    void simpleBound_twoParticipantsExcessIsOneMeeting_stillBoundsThePlan() {
        BitSet all = OptimisingPlannerTests.all(3);
        List<PlanParticipant> participants = List.of(
                new PlanParticipant(0, all, 1),
                new PlanParticipant(1, all, 2),
                new PlanParticipant(2, all, 3),
                new PlanParticipant(3, all, 2),
                new PlanParticipant(4, all, 2));
        List<PlanMeeting> meetings = List.of(
                new PlanMeeting(1, 4, 1, 2, 0, false, List.of(), -1, -1),
                new PlanMeeting(2, 0, 2, 3, 0, false, List.of(), -1, -1),
                new PlanMeeting(3, 0, 4, 4, 0, false, List.of(), -1, -1),
                new PlanMeeting(4, 4, 2, 3, 0, false, List.of(), -1, -1));
        PlanProblem problem = new PlanProblem(
                OptimisingPlannerTests.slots(3),
                participants,
                meetings,
                List.of(new PlanPool(1, new int[] {9, 9, 9})),
                List.of(),
                0);

        PlanResult result = new OptimisingPlanner(1).plan(problem, Duration.ofSeconds(5), PlanProgress.NONE);

        assertThat(result.weight()).isEqualTo(8);
        assertThat(PlanBounds.weightBound(problem)).isGreaterThanOrEqualTo(8);
        assertThat(result.weightBound()).isEqualTo(8);
        assertThat(result.status()).isEqualTo(PlanStatus.OPTIMAL);
    }

    private static PlanProblem randomProblem(Random random) {
        int slots = 2 + random.nextInt(2);
        int people = 3 + random.nextInt(3);
        List<PlanSlot> slotList = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            slotList.add(new PlanSlot(
                    OptimisingPlannerTests.slots(slots).get(s).start(),
                    OptimisingPlannerTests.slots(slots).get(s).end(),
                    s < 2 ? 0 : 1));
        }
        List<PlanParticipant> participants = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            BitSet available = new BitSet();
            for (int s = 0; s < slots; s++) {
                available.set(s, random.nextInt(5) > 0);
            }
            participants.add(new PlanParticipant(p, available, 1 + random.nextInt(3)));
        }
        List<PlanInterpreter> interpreters = List.of(
                new PlanInterpreter(1, OptimisingPlannerTests.all(slots)),
                new PlanInterpreter(2, OptimisingPlannerTests.only(0)));
        List<PlanMeeting> meetings = new ArrayList<>();
        int count = 3 + random.nextInt(4);
        while (meetings.size() < count) {
            int a = random.nextInt(people);
            int b = random.nextInt(people);
            if (a == b) {
                continue;
            }
            boolean interpreter = random.nextInt(3) == 0;
            int pinned = random.nextInt(8) == 0 ? random.nextInt(slots) : -1;
            int previous = random.nextInt(4) == 0 ? random.nextInt(slots) : -1;
            meetings.add(new PlanMeeting(
                    meetings.size(),
                    a,
                    b,
                    1 + random.nextInt(4),
                    random.nextInt(3) == 0 ? PlanMeeting.ONLINE : 0,
                    interpreter,
                    interpreter ? (random.nextBoolean() ? List.of(0, 1) : List.of(1)) : List.of(),
                    pinned,
                    previous));
        }
        int[] tables = new int[slots];
        for (int s = 0; s < slots; s++) {
            tables[s] = random.nextInt(3);
        }
        return new PlanProblem(slotList, participants, meetings, List.of(new PlanPool(1, tables)), interpreters, 1);
    }

    private static final class Best {
        PlanScore score = new PlanScore(-1, 0, 0, 0);
        final BitSet kept = new BitSet();
    }

    /** Every plan that keeps the kept pinned meetings: each other meeting left out or in each slot of its domain with each free interpreter. */
    private static void search(PlanProblem problem, PlanAssignment assignment, int m, Best best) {
        if (m == problem.meetings().size()) {
            PlanScore score = assignment.score();
            boolean keepsPins = best.kept.stream().allMatch(k -> assignment.slotOf(k) >= 0);
            if (keepsPins && score.betterThan(best.score)) {
                best.score = score;
            }
            return;
        }
        search(problem, assignment, m + 1, best);
        PlanMeeting meeting = problem.meetings().get(m);
        int cap1 = problem.participants().get(meeting.first()).maxMeetings();
        int cap2 = problem.participants().get(meeting.second()).maxMeetings();
        if (assignment.count(meeting.first()) >= cap1 || assignment.count(meeting.second()) >= cap2) {
            return;
        }
        BitSet domain = problem.domain(m);
        for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
            if (assignment.busy(meeting.first(), s)
                    || assignment.busy(meeting.second(), s)
                    || assignment.roomLeft(meeting, s) <= 0) {
                continue;
            }
            List<Integer> choices = new ArrayList<>();
            if (meeting.needsInterpreter()) {
                for (int i : meeting.interpreters()) {
                    if (assignment.interpreterFree(i, s)) {
                        choices.add(i);
                    }
                }
            } else {
                choices.add(Placement.NO_INTERPRETER);
            }
            for (int interpreter : choices) {
                assignment.place(m, s, interpreter);
                search(problem, assignment, m + 1, best);
                assignment.remove(m);
            }
        }
    }
}
