package org.ketnoi.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Recommends for every party of an event at once and balances exposure: a party is shown in at most
 * {@code cap} other lists, where {@code cap} is a multiple of the average (the plain lists' average
 * length, which is also the average number of lists a party appears in). The pairs
 * are taken greedily by score, best first, so the strongest pairs keep their places and a party that
 * everyone wants is shown to those for whom it is the best match. A list may come out shorter than
 * the plain one (that is the relevance balancing costs, and {@link Stats} measures it); a reader
 * whose every candidate is capped still gets its single best partner, never an empty list.
 */
public final class ExposureBalancer {

    /** Candidates kept per reader beyond the list, to replace capped partners. */
    static final int DEPTH_FACTOR = 3;

    private final Recommender recommender = new Recommender();

    /**
     * @param limit the length of each list
     * @param capFactor how many times the average exposure a party may reach (e.g. 2.0)
     */
    public Result recommendAll(EventSnapshot snapshot, int limit, double capFactor) {
        int n = snapshot.size();
        List<List<Recommendation>> deep = IntStream.range(0, n)
                .parallel()
                .mapToObj(i -> recommender.rank(snapshot, i, limit * DEPTH_FACTOR))
                .toList();
        List<List<Recommendation>> plain = deep.stream()
                .map(list -> list.subList(0, Math.min(limit, list.size())))
                .toList();
        int cap = cap(plain, n, capFactor);
        List<List<Recommendation>> balanced = explained(snapshot, balance(snapshot, deep, limit, cap));
        return new Result(plain, balanced, Stats.of(snapshot, plain, balanced));
    }

    /**
     * Exposure and relevance for several caps over one ranking of the event (the ranking is the
     * expensive part, so it is done once): what an organiser trades with the cap.
     */
    public List<Stats> compareCaps(EventSnapshot snapshot, int limit, double... capFactors) {
        int n = snapshot.size();
        List<List<Recommendation>> deep = IntStream.range(0, n)
                .parallel()
                .mapToObj(i -> recommender.rank(snapshot, i, limit * DEPTH_FACTOR))
                .toList();
        List<List<Recommendation>> plain = deep.stream()
                .map(list -> list.subList(0, Math.min(limit, list.size())))
                .toList();
        List<Stats> stats = new ArrayList<>();
        for (double capFactor : capFactors) {
            stats.add(Stats.of(snapshot, plain, balance(snapshot, deep, limit, cap(plain, n, capFactor))));
        }
        return stats;
    }

    /** A multiple of the average number of lists a party appears in (the average list length). */
    static int cap(List<List<Recommendation>> plain, int parties, double capFactor) {
        long slots = plain.stream().mapToLong(List::size).sum();
        double average = parties == 0 ? 0 : (double) slots / parties;
        return Math.max(1, (int) Math.ceil(capFactor * average));
    }

    /** Reasons only for what is shown: computing them for every candidate would double the work. */
    private List<List<Recommendation>> explained(EventSnapshot snapshot, List<List<Recommendation>> lists) {
        return IntStream.range(0, lists.size())
                .parallel()
                .mapToObj(reader -> lists.get(reader).stream()
                        .map(r -> recommender.explain(snapshot, reader, r))
                        .toList())
                .toList();
    }

    private static List<List<Recommendation>> balance(
            EventSnapshot snapshot, List<List<Recommendation>> deep, int limit, int cap) {
        int n = snapshot.size();
        List<long[]> entries = new ArrayList<>();
        for (int reader = 0; reader < n; reader++) {
            List<Recommendation> list = deep.get(reader);
            for (int rank = 0; rank < list.size(); rank++) {
                entries.add(new long[] {Double.doubleToLongBits(list.get(rank).score()), reader, rank});
            }
        }
        entries.sort(Comparator.<long[]>comparingDouble(e -> Double.longBitsToDouble(e[0]))
                .reversed()
                .thenComparingLong(e -> e[1])
                .thenComparingLong(e -> e[2]));
        int[] exposure = new int[n];
        boolean[][] taken = new boolean[n][];
        int[] filled = new int[n];
        for (int reader = 0; reader < n; reader++) {
            taken[reader] = new boolean[deep.get(reader).size()];
        }
        for (long[] entry : entries) {
            int reader = (int) entry[1];
            int rank = (int) entry[2];
            int partner = snapshot.indexOf(deep.get(reader).get(rank).partner()).orElseThrow();
            if (filled[reader] < limit && exposure[partner] < cap) {
                taken[reader][rank] = true;
                filled[reader]++;
                exposure[partner]++;
            }
        }
        List<List<Recommendation>> lists = new ArrayList<>(n);
        for (int reader = 0; reader < n; reader++) {
            List<Recommendation> list = deep.get(reader);
            List<Recommendation> chosen = new ArrayList<>();
            for (int rank = 0; rank < list.size(); rank++) {
                if (taken[reader][rank]) {
                    chosen.add(list.get(rank));
                }
            }
            if (chosen.isEmpty() && !list.isEmpty()) {
                chosen.add(list.getFirst());
            }
            chosen.sort(Recommender.bestFirstFor(snapshot.party(reader).id()));
            lists.add(List.copyOf(chosen));
        }
        return lists;
    }

    /**
     * Both rankings of every party (by snapshot index) and how exposure and relevance compare. Only
     * the balanced lists carry reasons; the plain ones are kept for measuring.
     */
    public record Result(List<List<Recommendation>> plain, List<List<Recommendation>> balanced, Stats stats) {}

    /**
     * @param giniPlain Gini coefficient of how often each party is recommended, plain ranking
     * @param giniBalanced the same after balancing
     * @param maxPlain the most lists one party appears in, plain
     * @param maxBalanced the same after balancing
     * @param relevanceKept sum of the balanced lists' scores over the plain lists' (1.0 = no loss)
     * @param neverPlain parties recommended to nobody, plain
     * @param neverBalanced the same after balancing
     */
    public record Stats(
            double giniPlain,
            double giniBalanced,
            int maxPlain,
            int maxBalanced,
            double relevanceKept,
            int neverPlain,
            int neverBalanced) {

        static Stats of(EventSnapshot snapshot, List<List<Recommendation>> plain, List<List<Recommendation>> balanced) {
            int[] before = exposure(snapshot, plain);
            int[] after = exposure(snapshot, balanced);
            double plainSum = sum(plain);
            return new Stats(
                    gini(before),
                    gini(after),
                    Arrays.stream(before).max().orElse(0),
                    Arrays.stream(after).max().orElse(0),
                    plainSum == 0 ? 1 : sum(balanced) / plainSum,
                    (int) Arrays.stream(before).filter(x -> x == 0).count(),
                    (int) Arrays.stream(after).filter(x -> x == 0).count());
        }

        private static int[] exposure(EventSnapshot snapshot, List<List<Recommendation>> lists) {
            int[] counts = new int[snapshot.size()];
            for (List<Recommendation> list : lists) {
                for (Recommendation recommendation : list) {
                    counts[snapshot.indexOf(recommendation.partner()).orElseThrow()]++;
                }
            }
            return counts;
        }

        private static double sum(List<List<Recommendation>> lists) {
            return lists.stream()
                    .flatMap(List::stream)
                    .mapToDouble(Recommendation::score)
                    .sum();
        }
    }

    /** The Gini coefficient of non-negative counts: 0 when all are equal, towards 1 when one has all. */
    public static double gini(int[] counts) {
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        long total = 0;
        double weighted = 0;
        for (int i = 0; i < sorted.length; i++) {
            total += sorted[i];
            weighted += (double) (i + 1) * sorted[i];
        }
        if (total == 0) {
            return 0;
        }
        int n = sorted.length;
        return 2 * weighted / (n * (double) total) - (n + 1.0) / n;
    }
}
