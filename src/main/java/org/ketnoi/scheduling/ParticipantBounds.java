package org.ketnoi.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lower bound on one participant's breaks, from their own meetings alone: the fewest breaks of any
 * placement of just their meetings, each in a slot it may take, one per slot, ignoring everyone else.
 * It lets the solver prove optima that come from pinned meetings, sessions and unavailability (the
 * linear relaxation of break counting sees none of them).
 *
 * <p>Exact by dynamic programming over slots when the participant's meetings fall into few groups of
 * identical slot sets (the usual case: morning, afternoon, any, pinned); otherwise a weaker bound that
 * lets any meeting take any slot some meeting may take.
 */
final class ParticipantBounds {

    private static final int NONE = Integer.MAX_VALUE / 2;
    private static final int MAX_STATES = 50_000;

    private ParticipantBounds() {}

    /** The most breaks any schedule can have: nobody has more than their meetings minus one. */
    static int mostBreaks(List<List<Integer>> byParticipant) {
        int most = 0;
        for (List<Integer> mine : byParticipant) {
            most += Math.max(0, mine.size() - 1);
        }
        return most;
    }

    static int minimumBreaks(ScheduleProblem problem, List<Integer> meetings) {
        int k = meetings.size();
        if (k <= 1) {
            return 0;
        }
        Map<BitSet, Integer> groups = new LinkedHashMap<>();
        BitSet usable = new BitSet();
        BitSet pinned = new BitSet();
        for (int m : meetings) {
            BitSet domain = problem.domain(m);
            groups.merge(domain, 1, Integer::sum);
            usable.or(domain);
            if (domain.cardinality() == 1) {
                pinned.or(domain);
            }
        }
        long states = 1;
        for (int count : groups.values()) {
            states *= count + 1;
        }
        int runs = states <= MAX_STATES
                ? fewestRunsByGroup(problem.slots(), new ArrayList<>(groups.keySet()), new ArrayList<>(groups.values()))
                : fewestRuns(problem.slots(), k, usable, pinned);
        return runs >= NONE ? 0 : runs - 1;
    }

    /** Fewest runs of busy slots placing {@code counts[g]} meetings whose slot set is {@code domains[g]}. */
    static int fewestRunsByGroup(int slots, List<BitSet> domains, List<Integer> counts) {
        int groups = domains.size();
        int[] radix = new int[groups];
        int codes = 1;
        for (int g = 0; g < groups; g++) {
            radix[g] = codes;
            codes *= counts.get(g) + 1;
        }
        // best[code * 2 + (previous slot busy ? 1 : 0)]: fewest runs with that many meetings of each group placed
        int[] best = new int[codes * 2];
        Arrays.fill(best, NONE);
        best[0] = 0;
        int[] next = new int[codes * 2];
        for (int s = 0; s < slots; s++) {
            Arrays.fill(next, NONE);
            for (int key = 0; key < best.length; key++) {
                int runs = best[key];
                if (runs >= NONE) {
                    continue;
                }
                int code = key >> 1;
                int opened = (key & 1) == 1 ? 0 : 1;
                next[code << 1] = Math.min(next[code << 1], runs);
                for (int g = 0; g < groups; g++) {
                    int placed = (code / radix[g]) % (counts.get(g) + 1);
                    if (placed < counts.get(g) && domains.get(g).get(s)) {
                        int target = ((code + radix[g]) << 1) | 1;
                        next[target] = Math.min(next[target], runs + opened);
                    }
                }
            }
            int[] swap = best;
            best = next;
            next = swap;
        }
        int full = codes - 1;
        return Math.min(best[full << 1], best[(full << 1) | 1]);
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
