package org.ketnoi.scheduling.plan;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An upper bound on the weight any plan places: the Lagrangian dual of the time-indexed model (a
 * literal per meeting, slot and interpreter; each meeting at most once), with every shared resource
 * priced: a participant's slot, a participant's cap, a pool's tables and the online rooms in a slot, an
 * interpreter's slot. For any non-negative prices, the prices times the capacities plus each meeting's
 * best positive reduced weight bounds every plan (weak duality); subgradient steps lower it towards the
 * linear relaxation's optimum. Exact in the end: weights are integers, the sum is rounded down only by
 * a margin far above the floating-point error.
 */
public final class LagrangianBound {

    private final PlanProblem problem;
    private final int slots;
    private final int[] optionStart;
    private final int[] optionSlot;
    private final int[] group;
    private final int[][] groups;
    private final double[] groupPrice;
    private final int[] groupInterpreter;
    private final int[] chosenInterpreter;
    private final double[] participantSlot;
    private final double[] participantCap;
    private final double[] poolSlot;
    private final double[] onlineSlot;
    private final double[] interpreterSlot;
    private final int[] first;
    private final int[] second;
    private final int[] weight;
    private final int[] pool;
    private final int[] chosen;
    private final long simple;
    private double best = Double.MAX_VALUE;
    private double step = 2.0;
    private int sinceBetter;

    private LagrangianBound(PlanProblem problem) {
        this.problem = problem;
        slots = problem.slots().size();
        int meetings = problem.meetings().size();
        optionStart = new int[meetings + 1];
        IntList slotsOf = new IntList();
        for (int m = 0; m < meetings; m++) {
            optionStart[m] = slotsOf.size;
            PlanMeeting meeting = problem.meetings().get(m);
            BitSet domain = problem.domain(m);
            for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
                int capacity = meeting.online()
                        ? problem.onlineRoomsPerSlot()
                        : problem.pools().get(meeting.pool()).capacityIn(s);
                if (capacity <= 0) {
                    continue;
                }
                if (!meeting.needsInterpreter() || PlanBounds.interpreterFree(problem, meeting, s)) {
                    slotsOf.add(s);
                }
            }
        }
        optionStart[meetings] = slotsOf.size;
        optionSlot = slotsOf.toArray();
        Map<List<Integer>, Integer> groupOf = new HashMap<>();
        group = new int[meetings];
        for (int m = 0; m < meetings; m++) {
            PlanMeeting meeting = problem.meetings().get(m);
            group[m] = meeting.needsInterpreter()
                    ? groupOf.computeIfAbsent(meeting.interpreters(), k -> groupOf.size())
                    : -1;
        }
        groups = new int[groupOf.size()][];
        groupOf.forEach((candidates, g) ->
                groups[g] = candidates.stream().mapToInt(Integer::intValue).toArray());
        groupPrice = new double[groups.length * slots];
        groupInterpreter = new int[groups.length * slots];
        chosenInterpreter = new int[meetings];
        participantSlot = new double[problem.participants().size() * slots];
        participantCap = new double[problem.participants().size()];
        poolSlot = new double[problem.pools().size() * slots];
        onlineSlot = new double[slots];
        interpreterSlot = new double[problem.interpreters().size() * slots];
        first = new int[meetings];
        second = new int[meetings];
        weight = new int[meetings];
        pool = new int[meetings];
        for (int m = 0; m < meetings; m++) {
            PlanMeeting meeting = problem.meetings().get(m);
            first[m] = meeting.first();
            second[m] = meeting.second();
            weight[m] = meeting.weight();
            pool[m] = meeting.pool();
        }
        chosen = new int[meetings];
        simple = PlanBounds.weightBound(problem);
    }

    /**
     * The bound after at most {@code iterations} subgradient steps or until {@code deadlineNanos}
     * ({@link System#nanoTime()}), never above {@link PlanBounds#weightBound(PlanProblem)}. {@code
     * placedWeight} is the weight of a known plan: it steers the step size and is a floor of the bound.
     */
    public static long weightBound(PlanProblem problem, int iterations, long deadlineNanos, long placedWeight) {
        LagrangianBound bound = new LagrangianBound(problem);
        for (int i = 0; i < iterations && System.nanoTime() < deadlineNanos; i++) {
            if (!bound.iterate(placedWeight)) {
                break;
            }
        }
        return bound.bound(placedWeight);
    }

    static LagrangianBound start(PlanProblem problem) {
        return new LagrangianBound(problem);
    }

    /** The best bound so far, at least {@code placedWeight} and at most the simple bound. */
    long bound(long placedWeight) {
        if (problem.meetings().isEmpty()) {
            return 0;
        }
        long bound = best == Double.MAX_VALUE ? Long.MAX_VALUE : (long) Math.floor(best + 1e-3);
        return Math.max(placedWeight, Math.min(simple, bound));
    }

    /** One subgradient step; false when the bound cannot improve any more. */
    boolean iterate(long placedWeight) {
        if (problem.meetings().isEmpty()) {
            return false;
        }
        double value = evaluate(chosen);
        if (value < best - 1e-9) {
            best = value;
            sinceBetter = 0;
        } else if (++sinceBetter >= 15) {
            step /= 2;
            sinceBetter = 0;
        }
        if (best - placedWeight < 1 - 1e-3 || step < 1e-5) {
            return false;
        }
        return move(chosen, step * (value - placedWeight));
    }

    /** The meeting's weight less the current prices of its two sides' caps. */
    double capReduced(int m) {
        return weight[m] - participantCap[first[m]] - participantCap[second[m]];
    }

    /** The current price of meeting m in slot s (its sides' slot, its room, its interpreter if any). */
    double slotPrice(int m, int s, int interpreter) {
        double cost = participantSlot[first[m] * slots + s] + participantSlot[second[m] * slots + s];
        cost += pool[m] < 0 ? onlineSlot[s] : poolSlot[pool[m] * slots + s];
        if (interpreter != Placement.NO_INTERPRETER) {
            cost += interpreterSlot[interpreter * slots + s];
        }
        return cost;
    }

    /** The meeting's best reduced weight at the current prices (negative infinity without options). */
    double reducedValue(int m) {
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int o = optionStart[m]; o < optionStart[m + 1]; o++) {
            bestValue = Math.max(bestValue, capReduced(m) - optionPrice(m, optionSlot[o]));
        }
        return bestValue;
    }

    /** Prices meeting m in slot s with its cheapest candidate interpreter free there. */
    private double optionPrice(int m, int s) {
        double cost = participantSlot[first[m] * slots + s] + participantSlot[second[m] * slots + s];
        cost += pool[m] < 0 ? onlineSlot[s] : poolSlot[pool[m] * slots + s];
        if (group[m] >= 0) {
            cost += groupPrice[group[m] * slots + s];
        }
        return cost;
    }

    /** Each group of meetings with the same candidates: its cheapest available interpreter per slot. */
    void refreshGroups() {
        for (int g = 0; g < groups.length; g++) {
            for (int s = 0; s < slots; s++) {
                double cheapest = Double.MAX_VALUE;
                int who = Placement.NO_INTERPRETER;
                for (int i : groups[g]) {
                    if (problem.interpreters().get(i).availableIn(s) && interpreterSlot[i * slots + s] < cheapest) {
                        cheapest = interpreterSlot[i * slots + s];
                        who = i;
                    }
                }
                groupPrice[g * slots + s] = cheapest;
                groupInterpreter[g * slots + s] = who;
            }
        }
    }

    /** The dual function at the current prices; {@code chosen[m]} the option meeting m takes, or -1. */
    private double evaluate(int[] chosen) {
        refreshGroups();
        double value = sum(participantSlot) + sum(onlineSlot) * problem.onlineRoomsPerSlot();
        for (int p = 0; p < participantCap.length; p++) {
            value += participantCap[p] * problem.participants().get(p).maxMeetings();
        }
        for (int k = 0; k < problem.pools().size(); k++) {
            for (int s = 0; s < slots; s++) {
                value += poolSlot[k * slots + s] * problem.pools().get(k).capacityIn(s);
            }
        }
        value += sum(interpreterSlot);
        for (int m = 0; m < chosen.length; m++) {
            double base = capReduced(m);
            double bestReduced = 0;
            chosen[m] = -1;
            for (int o = optionStart[m]; o < optionStart[m + 1]; o++) {
                double reduced = base - optionPrice(m, optionSlot[o]);
                if (reduced > bestReduced) {
                    bestReduced = reduced;
                    chosen[m] = o;
                }
            }
            if (chosen[m] >= 0 && group[m] >= 0) {
                chosenInterpreter[m] = groupInterpreter[group[m] * slots + optionSlot[chosen[m]]];
            }
            value += bestReduced;
        }
        return value;
    }

    /** One projected subgradient step of length {@code scale / |g|²}; false when the subgradient is zero. */
    private boolean move(int[] chosen, double scale) {
        double[] gParticipantSlot = new double[participantSlot.length];
        double[] gParticipantCap = new double[participantCap.length];
        double[] gPoolSlot = new double[poolSlot.length];
        double[] gOnlineSlot = new double[onlineSlot.length];
        double[] gInterpreterSlot = new double[interpreterSlot.length];
        Arrays.fill(gParticipantSlot, 1);
        Arrays.fill(gInterpreterSlot, 1);
        Arrays.fill(gOnlineSlot, problem.onlineRoomsPerSlot());
        for (int p = 0; p < participantCap.length; p++) {
            gParticipantCap[p] = problem.participants().get(p).maxMeetings();
        }
        for (int k = 0; k < problem.pools().size(); k++) {
            for (int s = 0; s < slots; s++) {
                gPoolSlot[k * slots + s] = problem.pools().get(k).capacityIn(s);
            }
        }
        for (int m = 0; m < chosen.length; m++) {
            if (chosen[m] < 0) {
                continue;
            }
            PlanMeeting meeting = problem.meetings().get(m);
            int s = optionSlot[chosen[m]];
            gParticipantSlot[meeting.first() * slots + s]--;
            gParticipantSlot[meeting.second() * slots + s]--;
            gParticipantCap[meeting.first()]--;
            gParticipantCap[meeting.second()]--;
            if (meeting.online()) {
                gOnlineSlot[s]--;
            } else {
                gPoolSlot[meeting.pool() * slots + s]--;
            }
            if (group[m] >= 0) {
                gInterpreterSlot[chosenInterpreter[m] * slots + s]--;
            }
        }
        double norm = norm(participantSlot, gParticipantSlot)
                + norm(participantCap, gParticipantCap)
                + norm(poolSlot, gPoolSlot)
                + norm(onlineSlot, gOnlineSlot)
                + norm(interpreterSlot, gInterpreterSlot);
        if (norm == 0) {
            return false;
        }
        double t = scale / norm;
        step(participantSlot, gParticipantSlot, t);
        step(participantCap, gParticipantCap, t);
        step(poolSlot, gPoolSlot, t);
        step(onlineSlot, gOnlineSlot, t);
        step(interpreterSlot, gInterpreterSlot, t);
        return true;
    }

    /** The squared norm of the part of the subgradient that can move (prices at zero only rise). */
    private static double norm(double[] price, double[] gradient) {
        double norm = 0;
        for (int j = 0; j < price.length; j++) {
            if (price[j] > 0 || gradient[j] < 0) {
                norm += gradient[j] * gradient[j];
            }
        }
        return norm;
    }

    private static void step(double[] price, double[] gradient, double t) {
        for (int j = 0; j < price.length; j++) {
            price[j] = Math.max(0, price[j] - t * gradient[j]);
        }
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
