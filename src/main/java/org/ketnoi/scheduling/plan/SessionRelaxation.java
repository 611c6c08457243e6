package org.ketnoi.scheduling.plan;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The weight bound from a linear relaxation that forgets the order of slots inside a session: a
 * variable per meeting and session (at most one session per meeting, only sessions its domain touches),
 * and per session the capacities summed over its slots — each participant's available slots, each
 * pool's tables, the online rooms, each interpreter's available slots — plus each participant's cap.
 * Every plan gives a solution of it (count each meeting in its slot's session), so its optimum bounds
 * every plan that keeps the given pinned meetings, as the planner does. Meetings whose interpreter candidates are the same list share one flow to those
 * interpreters (they are interchangeable for them), which keeps the model at a few variables per
 * meeting; GLOP solves it in seconds for 30,000 meetings.
 *
 * <p>Measured on the generated 30,000-meeting event: 38,060, where the Lagrangian of the time-indexed
 * model (which has the same or a lower optimum) stopped at 42,861 after 15 s of subgradient steps
 * (docs/benchmarks.md). Its solution is also a good guide: the session each meeting should go to.
 */
final class SessionRelaxation {

    /** The relaxation's optimum rounded down (weights are whole), or -1 when not solved to optimality. */
    final long bound;

    /** Per meeting, the session the relaxation puts most of it in (-1: none), and how much (0..1). */
    final int[] session;

    final double[] share;

    private SessionRelaxation(long bound, int[] session, double[] share) {
        this.bound = bound;
        this.session = session;
        this.share = share;
    }

    /**
     * Solves within the time limit, or until {@code stop} says so (polled every 50 ms from another
     * thread); the OR-Tools native libraries must be loaded. The meetings in {@code kept} (pinned
     * meetings the planner keeps: they must fit together) are placed in every plan the bound covers.
     */
    static SessionRelaxation solve(PlanProblem problem, BitSet kept, long timeLimitMillis, BooleanSupplier stop) {
        int meetings = problem.meetings().size();
        int[] session = new int[meetings];
        double[] share = new double[meetings];
        Arrays.fill(session, -1);
        if (timeLimitMillis <= 0 || meetings == 0 || stop.getAsBoolean()) {
            return new SessionRelaxation(-1, session, share);
        }
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            return new SessionRelaxation(-1, session, share);
        }
        try {
            MPVariable[][] x = new Model(problem, solver, kept).build();
            solver.setTimeLimit(timeLimitMillis);
            ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "planner-relaxation-watcher");
                thread.setDaemon(true);
                return thread;
            });
            watcher.scheduleWithFixedDelay(
                    () -> {
                        if (stop.getAsBoolean()) {
                            solver.interruptSolve();
                        }
                    },
                    50,
                    50,
                    TimeUnit.MILLISECONDS);
            MPSolver.ResultStatus status;
            try {
                status = solver.solve();
            } finally {
                watcher.shutdownNow();
                awaitQuietly(watcher);
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return new SessionRelaxation(-1, session, share);
            }
            for (int m = 0; m < meetings; m++) {
                for (int g = 0; g < x[m].length; g++) {
                    if (x[m][g] != null && x[m][g].solutionValue() > share[m] + 1e-9) {
                        share[m] = x[m][g].solutionValue();
                        session[m] = g;
                    }
                }
            }
            // GLOP stops within its tolerances: a small margin keeps the rounded bound valid
            double value = solver.objective().value();
            long bound = (long) Math.floor(value + Math.abs(value) * 1e-7 + 1e-3);
            return new SessionRelaxation(bound, session, share);
        } finally {
            solver.delete();
        }
    }

    /** The watcher must not touch the solver after it is deleted. */
    private static void awaitQuietly(ScheduledExecutorService watcher) {
        try {
            watcher.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds the model into the solver; one row or variable per resource, meeting and session. */
    private static final class Model {
        private final PlanProblem problem;
        private final MPSolver solver;
        private final int sessions;
        private final int[] sessionOf;

        private final BitSet kept;

        Model(PlanProblem problem, MPSolver solver, BitSet kept) {
            this.problem = problem;
            this.solver = solver;
            this.kept = kept;
            this.sessionOf = new int[problem.slots().size()];
            int most = 0;
            for (int s = 0; s < sessionOf.length; s++) {
                sessionOf[s] = Math.max(0, problem.slots().get(s).session());
                most = Math.max(most, sessionOf[s] + 1);
            }
            this.sessions = most;
        }

        MPVariable[][] build() {
            List<PlanParticipant> participants = problem.participants();
            MPConstraint[] cap = new MPConstraint[participants.size()];
            MPConstraint[][] time = new MPConstraint[participants.size()][];
            for (int p = 0; p < participants.size(); p++) {
                cap[p] = solver.makeConstraint(0, participants.get(p).maxMeetings());
                time[p] = rows(participants.get(p).available(), 1);
            }
            BitSet every = new BitSet();
            every.set(0, sessionOf.length);
            MPConstraint[] online = rows(every, problem.onlineRoomsPerSlot());
            MPConstraint[][] tables = new MPConstraint[problem.pools().size()][sessions];
            for (int k = 0; k < tables.length; k++) {
                PlanPool pool = problem.pools().get(k);
                for (int g = 0; g < sessions; g++) {
                    int sum = 0;
                    for (int s = 0; s < sessionOf.length; s++) {
                        sum += sessionOf[s] == g ? pool.capacityIn(s) : 0;
                    }
                    tables[k][g] = solver.makeConstraint(0, sum);
                }
            }
            MPConstraint[][] interpreters =
                    new MPConstraint[problem.interpreters().size()][];
            for (int i = 0; i < interpreters.length; i++) {
                interpreters[i] = rows(problem.interpreters().get(i).available(), 1);
            }
            Map<List<Integer>, MPConstraint[]> flows = new HashMap<>();
            MPObjective objective = solver.objective();
            MPVariable[][] x = new MPVariable[problem.meetings().size()][sessions];
            for (int m = 0; m < x.length; m++) {
                PlanMeeting meeting = problem.meetings().get(m);
                BitSet domain = problem.domain(m);
                if (meeting.needsInterpreter() && meeting.interpreters().isEmpty()) {
                    continue;
                }
                MPConstraint once = solver.makeConstraint(kept.get(m) ? 1 : 0, 1);
                for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
                    int g = sessionOf[s];
                    if (x[m][g] != null) {
                        continue;
                    }
                    MPVariable v = solver.makeNumVar(0, 1, "");
                    x[m][g] = v;
                    objective.setCoefficient(v, meeting.weight());
                    once.setCoefficient(v, 1);
                    cap[meeting.first()].setCoefficient(v, 1);
                    cap[meeting.second()].setCoefficient(v, 1);
                    time[meeting.first()][g].setCoefficient(v, 1);
                    time[meeting.second()][g].setCoefficient(v, 1);
                    (meeting.online() ? online[g] : tables[meeting.pool()][g]).setCoefficient(v, 1);
                    if (meeting.needsInterpreter()) {
                        MPConstraint[] flow =
                                flows.computeIfAbsent(meeting.interpreters(), list -> new MPConstraint[sessions]);
                        if (flow[g] == null) {
                            flow[g] = solver.makeConstraint(0, 0);
                            for (int i : meeting.interpreters()) {
                                MPVariable y = solver.makeNumVar(0, MPSolver.infinity(), "");
                                flow[g].setCoefficient(y, 1);
                                interpreters[i][g].setCoefficient(y, 1);
                            }
                        }
                        // meetings of this session that need one of these interpreters <= what flows to them
                        flow[g].setCoefficient(v, -1);
                    }
                }
            }
            objective.setMaximization();
            return x;
        }

        /** One row per session: at most {@code perSlot} times the number of the set's slots in it. */
        private MPConstraint[] rows(BitSet slots, int perSlot) {
            int[] count = new int[sessions];
            for (int s = slots.nextSetBit(0); s >= 0 && s < sessionOf.length; s = slots.nextSetBit(s + 1)) {
                count[sessionOf[s]]++;
            }
            MPConstraint[] rows = new MPConstraint[sessions];
            for (int g = 0; g < sessions; g++) {
                rows[g] = solver.makeConstraint(0, (double) count[g] * perSlot);
            }
            return rows;
        }
    }
}
