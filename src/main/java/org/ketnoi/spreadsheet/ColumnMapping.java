package org.ketnoi.spreadsheet;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.InvalidInputException;

/**
 * Which column holds which {@link ImportField}: each field in at most one column; columns left out are
 * ignored. {@link #guess} reads the headers in any of the three languages.
 */
public record ColumnMapping(Map<Integer, ImportField> columns) implements Serializable {

    public ColumnMapping {
        columns = Collections.unmodifiableMap(new TreeMap<>(columns));
    }

    /**
     * Checks that no field is mapped twice and that a company can be recognised.
     *
     * @throws InvalidInputException on {@code mapping}
     */
    public ColumnMapping validated() {
        Map<ImportField, Integer> seen = new EnumMap<>(ImportField.class);
        columns.forEach((column, field) -> {
            if (seen.put(field, column) != null) {
                throw new InvalidInputException("mapping", "import.error.mapping-duplicate", field.messageKey());
            }
        });
        boolean named = seen.containsKey(ImportField.NAME_VI)
                || seen.containsKey(ImportField.NAME_ZH)
                || seen.containsKey(ImportField.NAME_EN);
        if (!named) {
            throw new InvalidInputException("mapping", "import.error.mapping-name-required");
        }
        if (!seen.containsKey(ImportField.TAX_CODE) && !seen.containsKey(ImportField.CONTACT_EMAIL)) {
            throw new InvalidInputException("mapping", "import.error.mapping-key-required");
        }
        return this;
    }

    public OptionalInt columnOf(ImportField field) {
        return columns.entrySet().stream()
                .filter(entry -> entry.getValue() == field)
                .mapToInt(Map.Entry::getKey)
                .findFirst();
    }

    public Optional<ImportField> fieldOf(int column) {
        return Optional.ofNullable(columns.get(column));
    }

    /**
     * Guesses each column's field from its header: first exact matches with a label (in any language)
     * or a known alias, then headers that contain one (the longest wins). A field goes to the first
     * column that claims it.
     *
     * @param label the field's label in a language
     */
    public static ColumnMapping guess(List<String> headers, LabelSource label) {
        Map<String, ImportField> exact = new HashMap<>();
        for (ImportField field : ImportField.values()) {
            for (Language language : Language.values()) {
                exact.putIfAbsent(HeaderText.key(label.label(field, language)), field);
            }
            field.aliases().forEach(alias -> exact.putIfAbsent(HeaderText.key(alias), field));
        }
        Map<Integer, ImportField> found = new HashMap<>();
        Map<ImportField, Integer> taken = new EnumMap<>(ImportField.class);
        for (int column = 0; column < headers.size(); column++) {
            ImportField field = exact.get(HeaderText.key(headers.get(column)));
            if (field != null && !taken.containsKey(field)) {
                found.put(column, field);
                taken.put(field, column);
            }
        }
        for (int column = 0; column < headers.size(); column++) {
            if (found.containsKey(column)) {
                continue;
            }
            String header = HeaderText.key(headers.get(column));
            Optional<ImportField> field = containing(header, exact, taken::containsKey);
            if (field.isPresent()) {
                found.put(column, field.get());
                taken.put(field.get(), column);
            }
        }
        return new ColumnMapping(found);
    }

    private static Optional<ImportField> containing(
            String header, Map<String, ImportField> known, Function<ImportField, Boolean> taken) {
        String best = null;
        for (String alias : known.keySet()) {
            boolean longEnough =
                    alias.codePoints().anyMatch(c -> c > 0x2E80) ? alias.length() >= 2 : alias.length() >= 5;
            if (longEnough
                    && header.contains(alias)
                    && !taken.apply(known.get(alias))
                    && (best == null || alias.length() > best.length())) {
                best = alias;
            }
        }
        return Optional.ofNullable(best).map(known::get);
    }

    /** A field's label in one language (the message {@link ImportField#messageKey()}). */
    @FunctionalInterface
    public interface LabelSource {
        String label(ImportField field, Language language);
    }
}
