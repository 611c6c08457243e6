package org.ketnoi.scheduling;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Places every meeting of a {@link ScheduleProblem} and minimises the total number of breaks, with
 * OR-Tools CP-SAT in this process (model: {@code BreakModel}, docs/scheduling.md). Thread-safe: each
 * call builds its own model.
 */
public final class ScheduleSolver {

    private static final double CLIMB_SHARE = 0.2;

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
        // short "at most k breaks?" questions: they raise bounds the minimising search does not close
        double share = CLIMB_SHARE * (start + limits.timeLimit().toNanos() - System.nanoTime()) / 1e9;
        BreakLowerBound.Result climbed = BreakLowerBound.climb(problem, built.lowerBound, share);
        if (climbed.infeasible()) {
            return new Schedule(SolveStatus.INFEASIBLE, none, 0, 0, since(start));
        }
        if (climbed.slots() != null) {
            int breaks = totalBreaks(problem, climbed.slots()); // the bound: none has fewer
            return new Schedule(SolveStatus.OPTIMAL, climbed.slots(), breaks, breaks, since(start));
        }
        built.atLeast(climbed.bound());
        CpSolver solver = new CpSolver();
        double remaining = (start + limits.timeLimit().toNanos() - System.nanoTime()) / 1e9;
        solver.getParameters()
                .setMaxTimeInSeconds(Math.max(0.05, remaining))
                .setNumWorkers(limits.workers())
                // interleave CP-SAT's portfolio (LNS, core, LP, ...) on the threads we have, rather than
                // giving each thread one strategy: with 2 threads that found better schedules and proofs
                .setInterleaveSearch(true)
                .setLogSearchProgress(Boolean.getBoolean("ketnoi.scheduling.log"));
        CpSolverStatus status = solver.solve(built.model, new StopAtBound(built.lowerBound));
        int bound = Math.max(built.lowerBound, (int) Math.ceil(solver.bestObjectiveBound() - 1e-6));
        return switch (status) {
            case OPTIMAL, FEASIBLE -> {
                int[] slots = built.slotsFrom(solver);
                int breaks = totalBreaks(problem, slots);
                boolean proven = status == CpSolverStatus.OPTIMAL || bound >= breaks;
                yield new Schedule(
                        proven ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
                        slots,
                        breaks,
                        proven ? breaks : bound,
                        since(start));
            }
            case INFEASIBLE -> new Schedule(SolveStatus.INFEASIBLE, none, 0, 0, since(start));
            case MODEL_INVALID -> throw new IllegalStateException("invalid model: " + built.model.validate());
            default -> new Schedule(SolveStatus.UNKNOWN, none, 0, bound, since(start));
        };
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
