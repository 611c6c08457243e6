package org.ketnoi.scheduling.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptimisingPlannerTests {

    private static final Instant NINE = Instant.parse("2026-12-01T02:00:00Z");
    private static final int NONE = PlanMeeting.NONE;

    private final OptimisingPlanner planner = new OptimisingPlanner(1);

    @Test
    void plan_placesMoreWeightThanTheGreedyPlanAndProvesIt() {
        PlanProblem problem = problem(
                2,
                List.of(all(2), all(2), only(0), only(0)),
                List.of(
                        meeting(1, 0, 1, 2, NONE, NONE),
                        meeting(2, 0, 2, 1, NONE, NONE),
                        meeting(3, 1, 3, 1, NONE, NONE)),
                9);

        PlanResult greedy = new GreedyPlanner().plan(problem, Duration.ofSeconds(1), PlanProgress.NONE);
        PlanResult result = plan(problem);

        assertThat(greedy.weight()).isEqualTo(2);
        assertThat(result.weight()).isEqualTo(4);
        assertThat(result.weightBound()).isEqualTo(4);
        assertThat(result.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(result.placements()).contains(new Placement(0, 1, Placement.NO_INTERPRETER));
    }

    @Test
    void plan_placesPinnedMeetingsAtTheirSlotOrSaysWhyNot() {
        PlanProblem problem = problem(
                3,
                List.of(all(3), all(3), all(3), only(0)),
                List.of(meeting(1, 0, 1, 1, 2, NONE), meeting(2, 0, 3, 1, 1, NONE), meeting(3, 1, 2, 1, NONE, NONE)),
                9);

        PlanResult result = plan(problem);

        assertThat(result.placements()).contains(new Placement(0, 2, Placement.NO_INTERPRETER));
        assertThat(result.unplaced()).containsExactly(new Unplaced(1, UnplacedReason.NO_COMMON_SLOT));
        assertThat(result.weight()).isEqualTo(2);
    }

    @Test
    void plan_pinnedMeetingThatFits_isKeptEvenWhenHeavierMeetingsWouldTakeItsPlace() {
        // one slot, one participant shared: the pinned meeting (weight 1) or the other (weight 5)
        PlanProblem problem = problem(
                1,
                List.of(all(1), all(1), all(1)),
                List.of(meeting(1, 0, 1, 1, 0, NONE), meeting(2, 0, 2, 5, NONE, NONE)),
                9);

        PlanResult result = plan(problem);

        assertThat(result.placements()).containsExactly(new Placement(0, 0, Placement.NO_INTERPRETER));
        assertThat(result.weight()).isEqualTo(1);
        assertThat(result.weightBound()).isEqualTo(1);
        assertThat(result.status()).isEqualTo(PlanStatus.OPTIMAL);
    }

    @Test
    void plan_keepsPreviousSlotsBeforeClosingGaps() {
        PlanProblem problem = problem(
                3,
                List.of(all(3), all(3), only(2)),
                List.of(meeting(1, 0, 1, 2, NONE, 0), meeting(2, 0, 2, 1, NONE, NONE)),
                9);

        PlanResult result = plan(problem);

        assertThat(result.placements()).contains(new Placement(0, 0, Placement.NO_INTERPRETER));
        assertThat(result.moved()).isZero();
        assertThat(result.gaps()).isEqualTo(1);
    }

    @Test
    void plan_movesAPreviousMeetingOnlyWhenMoreWeightNeedsItsSlot() {
        PlanProblem problem = problem(
                2,
                List.of(all(2), all(2), only(0)),
                List.of(meeting(1, 0, 1, 1, NONE, 0), meeting(2, 0, 2, 5, NONE, NONE)),
                9);

        PlanResult result = plan(problem);

        assertThat(result.placements())
                .containsExactly(
                        new Placement(0, 1, Placement.NO_INTERPRETER), new Placement(1, 0, Placement.NO_INTERPRETER));
        assertThat(result.moved()).isEqualTo(1);
    }

    @Test
    void plan_closesGapsTheGreedyPlanLeaves() {
        PlanProblem problem = problem(
                3,
                List.of(all(3), all(3), only(2)),
                List.of(meeting(1, 0, 1, 2, NONE, NONE), meeting(2, 0, 2, 1, NONE, NONE)),
                9);

        PlanResult greedy = new GreedyPlanner().plan(problem, Duration.ofSeconds(1), PlanProgress.NONE);
        PlanResult result = plan(problem);

        assertThat(greedy.gaps()).isEqualTo(1);
        assertThat(result.gaps()).isZero();
        assertThat(result.placements()).contains(new Placement(0, 1, Placement.NO_INTERPRETER));
    }

    @Test
    void plan_givesEachInterpreterOneMeetingPerSlotInTheirSlots() {
        List<PlanMeeting> meetings = List.of(
                new PlanMeeting(1, 0, 1, 1, 0, true, List.of(0), NONE, NONE),
                new PlanMeeting(2, 2, 3, 1, 0, true, List.of(0), NONE, NONE),
                new PlanMeeting(3, 4, 5, 1, 0, true, List.of(0), NONE, NONE),
                new PlanMeeting(4, 0, 5, 1, 0, true, List.of(), NONE, NONE));
        BitSet twoSlots = all(2);
        PlanProblem problem = new PlanProblem(
                slots(3),
                participants(List.of(all(3), all(3), all(3), all(3), all(3), all(3)), 9),
                meetings,
                List.of(new PlanPool(7, new int[] {9, 9, 9})),
                List.of(new PlanInterpreter(70, twoSlots)),
                0);

        PlanResult result = plan(problem);

        assertThat(PlanChecker.check(problem, result.placements()).violations()).isEmpty();
        assertThat(result.placements())
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.interpreter()).isZero());
        assertThat(result.placements()).extracting(Placement::slot).containsExactlyInAnyOrder(0, 1);
        assertThat(result.unplaced()).contains(new Unplaced(3, UnplacedReason.NO_INTERPRETER));
        assertThat(result.weightBound()).isEqualTo(2);
    }

    @Test
    void plan_keepsTablesAndOnlineRoomsPerSlot() {
        List<PlanMeeting> meetings = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            meetings.add(new PlanMeeting(
                    m, 2 * m, 2 * m + 1, m + 1, m < 2 ? 0 : PlanMeeting.ONLINE, false, List.of(), NONE, NONE));
        }
        List<BitSet> availability = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            availability.add(only(0));
        }
        PlanProblem problem = new PlanProblem(
                slots(1),
                participants(availability, 9),
                meetings,
                List.of(new PlanPool(7, new int[] {1})),
                List.of(),
                1);

        PlanResult result = plan(problem);

        assertThat(result.placements()).extracting(Placement::meeting).containsExactlyInAnyOrder(1, 3);
        assertThat(result.unplaced())
                .containsExactlyInAnyOrder(
                        new Unplaced(0, UnplacedReason.NO_ROOM), new Unplaced(2, UnplacedReason.NO_ROOM));
        assertThat(result.weightBound()).isEqualTo(6);
        assertThat(result.status()).isEqualTo(PlanStatus.OPTIMAL);
    }

    @Test
    void plan_keepsEachParticipantsMostMeetings() {
        PlanProblem problem = new PlanProblem(
                slots(3),
                List.of(
                        new PlanParticipant(0, all(3), 1),
                        new PlanParticipant(1, all(3), 9),
                        new PlanParticipant(2, all(3), 9)),
                List.of(
                        meeting(1, 0, 1, 1, NONE, NONE),
                        meeting(2, 0, 2, 3, NONE, NONE),
                        meeting(3, 1, 2, 1, NONE, NONE)),
                List.of(new PlanPool(7, new int[] {9, 9, 9})),
                List.of(),
                0);

        PlanResult result = plan(problem);

        assertThat(result.placements()).extracting(Placement::meeting).containsExactlyInAnyOrder(1, 2);
        assertThat(result.unplaced()).containsExactly(new Unplaced(0, UnplacedReason.PARTICIPANT_FULL));
        assertThat(result.weightBound()).isEqualTo(4);
    }

    @Test
    void plan_spreadsLeftOutMeetingsAcrossParticipants() {
        List<BitSet> availability = List.of(only(0), only(0), only(0), only(0), only(0));
        PlanProblem problem = new PlanProblem(
                slots(1),
                participants(availability, 9),
                List.of(
                        meeting(1, 0, 1, 1, NONE, NONE),
                        meeting(2, 2, 3, 1, NONE, NONE),
                        meeting(3, 0, 4, 1, NONE, NONE)),
                List.of(new PlanPool(7, new int[] {1})),
                List.of(),
                0);

        PlanResult result = plan(problem);

        assertThat(result.placements())
                .extracting(Placement::meeting)
                .containsAnyOf(0, 2)
                .doesNotContain(1);
        assertThat(PlanScore.of(problem, result.placements()).spread()).isEqualTo(4);
    }

    @Test
    void plan_stopRequested_returnsTheBestPlanSoFar() {
        PlanProblem problem = EventGenerator.generate(3_000, 5);
        PlanResult greedy = new GreedyPlanner().plan(problem, Duration.ofSeconds(1), PlanProgress.NONE);
        List<Long> improvements = new ArrayList<>();
        PlanProgress stopAtOnce = new PlanProgress() {
            @Override
            public void improved(long weight, long weightBound, int gaps) {
                improvements.add(weight);
            }

            @Override
            public boolean stopRequested() {
                return true;
            }
        };

        long start = System.nanoTime();
        PlanResult result = planner.plan(problem, Duration.ofSeconds(60), stopAtOnce);

        assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(30).toNanos());
        assertThat(result.status()).isEqualTo(PlanStatus.STOPPED);
        assertThat(PlanChecker.check(problem, result.placements()).violations()).isEmpty();
        assertThat(result.weight()).isGreaterThanOrEqualTo(greedy.weight()).isEqualTo(improvements.getLast());
        assertThat(result.weightBound()).isGreaterThanOrEqualTo(result.weight());
    }

    @Test
    void plan_generatedEvent_isValidAndNoWorseThanGreedy() {
        PlanProblem problem = EventGenerator.generate(300, 3);
        PlanResult greedy = new GreedyPlanner().plan(problem, Duration.ofSeconds(1), PlanProgress.NONE);

        PlanResult result = planner.plan(problem, Duration.ofSeconds(3), PlanProgress.NONE);

        PlanChecker.Report report = PlanChecker.check(problem, result.placements());
        assertThat(report.violations()).isEmpty();
        assertThat(report.weight()).isEqualTo(result.weight());
        assertThat(report.gaps()).isEqualTo(result.gaps());
        assertThat(PlanScore.of(problem, result.placements()))
                .isGreaterThanOrEqualTo(PlanScore.of(problem, greedy.placements()));
        assertThat(result.weightBound()).isBetween(result.weight(), PlanBounds.weightBound(problem));
        assertThat(result.placements().size() + result.unplaced().size())
                .isEqualTo(problem.meetings().size());
    }

    static List<PlanSlot> slots(int count) {
        List<PlanSlot> slots = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            slots.add(new PlanSlot(NINE.plusSeconds(1200L * s), NINE.plusSeconds(1200L * (s + 1)), 0));
        }
        return slots;
    }

    private PlanResult plan(PlanProblem problem) {
        PlanResult result = planner.plan(problem, Duration.ofSeconds(5), PlanProgress.NONE);
        assertThat(PlanChecker.check(problem, result.placements()).violations()).isEmpty();
        return result;
    }

    private static PlanProblem problem(int slots, List<BitSet> availability, List<PlanMeeting> meetings, int max) {
        return problem(slots, participants(availability, max), meetings);
    }

    /** One pool of 9 tables in every slot, no interpreters. */
    static PlanProblem problem(int slots, List<PlanParticipant> participants, List<PlanMeeting> meetings) {
        int[] tables = new int[slots];
        java.util.Arrays.fill(tables, 9);
        return new PlanProblem(slots(slots), participants, meetings, List.of(new PlanPool(7, tables)), List.of(), 0);
    }

    /** Participants 100, 101, ... with these availabilities, at most {@code max} meetings each. */
    static List<PlanParticipant> participants(List<BitSet> availability, int max) {
        List<PlanParticipant> participants = new ArrayList<>();
        for (int p = 0; p < availability.size(); p++) {
            participants.add(new PlanParticipant(100 + p, availability.get(p), max));
        }
        return participants;
    }

    private static PlanMeeting meeting(long id, int a, int b, int weight, int pinned, int previous) {
        return new PlanMeeting(id, a, b, weight, 0, false, List.of(), pinned, previous);
    }

    static BitSet all(int count) {
        BitSet set = new BitSet();
        set.set(0, count);
        return set;
    }

    static BitSet only(int slot) {
        BitSet set = new BitSet();
        set.set(slot);
        return set;
    }
}
