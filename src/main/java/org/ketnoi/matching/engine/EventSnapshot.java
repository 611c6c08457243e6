package org.ketnoi.matching.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnoi.catalog.ListingKind;

/**
 * One event's parties, the pairs with a meeting history and an inverted index from HS prefixes
 * (chapter, heading, subheading) and sectors to the parties, so that candidates are found without
 * comparing everyone with everyone. Immutable and thread-safe once built.
 */
public final class EventSnapshot {

    private static final int[] NONE = new int[0];

    private final List<MatchParty> parties;
    private final Map<Long, Integer> byId = new HashMap<>();
    private final Map<String, int[]> postings;
    private final Set<Long> history;
    private final MatchRules rules;
    private final List<PartyFacts> facts;
    private final InterpreterCover interpreters;

    /**
     * @param history pairs of participation ids that already requested, declined or met each other,
     *     as {@link #pairKey(long, long)}
     */
    public EventSnapshot(List<MatchParty> parties, MatchRules rules, Set<Long> history) {
        this(parties, rules, history, InterpreterCover.NONE);
    }

    /**
     * @param history as above
     * @param interpreters the language pairs the event's interpreters cover, and where
     */
    public EventSnapshot(List<MatchParty> parties, MatchRules rules, Set<Long> history, InterpreterCover interpreters) {
        this.interpreters = interpreters;
        this.parties = List.copyOf(parties);
        this.rules = rules;
        this.history = Set.copyOf(history);
        this.facts = this.parties.stream().map(PartyFacts::of).toList();
        Map<String, Set<Integer>> building = new HashMap<>();
        for (int i = 0; i < this.parties.size(); i++) {
            MatchParty party = this.parties.get(i);
            byId.put(party.id(), i);
            for (MatchListing listing : party.listings()) {
                for (String code : listing.codes()) {
                    for (int length : new int[] {2, 4, 6}) {
                        if (code.length() >= length) {
                            add(building, key(listing.kind(), code.substring(0, length)), i);
                        }
                    }
                }
            }
            for (String sector : party.sectors()) {
                add(building, "S:" + sector, i);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        building.forEach((key, set) ->
                index.put(key, set.stream().mapToInt(Integer::intValue).toArray()));
        this.postings = index;
    }

    private static void add(Map<String, Set<Integer>> building, String key, int party) {
        building.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(party);
    }

    static String key(ListingKind kind, String prefix) {
        return kind.name().charAt(0) + ":" + prefix;
    }

    /** The order-insensitive key of a pair of participation ids. */
    public static long pairKey(long a, long b) {
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        return (low << 32) ^ high;
    }

    public List<MatchParty> parties() {
        return parties;
    }

    public int size() {
        return parties.size();
    }

    public MatchParty party(int index) {
        return parties.get(index);
    }

    public Optional<Integer> indexOf(long participationId) {
        return Optional.ofNullable(byId.get(participationId));
    }

    PartyFacts facts(int index) {
        return facts.get(index);
    }

    public InterpreterCover interpreters() {
        return interpreters;
    }

    public MatchRules rules() {
        return rules;
    }

    /** Whether the engine may recommend these two to each other at all. */
    public boolean eligible(MatchParty a, MatchParty b) {
        return a.id() != b.id()
                && a.company() != b.company()
                && !history.contains(pairKey(a.id(), b.id()))
                && rules.allows(a, b);
    }

    int[] postings(ListingKind kind, String prefix) {
        return postings.getOrDefault(key(kind, prefix), NONE);
    }

    int[] sectorPostings(String sector) {
        return postings.getOrDefault("S:" + sector, NONE);
    }
}
