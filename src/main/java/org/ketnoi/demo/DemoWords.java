package org.ketnoi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The word lists and product templates of the generated demo population, read from {@code
 * demo/names.properties} and {@code demo/products.properties}: data, kept out of the code so that
 * it can be read and corrected like text.
 */
final class DemoWords {

    private final Properties names;
    private final Properties products;

    private DemoWords(Properties names, Properties products) {
        this.names = names;
        this.products = products;
    }

    static DemoWords load() {
        return new DemoWords(read("demo/names.properties"), read("demo/products.properties"));
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = DemoWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A comma-separated list of the names file; empty when the key is missing. */
    List<String> list(String key) {
        return split(names.getProperty(key), ",");
    }

    String name(String key) {
        String value = names.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("Missing demo word " + key);
        }
        return value.strip();
    }

    DemoProduct product(String key) {
        return DemoProduct.of(key, field -> products.getProperty("product." + key + "." + field));
    }

    static List<String> split(@Nullable String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(java.util.regex.Pattern.quote(separator)))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
