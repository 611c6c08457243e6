package org.ketnoi.scheduling.plan;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The Lagrangian heuristic: a greedy plan in the order the bound's prices suggest. A meeting's reduced
 * weight (its weight less the prices of its sides' caps and of its cheapest slot, room and interpreter)
 * says how much it is worth against the scarce resources it takes; placing the best first, each in its
 * cheapest free slot, gives online rooms and busy participants to the meetings that need them least
 * elsewhere. Pinned and previously published meetings still go first, as in {@link GreedyPlanner}.
 */
final class PricedGreedy {

    private static final double ADJACENCY = 0.05;

    private PricedGreedy() {}

    static List<Placement> plan(PlanProblem problem, LagrangianBound prices) {
        int meetings = problem.meetings().size();
        double[] value = new double[meetings];
        prices.refreshGroups();
        for (int m = 0; m < meetings; m++) {
            value[m] = prices.reducedValue(m);
        }
        List<Integer> order = IntStream.range(0, meetings)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(
                                m -> rank(problem.meetings().get(m)))
                        .thenComparingDouble(m -> -value[m])
                        .thenComparingInt(m -> -problem.meetings().get(m).weight())
                        .thenComparingInt(m -> m))
                .toList();
        PlanState state = new PlanState(problem);
        for (int m : order) {
            int slot = choose(problem, prices, state, m);
            if (slot >= 0) {
                state.place(m, slot, state.freeInterpreter(m, slot));
            }
        }
        return state.placements();
    }

    private static int rank(PlanMeeting meeting) {
        if (meeting.pinnedSlot() != PlanMeeting.NONE) {
            return 0;
        }
        return meeting.previousSlot() != PlanMeeting.NONE ? 1 : 2;
    }

    private static int choose(PlanProblem problem, LagrangianBound prices, PlanState state, int m) {
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
        double bestCost = Double.MAX_VALUE;
        for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
            if (!state.fits(m, s)) {
                continue;
            }
            int interpreter = meeting.needsInterpreter() ? state.freeInterpreter(m, s) : Placement.NO_INTERPRETER;
            double cost = prices.slotPrice(m, s, interpreter)
                    - ADJACENCY * (state.adjacency(meeting.first(), s) + state.adjacency(meeting.second(), s));
            if (cost < bestCost) {
                best = s;
                bestCost = cost;
            }
        }
        return best;
    }
}
