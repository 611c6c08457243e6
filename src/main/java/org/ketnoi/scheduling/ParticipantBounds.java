package org.ketnoi.scheduling;

import java.util.BitSet;
import java.util.List;

/**
 * A lower bound on one participant's breaks, from their own meetings alone: their meetings need
 * {@code k} busy slots, pinned slots must be among them, and only slots that some of their meetings
 * may take can be. The fewest runs of busy slots under those rules, minus one, is a bound no schedule
 * beats. It lets the solver prove optima that come from pinned meetings and unavailability (the
 * linear relaxation of run counting sees none of them).
 */
final class ParticipantBounds {

    private static final int NONE = Integer.MAX_VALUE / 2;

    private ParticipantBounds() {}

    static int minimumBreaks(ScheduleProblem problem, List<Integer> meetings) {
        int k = meetings.size();
        if (k <= 1) {
            return 0;
        }
        BitSet usable = new BitSet();
        BitSet pinned = new BitSet();
        for (int m : meetings) {
            BitSet domain = problem.domain(m);
            usable.or(domain);
            if (domain.cardinality() == 1) {
                pinned.or(domain);
            }
        }
        int runs = fewestRuns(problem.slots(), k, usable, pinned);
        return runs >= NONE ? 0 : runs - 1;
    }

    /** Fewest runs of busy slots with exactly {@code k} busy, all of {@code pinned} busy, all inside {@code usable}. */
    static int fewestRuns(int slots, int k, BitSet usable, BitSet pinned) {
        // best[c][b]: fewest runs so far with c busy slots, b = whether the previous slot was busy
        int[][] best = new int[k + 1][2];
        fill(best);
        best[0][0] = 0;
        for (int s = 0; s < slots; s++) {
            int[][] next = new int[k + 1][2];
            fill(next);
            for (int c = 0; c <= k; c++) {
                for (int b = 0; b < 2; b++) {
                    int runs = best[c][b];
                    if (runs >= NONE) {
                        continue;
                    }
                    if (!pinned.get(s)) {
                        next[c][0] = Math.min(next[c][0], runs);
                    }
                    if (usable.get(s) && c < k) {
                        next[c + 1][1] = Math.min(next[c + 1][1], runs + (b == 0 ? 1 : 0));
                    }
                }
            }
            best = next;
        }
        return Math.min(best[k][0], best[k][1]);
    }

    private static void fill(int[][] table) {
        for (int[] row : table) {
            row[0] = NONE;
            row[1] = NONE;
        }
    }
}
