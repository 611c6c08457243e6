package org.ketnoi.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, strict RFC 5545 reader for tests: it fails on a bare LF or CR, on physical lines over 75
 * octets or not valid UTF-8 on their own (a fold inside a character), on unbalanced BEGIN/END, on bad
 * property names and on TEXT values with unescaped commas or semicolons or unknown escapes.
 */
final class StrictCalendarParser {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final Set<String> TEXT = Set.of("SUMMARY", "DESCRIPTION", "LOCATION", "X-WR-CALNAME");

    record Property(String name, Map<String, String> parameters, String value) {}

    record Component(String name, List<Property> properties, List<Component> children) {

        List<Property> all(String property) {
            return properties.stream().filter(p -> p.name().equals(property)).toList();
        }

        Property one(String property) {
            List<Property> found = all(property);
            assertThat(found).as(name + " has exactly one " + property).hasSize(1);
            return found.getFirst();
        }

        String value(String property) {
            return one(property).value();
        }

        Optional<String> optional(String property) {
            return all(property).stream().findFirst().map(Property::value);
        }

        List<Component> children(String component) {
            return children.stream().filter(c -> c.name().equals(component)).toList();
        }
    }

    private StrictCalendarParser() {}

    static Component parse(byte[] bytes) {
        List<byte[]> physical = physicalLines(bytes);
        List<String> logical = unfold(physical);
        Deque<Component> open = new ArrayDeque<>();
        Component root = null;
        for (String line : logical) {
            Property property = property(line);
            if (property.name().equals("BEGIN")) {
                open.push(new Component(property.value(), new ArrayList<>(), new ArrayList<>()));
            } else if (property.name().equals("END")) {
                assertThat(open).as("END without BEGIN: " + line).isNotEmpty();
                Component done = open.pop();
                assertThat(done.name()).as("END matches BEGIN").isEqualTo(property.value());
                if (open.isEmpty()) {
                    assertThat(root).as("one top-level component").isNull();
                    root = done;
                } else {
                    open.peek().children().add(done);
                }
            } else {
                assertThat(open).as("property outside a component: " + line).isNotEmpty();
                open.peek().properties().add(property);
            }
        }
        assertThat(open).as("every BEGIN ended").isEmpty();
        assertThat(root).isNotNull();
        assertThat(root.name()).isEqualTo("VCALENDAR");
        return root;
    }

    private static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(i > start && bytes[i - 1] == '\r')
                        .as("LF at " + i + " follows CR")
                        .isTrue();
                byte[] line = java.util.Arrays.copyOfRange(bytes, start, i - 1);
                assertThat(line.length).as("line octets").isLessThanOrEqualTo(75);
                decode(line);
                for (byte b : line) {
                    assertThat(b).as("bare CR").isNotEqualTo((byte) '\r');
                }
                lines.add(line);
                start = i + 1;
            }
        }
        assertThat(start).as("content ends with CRLF").isEqualTo(bytes.length);
        return lines;
    }

    private static List<String> unfold(List<byte[]> physical) {
        List<String> logical = new ArrayList<>();
        ByteArrayOutputStream current = null;
        for (byte[] line : physical) {
            if (line.length > 0 && (line[0] == ' ' || line[0] == '\t')) {
                assertThat(current).as("continuation without a line").isNotNull();
                current.write(line, 1, line.length - 1);
            } else {
                if (current != null) {
                    logical.add(decode(current.toByteArray()));
                }
                current = new ByteArrayOutputStream();
                current.writeBytes(line);
            }
        }
        if (current != null) {
            logical.add(decode(current.toByteArray()));
        }
        return logical;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("not valid UTF-8 on its own: a fold split a character", e);
        }
    }

    private static Property property(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != ';' && line.charAt(i) != ':') {
            i++;
        }
        String name = line.substring(0, i);
        assertThat(NAME.matcher(name).matches()).as("property name in " + line).isTrue();
        Map<String, String> parameters = new LinkedHashMap<>();
        while (i < line.length() && line.charAt(i) == ';') {
            int equals = line.indexOf('=', i);
            String key = line.substring(i + 1, equals);
            assertThat(NAME.matcher(key).matches())
                    .as("parameter name in " + line)
                    .isTrue();
            int end = equals + 1;
            if (line.charAt(end) == '"') {
                end = line.indexOf('"', end + 1) + 1;
            } else {
                while (end < line.length() && line.charAt(end) != ';' && line.charAt(end) != ':') {
                    end++;
                }
            }
            parameters.put(key, line.substring(equals + 1, end));
            i = end;
        }
        assertThat(i < line.length() && line.charAt(i) == ':')
                .as("colon in " + line)
                .isTrue();
        String value = line.substring(i + 1);
        return new Property(name, parameters, TEXT.contains(name) ? unescape(value) : value);
    }

    static String unescape(String value) {
        StringBuilder text = new StringBuilder();
        Matcher unescaped = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*[;,]").matcher(value);
        assertThat(unescaped.find()).as("unescaped ; or , in TEXT " + value).isFalse();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            assertThat(i + 1).as("dangling backslash").isLessThan(value.length());
            char next = value.charAt(++i);
            switch (next) {
                case '\\', ';', ',' -> text.append(next);
                case 'n', 'N' -> text.append('\n');
                default -> throw new AssertionError("unknown escape \\" + next + " in " + value);
            }
        }
        return text.toString();
    }
}
