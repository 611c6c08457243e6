package org.ketnoi.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ketnoi.i18n.LocalizedText;

/**
 * Reads the bundled province files. Names the data lacks stay empty (no invented translations): the
 * reader then sees the fallback language of {@link LocalizedText}.
 */
final class GeographyLoader {

    private static final String BASE = "taxonomy/geo/";

    private GeographyLoader() {}

    static Geography load() {
        Map<Country, List<Province>> provinces = new EnumMap<>(Country.class);
        Map<String, Province> vietnam = new HashMap<>();
        Map<String, Province> vietnamAliases = new HashMap<>();
        for (CsvTable.Row row :
                CsvTable.read(BASE + "vn-provinces-2025/vn_provinces_34.csv").rows()) {
            Province province = new Province(
                    Country.VN,
                    row.get("code"),
                    new LocalizedText(row.get("name_vi"), row.get("name_zh"), row.get("name_en")),
                    new LocalizedText(row.get("full_name_vi"), row.get("full_name_zh"), row.get("full_name_en")));
            vietnam.put(province.code(), province);
            // ISO's name of the pre-2025 unit, e.g. "Thừa Thiên-Huế" for today's Huế.
            vietnamAliases.put(row.get("iso_legacy_name"), province);
        }
        provinces.put(Country.VN, sorted(vietnam.values()));
        provinces.put(Country.CN, china());
        Map<Country, Map<String, Province>> aliases = new EnumMap<>(Country.class);
        vietnamAliases.putAll(oldVietnameseProvinces(vietnam));
        aliases.put(Country.VN, vietnamAliases);
        aliases.put(Country.CN, chineseRomanisations(provinces.get(Country.CN)));
        return new Geography(provinces, aliases);
    }

    /** Old code, short name, full name and English name of each pre-2025 province → its new province. */
    private static Map<String, Province> oldVietnameseProvinces(Map<String, Province> current) {
        Map<String, Province> aliases = new HashMap<>();
        for (CsvTable.Row row :
                CsvTable.read(BASE + "vn-provinces-2025/vn_old63_to_new34.csv").rows()) {
            Province target = current.get(row.get("new_code"));
            if (target == null) {
                throw new IllegalStateException(
                        "Old province " + row.get("old_code") + " maps to unknown " + row.get("new_code"));
            }
            for (String alias : List.of(
                    row.get("old_code"), row.get("old_name_vi"), row.get("old_full_name_vi"), row.get("old_name_en"))) {
                aliases.put(alias, target);
            }
        }
        return aliases;
    }

    private static List<Province> china() {
        List<Province> provinces = new ArrayList<>();
        for (CsvTable.Row row :
                CsvTable.read(BASE + "cn-provinces/cn_provinces.csv").rows()) {
            provinces.add(new Province(
                    Country.CN,
                    row.get("gb_t_2260"),
                    new LocalizedText(row.get("name_vi"), row.get("name_zh"), row.get("name_en")),
                    new LocalizedText(null, row.get("full_name_zh"), null)));
        }
        return sorted(provinces);
    }

    /** ISO 3166-2 codes and pinyin spellings, as Chinese addresses are often written in Latin letters. */
    private static Map<String, Province> chineseRomanisations(List<Province> china) {
        Map<String, Province> aliases = new HashMap<>();
        for (CsvTable.Row row :
                CsvTable.read(BASE + "cn-provinces/cn_provinces.csv").rows()) {
            china.stream()
                    .filter(province -> province.code().equals(row.get("gb_t_2260")))
                    .findFirst()
                    .ifPresent(province -> {
                        aliases.put(row.get("iso_3166_2"), province);
                        aliases.put(row.get("pinyin"), province);
                        aliases.put(row.get("iso_name_pinyin"), province);
                    });
        }
        return aliases;
    }

    private static List<Province> sorted(Iterable<Province> provinces) {
        List<Province> list = new ArrayList<>();
        provinces.forEach(list::add);
        list.sort(Comparator.comparing(Province::code));
        return list;
    }
}
