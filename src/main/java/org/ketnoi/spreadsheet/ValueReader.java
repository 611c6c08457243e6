package org.ketnoi.spreadsheet;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Country;
import org.ketnoi.taxonomy.Geography;
import org.ketnoi.taxonomy.Province;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads coded values the way people write them in a spreadsheet: countries as ISO codes or names in
 * any of the three languages, provinces by current or pre-2025 names ({@link Geography}), choices
 * (role, attendance, unit, listing kind) by their code or their label in any language, numbers with
 * either decimal separator.
 */
@Component
class ValueReader {

    private static final Pattern PARENTHESES = Pattern.compile("[(（].*$");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([.,]\\d{3})+");

    private final Geography geography;
    private final MessageSource messages;
    private final Map<String, String> countries = new HashMap<>();

    ValueReader(Geography geography, MessageSource messages) {
        this.geography = geography;
        this.messages = messages;
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            countries.put(HeaderText.key(code), code);
            countries.put(HeaderText.key(country.getISO3Country()), code);
            for (Language language : Language.values()) {
                countries.putIfAbsent(HeaderText.key(country.getDisplayCountry(language.locale())), code);
            }
        }
        countries.put(HeaderText.key("Trung Hoa"), "CN");
        countries.put(HeaderText.key("中华人民共和国"), "CN");
        countries.put(HeaderText.key("PRC"), "CN");
        countries.put(HeaderText.key("越南社会主义共和国"), "VN");
        countries.put(HeaderText.key("Vietnam"), "VN");
    }

    /** An ISO 3166-1 alpha-2 code for a code (alpha-2 or alpha-3) or a country name. */
    Optional<String> country(String text) {
        return Optional.ofNullable(countries.get(HeaderText.key(text)));
    }

    /** The current province code of a name or code (old Vietnamese names too), for VN and CN. */
    Optional<String> province(String country, String text) {
        return Country.fromCode(country)
                .flatMap(known -> geography.resolve(known, text))
                .map(Province::code);
    }

    /** The country a province name belongs to, for rows that give a province but no country. */
    Optional<String> countryOfProvince(String text) {
        for (Country country : Country.values()) {
            if (geography.resolve(country, text).isPresent()) {
                return Optional.of(country.name());
            }
        }
        return Optional.empty();
    }

    /**
     * A choice by its constant name, its label (message {@code prefix + NAME}, without any text in
     * parentheses) in any language, or one of the extra spellings.
     */
    <E extends Enum<E>> Optional<E> choice(Class<E> type, String prefix, String text, Map<String, E> extra) {
        String wanted = HeaderText.key(text);
        for (E constant : type.getEnumConstants()) {
            if (HeaderText.key(constant.name()).equals(wanted)) {
                return Optional.of(constant);
            }
            for (Language language : Language.values()) {
                String label = messages.getMessage(prefix + constant.name(), null, "", language.locale());
                if (!label.isEmpty()
                        && (HeaderText.key(label).equals(wanted)
                                || HeaderText.key(PARENTHESES.matcher(label).replaceAll(""))
                                        .equals(wanted))) {
                    return Optional.of(constant);
                }
            }
        }
        for (Map.Entry<String, E> spelling : extra.entrySet()) {
            if (HeaderText.key(spelling.getKey()).equals(wanted)) {
                return Optional.of(spelling.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * A decimal number: {@code 1200}, {@code 1200.5}, {@code 1,200.5}, {@code 1.200,5}. A lone
     * separator followed by exactly three digits groups thousands ({@code 1.200} and {@code 1,200} are
     * both 1200), as in Vietnamese and English writing.
     */
    static Optional<BigDecimal> number(String text) {
        String plain = text.replace(" ", "").replace(" ", "");
        if (plain.isEmpty() || plain.length() > 40) {
            return Optional.empty();
        }
        int dot = plain.lastIndexOf('.');
        int comma = plain.lastIndexOf(',');
        String normal;
        if (THOUSANDS.matcher(plain).matches() && (dot < 0 || comma < 0)) {
            normal = plain.replace(".", "").replace(",", "");
        } else if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            normal = plain.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else {
            normal = plain.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(normal));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static Optional<Integer> year(String text) {
        String plain = text.strip();
        if (!plain.matches("\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(plain));
    }

    /** HS codes separated by commas, semicolons, slashes or line breaks (spaces stay inside a code). */
    static List<String> codes(String text) {
        return List.of(text.split("[,;/\\n\\r|、，；]+")).stream()
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList();
    }
}
