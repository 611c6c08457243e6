package org.ketnoi.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.matching.engine.EventSnapshot;
import org.ketnoi.matching.engine.ExposureBalancer;
import org.ketnoi.matching.engine.MatchListing;
import org.ketnoi.matching.engine.MatchParty;
import org.ketnoi.matching.engine.MatchRules;
import org.ketnoi.matching.engine.Recommendation;
import org.ketnoi.taxonomy.Certification;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the labelled evaluation set in {@code bench/matching/events} and measures precision@5,
 * recall@10 and nDCG@10 of the engine's lists, over all labelled pairs and over the cross-language
 * ones (the two companies' listings share no language). Each reader with at least one relevant
 * partner counts once; a pair is seen from both sides.
 */
final class MatchingEvaluation {

    static final Path EVENTS = Path.of("bench/matching/events");

    record Labelled(EventSnapshot snapshot, Map<Long, Map<Long, Integer>> grades, Set<Long> crossLanguage) {}

    /** @param bestPrecisionAt5 the highest P@5 possible: readers with fewer than 5 relevant partners cannot reach 1 */
    record Metrics(int readers, double precisionAt5, double bestPrecisionAt5, double recallAt10, double ndcgAt10) {
        String row(String name) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %.3f (of %.3f) | %.3f | %.3f |",
                    name,
                    readers,
                    precisionAt5,
                    bestPrecisionAt5,
                    recallAt10,
                    ndcgAt10);
        }
    }

    record Report(
            Metrics all,
            Metrics cross,
            Metrics allBalanced,
            Metrics crossBalanced,
            List<ExposureBalancer.Stats> exposure) {}

    private MatchingEvaluation() {}

    static List<Labelled> load(ListingTextCodes textCodes) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Labelled> events = new ArrayList<>();
        try (Stream<Path> files = Files.list(EVENTS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                events.add(labelled(json.readTree(file.toFile()), textCodes));
            }
        }
        return events;
    }

    private static Labelled labelled(JsonNode event, ListingTextCodes textCodes) {
        List<MatchParty> parties = new ArrayList<>();
        for (JsonNode p : event.get("participants")) {
            List<MatchListing> listings = new ArrayList<>();
            for (JsonNode l : p.get("listings")) {
                listings.add(new MatchListing(
                        l.get("id").asLong(),
                        ListingKind.valueOf(l.get("kind").asString()),
                        strings(l.get("hs")),
                        textCodes.of(title(l.get("title"))),
                        Set.copyOf(strings(l.get("certifications")).stream()
                                .map(Certification::valueOf)
                                .toList()),
                        Set.copyOf(strings(l.get("targetCountries")))));
            }
            parties.add(new MatchParty(
                    p.get("id").asLong(),
                    1000 + p.get("id").asLong(),
                    p.get("country").asString(),
                    ParticipantRole.valueOf(p.get("role").asString()),
                    Set.copyOf(strings(p.get("languages")).stream()
                            .map(t -> Language.fromTag(t).orElseThrow())
                            .toList()),
                    Set.copyOf(strings(p.get("sectors"))),
                    Set.copyOf(strings(p.get("certifications")).stream()
                            .map(Certification::valueOf)
                            .toList()),
                    Set.copyOf(strings(p.get("exportMarkets"))),
                    org.ketnoi.company.EmployeeBand.valueOf(p.get("employees").asString())
                            .ordinal(),
                    listings));
        }
        JsonNode rules = event.get("rules");
        EventSnapshot snapshot = new EventSnapshot(
                parties,
                new MatchRules(
                        rules.get("vietnamChinaOnly").asBoolean(),
                        rules.get("buyerSellerOnly").asBoolean()),
                Set.of());
        Map<Long, Map<Long, Integer>> grades = new HashMap<>();
        Set<Long> cross = new HashSet<>();
        for (JsonNode r : event.get("relevant")) {
            long a = r.get("a").asLong();
            long b = r.get("b").asLong();
            int grade = r.get("grade").asInt();
            grades.computeIfAbsent(a, k -> new HashMap<>()).put(b, grade);
            grades.computeIfAbsent(b, k -> new HashMap<>()).put(a, grade);
            if (r.get("crossLanguage").asBoolean()) {
                cross.add(EventSnapshot.pairKey(a, b));
            }
        }
        return new Labelled(snapshot, grades, cross);
    }

    private static LocalizedText title(JsonNode title) {
        return new LocalizedText(text(title, "vi"), text(title, "zh"), text(title, "en"));
    }

    private static @org.jspecify.annotations.Nullable String text(JsonNode node, String language) {
        JsonNode value = node.get(language);
        return value == null ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** The same events with the text signal switched off, to see what it contributes. */
    static List<Labelled> withoutText(List<Labelled> events) {
        return events.stream()
                .map(event -> new Labelled(
                        new EventSnapshot(
                                event.snapshot().parties().stream()
                                        .map(MatchingEvaluation::withoutText)
                                        .toList(),
                                event.snapshot().rules(),
                                Set.of()),
                        event.grades(),
                        event.crossLanguage()))
                .toList();
    }

    private static MatchParty withoutText(MatchParty p) {
        return new MatchParty(
                p.id(),
                p.company(),
                p.country(),
                p.role(),
                p.languages(),
                p.sectors(),
                p.certifications(),
                p.exportMarkets(),
                p.sizeBand(),
                p.listings().stream()
                        .map(l -> new MatchListing(
                                l.id(), l.kind(), l.codes(), Set.of(), l.certifications(), l.targetCountries()))
                        .toList());
    }

    static Report evaluate(List<Labelled> events, int listSize, double cap) {
        List<List<Long>> plainLists = new ArrayList<>();
        List<List<Long>> balancedLists = new ArrayList<>();
        List<Map<Long, Integer>> allGrades = new ArrayList<>();
        List<Map<Long, Integer>> crossGrades = new ArrayList<>();
        List<ExposureBalancer.Stats> exposure = new ArrayList<>();
        for (Labelled event : events) {
            ExposureBalancer.Result result = new ExposureBalancer().recommendAll(event.snapshot(), listSize, cap);
            exposure.add(result.stats());
            for (int i = 0; i < event.snapshot().size(); i++) {
                long reader = event.snapshot().party(i).id();
                Map<Long, Integer> grades = event.grades().getOrDefault(reader, Map.of());
                Map<Long, Integer> cross = new HashMap<>();
                grades.forEach((partner, grade) -> {
                    if (event.crossLanguage().contains(EventSnapshot.pairKey(reader, partner))) {
                        cross.put(partner, grade);
                    }
                });
                plainLists.add(ids(result.plain().get(i)));
                balancedLists.add(ids(result.balanced().get(i)));
                allGrades.add(grades);
                crossGrades.add(cross);
            }
        }
        return new Report(
                metrics(plainLists, allGrades),
                metrics(plainLists, crossGrades),
                metrics(balancedLists, allGrades),
                metrics(balancedLists, crossGrades),
                exposure);
    }

    private static List<Long> ids(List<Recommendation> list) {
        return list.stream().map(Recommendation::partner).toList();
    }

    private static Metrics metrics(List<List<Long>> lists, List<Map<Long, Integer>> grades) {
        int readers = 0;
        double precision = 0;
        double best = 0;
        double recall = 0;
        double ndcg = 0;
        for (int i = 0; i < lists.size(); i++) {
            Map<Long, Integer> relevant = grades.get(i);
            if (relevant.isEmpty()) {
                continue;
            }
            readers++;
            List<Long> list = lists.get(i);
            best += Math.min(5, relevant.size()) / 5.0;
            precision += list.stream().limit(5).filter(relevant::containsKey).count() / 5.0;
            recall += list.stream().limit(10).filter(relevant::containsKey).count() / (double) relevant.size();
            ndcg += ndcg(list, relevant);
        }
        return readers == 0
                ? new Metrics(0, 0, 0, 0, 0)
                : new Metrics(readers, precision / readers, best / readers, recall / readers, ndcg / readers);
    }

    private static double ndcg(List<Long> list, Map<Long, Integer> relevant) {
        double dcg = 0;
        for (int rank = 0; rank < Math.min(10, list.size()); rank++) {
            int grade = relevant.getOrDefault(list.get(rank), 0);
            dcg += (Math.pow(2, grade) - 1) / log2(rank + 2);
        }
        List<Integer> ideal =
                relevant.values().stream().sorted((a, b) -> b - a).limit(10).toList();
        double idcg = 0;
        for (int rank = 0; rank < ideal.size(); rank++) {
            idcg += (Math.pow(2, ideal.get(rank)) - 1) / log2(rank + 2);
        }
        return dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
