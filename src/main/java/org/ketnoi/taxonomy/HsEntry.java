package org.ketnoi.taxonomy;

import org.ketnoi.i18n.LocalizedText;

/**
 * One line of the nomenclature: a chapter, heading, subheading or national tariff line with its names.
 * For the international levels the names come from the aligned tables (vi from Vietnam's tariff, zh
 * from China's 8-digit lines, en from UN Comtrade); a national line has the names its own tariff gives
 * (Vietnam: vi and en; China: zh and en).
 */
public record HsEntry(HsCode code, LocalizedText name) {

    public HsLevel level() {
        return code.level();
    }
}
