package org.ketnoi.scheduling;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lower bound on the total breaks from counting alone. Who meets whom is forgotten: each participant
 * only chooses the slots it is busy in (a pattern its meetings can fill, each in its own domain), and
 * per slot the busy participants must pair off at the tables, so their number is even and at most twice
 * the tables. Participants whose meetings have the same domains are interchangeable here, so the
 * model has one integer per pattern and group of such participants ("how many of them take it")
 * instead of a literal per participant and slot: that removes the symmetry that keeps a search from
 * proving a pigeonhole argument. On tic-13crafc.original (one session, 10 slots, 19 tables, 45
 * participants with 4-10 meetings) this proves the optimum of 4 in about 0.1 s, where the break model
 * stays at 3 for 60 s (docs/scheduling.md, "Lower bounds by counting"; docs/decisions.md, 32).
 *
 * <p>Patterns are listed with at most {@code cap} breaks each. A schedule in which somebody has more
 * is not counted by the model, so the bound is the smaller of the model's minimum and the least such a
 * schedule can have: {@code cap + 1}, and with fairness {@code d} ({@code cap = d}) also a break for
 * every other participant, whose count then cannot be 0 ({@code d + 1} above the least).
 */
final class SlotCountBound {

    /** Patterns over all groups at most: beyond that the model is left alone (slots × meetings too many). */
    static final int MAX_PATTERNS = 40_000;

    /** Steps of the walk listing one group's patterns at most (most end in patterns; some meet no fit). */
    static final int MAX_STEPS = 2_000_000;

    /** Without fairness, patterns with at most this many breaks are listed. */
    static final int UNFAIR_CAP = 2;

    private SlotCountBound() {}

    /** The bound, 0 when the patterns are too many or the time too short to prove anything. */
    static int of(ScheduleProblem problem, int workers, double seconds) {
        List<List<Integer>> byParticipant = problem.meetingsByParticipant();
        int fairness = problem.fairness();
        int cap = fairness >= 0 ? fairness : UNFAIR_CAP;
        Map<List<BitSet>, Group> groups = new LinkedHashMap<>();
        int withTwoOrMore = 0;
        boolean someoneWithOne = false;
        for (List<Integer> mine : byParticipant) {
            if (mine.isEmpty()) {
                continue;
            }
            if (mine.size() == 1) {
                someoneWithOne = true;
            } else {
                withTwoOrMore++;
            }
            List<BitSet> domains = new ArrayList<>();
            for (int m : mine) {
                domains.add(problem.domain(m));
            }
            domains.sort(Comparator.comparing(BitSet::toString));
            groups.computeIfAbsent(domains, Group::new).size++;
        }
        // above what any schedule has, a bound only says there is none: the questions prove that
        long beyond = Math.min(
                ParticipantBounds.mostBreaks(byParticipant), beyond(fairness, cap, withTwoOrMore, someoneWithOne));
        int listed = 0;
        for (Group group : groups.values()) {
            group.patterns = patterns(group.domains, problem.slots(), cap, MAX_PATTERNS - listed);
            if (group.patterns == null) {
                return 0;
            }
            listed += group.patterns.size();
        }
        CpModel model = new CpModel();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        List<LinearExprBuilder> busy = new ArrayList<>();
        for (int s = 0; s < problem.slots(); s++) {
            busy.add(LinearExpr.newBuilder());
        }
        for (Group group : groups.values()) {
            LinearExprBuilder members = LinearExpr.newBuilder();
            for (Pattern pattern : group.patterns) {
                IntVar taking = model.newIntVar(0, group.size, "taking");
                members.add(taking);
                objective.addTerm(taking, pattern.breaks());
                for (int s = pattern.slots().nextSetBit(0);
                        s >= 0;
                        s = pattern.slots().nextSetBit(s + 1)) {
                    busy.get(s).add(taking);
                }
            }
            model.addEquality(members.build(), group.size);
        }
        for (LinearExprBuilder here : busy) {
            IntVar pairs = model.newIntVar(0, problem.tablesPerSlot(), "pairs");
            model.addEquality(here.build(), LinearExpr.term(pairs, 2));
        }
        model.minimize(objective.build());
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.01, seconds)).setNumWorkers(workers);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.INFEASIBLE) {
            return (int) beyond;
        }
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("invalid model: " + model.validate());
        }
        long counted = (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
        return (int) Math.max(0, Math.min(counted, beyond));
    }

    /** The least total of a schedule in which somebody has more than {@code cap} breaks. */
    static long beyond(int fairness, int cap, int withTwoOrMore, boolean someoneWithOne) {
        if (fairness < 0) {
            return cap + 1L;
        }
        if (someoneWithOne) {
            return Long.MAX_VALUE; // the least is 0, so nobody has more than d = cap
        }
        // the least is then at least cap + 1 - d = 1: everyone with two meetings or more has a break
        return cap + 1L + (withTwoOrMore - 1L) * (cap + 1L - fairness);
    }

    /** Busy patterns with at most {@code cap} breaks the meetings can fill; {@code null} past {@code most}. */
    static List<Pattern> patterns(List<BitSet> domains, int slots, int cap, int most) {
        BitSet usable = new BitSet();
        BitSet required = new BitSet();
        boolean alike = true;
        for (BitSet domain : domains) {
            usable.or(domain);
            if (domain.cardinality() == 1) {
                required.or(domain);
            }
            alike &= domain.equals(domains.get(0));
        }
        List<Pattern> result = new ArrayList<>();
        int[] after = new int[slots + 1]; // usable slots from s on
        for (int s = slots - 1; s >= 0; s--) {
            after[s] = after[s + 1] + (usable.get(s) ? 1 : 0);
        }
        boolean complete = list(
                new Walk(domains, slots, cap, most, usable, required, alike, after, result, new int[1]),
                0,
                new BitSet(),
                0,
                0,
                false);
        return complete ? result : null;
    }

    private record Walk(
            List<BitSet> domains,
            int slots,
            int cap,
            int most,
            BitSet usable,
            BitSet required,
            boolean alike,
            int[] after,
            List<Pattern> result,
            int[] steps) {}

    /** Depth first over the slots; false past {@code most} patterns or {@link #MAX_STEPS} steps. */
    private static boolean list(Walk walk, int slot, BitSet chosen, int count, int runs, boolean busyBefore) {
        if (++walk.steps()[0] > MAX_STEPS) {
            return false;
        }
        int k = walk.domains().size();
        if (count == k) {
            if (walk.required().nextSetBit(slot) >= 0) {
                return true;
            }
            if (walk.alike() || fillable(walk.domains(), chosen)) {
                if (walk.result().size() >= walk.most()) {
                    return false;
                }
                walk.result().add(new Pattern((BitSet) chosen.clone(), runs - 1));
            }
            return true;
        }
        if (slot == walk.slots() || count + walk.after()[slot] < k) {
            return true;
        }
        if (walk.usable().get(slot)) {
            int newRuns = busyBefore ? runs : runs + 1;
            if (newRuns - 1 <= walk.cap()) {
                chosen.set(slot);
                boolean going = list(walk, slot + 1, chosen, count + 1, newRuns, true);
                chosen.clear(slot);
                if (!going) {
                    return false;
                }
            }
        }
        if (walk.required().get(slot)) {
            return true;
        }
        return list(walk, slot + 1, chosen, count, runs, false);
    }

    /** Each meeting in a slot of its domain, one per slot: a bipartite matching (augmenting paths). */
    static boolean fillable(List<BitSet> domains, BitSet chosen) {
        int[] meetingIn = new int[chosen.length()];
        Arrays.fill(meetingIn, -1);
        for (int m = 0; m < domains.size(); m++) {
            if (!augment(m, domains, chosen, meetingIn, new BitSet())) {
                return false;
            }
        }
        return true;
    }

    private static boolean augment(int m, List<BitSet> domains, BitSet chosen, int[] meetingIn, BitSet seen) {
        BitSet options = (BitSet) domains.get(m).clone();
        options.and(chosen);
        for (int s = options.nextSetBit(0); s >= 0; s = options.nextSetBit(s + 1)) {
            if (seen.get(s)) {
                continue;
            }
            seen.set(s);
            if (meetingIn[s] < 0 || augment(meetingIn[s], domains, chosen, meetingIn, seen)) {
                meetingIn[s] = m;
                return true;
            }
        }
        return false;
    }

    record Pattern(BitSet slots, int breaks) {}

    private static final class Group {
        final List<BitSet> domains;
        int size;
        List<Pattern> patterns = List.of();

        Group(List<BitSet> domains) {
            this.domains = domains;
        }
    }
}
