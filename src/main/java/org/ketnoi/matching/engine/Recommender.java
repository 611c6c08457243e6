package org.ketnoi.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ketnoi.catalog.ListingKind;

/**
 * Ranks partners for one reader: candidates from the snapshot's inverted index (subheading, heading,
 * then chapter and sector only while few candidates were found), a shortlist by that coarse
 * evidence, and the full mutual score ({@link PairScorer}) for the shortlist. Stateless and
 * thread-safe.
 */
public final class Recommender {

    /** How many candidates are scored fully; the coarse evidence orders them first. */
    static final int SHORTLIST = 300;
    /** Below this many candidates, chapter and sector neighbours are considered too. */
    static final int WIDEN_BELOW = 60;

    private final PairScorer scorer = new PairScorer();

    /** The reader's best partners, best first, at most {@code limit}, with reasons. */
    public List<Recommendation> recommend(EventSnapshot snapshot, int reader, int limit) {
        return rank(snapshot, reader, limit).stream()
                .map(recommendation -> explain(snapshot, reader, recommendation))
                .toList();
    }

    /**
     * The mutual score (0–100) of two parties by index, whatever the event's rules and the pair's
     * history (an accepted meeting is history); 0 when nothing links them.
     */
    public double mutualScore(EventSnapshot snapshot, int a, int b) {
        Recommendation scored = scorer.score(snapshot.interpreters(), snapshot.facts(a), snapshot.facts(b), false);
        return scored == null ? 0 : scored.score();
    }

    /** Like {@link #recommend} but without reasons: for ranking many and explaining few. */
    List<Recommendation> rank(EventSnapshot snapshot, int reader, int limit) {
        PartyFacts me = snapshot.facts(reader);
        int[] shortlist = candidates(snapshot, reader);
        List<Recommendation> scored = new ArrayList<>();
        for (int candidate : shortlist) {
            Recommendation recommendation = scorer.score(snapshot.interpreters(), me, snapshot.facts(candidate), false);
            if (recommendation != null) {
                scored.add(recommendation);
            }
        }
        scored.sort(bestFirstFor(me.party().id()));
        return List.copyOf(scored.subList(0, Math.min(limit, scored.size())));
    }

    /** The same recommendation with its reasons. */
    Recommendation explain(EventSnapshot snapshot, int reader, Recommendation recommendation) {
        if (!recommendation.reasons().isEmpty()) {
            return recommendation;
        }
        int partner = snapshot.indexOf(recommendation.partner()).orElseThrow();
        Recommendation explained =
                scorer.score(snapshot.interpreters(), snapshot.facts(reader), snapshot.facts(partner), true);
        return explained == null ? recommendation : explained;
    }

    /**
     * Best score first; equal scores in an order that differs from reader to reader, so that ties do
     * not send every reader to the same partner.
     */
    static Comparator<Recommendation> bestFirstFor(long reader) {
        return Comparator.comparingDouble(Recommendation::score)
                .reversed()
                .thenComparingLong(r -> mix(reader, r.partner()))
                .thenComparingLong(Recommendation::partner);
    }

    private static long mix(long a, long b) {
        long x = a * 0x9E3779B97F4A7C15L + b;
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 29);
    }

    static final Comparator<Recommendation> BEST_FIRST =
            Comparator.comparingDouble(Recommendation::score).reversed().thenComparingLong(Recommendation::partner);

    /** Eligible parties sharing at least a chapter or a sector with the reader, strongest evidence first. */
    int[] candidates(EventSnapshot snapshot, int reader) {
        MatchParty me = snapshot.party(reader);
        float[] evidence = new float[snapshot.size()];
        int[] touched = new int[snapshot.size()];
        int count = 0;
        for (MatchListing listing : me.listings()) {
            ListingKind wanted = listing.complement();
            for (String code : listing.codes()) {
                if (code.length() >= 6) {
                    count = bump(snapshot.postings(wanted, code.substring(0, 6)), 1f, evidence, touched, count);
                }
                count = bump(snapshot.postings(wanted, code.substring(0, 4)), 0.5f, evidence, touched, count);
            }
        }
        if (eligibleAmong(snapshot, me, touched, count) < WIDEN_BELOW) {
            for (MatchListing listing : me.listings()) {
                for (String code : listing.codes()) {
                    count = bump(
                            snapshot.postings(listing.complement(), code.substring(0, 2)),
                            0.2f,
                            evidence,
                            touched,
                            count);
                }
            }
            for (String sector : me.sectors()) {
                count = bump(snapshot.sectorPostings(sector), 0.05f, evidence, touched, count);
            }
        }
        return shortlist(snapshot, me, evidence, touched, count);
    }

    private static int bump(int[] postings, float weight, float[] evidence, int[] touched, int count) {
        int n = count;
        for (int party : postings) {
            if (evidence[party] == 0f) {
                touched[n++] = party;
                evidence[party] = weight;
            } else {
                evidence[party] = Math.max(evidence[party], weight) + 0.01f;
            }
        }
        return n;
    }

    private static int eligibleAmong(EventSnapshot snapshot, MatchParty me, int[] touched, int count) {
        int eligible = 0;
        for (int i = 0; i < count && eligible < WIDEN_BELOW; i++) {
            if (snapshot.eligible(me, snapshot.party(touched[i]))) {
                eligible++;
            }
        }
        return eligible;
    }

    private static int[] shortlist(EventSnapshot snapshot, MatchParty me, float[] evidence, int[] touched, int count) {
        int[] eligible = new int[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (snapshot.eligible(me, snapshot.party(touched[i]))) {
                eligible[n++] = touched[i];
            }
        }
        if (n <= SHORTLIST) {
            return Arrays.copyOf(eligible, n);
        }
        // Sort by evidence, strongest first, via packed keys: evidence bits high, index low.
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) Float.floatToIntBits(evidence[eligible[i]]) << 32) | (0xFFFFFFFFL - eligible[i]);
        }
        Arrays.sort(keys);
        int[] best = new int[SHORTLIST];
        for (int i = 0; i < SHORTLIST; i++) {
            best[i] = (int) (0xFFFFFFFFL - (keys[n - 1 - i] & 0xFFFFFFFFL));
        }
        return best;
    }
}
