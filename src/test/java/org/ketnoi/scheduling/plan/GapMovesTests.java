package org.ketnoi.scheduling.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapMovesTests {

    private static final int NONE = PlanMeeting.NONE;

    @Test
    void run_participantWithAGap_movesAMeetingNextToTheOther() {
        PlanProblem problem = problem(List.of(meeting(1, 0, 1, NONE, NONE), meeting(2, 0, 2, NONE, NONE)));
        PlanAssignment assignment = new PlanAssignment(problem);
        assignment.place(0, 0, Placement.NO_INTERPRETER);
        assignment.place(1, 2, Placement.NO_INTERPRETER);
        PlanScore before = assignment.score();

        int moves = new GapMoves(assignment).run(Long.MAX_VALUE);

        PlanScore after = assignment.score();
        assertThat(moves).isPositive();
        assertThat(before.gaps()).isEqualTo(1);
        assertThat(after.gaps()).isZero();
        assertThat(after.weight()).isEqualTo(before.weight());
        assertThat(PlanChecker.check(problem, assignment.placements()).violations())
                .isEmpty();
    }

    @Test
    void run_publishedAndPinnedMeetingsStay_theOtherMoves() {
        PlanProblem problem = problem(List.of(meeting(1, 0, 1, NONE, 0), meeting(2, 0, 2, 2, NONE)));
        PlanAssignment assignment = new PlanAssignment(problem);
        assignment.place(0, 0, Placement.NO_INTERPRETER);
        assignment.place(1, 2, Placement.NO_INTERPRETER);

        new GapMoves(assignment).run(Long.MAX_VALUE);

        assertThat(assignment.slotOf(0)).isZero();
        assertThat(assignment.slotOf(1)).isEqualTo(2);
    }

    @Test
    void run_publishedMeetingAwayFromItsSlot_goesBackEvenIfThatOpensAGap() {
        PlanProblem problem = problem(List.of(meeting(1, 0, 1, NONE, 2), meeting(2, 0, 2, NONE, NONE)));
        PlanAssignment assignment = new PlanAssignment(problem);
        assignment.place(0, 1, Placement.NO_INTERPRETER);
        assignment.place(1, 0, Placement.NO_INTERPRETER);

        new GapMoves(assignment).run(Long.MAX_VALUE);

        assertThat(assignment.slotOf(0)).isEqualTo(2);
        assertThat(assignment.score().moved()).isZero();
        assertThat(assignment.score().gaps()).isZero();
    }

    private static PlanProblem problem(List<PlanMeeting> meetings) {
        BitSet all = OptimisingPlannerTests.all(3);
        return OptimisingPlannerTests.problem(
                3, OptimisingPlannerTests.participants(List.of(all, all, all), 9), meetings);
    }

    private static PlanMeeting meeting(long id, int a, int b, int pinned, int previous) {
        return new PlanMeeting(id, a, b, 1, 0, false, List.of(), pinned, previous);
    }
}
