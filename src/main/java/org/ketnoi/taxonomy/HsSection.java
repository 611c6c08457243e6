package org.ketnoi.taxonomy;

import org.ketnoi.i18n.LocalizedText;

/**
 * One of the 21 sections (I–XXI) that group the chapters. The ranges are fixed by the HS convention;
 * the data files carry only the section of each chapter, so the names in Vietnamese and Chinese are
 * kept in {@code taxonomy/hs/sections.csv}.
 */
public record HsSection(int number, String roman, HsCode firstChapter, HsCode lastChapter, LocalizedText name) {

    public boolean contains(HsCode chapter) {
        String digits = chapter.chapter().digits();
        return digits.compareTo(firstChapter.digits()) >= 0 && digits.compareTo(lastChapter.digits()) <= 0;
    }
}
