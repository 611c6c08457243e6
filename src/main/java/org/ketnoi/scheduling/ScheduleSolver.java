package org.ketnoi.scheduling;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Places every meeting of a {@link ScheduleProblem} and minimises the total number of breaks, with
 * OR-Tools CP-SAT in this process (model: {@code BreakModel}, docs/scheduling.md). Thread-safe: each
 * call builds its own model.
 */
public final class ScheduleSolver {

    private static final long SEED = 20261124;
    // shares of the time limit: the bound's questions first, then the local search, the rest CP-SAT
    // (the search's share was 0.3 until CP-SAT's core search proved the pinned variants: they need the time)
    private static final double CLIMB_SHARE = 0.2;
    private static final double SEARCH_SHARE = 0.15;
    // with pinned meetings the local search only provides a schedule to fall back on
    private static final double PINNED_SEARCH_SHARE = 0.03;
    /** At most this share of the time for {@link SlotCountBound}: 0.2 s of 10 (its proof measured took 0.05 s). */
    private static final double COUNT_SHARE = 0.02;
    // CP-SAT's full-problem strategies in order of use: with 2 workers only the first runs, the
    // other thread interleaves the neighbourhood searches (docs/decisions.md, 26)
    private static final List<String> STRATEGIES =
            List.of("core", "default_lp", "max_lp", "quick_restart", "reduced_costs", "pseudo_costs", "no_lp");

    private static volatile boolean loaded;

    /** Solves within the limits; never throws for an infeasible problem (status INFEASIBLE). */
    public Schedule solve(ScheduleProblem problem, SolveLimits limits) {
        long start = System.nanoTime();
        loadNativeLibraries();
        int[] none = new int[problem.meetings().size()];
        Arrays.fill(none, -1);
        BreakModel built = new BreakModel(problem, -1);
        if (built.trivallyInfeasible) {
            return new Schedule(SolveStatus.INFEASIBLE, none, 0, 0, since(start));
        }
        long deadline = start + limits.timeLimit().toNanos();
        int perParticipant = built.lowerBound;
        // counting alone: busy participants per slot pair off at the tables. It proves the pigeonhole
        // bounds the break model's search does not (tic-13crafc.original: 4 in 0.1 s, the model 3 after
        // 60 s), and costs a few milliseconds where its patterns are too many (docs/decisions.md, 32)
        built.atLeast(SlotCountBound.of(problem, limits.workers(), COUNT_SHARE * (deadline - start) / 1e9));
        if (pinsForceBreaks(problem, perParticipant)) {
            // breaks forced by pinned meetings no move of the local search can undo: on all 20 pinned
            // variants of the benchmark CP-SAT alone proved the optimum (0.1-8 s); the local search reached
            // it only on five small ones, where CP-SAT alone needed at most half a second, and the questions
            // below raised no bound: both only took CP-SAT's time (docs/decisions.md, 31). A pin that forces
            // no break leaves the problem to the local search as before. A short local search still gives
            // a schedule to keep should CP-SAT find none in time
            BreakSearch.Result local = BreakSearch.parallel(
                    problem,
                    SEED,
                    limits.workers(),
                    System.nanoTime() + (long) ((deadline - start) * PINNED_SEARCH_SHARE),
                    built.lowerBound);
            if (local.found() && local.breaks() <= built.lowerBound) {
                return proven(local.slots(), local.breaks(), start);
            }
            CpSolver solver = solver(limits, deadline);
            CpSolverStatus status = solver.solve(built.model, new StopAtBound(built.lowerBound));
            return combine(problem, built, solver, status, local, start, none);
        }
        // short "at most k breaks?" questions: they raise bounds the minimising search does not close,
        // and prove infeasibility at once (before the local search looks for a schedule in vain)
        double share = CLIMB_SHARE * (deadline - System.nanoTime()) / 1e9;
        BreakLowerBound.Result climbed = BreakLowerBound.climb(problem, built.lowerBound, share);
        if (climbed.infeasible()) {
            return new Schedule(SolveStatus.INFEASIBLE, none, 0, 0, since(start));
        }
        if (climbed.slots() != null) {
            // the bound: none has fewer
            return proven(climbed.slots(), totalBreaks(problem, climbed.slots()), start);
        }
        boolean raised = climbed.bound() > perParticipant;
        built.atLeast(climbed.bound());
        // then the local search: it finds the 0-break schedules of the large instances in about a second,
        // where CP-SAT found none in 10 s; the rest of the time goes to CP-SAT, which proves. After a
        // raised bound it stops one above it: the warm search below takes over from there
        long searchTime = (long) ((deadline - start) * SEARCH_SHARE);
        BreakSearch.Result local = BreakSearch.parallel(
                problem,
                SEED,
                limits.workers(),
                System.nanoTime() + searchTime,
                raised ? built.lowerBound + 1 : built.lowerBound,
                BreakSearch.Cooling.FAST,
                // a search close to its target and still improving may take a second share
                Math.min(deadline, System.nanoTime() + 2 * searchTime));
        if (local.found() && local.breaks() <= built.lowerBound) {
            return proven(local.slots(), local.breaks(), start);
        }
        if (local.found() && local.breaks() == built.lowerBound + 1 && raised && built.lowerBound == 1) {
            return oneBreak(problem, limits.workers(), deadline, local, start);
        }
        if (local.found() && local.breaks() == built.lowerBound + 1 && raised) {
            // the questions proved a bound one below the schedule: CP-SAT closed no such gap in the
            // measurements (it never found the better schedule), the warm local search sometimes does
            BreakSearch.Result warm = BreakSearch.parallel(
                    problem,
                    SEED + 1,
                    limits.workers(),
                    deadline,
                    built.lowerBound,
                    BreakSearch.Cooling.WARM,
                    Long.MIN_VALUE);
            if (warm.found() && warm.breaks() <= built.lowerBound) {
                return proven(warm.slots(), warm.breaks(), start);
            }
            return new Schedule(SolveStatus.FEASIBLE, local.slots(), local.breaks(), built.lowerBound, since(start));
        }
        CpSolver solver = solver(limits, deadline);
        if (local.found() && limits.workers() == 1) {
            // on one worker CP-SAT runs on this thread, where its bound callback crashed the JVM (OR-Tools
            // 9.15): ask for a better schedule instead; "infeasible" then proves the local search's optimal
            built.fewerThan(local.breaks());
            CpSolverStatus status = solver.solve(built.model, new StopAtBound(built.lowerBound));
            if (status == CpSolverStatus.INFEASIBLE) {
                return proven(local.slots(), local.breaks(), start);
            }
            return combine(problem, built, solver, status, local, start, none);
        }
        if (local.found()) {
            // CP-SAT's bound meeting the local search's schedule proves it optimal: no need to go on
            solver.setBestBoundCallback(new StopAtLocalBest(solver, local.breaks()));
        }
        CpSolverStatus status = solver.solve(built.model, new StopAtBound(built.lowerBound));
        return combine(problem, built, solver, status, local, start, none);
    }

    /**
     * Bound 1 proven, a schedule with 2 found: {@link SingleBreakProbe} asks participant by participant on
     * this thread, the warm local search runs on the other workers and suggests whom to ask first. Either
     * may find the one-break schedule; the probe may also refute every participant, which proves the two.
     */
    static Schedule oneBreak(
            ScheduleProblem problem, int workers, long deadline, BreakSearch.Result local, long start) {
        AtomicBoolean stop = new AtomicBoolean();
        SingleBreakProbe probe = new SingleBreakProbe(problem, stop, SEED);
        for (int participant : SingleBreakProbe.withBreaks(problem, local.slots())) {
            probe.suggest(participant);
        }
        BreakSearch.Result[] searched = new BreakSearch.Result[workers - 1];
        List<Thread> searching = new ArrayList<>();
        for (int i = 0; i < searched.length; i++) {
            int index = i;
            searching.add(Thread.ofPlatform().daemon().start(() -> {
                searched[index] = new BreakSearch(problem, SEED + 1 + index, stop, BreakSearch.Cooling.WARM)
                        .tellingNearMisses(probe::suggest)
                        .run(deadline, Long.MAX_VALUE, 1);
                if (searched[index].found() && searched[index].breaks() <= 1) {
                    probe.cancel();
                }
            }));
        }
        SingleBreakProbe.Result probed = probe.run(deadline);
        stop.set(true);
        for (Thread thread : searching) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (probed.slots() != null) {
            return proven(probed.slots(), totalBreaks(problem, probed.slots()), start);
        }
        for (BreakSearch.Result result : searched) {
            if (result != null && result.found() && result.breaks() <= 1) {
                return proven(result.slots(), result.breaks(), start);
            }
        }
        if (probed.refutedAll()) {
            // nobody can be the one participant with a break: no schedule has one, the two is optimal
            return proven(local.slots(), local.breaks(), start);
        }
        return new Schedule(SolveStatus.FEASIBLE, local.slots(), local.breaks(), 1, since(start));
    }

    private static CpSolver solver(SolveLimits limits, long deadline) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(Math.max(0.05, (deadline - System.nanoTime()) / 1e9))
                .setNumWorkers(limits.workers())
                // the core-guided search first (unsatisfiable cores over the break literals, as the MaxSAT
                // solvers of the benchmark's paper): it proved all 20 pinned variants in 0.3-6 s, where
                // the interleaved portfolio ended 10 s at 3-8 breaks above the optimum
                .addAllSubsolvers(STRATEGIES)
                // each core used as found, with no effort to shrink it (level 2 by default): the core search
                // proved the same optima sooner (forum-13crafb.original 9.4 -> 6.2 s alone; decisions.md 28)
                .setCoreMinimizationLevel(0)
                .setLogSearchProgress(Boolean.getBoolean("ketnoi.scheduling.log"));
        return solver;
    }

    /** The better of CP-SAT's and the local search's schedules, OPTIMAL when a bound meets it. */
    private static Schedule combine(
            ScheduleProblem problem,
            BreakModel built,
            CpSolver solver,
            CpSolverStatus status,
            BreakSearch.Result local,
            long start,
            int[] none) {
        if (status == CpSolverStatus.INFEASIBLE) {
            return new Schedule(SolveStatus.INFEASIBLE, none, 0, 0, since(start));
        }
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("invalid model: " + built.model.validate());
        }
        boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        int bound = Math.max(built.lowerBound, (int) Math.ceil(solver.bestObjectiveBound() - 1e-6));
        int[] slots = solved ? built.slotsFrom(solver) : null;
        int breaks = solved ? totalBreaks(problem, slots) : Integer.MAX_VALUE;
        if (local.found() && local.breaks() < breaks) {
            slots = local.slots();
            breaks = local.breaks();
        }
        if (slots == null) {
            return new Schedule(SolveStatus.UNKNOWN, none, 0, bound, since(start));
        }
        boolean optimal = status == CpSolverStatus.OPTIMAL || bound >= breaks;
        return new Schedule(
                optimal ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
                slots,
                breaks,
                optimal ? breaks : bound,
                since(start));
    }

    /**
     * Stops CP-SAT when its proven bound reaches the local search's schedule. A named class, not a
     * lambda: OR-Tools' native code looks the callback up as {@code accept(Double)}.
     */
    private static final class StopAtLocalBest implements Consumer<Double> {
        private final CpSolver solver;
        private final int breaks;

        StopAtLocalBest(CpSolver solver, int breaks) {
            this.solver = solver;
            this.breaks = breaks;
        }

        @Override
        public void accept(Double bound) {
            if (bound > breaks - 1e-6) {
                solver.stopSearch();
            }
        }
    }

    /** Stops the search once a schedule meets the per-participant bound: nothing can beat it. */
    private static final class StopAtBound extends CpSolverSolutionCallback {
        private final int bound;

        StopAtBound(int bound) {
            this.bound = bound;
        }

        @Override
        public void onSolutionCallback() {
            if (objectiveValue() <= bound + 1e-6) {
                stopSearch();
            }
        }
    }

    /**
     * Whether the pinned meetings raise the per-participant lower bound ({@code pinnedBound}, from
     * {@link ParticipantBounds}) above that of the same problem with every meeting free.
     */
    static boolean pinsForceBreaks(ScheduleProblem problem, int pinnedBound) {
        if (problem.meetings().stream().noneMatch(meeting -> meeting.pinnedSlot() >= 0)) {
            return false;
        }
        List<MeetingToPlace> free =
                problem.meetings().stream().map(meeting -> meeting.pinnedTo(-1)).toList();
        ScheduleProblem released = new ScheduleProblem(
                problem.participants(),
                problem.slots(),
                problem.tablesPerSlot(),
                free,
                problem.unavailable(),
                problem.fairness());
        int freeBound = 0;
        for (List<Integer> mine : released.meetingsByParticipant()) {
            if (mine.size() > 1) {
                freeBound += ParticipantBounds.minimumBreaks(released, mine);
            }
        }
        return pinnedBound > freeBound;
    }

    /** Breaks of a full assignment: per participant, runs of busy slots minus one. */
    public static int totalBreaks(ScheduleProblem problem, int[] slotOfMeeting) {
        int total = 0;
        for (List<Integer> mine : problem.meetingsByParticipant()) {
            boolean[] busy = new boolean[problem.slots()];
            for (int m : mine) {
                busy[slotOfMeeting[m]] = true;
            }
            int runs = 0;
            for (int s = 0; s < busy.length; s++) {
                if (busy[s] && (s == 0 || !busy[s - 1])) {
                    runs++;
                }
            }
            total += Math.max(0, runs - 1);
        }
        return total;
    }

    /** A schedule whose breaks meet a proven bound. */
    private static Schedule proven(int[] slots, int breaks, long start) {
        return new Schedule(SolveStatus.OPTIMAL, slots, breaks, breaks, since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void loadNativeLibraries() {
        if (!loaded) {
            synchronized (ScheduleSolver.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
