package org.ketnoi.search;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Certification;
import org.ketnoi.taxonomy.Country;
import org.ketnoi.taxonomy.Geography;
import org.ketnoi.taxonomy.HsNomenclature;
import org.springframework.context.MessageSource;

/** Names of facet values and HS codes in the reader's language, from the messages and the taxonomy. */
final class SearchLabels {

    /** Facet values are codes from bounded lists, but a bound keeps odd indexes from growing the cache. */
    private static final int MAX_LABELS = 20_000;

    private final MessageSource messages;
    private final Geography geography;
    private final HsNomenclature hs;

    SearchLabels(MessageSource messages, Geography geography, HsNomenclature hs) {
        this.messages = messages;
        this.geography = geography;
        this.hs = hs;
    }

    /** Labels only depend on the message files and the reference data, which do not change while running. */
    private final Map<String, String> labels = new ConcurrentHashMap<>();

    String label(Facet facet, String value, Language reader) {
        String key = facet.ordinal() + ":" + reader.code() + ":" + value;
        String known = labels.get(key);
        if (known != null) {
            return known;
        }
        String label = lookUp(facet, value, reader);
        if (labels.size() < MAX_LABELS) {
            labels.put(key, label);
        }
        return label;
    }

    private String lookUp(Facet facet, String value, Language reader) {
        return switch (facet) {
            case KIND ->
                message("COMPANY".equals(value) ? "search.kind.company" : "catalog.kind." + value, value, reader);
            case COUNTRY, MARKET -> country(value, reader);
            case PROVINCE -> province(value, reader);
            case SECTOR -> message("taxonomy.sector." + value, value, reader);
            case CHAPTER -> value + " " + hsName(value, reader);
            case CERTIFICATION ->
                Certification.fromCode(value)
                        .map(certification -> message(certification.nameKey(), value, reader))
                        .orElse(value);
        };
    }

    /** The name of an HS code of any level, empty when unknown. */
    String hsName(String digits, Language reader) {
        return hs.find(digits).map(entry -> entry.name().in(reader)).orElse("");
    }

    String country(String code, Language reader) {
        Optional<Country> known = Country.fromCode(code);
        if (known.isPresent()) {
            return message(known.get().messageKey(), code, reader);
        }
        String name = Locale.of("", code).getDisplayCountry(reader.locale());
        return name.isBlank() ? code : name;
    }

    private String province(String value, Language reader) {
        int dash = value.indexOf('-');
        if (dash < 0) {
            return value;
        }
        return Country.fromCode(value.substring(0, dash))
                .flatMap(country -> geography.province(country, value.substring(dash + 1)))
                .map(province -> province.name().in(reader))
                .orElse(value);
    }

    private String message(String key, String fallback, Language reader) {
        return messages.getMessage(key, null, fallback, reader.locale());
    }
}
