package org.ketnoi.scheduling.plan;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * The optimising planner: {@link GreedyPlanner}'s plan first, then an upper bound on the weight from
 * {@link LagrangianBound}, then CP-SAT. A small event is solved as one model (its proof gives {@link
 * PlanStatus#OPTIMAL}); a large one, and a small one whose model is not proven in half the time, by
 * large-neighbourhood search: a window of participants (one that still misses meetings, then its
 * partners, breadth first) is taken out, solved exactly with everything else fixed, and put back when
 * the whole plan's {@link PlanScore} is no worse. Windows grow while CP-SAT proves them quickly and
 * shrink when it does not. A stop request or the time limit ends the search with the best plan so far.
 */
public final class OptimisingPlanner implements EventPlanner {

    /** Up to this many meetings, the whole event is tried as one model first (docs/decisions.md). */
    static final int WHOLE_MODEL_MEETINGS = 1_500;

    private static final int BOUND_ITERATIONS = 3_000;
    private static final long RELAXATION_MILLIS = 20_000;
    private static final long LAGRANGIAN_SECONDS_AFTER_RELAXATION = 5;
    private static final int PRICED_EVERY = 25;
    private static final double WINDOW_SECONDS = 1.0;
    private static final int FIRST_WINDOW = 150;
    private static final int SMALLEST_WINDOW = 20;
    private static final int LARGEST_WINDOW = 3_000;

    private final int workers;

    public OptimisingPlanner(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
    }

    @Override
    public PlanResult plan(PlanProblem problem, Duration timeLimit, PlanProgress progress) {
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        Loader.loadNativeLibraries();
        PlanResult greedy = new GreedyPlanner().plan(problem, timeLimit, PlanProgress.NONE);
        PlanAssignment assignment = PlanAssignment.of(problem, greedy.placements());
        PlanScore score = assignment.score();
        long relaxationMillis = Math.min(timeLimit.toMillis() / 4, RELAXATION_MILLIS);
        // the pinned meetings the greedy placed (it places them first) are kept by every later step
        List<Placement> pins = new ArrayList<>();
        BitSet kept = new BitSet();
        for (Placement placement : greedy.placements()) {
            if (problem.meetings().get(placement.meeting()).pinnedSlot() != PlanMeeting.NONE) {
                pins.add(placement);
                kept.set(placement.meeting());
            }
        }
        SessionRelaxation relaxation =
                SessionRelaxation.solve(problem, kept, relaxationMillis, progress::stopRequested);
        if (relaxation.bound >= 0 && !progress.stopRequested()) {
            PlanAssignment guided = RelaxationGreedy.plan(problem, pins, relaxation);
            if (guided.score().betterThan(score)) {
                assignment = guided;
                score = guided.score();
            }
            progress.improved(score.weight(), Math.max(score.weight(), relaxation.bound), score.gaps());
        }
        // the Lagrangian of the time-indexed model: a bound of its own (the tighter one wins) and, through
        // its prices, another greedy order; shorter when the relaxation already gave a bound
        long boundNanos = Math.min(
                (deadline - System.nanoTime()) / 4,
                TimeUnit.SECONDS.toNanos(relaxation.bound >= 0 ? LAGRANGIAN_SECONDS_AFTER_RELAXATION : 15));
        long boundDeadline = System.nanoTime() + boundNanos;
        LagrangianBound lagrangian = LagrangianBound.start(problem);
        for (int iteration = 1; iteration <= BOUND_ITERATIONS && System.nanoTime() < boundDeadline; iteration++) {
            boolean more = lagrangian.iterate(score.weight());
            if (iteration % PRICED_EVERY == 0 || !more) {
                List<Placement> priced = PricedGreedy.plan(problem, lagrangian);
                PlanScore pricedScore = PlanScore.of(problem, priced);
                if (pricedScore.betterThan(score)) {
                    assignment = PlanAssignment.of(problem, priced);
                    score = pricedScore;
                    progress.improved(score.weight(), bound(lagrangian, relaxation, score), score.gaps());
                }
                if (progress.stopRequested()) {
                    break;
                }
            }
            if (!more) {
                break;
            }
        }
        long bound = bound(lagrangian, relaxation, score);
        if (!progress.stopRequested()) {
            new EjectionSearch(assignment).run(System.nanoTime() + (deadline - System.nanoTime()) / 2);
            insertByChains(assignment);
            new GapMoves(assignment).run(System.nanoTime() + (deadline - System.nanoTime()) / 4);
        }
        Search search = new Search(problem, assignment, bound, deadline, progress);
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "planner-stop-watcher");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(search::checkStop, 50, 50, TimeUnit.MILLISECONDS);
        try {
            progress.improved(search.best.weight(), bound, search.best.gaps());
            boolean optimal = search.run();
            return search.result(optimal);
        } finally {
            watcher.shutdownNow();
        }
    }

    /** The tighter of the two bounds, never below the plan's weight. */
    private static long bound(LagrangianBound lagrangian, SessionRelaxation relaxation, PlanScore score) {
        long bound = lagrangian.bound(score.weight());
        if (relaxation.bound >= 0) {
            bound = Math.min(bound, relaxation.bound);
        }
        return Math.max(bound, score.weight());
    }

    /** Left-out meetings, heaviest first, through alternating chains where their sides have room. */
    private static void insertByChains(PlanAssignment assignment) {
        ChainInsertion insertion = new ChainInsertion(assignment);
        List<PlanMeeting> meetings = assignment.problem().meetings();
        IntStream.range(0, meetings.size())
                .filter(m -> assignment.slotOf(m) < 0)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(m -> -meetings.get(m).weight())
                        .thenComparingInt(m -> m))
                .forEach(insertion::insert);
    }

    private final class Search {

        private final PlanProblem problem;
        private final PlanAssignment assignment;
        private final long deadline;
        private final PlanProgress progress;
        private final List<List<Integer>> meetingsOf;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicReference<CpSolver> solver = new AtomicReference<>();
        private final Random random = new Random(20261124L);
        private long bound;
        private PlanScore best;
        private int windowSize = FIRST_WINDOW;

        Search(PlanProblem problem, PlanAssignment assignment, long bound, long deadline, PlanProgress progress) {
            this.problem = problem;
            this.assignment = assignment;
            this.bound = bound;
            this.deadline = deadline;
            this.progress = progress;
            this.meetingsOf = problem.meetingsByParticipant();
            this.best = assignment.score();
            checkStop();
        }

        void checkStop() {
            if (!stopped.get() && progress.stopRequested()) {
                stopped.set(true);
                CpSolver running = solver.get();
                if (running != null) {
                    running.stopSearch();
                }
            }
        }

        /** Searches until the deadline, a stop or a proof; true when the plan is proven best. */
        boolean run() {
            if (problem.meetings().isEmpty() || perfect()) {
                return true;
            }
            if (problem.meetings().size() <= WHOLE_MODEL_MEETINGS && !stopped.get()) {
                int[] all = IntStream.range(0, problem.meetings().size()).toArray();
                WindowModel.Outcome outcome = solveWindow(all, secondsLeft() / 2);
                bound = Math.max(best.weight(), Math.min(bound, outcome.weightBound()));
                if (outcome.status() == CpSolverStatus.OPTIMAL && outcome.exact() && !stopped.get()) {
                    bound = best.weight();
                    return true;
                }
            }
            while (!stopped.get() && System.nanoTime() < deadline && !perfect()) {
                int[] window = window();
                WindowModel.Outcome outcome = solveWindow(window, Math.min(WINDOW_SECONDS, secondsLeft()));
                if (outcome.status() == CpSolverStatus.OPTIMAL) {
                    windowSize = Math.min(LARGEST_WINDOW, windowSize + Math.max(1, windowSize / 10));
                } else {
                    windowSize = Math.max(SMALLEST_WINDOW, windowSize * 4 / 5);
                }
            }
            return perfect();
        }

        /** Everything placeable placed, nothing moved, no gap: nothing left to improve. */
        private boolean perfect() {
            return best.weight() == bound && best.moved() == 0 && best.gaps() == 0 && best.spread() == 0;
        }

        private double secondsLeft() {
            return Math.max(0, (deadline - System.nanoTime()) / 1e9);
        }

        private WindowModel.Outcome solveWindow(int[] window, double seconds) {
            int[] slots = new int[window.length];
            int[] interpreters = new int[window.length];
            for (int j = 0; j < window.length; j++) {
                slots[j] = assignment.slotOf(window[j]);
                interpreters[j] = assignment.interpreterOf(window[j]);
            }
            WindowModel.Outcome outcome = WindowModel.solve(assignment, window, workers, seconds, running -> {
                solver.set(running);
                if (stopped.get()) {
                    running.stopSearch();
                }
            });
            solver.set(null);
            if (!outcome.changed()) {
                return outcome;
            }
            PlanScore score = assignment.score();
            if (score.compareTo(best) < 0) {
                WindowModel.restore(assignment, window, slots, interpreters);
            } else if (score.betterThan(best)) {
                best = score;
                progress.improved(best.weight(), bound, best.gaps());
            }
            return outcome;
        }

        /**
         * Mostly the two sides of a left-out meeting that both still have room (what blocks it is then
         * the slots of their other meetings, which the window can rearrange), otherwise any participant
         * with meetings; then their partners, breadth first.
         */
        private int[] window() {
            List<Integer> meeting = new ArrayList<>();
            for (int p = 0; p < meetingsOf.size(); p++) {
                if (!meetingsOf.get(p).isEmpty()) {
                    meeting.add(p);
                }
            }
            List<Integer> wanting = new ArrayList<>();
            for (int m = 0; m < problem.meetings().size(); m++) {
                PlanMeeting planned = problem.meetings().get(m);
                if (assignment.slotOf(m) < 0
                        && !assignment.domain(m).isEmpty()
                        && roomFor(planned.first())
                        && roomFor(planned.second())) {
                    wanting.add(m);
                }
            }
            boolean[] taken = new boolean[problem.meetings().size()];
            boolean[] seen = new boolean[meetingsOf.size()];
            List<Integer> window = new ArrayList<>();
            List<Integer> queue = new ArrayList<>();
            if (!wanting.isEmpty() && random.nextInt(10) < 8) {
                PlanMeeting seed = problem.meetings().get(wanting.get(random.nextInt(wanting.size())));
                queue.add(seed.first());
                queue.add(seed.second());
                seen[seed.first()] = true;
                seen[seed.second()] = true;
            } else {
                int seed = meeting.get(random.nextInt(meeting.size()));
                queue.add(seed);
                seen[seed] = true;
            }
            for (int head = 0; head < queue.size() && window.size() < windowSize; head++) {
                List<Integer> mine = new ArrayList<>(meetingsOf.get(queue.get(head)));
                java.util.Collections.shuffle(mine, random);
                for (int m : mine) {
                    PlanMeeting planned = problem.meetings().get(m);
                    boolean useful = assignment.slotOf(m) >= 0
                            || (roomFor(planned.first()) && roomFor(planned.second()))
                            || random.nextInt(10) == 0;
                    if (!useful || assignment.domain(m).isEmpty()) {
                        continue;
                    }
                    if (!taken[m]) {
                        taken[m] = true;
                        window.add(m);
                    }
                    int partner = planned.first() == queue.get(head) ? planned.second() : planned.first();
                    if (!seen[partner]) {
                        seen[partner] = true;
                        queue.add(partner);
                    }
                }
                if (head == queue.size() - 1 && window.size() < windowSize) {
                    int next = meeting.get(random.nextInt(meeting.size()));
                    if (!seen[next]) {
                        seen[next] = true;
                        queue.add(next);
                    }
                }
            }
            return window.stream().mapToInt(Integer::intValue).toArray();
        }

        private boolean roomFor(int participant) {
            return assignment.count(participant)
                    < problem.participants().get(participant).maxMeetings();
        }

        PlanResult result(boolean optimal) {
            List<Placement> placements = assignment.placements();
            PlanState state = new PlanState(problem);
            for (Placement p : placements) {
                state.place(p.meeting(), p.slot(), p.interpreter());
            }
            List<Unplaced> unplaced = new ArrayList<>();
            for (int m = 0; m < problem.meetings().size(); m++) {
                if (assignment.slotOf(m) < 0) {
                    unplaced.add(new Unplaced(m, state.reason(m)));
                }
            }
            PlanStatus status = stopped.get() ? PlanStatus.STOPPED : optimal ? PlanStatus.OPTIMAL : PlanStatus.FEASIBLE;
            return new PlanResult(
                    status,
                    placements,
                    unplaced,
                    best.weight(),
                    Math.max(bound, best.weight()),
                    best.gaps(),
                    best.moved());
        }
    }
}
