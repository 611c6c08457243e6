package org.ketnoi.scheduling;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A complete (or partly built) slot assignment with every count {@link BreakSearch} needs kept up to
 * date as single meetings move, so a move costs a few array updates rather than a re-evaluation: per
 * participant a bitmask of busy slots (slots ≤ 64), whose breaks are its runs minus one; per
 * participant and slot how many meetings (more than one is a clash); per slot how many meetings; how
 * many precedence pairs are out of order; and how many participants have each number of breaks (for
 * the fairness excess).
 */
final class BreakState {

    static final int NOWHERE = -1;

    final int meetings;
    final int slots;
    final int tables;
    final int fairness;
    final int[] first;
    final int[] second;
    final int[][] options;
    final long[] domain;
    final int[][] before;
    final int[][] after;

    final int[] slotOf;
    final long[] busy;
    private final int[] count;
    private final int[] breaksOf;
    private final int[] histogram;
    final int[] perSlot;
    final int[][] members;
    final int[] size;
    private final int[] position;
    private int clashes;
    private int overflow;
    private int disorder;
    private int breaks;
    private int idle;
    private final int[] idleOf;

    BreakState(ScheduleProblem problem) {
        meetings = problem.meetings().size();
        slots = problem.slots();
        if (slots > 64) {
            throw new IllegalArgumentException("at most 64 slots");
        }
        tables = problem.tablesPerSlot();
        fairness = problem.fairness();
        int participants = problem.participants();
        first = new int[meetings];
        second = new int[meetings];
        options = new int[meetings][];
        domain = new long[meetings];
        before = new int[meetings][];
        int[] successors = new int[meetings];
        for (int m = 0; m < meetings; m++) {
            MeetingToPlace meeting = problem.meetings().get(m);
            first[m] = meeting.firstParticipant();
            second[m] = meeting.secondParticipant();
            BitSet allowed = problem.domain(m);
            options[m] = allowed.stream().toArray();
            domain[m] = allowed.isEmpty() ? 0 : allowed.toLongArray()[0];
            before[m] = meeting.after().stream().mapToInt(Integer::intValue).toArray();
            for (int b : before[m]) {
                successors[b]++;
            }
        }
        after = new int[meetings][];
        for (int m = 0; m < meetings; m++) {
            after[m] = new int[successors[m]];
            successors[m] = 0;
        }
        for (int m = 0; m < meetings; m++) {
            for (int b : before[m]) {
                after[b][successors[b]++] = m;
            }
        }
        slotOf = new int[meetings];
        busy = new long[participants];
        count = new int[participants * slots];
        breaksOf = new int[participants];
        idleOf = new int[participants];
        histogram = new int[slots + 1];
        perSlot = new int[slots];
        members = new int[slots][meetings];
        size = new int[slots];
        position = new int[meetings];
        Arrays.fill(slotOf, NOWHERE);
        List<List<Integer>> byParticipant = problem.meetingsByParticipant();
        for (int p = 0; p < participants; p++) {
            if (!byParticipant.get(p).isEmpty()) {
                histogram[0]++;
            }
        }
    }

    /** Takes every meeting out of its slot. */
    void clear() {
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] != NOWHERE) {
                remove(m);
            }
        }
    }

    void move(int m, int slot) {
        remove(m);
        add(m, slot);
    }

    void add(int m, int slot) {
        slotOf[m] = slot;
        if (++perSlot[slot] > tables) {
            overflow++;
        }
        members[slot][size[slot]] = m;
        position[m] = size[slot]++;
        enter(first[m], slot);
        enter(second[m], slot);
        for (int b : before[m]) {
            if (slotOf[b] != NOWHERE && slotOf[b] >= slot) {
                disorder++;
            }
        }
        for (int a : after[m]) {
            if (slotOf[a] != NOWHERE && slot >= slotOf[a]) {
                disorder++;
            }
        }
    }

    void remove(int m) {
        int slot = slotOf[m];
        for (int b : before[m]) {
            if (slotOf[b] != NOWHERE && slotOf[b] >= slot) {
                disorder--;
            }
        }
        for (int a : after[m]) {
            if (slotOf[a] != NOWHERE && slot >= slotOf[a]) {
                disorder--;
            }
        }
        if (perSlot[slot]-- > tables) {
            overflow--;
        }
        int last = members[slot][--size[slot]];
        members[slot][position[m]] = last;
        position[last] = position[m];
        leave(first[m], slot);
        leave(second[m], slot);
        slotOf[m] = NOWHERE;
    }

    private void enter(int p, int slot) {
        if (count[p * slots + slot]++ > 0) {
            clashes++;
        } else {
            busy[p] |= 1L << slot;
            recount(p);
        }
    }

    private void leave(int p, int slot) {
        if (--count[p * slots + slot] > 0) {
            clashes--;
        } else {
            busy[p] &= ~(1L << slot);
            recount(p);
        }
    }

    private void recount(int p) {
        int gaps = idleIn(busy[p]);
        idle += gaps - idleOf[p];
        idleOf[p] = gaps;
        int now = breaksIn(busy[p]);
        int was = breaksOf[p];
        if (now != was) {
            histogram[was]--;
            histogram[now]++;
            breaksOf[p] = now;
            breaks += now - was;
        }
    }

    static int idleIn(long mask) {
        return mask == 0
                ? 0
                : 64 - Long.numberOfLeadingZeros(mask) - Long.numberOfTrailingZeros(mask) - Long.bitCount(mask);
    }

    static int breaksIn(long mask) {
        return Math.max(0, Long.bitCount(mask & ~(mask << 1)) - 1);
    }

    /** Idle slots between participants' first and last meetings, summed. */
    int idle() {
        return idle;
    }

    int breaks() {
        return breaks;
    }

    /** Hard-constraint violations: clashes, tables over capacity, precedences out of order, unfairness. */
    int violations() {
        return clashes + overflow + disorder + unfairness();
    }

    /** How far participants' breaks exceed the least number of breaks plus the fairness bound, summed. */
    int unfairness() {
        if (fairness < 0) {
            return 0;
        }
        int least = 0;
        while (least < histogram.length && histogram[least] == 0) {
            least++;
        }
        int excess = 0;
        for (int b = least + fairness + 1; b < histogram.length; b++) {
            excess += histogram[b] * (b - least - fairness);
        }
        return excess;
    }

    /** Writes the participants with a break into {@code into}, in ascending order; returns how many. */
    int withBreaks(int[] into) {
        int n = 0;
        for (int p = 0; p < breaksOf.length; p++) {
            if (breaksOf[p] > 0) {
                into[n++] = p;
            }
        }
        return n;
    }

    /** Whether a participant of meeting {@code m} has a break. */
    boolean troubled(int m) {
        return breaksOf[first[m]] > 0 || breaksOf[second[m]] > 0;
    }

    boolean sharesParticipant(int m, int other) {
        return first[m] == first[other]
                || first[m] == second[other]
                || second[m] == first[other]
                || second[m] == second[other];
    }
}
