package org.ketnoi.taxonomy;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The provinces of Vietnam (34, after the 2025 merger) and China, with a resolver that also reads the
 * 63 pre-2025 Vietnamese provinces, so addresses written before the merger still find their province
 * ({@code Đắk Nông} → {@code Lâm Đồng}).
 */
public final class Geography {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PREFIX =
            Pattern.compile("^(tinh|thanh pho|tp\\.?|province of|city of)\\s+|\\s+(province|city|municipality)$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<Country, List<Province>> provinces;
    private final Map<Country, Map<String, Province>> byCode;
    private final Map<Country, Map<String, Province>> byName;

    Geography(Map<Country, List<Province>> provinces, Map<Country, Map<String, Province>> aliases) {
        this.provinces = new EnumMap<>(Country.class);
        this.byCode = new EnumMap<>(Country.class);
        this.byName = new EnumMap<>(Country.class);
        provinces.forEach((country, list) -> {
            this.provinces.put(country, List.copyOf(list));
            Map<String, Province> codes = new HashMap<>();
            Map<String, Province> names = new HashMap<>();
            for (Province province : list) {
                codes.put(province.code(), province);
                province.name().asMap().values().forEach(name -> names.put(key(name), province));
                province.fullName().asMap().values().forEach(name -> names.put(key(name), province));
            }
            aliases.getOrDefault(country, Map.of()).forEach((alias, province) -> {
                if (alias.chars().allMatch(Character::isDigit)) {
                    codes.putIfAbsent(alias, province);
                } else {
                    names.putIfAbsent(key(alias), province);
                }
            });
            this.byCode.put(country, Map.copyOf(codes));
            this.byName.put(country, Map.copyOf(names));
        });
    }

    /** The country's provinces in the order of their codes. */
    public List<Province> provinces(Country country) {
        return provinces.getOrDefault(country, List.of());
    }

    /** The province with that current code. */
    public Optional<Province> province(Country country, String code) {
        String wanted = code.strip();
        return provinces(country).stream()
                .filter(province -> province.code().equals(wanted))
                .findFirst();
    }

    /**
     * Finds the current province for a code or a name in any of the data's languages, ignoring case,
     * Vietnamese diacritics, spacing and the prefixes "Tỉnh" / "Thành phố". For Vietnam, pre-2025 codes
     * and names resolve to the province that absorbed them. A current code wins over an old one.
     */
    public Optional<Province> resolve(Country country, @Nullable String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String text = nameOrCode.strip();
        Province byItsCode = byCode.get(country).get(text);
        if (byItsCode != null) {
            return Optional.of(byItsCode);
        }
        return Optional.ofNullable(byName.get(country).get(key(text)));
    }

    /** The comparison form of a name: no diacritics, no unit prefix, letters and digits only. */
    static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT)
                .strip();
        String unprefixed = PREFIX.matcher(plain).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(unprefixed).replaceAll("");
    }
}
