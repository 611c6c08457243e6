package org.ketnoi.taxonomy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.ketnoi.i18n.LocalizedText;

/**
 * Reads the bundled HS files (see docs/taxonomy.md for where each comes from). UN Comtrade's
 * pseudo-chapter 99 ("TOTAL") is skipped: it is a statistics artefact, not part of the HS.
 */
final class HsNomenclatureLoader {

    static final String BASE = "taxonomy/hs/";
    private static final String TOTAL = "TOTAL";

    private HsNomenclatureLoader() {}

    static HsNomenclature load() {
        List<HsSection> sections = sections();
        NavigableMap<String, HsEntry> international = new TreeMap<>();
        Map<String, String> sectionOfChapter = chapters(international);
        checkSections(sections, sectionOfChapter);
        for (CsvTable.Row row : rows("aligned/hs4_en_vi.csv")) {
            put(international, row.get("hs4"), row.get("vi"), "", row.get("en"));
        }
        for (CsvTable.Row row : rows("aligned/hs6_en_vi_zh.csv")) {
            put(international, row.get("hs6"), row.get("vi"), row.get("zh"), row.get("en"));
        }
        Map<Country, NavigableMap<String, HsEntry>> national = new EnumMap<>(Country.class);
        national.put(Country.VN, nationalLines(Country.VN, "vn-tariff/vn-tariff-lines.csv"));
        national.put(Country.CN, nationalLines(Country.CN, "cn-customs/cn-hs8-2023.csv"));
        return new HsNomenclature(sections, international, national);
    }

    /** Adds the chapters and answers the section the data gives each chapter. */
    private static Map<String, String> chapters(Map<String, HsEntry> international) {
        // No source we have gives Chinese chapter titles; chapters_zh.csv holds the Chinese tariff's.
        Map<String, String> chinese = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(BASE + "chapters_zh.csv").rows()) {
            chinese.put(row.get("chapter"), row.get("zh"));
        }
        Map<String, String> sectionOfChapter = new HashMap<>();
        for (CsvTable.Row row : rows("aligned/hs2_chapters_en_vi.csv")) {
            String chapter = row.get("chapter");
            put(international, chapter, row.get("vi"), chinese.getOrDefault(chapter, ""), row.get("en"));
            sectionOfChapter.put(chapter, row.get("section"));
        }
        return sectionOfChapter;
    }

    /** The rows of an aligned file without UN Comtrade's "TOTAL" pseudo-chapter. */
    private static List<CsvTable.Row> rows(String file) {
        return CsvTable.read(BASE + file).rows().stream()
                .filter(row -> !TOTAL.equals(row.get("section")))
                .toList();
    }

    private static void put(Map<String, HsEntry> entries, String digits, String vi, String zh, String en) {
        entries.put(digits, new HsEntry(HsCode.of(digits), new LocalizedText(vi, zh, en)));
    }

    private static NavigableMap<String, HsEntry> nationalLines(Country country, String file) {
        NavigableMap<String, HsEntry> lines = new TreeMap<>();
        for (CsvTable.Row row : CsvTable.read(BASE + file).rows()) {
            String digits = row.get("code");
            LocalizedText name = country == Country.VN
                    ? new LocalizedText(row.get("vi"), null, row.get("en"))
                    : new LocalizedText(null, row.get("zh"), row.get("en"));
            lines.put(digits, new HsEntry(HsCode.national(digits, country), name));
        }
        return lines;
    }

    private static List<HsSection> sections() {
        Map<String, String> english = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(BASE + "en-wco/sections.csv").rows()) {
            english.put(row.get("section"), row.get("name"));
        }
        List<HsSection> sections = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(BASE + "sections.csv").rows()) {
            String roman = row.get("roman");
            sections.add(new HsSection(
                    Integer.parseInt(row.get("number")),
                    roman,
                    HsCode.of(row.get("first_chapter")),
                    HsCode.of(row.get("last_chapter")),
                    new LocalizedText(row.get("vi"), row.get("zh"), capitalise(english.get(roman)))));
        }
        return sections;
    }

    // UN Comtrade writes section I in lower case ("live animals; ...").
    private static String capitalise(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Our own section ranges must agree with the section the data gives each chapter. */
    private static void checkSections(List<HsSection> sections, Map<String, String> sectionOfChapter) {
        sectionOfChapter.forEach((chapter, roman) -> {
            boolean agrees = sections.stream()
                    .anyMatch(section -> section.roman().equals(roman) && section.contains(HsCode.of(chapter)));
            if (!agrees) {
                throw new IllegalStateException("Chapter " + chapter + " is in section " + roman
                        + " in the data but not in taxonomy/hs/sections.csv");
            }
        });
    }
}
