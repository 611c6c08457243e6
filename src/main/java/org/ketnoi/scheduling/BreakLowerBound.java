package org.ketnoi.scheduling;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import org.jspecify.annotations.Nullable;

/**
 * Raises the lower bound on total breaks by asking "is there a schedule with at most {@code k}
 * breaks?" for {@code k} = the bound, the bound + 1, ... with the break model as a decision model
 * ({@code BreakModel(problem, k)}), each question on one thread, ended at its first conflict (or a
 * small budget of deterministic time). Why it pays: with the objective capped, presolve and the propagation at the root fix break
 * literals and find the contradiction at once on instances where the minimising search never closes
 * the last step of its bound (forum-13crafc: "no schedule without a break" in 0.1 units of
 * deterministic time, no conflict; the minimising model ends 10 s at bound 0). A question answered
 * with a schedule ends the climb with an optimum; one left open ends it with the bound so far
 * (docs/scheduling.md, "Lower bounds by refutation"; docs/decisions.md, 25).
 */
final class BreakLowerBound {

    /** Deterministic time (CP-SAT's work units) per question at most: the refutations measured took 0.05-0.15. */
    static final double QUESTION_WORK = 0.25;

    /**
     * The proven bound ({@code -1}: no schedule exists at all) and, when a question found one, a
     * schedule with exactly that many breaks, else {@code null}.
     */
    record Result(int bound, int @Nullable [] slots) {

        boolean infeasible() {
            return bound < 0;
        }
    }

    private BreakLowerBound() {}

    /** Climbs from {@code known} while questions are refuted and {@code seconds} last. */
    static Result climb(ScheduleProblem problem, int known, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        int most = ParticipantBounds.mostBreaks(problem.meetingsByParticipant());
        int bound = known;
        while (bound <= most) {
            double left = (deadline - System.nanoTime()) / 1e9;
            if (left <= 0.01) {
                return new Result(bound, null);
            }
            BreakModel question = new BreakModel(problem, bound);
            if (question.trivallyInfeasible) {
                return new Result(-1, null);
            }
            CpSolver solver = solver(left);
            CpSolverStatus status = solver.solve(question.model);
            if (status == CpSolverStatus.MODEL_INVALID) {
                throw new IllegalStateException("invalid model: " + question.model.validate());
            }
            if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                return new Result(bound, question.slotsFrom(solver));
            }
            if (status != CpSolverStatus.INFEASIBLE) {
                return new Result(bound, null);
            }
            if (bound == known && infeasibleWhatever(problem, most, left)) {
                return new Result(-1, null);
            }
            bound++;
        }
        return new Result(-1, null);
    }

    /** Presolve of the uncapped question: infeasible problems are refuted there in a fraction of a second. */
    private static boolean infeasibleWhatever(ScheduleProblem problem, int most, double seconds) {
        CpSolver solver = solver(Math.min(seconds, 0.5));
        solver.getParameters().setStopAfterPresolve(true);
        return solver.solve(new BreakModel(problem, most).model) == CpSolverStatus.INFEASIBLE;
    }

    private static CpSolver solver(double seconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(Math.max(0.01, seconds))
                .setMaxDeterministicTime(QUESTION_WORK)
                // the refutations measured needed no conflict: presolve and the root decide, search does not
                .setMaxNumberOfConflicts(0)
                .setNumWorkers(1)
                .setLogSearchProgress(Boolean.getBoolean("ketnoi.scheduling.log"));
        return solver;
    }
}
