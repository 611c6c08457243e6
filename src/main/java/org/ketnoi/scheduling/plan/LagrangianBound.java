package org.ketnoi.scheduling.plan;

import java.util.Arrays;
import java.util.BitSet;

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
    private final int[] optionInterpreter;
    private final double[] participantSlot;
    private final double[] participantCap;
    private final double[] poolSlot;
    private final double[] onlineSlot;
    private final double[] interpreterSlot;

    private LagrangianBound(PlanProblem problem) {
        this.problem = problem;
        slots = problem.slots().size();
        int meetings = problem.meetings().size();
        optionStart = new int[meetings + 1];
        IntList slotsOf = new IntList();
        IntList interpretersOf = new IntList();
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
                if (!meeting.needsInterpreter()) {
                    slotsOf.add(s);
                    interpretersOf.add(Placement.NO_INTERPRETER);
                    continue;
                }
                for (int i : meeting.interpreters()) {
                    if (problem.interpreters().get(i).availableIn(s)) {
                        slotsOf.add(s);
                        interpretersOf.add(i);
                    }
                }
            }
        }
        optionStart[meetings] = slotsOf.size;
        optionSlot = slotsOf.toArray();
        optionInterpreter = interpretersOf.toArray();
        participantSlot = new double[problem.participants().size() * slots];
        participantCap = new double[problem.participants().size()];
        poolSlot = new double[problem.pools().size() * slots];
        onlineSlot = new double[slots];
        interpreterSlot = new double[problem.interpreters().size() * slots];
    }

    /**
     * The bound after at most {@code iterations} subgradient steps or until {@code deadlineNanos}
     * ({@link System#nanoTime()}), never above {@link PlanBounds#weightBound(PlanProblem)}. {@code
     * placedWeight} is the weight of a known plan: it steers the step size and is a floor of the bound.
     */
    public static long weightBound(PlanProblem problem, int iterations, long deadlineNanos, long placedWeight) {
        long simple = PlanBounds.weightBound(problem);
        if (problem.meetings().isEmpty()) {
            return 0;
        }
        double best = new LagrangianBound(problem).descend(iterations, deadlineNanos, placedWeight);
        long bound = (long) Math.floor(best + 1e-3);
        return Math.max(placedWeight, Math.min(simple, bound));
    }

    private double descend(int iterations, long deadlineNanos, long placedWeight) {
        int meetings = problem.meetings().size();
        int[] chosen = new int[meetings];
        double best = Double.MAX_VALUE;
        double step = 2.0;
        int sinceBetter = 0;
        for (int iteration = 0; iteration < iterations && System.nanoTime() < deadlineNanos; iteration++) {
            double value = evaluate(chosen);
            if (value < best - 1e-9) {
                best = value;
                sinceBetter = 0;
            } else if (++sinceBetter >= 15) {
                step /= 2;
                sinceBetter = 0;
            }
            if (best - placedWeight < 1 - 1e-3 || step < 1e-5) {
                break;
            }
            if (!move(chosen, step * (value - placedWeight))) {
                break;
            }
        }
        return best;
    }

    /** The dual function at the current prices; {@code chosen[m]} the option meeting m takes, or -1. */
    private double evaluate(int[] chosen) {
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
            PlanMeeting meeting = problem.meetings().get(m);
            double base = meeting.weight() - participantCap[meeting.first()] - participantCap[meeting.second()];
            double bestReduced = 0;
            chosen[m] = -1;
            for (int o = optionStart[m]; o < optionStart[m + 1]; o++) {
                double reduced = base - reducedCost(meeting, optionSlot[o], optionInterpreter[o]);
                if (reduced > bestReduced) {
                    bestReduced = reduced;
                    chosen[m] = o;
                }
            }
            value += bestReduced;
        }
        return value;
    }

    private double reducedCost(PlanMeeting meeting, int s, int interpreter) {
        double cost = participantSlot[meeting.first() * slots + s] + participantSlot[meeting.second() * slots + s];
        cost += meeting.online() ? onlineSlot[s] : poolSlot[meeting.pool() * slots + s];
        if (interpreter != Placement.NO_INTERPRETER) {
            cost += interpreterSlot[interpreter * slots + s];
        }
        return cost;
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
            if (optionInterpreter[chosen[m]] != Placement.NO_INTERPRETER) {
                gInterpreterSlot[optionInterpreter[chosen[m]] * slots + s]--;
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
