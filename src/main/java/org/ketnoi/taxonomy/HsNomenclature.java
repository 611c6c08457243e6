package org.ketnoi.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The HS 2022 nomenclature with Vietnam's and China's national 8-digit lines, immutable and held in
 * memory: about 20,000 lines, read once at start-up from {@code classpath:taxonomy/hs}. Every lookup
 * answers an empty result for an unknown code; turning that into a 404 is the caller's job.
 */
public final class HsNomenclature {

    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private final List<HsSection> sections;
    private final NavigableMap<String, HsEntry> international;
    private final Map<Country, NavigableMap<String, HsEntry>> national;
    private final Map<String, List<HsEntry>> children;

    HsNomenclature(
            List<HsSection> sections,
            NavigableMap<String, HsEntry> international,
            Map<Country, NavigableMap<String, HsEntry>> national) {
        this.sections = List.copyOf(sections);
        this.international = Collections.unmodifiableNavigableMap(new TreeMap<>(international));
        Map<Country, NavigableMap<String, HsEntry>> lines = new EnumMap<>(Country.class);
        national.forEach(
                (country, map) -> lines.put(country, Collections.unmodifiableNavigableMap(new TreeMap<>(map))));
        this.national = Collections.unmodifiableMap(lines);
        this.children = indexChildren(this.international);
    }

    private static Map<String, List<HsEntry>> indexChildren(NavigableMap<String, HsEntry> entries) {
        Map<String, List<HsEntry>> index = new HashMap<>();
        for (HsEntry entry : entries.values()) {
            entry.code()
                    .parent()
                    .ifPresent(parent -> index.computeIfAbsent(parent.digits(), key -> new ArrayList<>())
                            .add(entry));
        }
        index.replaceAll((key, list) -> List.copyOf(list));
        return Map.copyOf(index);
    }

    /**
     * Finds a code however it is written ({@code 0901.11}, {@code 090111}, {@code 0901 11 30}). An
     * 8-digit code is looked up in Vietnam's tariff first, then China's.
     */
    public Optional<HsEntry> find(@Nullable String code) {
        Optional<HsCode> parsed = HsCode.parse(code);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        HsCode hs = parsed.get();
        return hs.level() == HsLevel.NATIONAL
                ? find(hs).or(() -> find(HsCode.national(hs.digits(), Country.CN)))
                : find(hs);
    }

    /** Finds a code; an 8-digit code in the tariff of the given country. */
    public Optional<HsEntry> find(@Nullable String code, Country country) {
        return HsCode.parse(code, country).flatMap(this::find);
    }

    public Optional<HsEntry> find(HsCode code) {
        Country country = code.country();
        NavigableMap<String, HsEntry> map = country == null ? international : national.get(country);
        return Optional.ofNullable(map.get(code.digits()));
    }

    /** The next level down: headings of a chapter, subheadings of a heading; none below a subheading. */
    public List<HsEntry> children(HsCode code) {
        return code.country() == null ? children.getOrDefault(code.digits(), List.of()) : List.of();
    }

    public List<HsEntry> chapters() {
        return international.values().stream()
                .filter(entry -> entry.level() == HsLevel.CHAPTER)
                .toList();
    }

    public List<HsSection> sections() {
        return sections;
    }

    /** The section a code's chapter belongs to. */
    public Optional<HsSection> section(HsCode code) {
        return sections.stream().filter(section -> section.contains(code)).findFirst();
    }

    public List<HsEntry> chapters(HsSection section) {
        return chapters().stream()
                .filter(chapter -> section.contains(chapter.code()))
                .toList();
    }

    /** The 8-digit lines of one country's tariff under a subheading, in code order. */
    public List<HsEntry> nationalLines(HsCode subheading, Country country) {
        if (subheading.level() != HsLevel.SUBHEADING) {
            return List.of();
        }
        String from = subheading.digits();
        return List.copyOf(
                national.get(country).subMap(from, true, from + "99", true).values());
    }

    /** The known ancestors of a code, chapter first, without the code itself. */
    public List<HsEntry> path(HsCode code) {
        List<HsEntry> path = new ArrayList<>();
        Optional<HsCode> parent = code.parent();
        while (parent.isPresent()) {
            find(parent.get()).ifPresent(entry -> path.addFirst(entry));
            parent = parent.get().parent();
        }
        return List.copyOf(path);
    }

    /**
     * Codes starting with the given digits (separators ignored), international levels first, then
     * national lines of both countries when more than six digits are given; at most {@code limit}.
     */
    public List<HsEntry> searchByPrefix(String prefix, int limit) {
        String digits = NOT_DIGIT.matcher(prefix).replaceAll("");
        if (digits.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<HsEntry> found = new ArrayList<>();
        addStartingWith(international, digits, found, limit);
        if (digits.length() > 6) {
            for (Country country : Country.values()) {
                addStartingWith(national.get(country), digits, found, limit);
            }
        }
        return List.copyOf(found);
    }

    private static void addStartingWith(
            NavigableMap<String, HsEntry> map, String digits, List<HsEntry> found, int limit) {
        for (HsEntry entry : map.subMap(digits, true, digits + "\uffff", false).values()) {
            if (found.size() >= limit) {
                return;
            }
            found.add(entry);
        }
    }

    /** How many lines of a level are loaded; national lines of both countries count together. */
    public int count(HsLevel level) {
        if (level == HsLevel.NATIONAL) {
            return national.values().stream().mapToInt(Map::size).sum();
        }
        return (int) international.values().stream()
                .filter(entry -> entry.level() == level)
                .count();
    }
}
