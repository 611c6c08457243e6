package org.ketnoi.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Templates hold no user-facing text of their own: every word comes from the message files through
 * th:text, th:placeholder and the like. Text nodes with letters and literal placeholder, title, alt,
 * aria-label or label attributes fail this test.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b.*?</\\1>", Pattern.DOTALL);
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]+)<");
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("\\s(placeholder|title|alt|aria-label|label)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void templates_holdNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                problems.addAll(literalTextIn(file));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void check_findsLiteralTextAndAttributes() {
        assertThat(literalText("<p>Xin chào</p>")).containsExactly("text: Xin chào");
        assertThat(literalText("<input placeholder=\"Email\">")).containsExactly("placeholder: Email");
        assertThat(literalText("<p th:text=\"#{a}\"></p><input th:placeholder=\"#{b}\"> · <!-- note -->"))
                .isEmpty();
        assertThat(literalText("<span>[[${x}]]</span>&nbsp;")).isEmpty();
    }

    private static List<String> literalTextIn(Path file) throws IOException {
        return literalText(Files.readString(file, StandardCharsets.UTF_8)).stream()
                .map(problem -> TEMPLATES.relativize(file) + ": " + problem)
                .toList();
    }

    static List<String> literalText(String html) {
        String stripped =
                SCRIPT_OR_STYLE.matcher(COMMENT.matcher(html).replaceAll("")).replaceAll("");
        List<String> problems = new ArrayList<>();
        Matcher text = TEXT_NODE.matcher(stripped);
        while (text.find()) {
            String content = ENTITY.matcher(
                            INLINE_EXPRESSION.matcher(text.group(1)).replaceAll(""))
                    .replaceAll("")
                    .strip();
            if (LETTER.matcher(content).find()) {
                problems.add("text: " + content);
            }
        }
        Matcher attribute = LITERAL_ATTRIBUTE.matcher(stripped);
        while (attribute.find()) {
            if (LETTER.matcher(attribute.group(2)).find() && !attribute.group(2).contains("${")) {
                problems.add(attribute.group(1) + ": " + attribute.group(2));
            }
        }
        return problems;
    }
}
