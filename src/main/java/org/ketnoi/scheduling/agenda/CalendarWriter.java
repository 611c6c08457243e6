package org.ketnoi.scheduling.agenda;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes RFC 5545 content lines: CRLF line ends, TEXT values escaped (backslash, semicolon, comma,
 * newline) and lines folded so that none is longer than 75 octets, never inside a UTF-8 sequence.
 */
final class CalendarWriter {

    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is written as it is (dates, numbers, URIs, enumerated values). */
    CalendarWriter raw(String name, String value) {
        return line(name + ":" + value.replaceAll("[\\r\\n]", ""));
    }

    /** A TEXT property, escaped. */
    CalendarWriter text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    CalendarWriter begin(String component) {
        return raw("BEGIN", component);
    }

    CalendarWriter end(String component) {
        return raw("END", component);
    }

    CalendarWriter utc(String name, Instant instant) {
        return raw(name, LOCAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z");
    }

    /** A DATE-TIME in the given zone, e.g. {@code DTSTART;TZID=Asia/Ho_Chi_Minh:20270310T094000}. */
    CalendarWriter local(String name, String tzid, LocalDateTime time) {
        return raw(name + ";TZID=" + tzid, LOCAL.format(time));
    }

    static String localTime(LocalDateTime time) {
        return LOCAL.format(time);
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Folds a content line: continuation lines start with a space, which counts towards their 75 octets. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }

    private CalendarWriter line(String line) {
        out.append(fold(line));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
