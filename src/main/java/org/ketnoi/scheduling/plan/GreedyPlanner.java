package org.ketnoi.scheduling.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A fast constructive planner: pinned meetings first, then previously published ones, then by weight
 * and by how few slots they can take; each goes to its previous slot when it still fits, otherwise to
 * the slot next to the sides' other meetings of the same session, otherwise the earliest free one.
 * Valid but not optimal: the optimising planners start from it.
 */
public final class GreedyPlanner implements EventPlanner {

    @Override
    public PlanResult plan(PlanProblem problem, Duration timeLimit, PlanProgress progress) {
        PlanState state = new PlanState(problem);
        List<Integer> order = IntStream.range(0, problem.meetings().size())
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(
                                m -> rank(problem.meetings().get(m)))
                        .thenComparing(m -> -problem.meetings().get(m).weight())
                        .thenComparingInt(m -> problem.domain(m).cardinality())
                        .thenComparingInt(m -> m))
                .toList();
        for (int m : order) {
            int slot = choose(problem, state, m);
            if (slot >= 0) {
                state.place(m, slot, state.freeInterpreter(m, slot));
            }
        }
        List<Placement> placements = state.placements();
        List<Unplaced> unplaced = new ArrayList<>();
        for (int m = 0; m < problem.meetings().size(); m++) {
            if (!state.placed(m)) {
                unplaced.add(new Unplaced(m, state.reason(m)));
            }
        }
        PlanChecker.Report report = PlanChecker.check(problem, placements);
        progress.improved(report.weight(), PlanBounds.weightBound(problem), report.gaps());
        return new PlanResult(
                PlanStatus.FEASIBLE,
                placements,
                unplaced,
                report.weight(),
                PlanBounds.weightBound(problem),
                report.gaps(),
                report.moved());
    }

    private static int rank(PlanMeeting meeting) {
        if (meeting.pinnedSlot() != PlanMeeting.NONE) {
            return 0;
        }
        return meeting.previousSlot() != PlanMeeting.NONE ? 1 : 2;
    }

    private static int choose(PlanProblem problem, PlanState state, int m) {
        PlanMeeting meeting = problem.meetings().get(m);
        if (!state.roomForMore(meeting.first()) || !state.roomForMore(meeting.second())) {
            return -1;
        }
        BitSet domain = problem.domain(m);
        if (meeting.previousSlot() != PlanMeeting.NONE
                && domain.get(meeting.previousSlot())
                && state.fits(m, meeting.previousSlot())) {
            return meeting.previousSlot();
        }
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
            if (!state.fits(m, s)) {
                continue;
            }
            int score = state.adjacency(meeting.first(), s) + state.adjacency(meeting.second(), s);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }
}
