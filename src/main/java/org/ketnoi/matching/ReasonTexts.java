package org.ketnoi.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ketnoi.catalog.Listing;
import org.ketnoi.i18n.Language;
import org.ketnoi.matching.engine.MatchLevel;
import org.ketnoi.matching.engine.Reason;
import org.ketnoi.taxonomy.Certification;
import org.ketnoi.taxonomy.HsCode;
import org.ketnoi.taxonomy.HsNomenclature;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's reason codes into sentences in the reader's language: HS names from the
 * nomenclature, listing titles with the usual language fallback, certification, sector and language
 * names from the message files, country names from the JDK's locale data.
 */
@Component
class ReasonTexts {

    /** Vietnamese subheading names are whole tariff paths; the last two parts say enough. */
    private static final int NAME_PARTS = 2;

    private final MessageSource messages;
    private final HsNomenclature hs;

    ReasonTexts(MessageSource messages, HsNomenclature hs) {
        this.messages = messages;
        this.hs = hs;
    }

    /** @param sectorNames the event's names of its sectors (renamed defaults), by code */
    List<ReasonText> render(
            List<Reason> reasons, Map<Long, Listing> listings, Language reader, Map<String, String> sectorNames) {
        return reasons.stream()
                .map(reason -> new ReasonText(
                        reason.code().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        text(reason, listings, reader, sectorNames)))
                .toList();
    }

    private String text(Reason reason, Map<Long, Listing> listings, Language reader, Map<String, String> sectorNames) {
        List<String> args = reason.args();
        Object[] values = switch (reason.code()) {
            case THEY_BUY_YOU_SELL, THEY_SELL_YOU_BUY, INVESTMENT, TECHNOLOGY ->
                new Object[] {
                    hsLabel(args.get(0), reader),
                    title(listings, args.get(1), reader),
                    title(listings, args.get(2), reader),
                    levelNote(MatchLevel.valueOf(args.get(3)), Boolean.parseBoolean(args.get(4)), reader)
                };
            case THEY_REQUIRE_YOU_HAVE, THEY_REQUIRE_YOU_LACK, YOU_REQUIRE_THEY_HAVE, YOU_REQUIRE_THEY_LACK ->
                new Object[] {message(Certification.valueOf(args.getFirst()).nameKey(), reader)};
            case YOUR_TARGET_MARKET, THEY_TARGET_YOUR_MARKET -> new Object[] {country(args.getFirst(), reader)};
            case COMMON_SECTOR ->
                new Object[] {
                    sectorNames.getOrDefault(args.getFirst(), message("taxonomy.sector." + args.getFirst(), reader))
                };
            case COMMON_LANGUAGE -> new Object[] {message("reco.language." + args.getFirst(), reader)};
            case INTERPRETER_NEEDED, INTERPRETER_AVAILABLE ->
                new Object[] {
                    message("reco.language." + args.get(0), reader), message("reco.language." + args.get(1), reader)
                };
            case SIMILAR_SIZE -> new Object[0];
        };
        return messages.getMessage(reason.code().key(), values, reader.locale());
    }

    private String message(String key, Language reader) {
        return messages.getMessage(key, null, key, reader.locale());
    }

    private String hsLabel(String digits, Language reader) {
        return HsCode.parse(digits)
                .map(code -> code.display() + " "
                        + hs.find(code)
                                .map(entry -> shortName(entry.name().in(reader)))
                                .orElse(""))
                .orElse(digits)
                .strip();
    }

    private static String shortName(String name) {
        String[] parts = name.split(" > ");
        List<String> kept =
                new ArrayList<>(List.of(parts).subList(Math.max(0, parts.length - NAME_PARTS), parts.length));
        return String.join(", ", kept);
    }

    private static String title(Map<Long, Listing> listings, String id, Language reader) {
        Listing listing = listings.get(Long.parseLong(id));
        return listing == null ? "" : listing.details().title().in(reader);
    }

    private String levelNote(MatchLevel level, boolean textAgrees, Language reader) {
        String note = level == MatchLevel.SUBHEADING
                ? ""
                : messages.getMessage(
                        "reco.level." + level.name().toLowerCase(Locale.ROOT).replace('_', '-'), null, reader.locale());
        if (textAgrees) {
            note += messages.getMessage("reco.level.text-agrees", null, reader.locale());
        }
        return note;
    }

    private static String country(String code, Language reader) {
        String name = Locale.of("", code).getDisplayCountry(reader.locale());
        return name.isBlank() ? code : name;
    }
}
