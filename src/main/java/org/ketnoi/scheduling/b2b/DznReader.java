package org.ketnoi.scheduling.b2b;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the benchmark's MiniZinc data files: {@code name = value;} assignments of integers, arrays of
 * integers, arrays of sets ({@code {1,4}}, {@code {2..5}}, {@code {}}) and the 2-D {@code requested}
 * array ({@code [| a, b, s | ... |]}). Redundant fields ({@code meetingsxBusiness},
 * {@code nMeetingsBusiness}) are ignored; {@code nMeetings} is checked against {@code requested}.
 */
public final class DznReader {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern SET = Pattern.compile("\\{([^}]*)}");

    private DznReader() {}

    public static B2bInstance read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static B2bInstance parse(String text) {
        Map<String, String> fields = fields(text);
        int participants = integer(fields, "nBusiness");
        int meetings = integer(fields, "nMeetings");
        int slots = integer(fields, "nTotalSlots");
        int morning = fields.containsKey("nMorningSlots") ? integer(fields, "nMorningSlots") : slots;
        List<Integer> flat = integers(required(fields, "requested"));
        if (flat.size() != 3 * meetings) {
            throw new IllegalArgumentException(
                    "requested holds " + flat.size() / 3 + " meetings, nMeetings says " + meetings);
        }
        List<int[]> requested = new ArrayList<>();
        for (int i = 0; i < flat.size(); i += 3) {
            requested.add(new int[] {flat.get(i), flat.get(i + 1), flat.get(i + 2)});
        }
        List<Set<Integer>> forbidden =
                fields.containsKey("forbidden") ? sets(fields.get("forbidden")) : emptySets(participants);
        List<Set<Integer>> precedences =
                fields.containsKey("precedences") ? sets(fields.get("precedences")) : emptySets(meetings);
        int[] fixed = fields.containsKey("fixed")
                ? integers(fields.get("fixed")).stream()
                        .mapToInt(Integer::intValue)
                        .toArray()
                : new int[meetings];
        check(forbidden.size() == participants, "forbidden needs one set per participant");
        check(precedences.size() == meetings, "precedences needs one set per meeting");
        check(fixed.length == meetings, "fixed needs one value per meeting");
        for (int[] r : requested) {
            check(r[0] >= 1 && r[0] <= participants && r[1] >= 1 && r[1] <= participants, "unknown participant");
            check(r[2] >= 1 && r[2] <= 3, "session must be 1, 2 or 3");
        }
        return new B2bInstance(
                participants, integer(fields, "nTables"), slots, morning, requested, forbidden, fixed, precedences);
    }

    private static Map<String, String> fields(String text) {
        String withoutComments = text.replaceAll("%[^\\n]*", "");
        Map<String, String> fields = new HashMap<>();
        for (String statement : withoutComments.split(";")) {
            int eq = statement.indexOf('=');
            if (eq > 0) {
                fields.put(
                        statement.substring(0, eq).strip(),
                        statement.substring(eq + 1).strip());
            }
        }
        return fields;
    }

    private static int integer(Map<String, String> fields, String name) {
        return Integer.parseInt(required(fields, name));
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    private static List<Integer> integers(String value) {
        List<Integer> result = new ArrayList<>();
        Matcher matcher = INTEGER.matcher(value);
        while (matcher.find()) {
            result.add(Integer.parseInt(matcher.group()));
        }
        return result;
    }

    private static List<Set<Integer>> sets(String value) {
        List<Set<Integer>> result = new ArrayList<>();
        Matcher matcher = SET.matcher(value);
        while (matcher.find()) {
            Set<Integer> set = new LinkedHashSet<>();
            for (String part : matcher.group(1).split(",")) {
                String item = part.strip();
                if (item.isEmpty()) {
                    continue;
                }
                int range = item.indexOf("..");
                if (range >= 0) {
                    int from = Integer.parseInt(item.substring(0, range).strip());
                    int to = Integer.parseInt(item.substring(range + 2).strip());
                    for (int i = from; i <= to; i++) {
                        set.add(i);
                    }
                } else {
                    set.add(Integer.parseInt(item));
                }
            }
            result.add(set);
        }
        return result;
    }

    private static List<Set<Integer>> emptySets(int count) {
        List<Set<Integer>> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(Set.of());
        }
        return result;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
