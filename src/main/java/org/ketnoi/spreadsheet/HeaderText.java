package org.ketnoi.spreadsheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The comparison form of a header or a coded value: lower case, no diacritics, letters and digits only. */
final class HeaderText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private HeaderText() {}

    static String key(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll("");
    }
}
