package org.ketnoi.scheduling.plan;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The CP-SAT model of a window: some meetings free, every other meeting fixed where the assignment has
 * it. A literal per free meeting, slot and interpreter (only the slots and interpreters the fixed part
 * leaves open); the lexicographic objective as one weighted sum whose factors are computed from the
 * window's own ranges, so each level outweighs everything below it. With every meeting free it is the
 * whole event's model.
 */
final class WindowModel {

    /** The CP-SAT status and whether the objective was the exact lexicographic one. */
    record Outcome(CpSolverStatus status, boolean exact, boolean changed, long weightBound) {}

    private static final long SAFE = 1L << 52;

    private final PlanAssignment assignment;
    private final PlanProblem problem;
    private final int[] free;
    private final CpModel model = new CpModel();
    private final List<int[]> options = new ArrayList<>();
    private final List<BoolVar> literals = new ArrayList<>();
    private final Map<Integer, List<Literal>> byParticipantSlot = new HashMap<>();
    private final Map<Integer, List<Literal>> byParticipant = new LinkedHashMap<>();
    private final Map<Integer, BitSet> busyBefore = new HashMap<>();
    private final Map<Integer, Integer> countBefore = new HashMap<>();
    private long weightFactor = 1;
    private final int[] oldSlot;
    private final int[] oldInterpreter;

    private WindowModel(PlanAssignment assignment, int[] free) {
        this.assignment = assignment;
        this.problem = assignment.problem();
        this.free = free;
        oldSlot = new int[free.length];
        oldInterpreter = new int[free.length];
    }

    /**
     * Re-plans the free meetings in place and returns how it went; the assignment keeps the previous
     * placements of the window when CP-SAT finds nothing. {@code solverStarted} receives the solver so
     * the caller can stop it.
     */
    static Outcome solve(
            PlanAssignment assignment, int[] free, int workers, double seconds, Consumer<CpSolver> solverStarted) {
        return new WindowModel(assignment, free).run(workers, seconds, solverStarted);
    }

    private Outcome run(int workers, double seconds, Consumer<CpSolver> solverStarted) {
        takeOut();
        buildOptions();
        addResourceLimits();
        boolean exact = addObjective();
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.01, seconds)).setNumWorkers(workers);
        solverStarted.accept(solver);
        CpSolverStatus status = solver.solve(model);
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        boolean changed = false;
        for (int o = 0; o < options.size(); o++) {
            int[] option = options.get(o);
            if (found && solver.booleanValue(literals.get(o))) {
                assignment.place(option[0], option[1], option[2]);
            }
        }
        for (int j = 0; j < free.length; j++) {
            if (!found) {
                restoreOne(j);
            } else {
                changed |= assignment.slotOf(free[j]) != oldSlot[j]
                        || assignment.interpreterOf(free[j]) != oldInterpreter[j];
            }
        }
        long weightBound = Long.MAX_VALUE;
        if (status != CpSolverStatus.UNKNOWN && status != CpSolverStatus.MODEL_INVALID) {
            // lower terms are below the weight's factor: weight ≤ (factor − 1 − objective bound) / factor
            weightBound = (long) Math.floor((weightFactor - 1 - solver.bestObjectiveBound()) / weightFactor + 1e-9);
        }
        return new Outcome(status, exact, changed, weightBound);
    }

    /** Puts the window back as it was before {@link #solve}. */
    static void restore(PlanAssignment assignment, int[] free, int[] slots, int[] interpreters) {
        for (int m : free) {
            assignment.remove(m);
        }
        for (int j = 0; j < free.length; j++) {
            if (slots[j] >= 0) {
                assignment.place(free[j], slots[j], interpreters[j]);
            }
        }
    }

    private void restoreOne(int j) {
        if (oldSlot[j] >= 0 && assignment.slotOf(free[j]) < 0) {
            assignment.place(free[j], oldSlot[j], oldInterpreter[j]);
        }
    }

    private void takeOut() {
        for (int j = 0; j < free.length; j++) {
            PlanMeeting meeting = problem.meetings().get(free[j]);
            for (int p : new int[] {meeting.first(), meeting.second()}) {
                if (!busyBefore.containsKey(p)) {
                    BitSet busy = new BitSet();
                    for (int s = 0; s < problem.slots().size(); s++) {
                        busy.set(s, assignment.busy(p, s));
                    }
                    busyBefore.put(p, busy);
                    countBefore.put(p, assignment.count(p));
                    byParticipant.put(p, new ArrayList<>());
                }
            }
            oldSlot[j] = assignment.slotOf(free[j]);
            oldInterpreter[j] = assignment.interpreterOf(free[j]);
        }
        for (int m : free) {
            assignment.remove(m);
        }
    }

    private void buildOptions() {
        for (int j = 0; j < free.length; j++) {
            int m = free[j];
            PlanMeeting meeting = problem.meetings().get(m);
            BitSet domain = problem.domain(m);
            List<Literal> mine = new ArrayList<>();
            for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
                if (assignment.busy(meeting.first(), s)
                        || assignment.busy(meeting.second(), s)
                        || assignment.roomLeft(meeting, s) <= 0) {
                    continue;
                }
                if (!meeting.needsInterpreter()) {
                    mine.add(option(m, s, Placement.NO_INTERPRETER, oldSlot[j] == s));
                    continue;
                }
                for (int i : meeting.interpreters()) {
                    if (assignment.interpreterFree(i, s)) {
                        mine.add(option(m, s, i, oldSlot[j] == s && oldInterpreter[j] == i));
                    }
                }
            }
            if (meeting.pinnedSlot() != PlanMeeting.NONE && oldSlot[j] >= 0) {
                // a placed pinned meeting stays placed (its own slot is open: it was taken out)
                model.addExactlyOne(mine);
            } else if (mine.size() > 1) {
                model.addAtMostOne(mine);
            }
        }
    }

    private BoolVar option(int m, int s, int interpreter, boolean hint) {
        BoolVar literal = model.newBoolVar("");
        model.addHint(literal, hint);
        options.add(new int[] {m, s, interpreter});
        literals.add(literal);
        PlanMeeting meeting = problem.meetings().get(m);
        int slots = problem.slots().size();
        for (int p : new int[] {meeting.first(), meeting.second()}) {
            byParticipantSlot
                    .computeIfAbsent(p * slots + s, k -> new ArrayList<>())
                    .add(literal);
            byParticipant.get(p).add(literal);
        }
        return literal;
    }

    private void addResourceLimits() {
        for (List<Literal> sameSlot : byParticipantSlot.values()) {
            if (sameSlot.size() > 1) {
                model.addAtMostOne(sameSlot);
            }
        }
        for (Map.Entry<Integer, List<Literal>> entry : byParticipant.entrySet()) {
            int left = problem.participants().get(entry.getKey()).maxMeetings() - assignment.count(entry.getKey());
            if (entry.getValue().size() > left) {
                model.addLessOrEqual(sum(entry.getValue()), Math.max(0, left));
            }
        }
        Map<String, List<Literal>> rooms = new HashMap<>();
        Map<String, Integer> roomLeft = new HashMap<>();
        Map<String, List<Literal>> interpreters = new HashMap<>();
        for (int o = 0; o < options.size(); o++) {
            int[] option = options.get(o);
            PlanMeeting meeting = problem.meetings().get(option[0]);
            String room = meeting.pool() + "@" + option[1];
            rooms.computeIfAbsent(room, k -> new ArrayList<>()).add(literals.get(o));
            roomLeft.put(room, assignment.roomLeft(meeting, option[1]));
            if (option[2] != Placement.NO_INTERPRETER) {
                interpreters
                        .computeIfAbsent(option[2] + "@" + option[1], k -> new ArrayList<>())
                        .add(literals.get(o));
            }
        }
        for (Map.Entry<String, List<Literal>> entry : rooms.entrySet()) {
            if (entry.getValue().size() > roomLeft.get(entry.getKey())) {
                model.addLessOrEqual(sum(entry.getValue()), roomLeft.get(entry.getKey()));
            }
        }
        for (List<Literal> sameSlot : interpreters.values()) {
            if (sameSlot.size() > 1) {
                model.addAtMostOne(sameSlot);
            }
        }
    }

    /** Minimise −A·weight + B·moved + C·gaps + spread; returns false when a lower level had to be left out. */
    private boolean addObjective() {
        LinearExprBuilder weight = LinearExpr.newBuilder();
        LinearExprBuilder moved = LinearExpr.newBuilder();
        long totalWeight = 0;
        long movedMax = 0;
        for (int o = 0; o < options.size(); o++) {
            PlanMeeting meeting = problem.meetings().get(options.get(o)[0]);
            weight.addTerm(literals.get(o), meeting.weight());
            if (meeting.previousSlot() != PlanMeeting.NONE && meeting.previousSlot() != options.get(o)[1]) {
                moved.addTerm(literals.get(o), 1);
            }
        }
        for (int m : free) {
            totalWeight += problem.meetings().get(m).weight();
            movedMax += problem.meetings().get(m).previousSlot() != PlanMeeting.NONE ? 1 : 0;
        }
        WindowGaps gaps = new WindowGaps(model, assignment, busyBefore, byParticipantSlot);
        LinearExprBuilder spread = LinearExpr.newBuilder();
        long spreadMax = addSpread(spread);
        long c = spreadMax + 1;
        long b = c * (gaps.max() + 1);
        long a = b * (movedMax + 1);
        boolean exact = true;
        if (a > SAFE / Math.max(1, totalWeight)) {
            exact = false;
            c = 0;
            b = gaps.max() + 1;
            a = b * (movedMax + 1);
        }
        if (a > SAFE / Math.max(1, totalWeight)) {
            b = 0;
            a = movedMax + 1;
        }
        weightFactor = a;
        LinearExprBuilder objective = LinearExpr.newBuilder();
        objective.addTerm(weight, -a).addTerm(moved, Math.max(1, b));
        if (b > 0) {
            objective.addTerm(gaps.expression(), Math.max(1, c));
        }
        if (c > 0) {
            objective.add(spread);
        }
        model.minimize(objective);
        return exact;
    }

    /** Σ over the window's participants of (placeable − placed)², through one literal per missing meeting. */
    private long addSpread(LinearExprBuilder spread) {
        long max = 0;
        for (Map.Entry<Integer, List<Literal>> entry : byParticipant.entrySet()) {
            int p = entry.getKey();
            int missingAtMost = assignment.placeable(p) - assignment.count(p);
            if (missingAtMost <= 0) {
                continue;
            }
            LinearExprBuilder covered = LinearExpr.newBuilder();
            int missingBefore = assignment.placeable(p) - countBefore.get(p);
            for (int k = 1; k <= missingAtMost; k++) {
                BoolVar step = model.newBoolVar("");
                model.addHint(step, k <= missingBefore);
                covered.add(step);
                spread.addTerm(step, 2L * k - 1);
            }
            for (Literal literal : entry.getValue()) {
                covered.add(literal);
            }
            model.addGreaterOrEqual(covered, missingAtMost);
            max += (long) missingAtMost * missingAtMost;
        }
        return max;
    }

    static LinearExprBuilder sum(List<? extends Literal> literals) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (Literal literal : literals) {
            sum.add((com.google.ortools.sat.LinearArgument) literal);
        }
        return sum;
    }
}
