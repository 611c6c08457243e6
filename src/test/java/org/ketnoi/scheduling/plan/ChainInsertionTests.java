package org.ketnoi.scheduling.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainInsertionTests {

    private static final int NONE = PlanMeeting.NONE;

    @Test
    void insert_sidesFreeInDifferentSlots_swapsTheChainAndPlacesTheMeeting() {
        // 0 is free in slot 0 only, 1 in slot 1 only; moving 1's meeting with 2 to slot 1 frees slot 0
        PlanProblem problem = problem(List.of(meeting(1, 1, 2, NONE), meeting(2, 0, 3, NONE), meeting(3, 0, 1, NONE)));
        PlanAssignment assignment = new PlanAssignment(problem);
        assignment.place(0, 0, Placement.NO_INTERPRETER);
        assignment.place(1, 1, Placement.NO_INTERPRETER);

        boolean placed = new ChainInsertion(assignment).insert(2);

        assertThat(placed).isTrue();
        assertThat(assignment.slotOf(0)).isEqualTo(1);
        assertThat(assignment.slotOf(1)).isEqualTo(1);
        assertThat(assignment.slotOf(2)).isEqualTo(0);
        assertThat(PlanChecker.check(problem, assignment.placements()).violations())
                .isEmpty();
    }

    @Test
    void insert_pinnedMeetingOnTheChain_changesNothing() {
        // the other chain (0's meeting with 3 to slot 0) is pinned too
        PlanProblem problem = problem(List.of(meeting(1, 1, 2, 0), meeting(2, 0, 3, 1), meeting(3, 0, 1, NONE)));
        PlanAssignment assignment = new PlanAssignment(problem);
        assignment.place(0, 0, Placement.NO_INTERPRETER);
        assignment.place(1, 1, Placement.NO_INTERPRETER);

        boolean placed = new ChainInsertion(assignment).insert(2);

        assertThat(placed).isFalse();
        assertThat(assignment.placements())
                .containsExactly(
                        new Placement(0, 0, Placement.NO_INTERPRETER), new Placement(1, 1, Placement.NO_INTERPRETER));
    }

    @Test
    void insert_chainMeetingNotAvailableInTheOtherSlot_changesNothing() {
        PlanProblem problem = OptimisingPlannerTests.problem(
                2,
                OptimisingPlannerTests.participants(
                        List.of(
                                OptimisingPlannerTests.all(2),
                                OptimisingPlannerTests.all(2),
                                OptimisingPlannerTests.only(0),
                                OptimisingPlannerTests.only(1)),
                        9),
                List.of(meeting(1, 1, 2, NONE), meeting(2, 0, 3, NONE), meeting(3, 0, 1, NONE)));
        PlanAssignment assignment = new PlanAssignment(problem);
        assignment.place(0, 0, Placement.NO_INTERPRETER);
        assignment.place(1, 1, Placement.NO_INTERPRETER);

        assertThat(new ChainInsertion(assignment).insert(2)).isFalse();
        assertThat(assignment.slotOf(0)).isZero();
        assertThat(assignment.slotOf(1)).isEqualTo(1);
        assertThat(assignment.slotOf(2)).isEqualTo(-1);
    }

    @Test
    void insert_sideAtItsCap_isNotPlaced() {
        PlanProblem problem = OptimisingPlannerTests.problem(
                2,
                List.of(
                        new PlanParticipant(100, OptimisingPlannerTests.all(2), 1),
                        new PlanParticipant(101, OptimisingPlannerTests.all(2), 9),
                        new PlanParticipant(102, OptimisingPlannerTests.all(2), 9)),
                List.of(meeting(1, 0, 2, NONE), meeting(2, 0, 1, NONE)));
        PlanAssignment assignment = new PlanAssignment(problem);
        assignment.place(0, 0, Placement.NO_INTERPRETER);

        assertThat(new ChainInsertion(assignment).insert(1)).isFalse();
        assertThat(assignment.slotOf(1)).isEqualTo(-1);
    }

    private static PlanProblem problem(List<PlanMeeting> meetings) {
        BitSet all = OptimisingPlannerTests.all(2);
        return OptimisingPlannerTests.problem(
                2, OptimisingPlannerTests.participants(List.of(all, all, all, all), 9), meetings);
    }

    private static PlanMeeting meeting(long id, int a, int b, int pinned) {
        return new PlanMeeting(id, a, b, 1, 0, false, List.of(), pinned, NONE);
    }
}
