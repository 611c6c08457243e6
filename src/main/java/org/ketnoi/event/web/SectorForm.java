package org.ketnoi.event.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.LocalizedText;

/**
 * The manage page's sector forms: a new custom sector (names and HS chapters) or new names for one of
 * the event's sectors ({@code code}). Lengths are checked by the service, with translated errors.
 */
record SectorForm(
        @Nullable String code,
        @Nullable String nameVi,
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable String chapters) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    static SectorForm empty() {
        return new SectorForm(null, null, null, null, null);
    }

    static SectorForm of(String code, @Nullable LocalizedText name) {
        LocalizedText text = name == null ? LocalizedText.empty() : name;
        return new SectorForm(code, text.vi(), text.zh(), text.en(), null);
    }

    LocalizedText name() {
        return new LocalizedText(nameVi, nameZh, nameEn);
    }

    /** "09 21", "09, 21" or "09;21". */
    List<String> chapterList() {
        if (chapters == null || chapters.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(chapters.strip()))
                .filter(c -> !c.isEmpty())
                .toList();
    }
}
