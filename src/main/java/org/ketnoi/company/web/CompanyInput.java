package org.ketnoi.company.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.company.EmployeeBand;
import org.ketnoi.company.RevenueBand;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.taxonomy.Certification;

/** Turns the codes forms and JSON send into typed values, naming the field of a bad one. */
final class CompanyInput {

    private CompanyInput() {}

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static @Nullable String upper(@Nullable String text) {
        String clean = blankToNull(text);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

    static List<String> codes(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .map(CompanyInput::blankToNull)
                        .filter(v -> v != null)
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    /** "CN, US  JP" → [CN, US, JP]. */
    static List<String> countries(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+"))
                .filter(code -> !code.isBlank())
                .map(code -> code.toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    static List<Certification> certifications(@Nullable List<String> codes) {
        List<Certification> result = new ArrayList<>();
        for (String code : codes(codes)) {
            result.add(Certification.fromCode(code)
                    .orElseThrow(() ->
                            new InvalidInputException("certifications", "company.error.certification-unknown", code)));
        }
        return result;
    }

    static Set<Language> languages(@Nullable List<String> tags) {
        Set<Language> result = EnumSet.noneOf(Language.class);
        for (String tag : codes(tags)) {
            result.add(Language.fromTag(tag)
                    .orElseThrow(() -> new InvalidInputException("languages", "company.error.language-unknown", tag)));
        }
        return result;
    }

    static @Nullable EmployeeBand employees(@Nullable String code) {
        String clean = blankToNull(code);
        try {
            return clean == null ? null : EmployeeBand.valueOf(clean);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("employees", "company.error.band-unknown");
        }
    }

    static @Nullable RevenueBand revenue(@Nullable String code) {
        String clean = blankToNull(code);
        try {
            return clean == null ? null : RevenueBand.valueOf(clean);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("revenue", "company.error.band-unknown");
        }
    }
}
