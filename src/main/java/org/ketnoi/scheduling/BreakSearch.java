package org.ketnoi.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Simulated annealing over complete slot assignments, to find good schedules fast where CP-SAT needs
 * most of its time for its first one (docs/scheduling.md). Every meeting always sits in a slot of its
 * domain (pinned meetings never move); clashes, full slots, precedences out of order and unfairness
 * are allowed during the search but cost {@link #PENALTY} breaks each. Moves: one meeting to another
 * slot, two meetings exchanging slots, and a Kempe chain (the meetings of two slots linked by shared
 * participants all change sides, which keeps a clash-free schedule clash-free). Deterministic for a
 * seed and a number of steps; not thread-safe.
 */
final class BreakSearch {

    static final int PENALTY = 3;
    // costs are in quarter breaks, so the idle slots inside a participant's day break ties between
    // schedules with as many breaks: they lead towards closing a break before it disappears
    private static final int BREAK = 4;
    private static final int IDLE = 1;
    private static final int NEAR_PERCENT = 50;
    // after its deadline, a search within this many breaks of its target that improved within this many
    // steps (about half a second) goes on until its grace deadline: the optimum-0 schedules of
    // forum-14.forb0003 came at 1.46 s of a 1.5-s share, and CP-SAT then needed 7 s more
    private static final int GRACE_BREAKS = 2;
    private static final long GRACE_STEPS = 2_000_000;

    /**
     * How a round cools: from {@code hot} to {@code cold} over {@code round} steps, then again from a
     * new greedy schedule; the search ends after {@code stall} steps per meeting without a better one.
     */
    record Cooling(double hot, double cold, long round, long stall) {

        // on the forum/ticf instances a 4-12 million step cooling reached the optimum for about half of
        // the seeds, longer ones no more often, so several short ones beat one long one
        static final Cooling FAST = new Cooling(2.4, 0.32, 5_000_000, 50_000);
        // held near temperature 1 for longer rounds: it finds one-break schedules of the crafc instances
        // (a quarter to a third of 7-s runs of one thread) where the fast cooling stops at two
        // (docs/benchmarks.md)
        static final Cooling WARM = new Cooling(1.4, 0.6, 15_000_000, 1_000_000);
    }

    /** The best schedule meeting every hard constraint ({@code null} if none was seen) and its breaks. */
    record Result(int[] slots, int breaks, long steps) {

        /** No search ran: no schedule. */
        static final Result NONE = new Result(null, 0, 0);

        boolean found() {
            return slots != null;
        }
    }

    private final AtomicBoolean stop;
    private final Cooling cooling;
    private final BreakState state;
    private final SplittableRandom random;
    private final int[] movable;
    private final int[] chain;
    private final int[] chainTarget;
    private final int[] mark;
    private int stamp;
    private int chainSize;
    private int[] best;
    private int bestBreaks = Integer.MAX_VALUE;
    private long lastGain;
    private long graceDeadline = Long.MIN_VALUE;
    private IntConsumer nearMiss = participant -> {};
    private boolean[] told;
    private int[] withBreaks;

    BreakSearch(ScheduleProblem problem, long seed) {
        this(problem, seed, new AtomicBoolean(), Cooling.FAST);
    }

    /** {@code stop}: set by whoever wants the search to end early; set by this search when it meets its target. */
    BreakSearch(ScheduleProblem problem, long seed, AtomicBoolean stop, Cooling cooling) {
        this.stop = stop;
        this.cooling = cooling;
        state = new BreakState(problem);
        random = new SplittableRandom(seed);
        movable = IntStream.range(0, state.meetings)
                .filter(m -> state.options[m].length > 1)
                .toArray();
        chain = new int[state.meetings];
        chainTarget = new int[state.meetings];
        mark = new int[state.meetings];
    }

    /**
     * Lets the search go on after its deadline, until {@code graceDeadline}, while its best schedule is
     * within {@link #GRACE_BREAKS} of the target and still improving.
     */
    BreakSearch withGraceUntil(long graceDeadline) {
        this.graceDeadline = graceDeadline;
        return this;
    }

    /**
     * Tells {@code listener}, once per participant, each participant with a break in a valid schedule
     * that misses the target by one break: where {@link SingleBreakProbe} looks first.
     */
    BreakSearch tellingNearMisses(IntConsumer listener) {
        nearMiss = listener;
        told = new boolean[state.busy.length];
        withBreaks = new int[state.busy.length];
        return this;
    }

    /**
     * Searches until {@code deadline} ({@link System#nanoTime()}), {@code maxSteps} moves, or a valid
     * schedule with at most {@code target} breaks.
     */
    Result run(long deadline, long maxSteps, int target) {
        for (int m = 0; m < state.meetings; m++) {
            if (state.options[m].length == 0) {
                return Result.NONE;
            }
        }
        construct();
        remember(0);
        int cost = cost();
        double temperature = cooling.hot();
        long stall = cooling.stall() * Math.max(1, state.meetings);
        long step = 0;
        long roundStart = 0;
        while (step < maxSteps && bestBreaks > target && movable.length > 0 && step - lastGain < stall) {
            if (best == null && step >= stall / 10) {
                break; // a valid schedule usually comes within a few thousand steps: this one may have none
            }
            if ((step & 1023) == 0) {
                if (stop.get() || System.nanoTime() >= deadline && !graceful(step, target)) {
                    break;
                }
                if (step - roundStart >= cooling.round()) {
                    roundStart = step;
                    state.clear();
                    construct();
                    cost = cost();
                }
                temperature = cooling.hot()
                        * Math.pow(cooling.cold() / cooling.hot(), (double) (step - roundStart) / cooling.round());
            }
            step++;
            if (!pickMove()) {
                continue;
            }
            apply();
            int next = cost();
            int delta = next - cost;
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                cost = next;
                if (told != null && state.breaks() == target + 1 && state.violations() == 0) {
                    tellNearMiss();
                }
                if (state.breaks() < bestBreaks) {
                    remember(step);
                }
            } else {
                undo();
            }
        }
        if (bestBreaks <= target) {
            stop.set(true);
        }
        return new Result(best == null ? null : best.clone(), best == null ? 0 : bestBreaks, step);
    }

    /**
     * Runs one search per thread with seeds {@code seed, seed + 1, ...} until {@code deadline} or until
     * one meets {@code target}; returns the best result (the lowest seed among equals).
     */
    static Result parallel(ScheduleProblem problem, long seed, int threads, long deadline, int target) {
        return parallel(problem, seed, threads, deadline, target, Cooling.FAST, Long.MIN_VALUE);
    }

    /**
     * {@link #parallel(ScheduleProblem, long, int, long, int)} with the given cooling, each search with
     * {@link #withGraceUntil} {@code graceDeadline} ({@link Long#MIN_VALUE}: none).
     */
    static Result parallel(
            ScheduleProblem problem,
            long seed,
            int threads,
            long deadline,
            int target,
            Cooling cooling,
            long graceDeadline) {
        AtomicBoolean stop = new AtomicBoolean();
        Result[] results = new Result[threads];
        List<Thread> running = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            int index = i;
            running.add(Thread.ofPlatform()
                    .daemon()
                    .start(() -> results[index] = new BreakSearch(problem, seed + index, stop, cooling)
                            .withGraceUntil(graceDeadline)
                            .run(deadline, Long.MAX_VALUE, target)));
        }
        results[0] = new BreakSearch(problem, seed, stop, cooling)
                .withGraceUntil(graceDeadline)
                .run(deadline, Long.MAX_VALUE, target);
        for (Thread thread : running) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
            }
        }
        Result best = results[0];
        for (Result result : results) {
            if (result != null && result.found() && (!best.found() || result.breaks() < best.breaks())) {
                best = result;
            }
        }
        return best;
    }

    private boolean graceful(long step, int target) {
        return System.nanoTime() < graceDeadline
                && best != null
                && bestBreaks <= target + GRACE_BREAKS
                && step - lastGain <= GRACE_STEPS;
    }

    private void tellNearMiss() {
        int n = state.withBreaks(withBreaks);
        for (int i = 0; i < n; i++) {
            int participant = withBreaks[i];
            if (!told[participant]) {
                told[participant] = true;
                nearMiss.accept(participant);
            }
        }
    }

    private int cost() {
        return BREAK * state.breaks() + IDLE * state.idle() + BREAK * PENALTY * state.violations();
    }

    private void remember(long step) {
        if (state.violations() == 0 && state.breaks() < bestBreaks) {
            bestBreaks = state.breaks();
            best = state.slotOf.clone();
            lastGain = step;
        }
    }

    /** Greedy start: the most constrained meetings first, each where it adds least cost. */
    private void construct() {
        Integer[] order = new Integer[state.meetings];
        for (int m = 0; m < order.length; m++) {
            order[m] = m;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(state.options[a].length, state.options[b].length));
        for (int m : order) {
            int chosen = -1;
            int lowest = Integer.MAX_VALUE;
            int ties = 0;
            for (int s : state.options[m]) {
                state.add(m, s);
                int cost = cost();
                state.remove(m);
                if (cost < lowest) {
                    lowest = cost;
                    chosen = s;
                    ties = 1;
                } else if (cost == lowest && random.nextInt(++ties) == 0) {
                    chosen = s;
                }
            }
            state.add(m, chosen);
        }
    }

    /** Fills {@code chain}/{@code chainTarget} with one random move; false when the draw gives none. */
    private boolean pickMove() {
        int m = movable[random.nextInt(movable.length)];
        if (!state.troubled(m)) {
            // draw twice as often among meetings of participants with breaks
            m = movable[random.nextInt(movable.length)];
        }
        int[] options = state.options[m];
        int from = state.slotOf[m];
        int to = random.nextInt(100) < NEAR_PERCENT ? nearBlock(m, from) : options[random.nextInt(options.length)];
        if (to < 0 || to == from) {
            return false;
        }
        int kind = random.nextInt(10);
        if (kind < 3 || state.size[to] == 0) {
            chainSize = 1;
            chain[0] = m;
            chainTarget[0] = to;
            return true;
        }
        if (kind < 5) {
            int other = state.members[to][random.nextInt(state.size[to])];
            if ((state.domain[other] & (1L << from)) == 0) {
                return false;
            }
            chainSize = 2;
            chain[0] = m;
            chainTarget[0] = to;
            chain[1] = other;
            chainTarget[1] = from;
            return true;
        }
        return kempe(m, from, to);
    }

    /**
     * A slot next to (or in a gap of) the other meetings of one of m's participants, or -1: where a
     * meeting can go without opening a break for that participant.
     */
    private int nearBlock(int m, int from) {
        int p = random.nextBoolean() ? state.first[m] : state.second[m];
        long others = state.busy[p] & ~(1L << from);
        if (others == 0) {
            return -1;
        }
        long near = (others << 1 | others >>> 1 | gaps(others)) & ~others & state.domain[m];
        if (near == 0) {
            return -1;
        }
        int pick = random.nextInt(Long.bitCount(near));
        for (int i = 0; i < pick; i++) {
            near &= near - 1;
        }
        return Long.numberOfTrailingZeros(near);
    }

    private static long gaps(long mask) {
        long lowest = Long.lowestOneBit(mask);
        long highest = Long.highestOneBit(mask);
        return (highest - lowest) & ~mask;
    }

    private boolean kempe(int m, int from, int to) {
        stamp++;
        chainSize = 0;
        chain[chainSize++] = m;
        mark[m] = stamp;
        for (int i = 0; i < chainSize; i++) {
            int x = chain[i];
            int here = state.slotOf[x];
            int there = here == from ? to : from;
            if ((state.domain[x] & (1L << there)) == 0) {
                return false;
            }
            chainTarget[i] = there;
            int[] others = state.members[there];
            for (int j = 0; j < state.size[there]; j++) {
                int y = others[j];
                if (mark[y] != stamp && state.sharesParticipant(x, y)) {
                    mark[y] = stamp;
                    chain[chainSize++] = y;
                }
            }
        }
        return true;
    }

    private void apply() {
        for (int i = 0; i < chainSize; i++) {
            int m = chain[i];
            int target = chainTarget[i];
            chainTarget[i] = state.slotOf[m];
            state.move(m, target);
        }
    }

    private void undo() {
        for (int i = chainSize - 1; i >= 0; i--) {
            int m = chain[i];
            int target = chainTarget[i];
            chainTarget[i] = state.slotOf[m];
            state.move(m, target);
        }
    }
}
