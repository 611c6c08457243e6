package org.ketnoi.scheduling;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import com.google.ortools.util.Domain;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The CP-SAT model (docs/scheduling.md): a literal per meeting and possible slot; per participant and
 * slot a "busy" literal, two monotone ladders ("had a meeting by now", "has a meeting from now on"),
 * an "idle inside the day" literal and a "break ends here" literal; the objective counts break ends.
 * Redundant, because they made the difference in measurements: per participant the first and last
 * busy slot as linear expressions over the ladders with every meeting between them, idle slots =
 * last - first + 1 - meetings, all-different slots, a lower bound from {@link ParticipantBounds}, and
 * per slot at most twice as many busy participants as tables.
 */
final class BreakModel {

    final CpModel model = new CpModel();
    final ScheduleProblem problem;
    final List<List<Integer>> byParticipant;
    final BoolVar[][] placed; // [meeting][slot], null where impossible
    final IntVar[] slotOf;
    final IntVar[] breaks; // null for participants with fewer than two meetings
    final List<Literal> allBreakEnds = new ArrayList<>();
    final List<List<Literal>> busyBySlot = new ArrayList<>();
    LinearExpr objective = LinearExpr.constant(0);
    int lowerBound;
    boolean trivallyInfeasible;

    /** With {@code maxBreaks >= 0} a decision model ("at most that many breaks"), else minimising. */
    BreakModel(ScheduleProblem problem, int maxBreaks) {
        this.problem = problem;
        this.byParticipant = problem.meetingsByParticipant();
        int n = problem.meetings().size();
        int slots = problem.slots();
        placed = new BoolVar[n][slots];
        slotOf = new IntVar[n];
        breaks = new IntVar[problem.participants()];
        for (int m = 0; m < n; m++) {
            placeMeeting(m);
        }
        if (trivallyInfeasible) {
            return;
        }
        limitTables();
        for (int m = 0; m < n; m++) {
            for (int before : problem.meetings().get(m).after()) {
                model.addLessThan(slotOf[before], slotOf[m]);
            }
        }
        for (int p = 0; p < problem.participants(); p++) {
            countBreaks(p);
        }
        bindFairness();
        // implied: two participants per meeting, so at most 2 x tables participants busy per slot
        for (List<Literal> here : busyBySlot) {
            if (here.size() > 2 * problem.tablesPerSlot()) {
                model.addLessOrEqual(LinearExpr.sum(here.toArray(new Literal[0])), 2L * problem.tablesPerSlot());
            }
        }
        objective = LinearExpr.newBuilder()
                .addSum(allBreakEnds.toArray(new Literal[0]))
                .build();
        // the per-participant bounds, stated on the objective, let the search stop as soon as it meets them
        model.addGreaterOrEqual(objective, lowerBound);
        if (maxBreaks >= 0) {
            model.addLessOrEqual(objective, maxBreaks);
        } else {
            model.minimize(objective);
        }
    }

    /**
     * A lower bound proven elsewhere ({@link BreakLowerBound}): for the stop-at-bound callback and the
     * reported bound only. Stated on the objective it made the search worse (tic-13crafc.original:
     * bound 1 and an early stop at 6.5 s instead of bound 2 at 10 s).
     */
    void atLeast(int bound) {
        lowerBound = Math.max(lowerBound, bound);
    }

    /** Only schedules with fewer than {@code breaks} breaks: "infeasible" then means none is better. */
    void fewerThan(int breaks) {
        model.addLessOrEqual(objective, breaks - 1L);
    }

    private void placeMeeting(int m) {
        BitSet domain = problem.domain(m);
        if (domain.isEmpty()) {
            trivallyInfeasible = true;
            return;
        }
        List<Literal> options = new ArrayList<>();
        LinearExprBuilder slotSum = LinearExpr.newBuilder();
        long[] values = domain.stream().asLongStream().toArray();
        for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
            placed[m][s] = model.newBoolVar("m" + m + "s" + s);
            options.add(placed[m][s]);
            slotSum.addTerm(placed[m][s], s);
        }
        model.addExactlyOne(options);
        slotOf[m] = model.newIntVarFromDomain(Domain.fromValues(values), "slot" + m);
        model.addEquality(slotOf[m], slotSum);
    }

    private void limitTables() {
        for (int s = 0; s < problem.slots(); s++) {
            List<BoolVar> here = new ArrayList<>();
            for (BoolVar[] row : placed) {
                if (row[s] != null) {
                    here.add(row[s]);
                }
            }
            busyBySlot.add(new ArrayList<>());
            if (here.size() > problem.tablesPerSlot()) {
                model.addLessOrEqual(LinearExpr.sum(here.toArray(new BoolVar[0])), problem.tablesPerSlot());
            }
        }
    }

    private void countBreaks(int p) {
        List<Integer> mine = byParticipant.get(p);
        int slots = problem.slots();
        Literal[] busy = new Literal[slots];
        for (int s = 0; s < slots; s++) {
            List<BoolVar> here = new ArrayList<>();
            for (int m : mine) {
                if (placed[m][s] != null) {
                    here.add(placed[m][s]);
                }
            }
            if (here.size() == 1) {
                busy[s] = here.get(0);
            } else if (here.size() > 1) {
                BoolVar b = model.newBoolVar("busy" + p + "_" + s);
                model.addEquality(LinearExpr.sum(here.toArray(new BoolVar[0])), b);
                busy[s] = b;
            }
            if (busy[s] != null) {
                busyBySlot.get(s).add(busy[s]);
            }
        }
        int k = mine.size();
        if (k < 2) {
            return;
        }
        Literal[] held = ladder(busy, p, "held", true);
        Literal[] ahead = ladder(busy, p, "ahead", false);
        List<Literal> breakEnds = new ArrayList<>();
        List<Literal> idle = new ArrayList<>();
        Literal[] inside = new Literal[slots];
        for (int s = 1; s < slots - 1; s++) {
            if (held[s - 1] == null || ahead[s + 1] == null) {
                continue;
            }
            // idle inside the day: something before, something after, nothing now
            Literal[] condition = busy[s] == null
                    ? new Literal[] {held[s - 1], ahead[s + 1]}
                    : new Literal[] {held[s - 1], ahead[s + 1], busy[s].not()};
            inside[s] = and(condition, "idle" + p + "_" + s);
            idle.add(inside[s]);
        }
        for (int s = 2; s < slots; s++) {
            if (inside[s - 1] != null && busy[s] != null) {
                breakEnds.add(and(new Literal[] {inside[s - 1], busy[s]}, "breakEnd" + p + "_" + s));
            }
        }
        allBreakEnds.addAll(breakEnds);
        int lower = ParticipantBounds.minimumBreaks(problem, mine);
        lowerBound += lower;
        breaks[p] = model.newIntVar(lower, k - 1, "breaks" + p);
        model.addEquality(LinearExpr.sum(breakEnds.toArray(new Literal[0])), breaks[p]);
        boundBySpan(mine, held, ahead, idle);
    }

    /** first/last busy slot as integers, tied to the ladders: the LP then sees idle = last - first + 1 - k. */
    private void boundBySpan(List<Integer> mine, Literal[] held, Literal[] ahead, List<Literal> idleSlots) {
        LinearArgument[] slotsOfMine = mine.stream().map(m -> slotOf[m]).toArray(LinearArgument[]::new);
        model.addAllDifferent(slotsOfMine);
        LinearExprBuilder firstExpr = LinearExpr.newBuilder();
        LinearExprBuilder lastExpr = LinearExpr.newBuilder();
        // first = number of slots before the first meeting = sum over s of not held[s]
        int slots = problem.slots();
        for (int s = 0; s < slots; s++) {
            if (held[s] == null) {
                firstExpr.add(1);
            } else {
                firstExpr.add(1).addTerm(held[s], -1);
            }
            if (ahead[s] != null) {
                lastExpr.add(ahead[s]);
            }
        }
        // last = (number of slots s with ahead[s]) - 1
        lastExpr.add(-1);
        LinearExpr first = firstExpr.build();
        LinearExpr last = lastExpr.build();
        for (int m : mine) {
            model.addLessOrEqual(first, slotOf[m]);
            model.addLessOrEqual(slotOf[m], last);
        }
        LinearExpr idle = LinearExpr.newBuilder()
                .add(last)
                .addTerm(first, -1)
                .add(1 - mine.size())
                .build();
        model.addEquality(LinearExpr.sum(idleSlots.toArray(new Literal[0])), idle);
    }

    /** held[s]: busy at some slot <= s (forward), or ahead[s]: busy at some slot >= s (backward). */
    private Literal[] ladder(Literal[] busy, int p, String name, boolean forward) {
        int slots = busy.length;
        Literal[] result = new Literal[slots];
        Literal previous = null;
        for (int i = 0; i < slots; i++) {
            int s = forward ? i : slots - 1 - i;
            if (busy[s] == null) {
                result[s] = previous;
                continue;
            }
            if (previous == null) {
                result[s] = busy[s];
            } else {
                BoolVar now = model.newBoolVar(name + p + "_" + s);
                model.addImplication(previous, now);
                model.addImplication(busy[s], now);
                model.addBoolOr(new Literal[] {now.not(), previous, busy[s]});
                result[s] = now;
            }
            previous = result[s];
        }
        return result;
    }

    private Literal and(Literal[] all, String name) {
        BoolVar result = model.newBoolVar(name);
        Literal[] clause = new Literal[all.length + 1];
        for (int i = 0; i < all.length; i++) {
            model.addImplication(result, all[i]);
            clause[i] = all[i].not();
        }
        clause[all.length] = result;
        model.addBoolOr(clause);
        return result;
    }

    private void bindFairness() {
        if (problem.fairness() < 0) {
            return;
        }
        boolean someoneHasNoBreakForSure = false;
        List<LinearArgument> all = new ArrayList<>();
        for (int p = 0; p < problem.participants(); p++) {
            int k = byParticipant.get(p).size();
            if (k == 1) {
                someoneHasNoBreakForSure = true;
            } else if (k > 1) {
                all.add(breaks[p]);
            }
        }
        if (all.isEmpty()) {
            return;
        }
        LinearArgument least;
        if (someoneHasNoBreakForSure) {
            least = LinearExpr.constant(0);
        } else {
            IntVar min = model.newIntVar(0, problem.slots(), "leastBreaks");
            model.addMinEquality(min, all.toArray(new LinearArgument[0]));
            least = min;
        }
        for (LinearArgument b : all) {
            model.addLessOrEqual(
                    b,
                    LinearExpr.newBuilder().add(least).add(problem.fairness()).build());
        }
    }

    int[] slotsFrom(CpSolver solver) {
        int[] result = new int[slotOf.length];
        for (int m = 0; m < slotOf.length; m++) {
            result[m] = (int) solver.value(slotOf[m]);
        }
        return result;
    }
}
