package org.ketnoi.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The three message files must say the same things: same keys, no blanks, same placeholders. */
class MessagesTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+|[a-z]+)}");

    @Test
    void messageFiles_haveTheSameKeys() throws IOException {
        Set<String> vi = load("vi").keySet();
        assertThat(load("zh").keySet()).as("zh keys").containsExactlyInAnyOrderElementsOf(vi);
        assertThat(load("en").keySet()).as("en keys").containsExactlyInAnyOrderElementsOf(vi);
    }

    @Test
    void messageFiles_haveNoBlankValues() throws IOException {
        for (String language : new String[] {"vi", "zh", "en"}) {
            Map<String, String> messages = load(language);
            assertThat(messages.entrySet().stream()
                            .filter(e -> e.getValue().isBlank())
                            .map(Map.Entry::getKey))
                    .as("blank values in messages_" + language)
                    .isEmpty();
        }
    }

    @Test
    void messageFiles_useTheSamePlaceholders() throws IOException {
        Map<String, String> vi = load("vi");
        for (String language : new String[] {"zh", "en"}) {
            Map<String, String> other = load(language);
            for (String key : vi.keySet()) {
                assertThat(placeholders(other.getOrDefault(key, "")))
                        .as(key + " in messages_" + language)
                        .isEqualTo(placeholders(vi.get(key)));
            }
        }
    }

    @Test
    void vietnameseMessages_areWrittenInVietnamese() throws IOException {
        // A cheap guard against an English or Chinese text pasted into the Vietnamese file.
        assertThat(load("vi").get("nav.signin")).isEqualTo("Đăng nhập");
        assertThat(load("zh").get("nav.signin")).isEqualTo("登录");
        assertThat(load("en").get("nav.signin")).isEqualTo("Sign in");
    }

    static Map<String, String> load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("messages/messages_" + language + ".properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
