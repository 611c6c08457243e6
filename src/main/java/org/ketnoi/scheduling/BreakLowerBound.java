package org.ketnoi.scheduling;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

/**
 * Raises the lower bound on total breaks by asking "is there a schedule with at most {@code k}
 * breaks?" for {@code k} = the bound, the bound + 1, ... with the break model as a decision model
 * ({@code BreakModel(problem, k)}), each question with a small deterministic-time budget. Why it
 * pays: with the objective capped, presolve fixes every "break ends here" literal it can and often
 * finds the contradiction at once, where the minimising search never closes the last step of its
 * bound (forum-13crafc: "no schedule without a break" is proved in 0.1 units of deterministic time,
 * no conflict; the minimising model ends 10 s at bound 0). A question answered with a schedule ends
 * the climb: that schedule meets the bound, so it is optimal (docs/scheduling.md, "Lower bounds").
 */
final class BreakLowerBound {

    /** Deterministic time (CP-SAT's work units, about seconds on a quiet core) per question. */
    static final double PROBE_WORK = 0.5;

    /** The proven bound, -1 when no schedule exists at all, and a schedule meeting it when one was found. */
    record Result(int bound, int[] slots) {

        boolean infeasible() {
            return bound < 0;
        }
    }

    private BreakLowerBound() {}

    /** Climbs from {@code known} while each question is refuted within the budget and {@code seconds} last. */
    static Result climb(ScheduleProblem problem, int known, double seconds, int workers) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        int most = 0; // nobody has more breaks than meetings minus one
        for (var mine : problem.meetingsByParticipant()) {
            most += Math.max(0, mine.size() - 1);
        }
        int bound = known;
        while (true) {
            double left = (deadline - System.nanoTime()) / 1e9;
            if (left <= 0.01) {
                return new Result(bound, null);
            }
            BreakModel question = new BreakModel(problem, bound);
            if (question.trivallyInfeasible) {
                return new Result(-1, null);
            }
            CpSolver solver = new CpSolver();
            solver.getParameters()
                    .setMaxTimeInSeconds(left)
                    .setMaxDeterministicTime(PROBE_WORK)
                    .setNumWorkers(workers)
                    .setInterleaveSearch(true)
                    .setLogSearchProgress(Boolean.getBoolean("ketnoi.scheduling.log"));
            CpSolverStatus status = solver.solve(question.model);
            switch (status) {
                case INFEASIBLE -> {
                    if (bound >= most) {
                        return new Result(-1, null); // not even with every break possible: no schedule
                    }
                    bound++;
                }
                case OPTIMAL, FEASIBLE -> {
                    return new Result(bound, question.slotsFrom(solver));
                }
                case MODEL_INVALID -> throw new IllegalStateException("invalid model: " + question.model.validate());
                default -> {
                    return new Result(bound, null);
                }
            }
        }
    }
}
