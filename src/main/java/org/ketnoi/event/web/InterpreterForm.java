package org.ketnoi.event.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.Interpreter;
import org.ketnoi.event.InterpreterDetails;
import org.ketnoi.event.LanguagePair;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.InvalidInputException;

/**
 * The interpreter form as typed: {@code connectionPoint} is a point id or empty for a remote
 * interpreter; {@code pairs} are written {@code VI-ZH}.
 */
record InterpreterForm(
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String connectionPoint,
        @Nullable List<String> pairs) {

    /** The pairs organisers choose among, in the order the form shows them. */
    static final List<LanguagePair> CHOICES = List.of(
            LanguagePair.of(Language.VI, Language.ZH),
            LanguagePair.of(Language.VI, Language.EN),
            LanguagePair.of(Language.ZH, Language.EN));

    static InterpreterForm empty() {
        return new InterpreterForm("", "", "", "", List.of());
    }

    static InterpreterForm of(Interpreter interpreter) {
        return new InterpreterForm(
                interpreter.name(),
                interpreter.email(),
                interpreter.phone(),
                interpreter.connectionPoint() == null
                        ? ""
                        : interpreter.connectionPoint().toString(),
                interpreter.pairs().stream().map(LanguagePair::toString).toList());
    }

    public boolean hasPair(LanguagePair pair) {
        return pairs != null && pairs.contains(pair.toString());
    }

    /** @throws InvalidInputException on {@code connectionPoint} or {@code pairs} when unreadable */
    InterpreterDetails details() {
        return new InterpreterDetails(name == null ? "" : name, email, phone, point(connectionPoint), pairs(pairs));
    }

    static @Nullable Long point(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("connectionPoint", "interpreter.error.point-invalid");
        }
    }

    static Set<LanguagePair> pairs(@Nullable List<String> texts) {
        Set<LanguagePair> pairs = new HashSet<>();
        if (texts != null) {
            for (String text : texts) {
                pairs.add(LanguagePair.parse(text)
                        .orElseThrow(() -> new InvalidInputException("pairs", "interpreter.error.pair-unknown", text)));
            }
        }
        return pairs;
    }
}
