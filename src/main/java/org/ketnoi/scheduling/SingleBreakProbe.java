package org.ketnoi.scheduling;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Looks for a schedule with one break when one is the proven bound: such a schedule gives exactly one
 * participant one break, so the question splits into one per participant, "only p may have a break"
 * (docs/scheduling.md, "One break"). Each is a small question for CP-SAT: with every other
 * participant's meetings in one block it refutes most participants in its presolve and finds the
 * schedule for the others in about a second, where "at most one break" asked as a whole stayed open
 * for 20 s. Participants the local search saw with a break in a two-break schedule are asked first
 * ({@link #suggest}), the others by number of meetings, most first; questions left open are asked again
 * later with twice the time. When every participant is refuted, no schedule has one break: the bound
 * rises to two. Runs on the calling thread; {@link #suggest} and {@link #cancel} may come from others.
 */
final class SingleBreakProbe {

    // the first time per question: the one-break schedules of the crafc instances took 0.8-3.6 s to find,
    // the refutations 0.2-0.6 s (docs/benchmarks.md)
    private static final double FIRST_SECONDS = 3.0;

    /** The schedule found ({@code null}: none), or whether every participant was refuted. */
    record Result(int @Nullable [] slots, boolean refutedAll) {}

    private final ScheduleProblem problem;
    private final AtomicBoolean stop;
    private final long seed;
    private final ConcurrentLinkedQueue<Integer> suggested = new ConcurrentLinkedQueue<>();
    private volatile @Nullable CpSolver running;

    /** {@code stop}: shared with whoever searches alongside; set here when a schedule is found. */
    SingleBreakProbe(ScheduleProblem problem, AtomicBoolean stop, long seed) {
        this.problem = problem;
        this.stop = stop;
        this.seed = seed;
    }

    /** Asks about {@code participant} before the others not yet asked. Thread-safe. */
    void suggest(int participant) {
        suggested.add(participant);
    }

    /**
     * Ends {@link #run} soon, also in the middle of a question. Thread-safe. A cancel that falls between
     * {@link #run}'s last look at the stop flag and the start of CP-SAT's search is not seen by that
     * question (OR-Tools ignores a stop before the search starts): it then ends at its own time limit.
     */
    void cancel() {
        stop.set(true);
        CpSolver solver = running;
        if (solver != null) {
            solver.stopSearch();
        }
    }

    /** Asks until a schedule is found, every participant is refuted, {@code deadline} or {@link #cancel}. */
    Result run(long deadline) {
        List<List<Integer>> byParticipant = problem.meetingsByParticipant();
        // nobody with fewer than two meetings can have a break
        Deque<Integer> rest = IntStream.range(0, problem.participants())
                .filter(p -> byParticipant.get(p).size() > 1)
                .boxed()
                .sorted(Comparator.comparingInt(
                                (Integer p) -> byParticipant.get(p).size())
                        .reversed())
                .collect(ArrayDeque::new, ArrayDeque::add, ArrayDeque::addAll);
        int candidates = rest.size();
        boolean[] asked = new boolean[problem.participants()];
        int[] rounds = new int[problem.participants()];
        Deque<Integer> open = new ArrayDeque<>();
        int refuted = 0;
        int questions = 0;
        while (!stop.get() && System.nanoTime() < deadline && refuted < candidates) {
            Integer next = suggested.poll();
            if (next != null && (asked[next] || byParticipant.get(next).size() < 2)) {
                continue;
            }
            if (next == null) {
                next = rest.pollFirst();
                while (next != null && asked[next]) {
                    next = rest.pollFirst();
                }
            }
            if (next == null) {
                next = open.pollFirst();
            }
            if (next == null) {
                break;
            }
            int participant = next;
            asked[participant] = true;
            double seconds = Math.min(FIRST_SECONDS * (1 << Math.min(rounds[participant]++, 10)), left(deadline));
            BreakModel question = new BreakModel(problem, 1);
            if (question.trivallyInfeasible) {
                return new Result(null, true); // a meeting without a slot: no schedule at all
            }
            for (int other = 0; other < problem.participants(); other++) {
                if (other != participant && question.breaks[other] != null) {
                    question.model.addEquality(question.breaks[other], 0);
                }
            }
            CpSolver solver = solver(seconds, seed + questions++);
            running = solver;
            if (stop.get()) {
                break;
            }
            CpSolverStatus status = solver.solve(question.model);
            running = null;
            if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                stop.set(true);
                return new Result(question.slotsFrom(solver), false);
            }
            if (status == CpSolverStatus.INFEASIBLE) {
                refuted++;
            } else if (status == CpSolverStatus.UNKNOWN) {
                open.addLast(participant);
            } else {
                throw new IllegalStateException("invalid model: " + question.model.validate());
            }
        }
        return new Result(null, refuted == candidates);
    }

    private static double left(long deadline) {
        return Math.max(0.01, (deadline - System.nanoTime()) / 1e9);
    }

    private static CpSolver solver(double seconds, long seed) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(seconds)
                .setNumWorkers(1)
                .setRandomSeed((int) (seed & Integer.MAX_VALUE))
                // measured on these questions: without the LP relaxation the search found the schedules in
                // about a second where it took 5-16 s with it, and without phase saving a third sooner again
                .setLinearizationLevel(0)
                .setUsePhaseSaving(false)
                .setLogSearchProgress(Boolean.getBoolean("ketnoi.scheduling.log"));
        return solver;
    }

    /** The participants with a break in a complete assignment, ascending. */
    static int[] withBreaks(ScheduleProblem problem, int[] slotOfMeeting) {
        BreakState state = new BreakState(problem);
        for (int m = 0; m < slotOfMeeting.length; m++) {
            state.add(m, slotOfMeeting[m]);
        }
        int[] into = new int[problem.participants()];
        return Arrays.copyOf(into, state.withBreaks(into));
    }
}
