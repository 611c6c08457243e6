package org.ketnoi.scheduling.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyPlannerTests {

    private static final Instant NINE = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void plan_keepsEveryRuleAndSaysWhyMeetingsAreLeftOut() {
        List<PlanSlot> slots = slots(4);
        List<PlanParticipant> participants = List.of(
                participant(0, all(4), 9),
                participant(1, all(4), 9),
                participant(2, all(4), 1),
                participant(3, only(3), 9),
                participant(4, only(0), 9));
        List<PlanMeeting> meetings = List.of(
                meeting(10, 0, 1, 0, false, List.of()),
                meeting(11, 0, 2, 0, false, List.of()),
                meeting(12, 1, 2, 0, false, List.of()),
                meeting(13, 3, 4, 0, false, List.of()),
                meeting(14, 0, 3, PlanMeeting.ONLINE, true, List.of(0)));
        PlanProblem problem = new PlanProblem(
                slots,
                participants,
                meetings,
                List.of(new PlanPool(7, new int[] {1, 1, 1, 1})),
                List.of(new PlanInterpreter(70, only(3))),
                5);

        PlanResult result = new GreedyPlanner().plan(problem, Duration.ofSeconds(1), PlanProgress.NONE);

        PlanChecker.Report report = PlanChecker.check(problem, result.placements());
        assertThat(report.violations()).isEmpty();
        assertThat(result.placements()).extracting(Placement::meeting).containsExactlyInAnyOrder(0, 1, 4);
        assertThat(result.unplaced())
                .containsExactlyInAnyOrder(
                        new Unplaced(2, UnplacedReason.PARTICIPANT_FULL),
                        new Unplaced(3, UnplacedReason.NO_COMMON_SLOT));
        assertThat(result.placements()).contains(new Placement(4, 3, 0));
        assertThat(result.weightBound()).isEqualTo(3);
        assertThat(result.weight()).isEqualTo(3);
    }

    @Test
    void plan_keepsPreviousSlotsAndAvoidsGaps() {
        List<PlanMeeting> meetings = new ArrayList<>();
        meetings.add(new PlanMeeting(1, 0, 1, 1, 0, false, List.of(), PlanMeeting.NONE, 2));
        meetings.add(meeting(2, 0, 2, 0, false, List.of()));
        PlanProblem problem = new PlanProblem(
                slots(4),
                List.of(participant(0, all(4), 9), participant(1, all(4), 9), participant(2, all(4), 9)),
                meetings,
                List.of(new PlanPool(7, new int[] {2, 2, 2, 2})),
                List.of(),
                0);

        PlanResult result = new GreedyPlanner().plan(problem, Duration.ofSeconds(1), PlanProgress.NONE);

        assertThat(result.placements().getFirst()).isEqualTo(new Placement(0, 2, Placement.NO_INTERPRETER));
        assertThat(result.placements().get(1).slot()).isIn(1, 3);
        assertThat(result.gaps()).isZero();
        assertThat(result.moved()).isZero();
    }

    private static List<PlanSlot> slots(int count) {
        List<PlanSlot> slots = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            slots.add(new PlanSlot(NINE.plusSeconds(1200L * s), NINE.plusSeconds(1200L * (s + 1)), 0));
        }
        return slots;
    }

    private static PlanParticipant participant(long id, BitSet available, int max) {
        return new PlanParticipant(id, available, max);
    }

    private static PlanMeeting meeting(long id, int a, int b, int pool, boolean interpreter, List<Integer> who) {
        return new PlanMeeting(id, a, b, 1, pool, interpreter, who, PlanMeeting.NONE, PlanMeeting.NONE);
    }

    private static BitSet all(int count) {
        BitSet set = new BitSet();
        set.set(0, count);
        return set;
    }

    private static BitSet only(int slot) {
        BitSet set = new BitSet();
        set.set(slot);
        return set;
    }
}
