package org.ketnoi.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Certification;

/**
 * The mutual score of a pair and its reasons. Each side's gain weighs the complementary listings
 * (shared by both: a buyer's need met is also a seller's sale), then what that side asks of the other:
 * its required certifications held, its target market being the partner's country, a common sector,
 * a fitting size, a common language. The pair's score is the harmonic mean of the two gains, so a
 * pair only ranks high when both sides gain, as reciprocal recommenders do.
 */
final class PairScorer {

    static final double PRODUCT = 0.55;
    static final double CERTIFICATES = 0.15;
    static final double MARKET = 0.10;
    static final double SECTOR = 0.05;
    static final double SIZE = 0.05;
    static final double LANGUAGE = 0.10;
    /** The language part without a common language: with an interpreter at hand, and without. */
    static final double INTERPRETED = 0.8;

    static final double NO_LANGUAGE = 0.4;
    /** Further good listing matches (strength ≥ 0.5) add this much each to the product part, twice at most. */
    static final double MORE_PRODUCTS = 0.1;

    /** The pair's recommendation, with reasons only when {@code explain}; null when nothing links them. */
    @Nullable
    Recommendation score(
            InterpreterCover interpreters, PartyFacts readerFacts, PartyFacts partnerFacts, boolean explain) {
        MatchParty reader = readerFacts.party();
        MatchParty partner = partnerFacts.party();
        List<ProductMatch> matches = matches(reader, partner);
        Set<String> sectors = new TreeSet<>(reader.sectors());
        sectors.retainAll(partner.sectors());
        if (matches.isEmpty() && sectors.isEmpty()) {
            return null;
        }
        double product = product(matches);
        double language = language(interpreters, reader, partner);
        double readerGain = gain(readerFacts, partnerFacts, product, matches, true, !sectors.isEmpty(), language);
        double partnerGain = gain(partnerFacts, readerFacts, product, matches, false, !sectors.isEmpty(), language);
        double mutual = 2 * readerGain * partnerGain / (readerGain + partnerGain);
        double score = Math.round(mutual * 1000) / 10.0;
        return new Recommendation(
                partner.id(),
                partner.company(),
                score,
                readerGain,
                partnerGain,
                product,
                explain ? reasons(interpreters, readerFacts, partnerFacts, matches, sectors) : List.of());
    }

    /** Every complementary pair of listings, best first, one per partner listing. */
    private static List<ProductMatch> matches(MatchParty reader, MatchParty partner) {
        List<ProductMatch> found = new ArrayList<>();
        for (MatchListing theirs : partner.listings()) {
            ProductMatch best = null;
            for (MatchListing mine : reader.listings()) {
                ProductMatch match = ProductMatch.of(mine, theirs);
                if (match != null && (best == null || match.strength() > best.strength())) {
                    best = match;
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        found.sort(Comparator.comparingDouble(ProductMatch::strength).reversed());
        return found;
    }

    private static double product(List<ProductMatch> matches) {
        if (matches.isEmpty()) {
            return 0;
        }
        long more = matches.stream()
                .skip(1)
                .filter(m -> m.strength() >= 0.5)
                .limit(2)
                .count();
        return Math.min(1, matches.getFirst().strength() + MORE_PRODUCTS * more);
    }

    /** What {@code side} gains from {@code other}; {@code readerSide} tells which side of the matches it is. */
    private static double gain(
            PartyFacts side,
            PartyFacts other,
            double product,
            List<ProductMatch> matches,
            boolean readerSide,
            boolean commonSector,
            double language) {
        return PRODUCT * product
                + CERTIFICATES * certificates(required(matches, readerSide), other.held())
                + MARKET * market(side.targets(), other.party())
                + SECTOR * (commonSector ? 1 : 0)
                + SIZE * size(side.party(), other.party())
                + LANGUAGE * language;
    }

    /** Certifications the side's needs in the matches require. */
    private static Set<Certification> required(List<ProductMatch> matches, boolean readerSide) {
        Set<Certification> required = EnumSet.noneOf(Certification.class);
        for (ProductMatch match : matches) {
            MatchListing listing = readerSide ? match.mine() : match.theirs();
            if (listing.kind() == ListingKind.NEED) {
                required.addAll(listing.certifications());
            }
        }
        return required;
    }

    private static double certificates(Set<Certification> required, Set<Certification> held) {
        if (required.isEmpty()) {
            return 0.7;
        }
        long met = required.stream().filter(held::contains).count();
        return (double) met / required.size();
    }

    private static double market(Set<String> targets, MatchParty other) {
        if (targets.isEmpty()) {
            return 0.5;
        }
        return targets.contains(other.country()) ? 1 : 0;
    }

    private static double size(MatchParty side, MatchParty other) {
        if (side.sizeBand() < 0 || other.sizeBand() < 0) {
            return 0.5;
        }
        return Math.abs(side.sizeBand() - other.sizeBand()) <= 2 ? 1 : 0.3;
    }

    /** How well the two can talk: a common language, else an interpreter of the event, else neither. */
    private static double language(InterpreterCover interpreters, MatchParty a, MatchParty b) {
        if (common(a, b) != null) {
            return 1;
        }
        return interpreted(interpreters, a, b) != null ? INTERPRETED : NO_LANGUAGE;
    }

    /**
     * The languages an interpreter of the event could bridge for the two (the first's, the second's),
     * preferring each side's own language; null when none covers them where they would meet.
     */
    static Language @Nullable [] interpreted(InterpreterCover interpreters, MatchParty a, MatchParty b) {
        Language ownA = primary(a);
        Language ownB = primary(b);
        if (interpreters.covers(a, b, ownA, ownB)) {
            return new Language[] {ownA, ownB};
        }
        for (Language x : spoken(a)) {
            for (Language y : spoken(b)) {
                if (interpreters.covers(a, b, x, y)) {
                    return new Language[] {x, y};
                }
            }
        }
        return null;
    }

    private static Set<Language> spoken(MatchParty party) {
        Set<Language> spoken = EnumSet.noneOf(Language.class);
        spoken.addAll(party.languages());
        spoken.add(primary(party));
        return spoken;
    }

    /** A language both speak, preferring the first one's own. */
    static @Nullable Language common(MatchParty a, MatchParty b) {
        Language own = primary(a);
        if (b.languages().contains(own)) {
            return own;
        }
        for (Language language : Language.values()) {
            if (a.languages().contains(language) && b.languages().contains(language)) {
                return language;
            }
        }
        return null;
    }

    /** The party's own language: its country's if it speaks it, else the first it speaks. */
    static Language primary(MatchParty party) {
        Language national = switch (party.country().toUpperCase(Locale.ROOT)) {
            case "VN" -> Language.VI;
            case "CN", "TW", "HK", "SG" -> Language.ZH;
            default -> Language.EN;
        };
        if (party.languages().isEmpty() || party.languages().contains(national)) {
            return national;
        }
        return Language.values()[
                party.languages().stream().mapToInt(Enum::ordinal).min().orElse(0)];
    }

    private static List<Reason> reasons(
            InterpreterCover interpreters,
            PartyFacts readerFacts,
            PartyFacts partnerFacts,
            List<ProductMatch> matches,
            Set<String> sectors) {
        MatchParty reader = readerFacts.party();
        MatchParty partner = partnerFacts.party();
        List<Reason> reasons = new ArrayList<>();
        matches.stream().limit(2).forEach(match -> reasons.add(product(match)));
        Set<Certification> readerHolds = readerFacts.held();
        Set<Certification> partnerHolds = partnerFacts.held();
        for (Certification required : required(matches, false)) {
            reasons.add(Reason.of(
                    readerHolds.contains(required)
                            ? ReasonCode.THEY_REQUIRE_YOU_HAVE
                            : ReasonCode.THEY_REQUIRE_YOU_LACK,
                    required.name()));
        }
        for (Certification required : required(matches, true)) {
            reasons.add(Reason.of(
                    partnerHolds.contains(required)
                            ? ReasonCode.YOU_REQUIRE_THEY_HAVE
                            : ReasonCode.YOU_REQUIRE_THEY_LACK,
                    required.name()));
        }
        if (readerFacts.targets().contains(partner.country())) {
            reasons.add(Reason.of(ReasonCode.YOUR_TARGET_MARKET, partner.country()));
        }
        if (partnerFacts.targets().contains(reader.country())) {
            reasons.add(Reason.of(ReasonCode.THEY_TARGET_YOUR_MARKET, reader.country()));
        }
        Language common = common(reader, partner);
        if (common != null) {
            reasons.add(Reason.of(ReasonCode.COMMON_LANGUAGE, common.code()));
        } else if (interpreted(interpreters, reader, partner) instanceof Language[] bridged) {
            reasons.add(Reason.of(ReasonCode.INTERPRETER_AVAILABLE, bridged[0].code(), bridged[1].code()));
        } else {
            reasons.add(Reason.of(
                    ReasonCode.INTERPRETER_NEEDED,
                    primary(reader).code(),
                    primary(partner).code()));
        }
        if (!sectors.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.COMMON_SECTOR, sectors.iterator().next()));
        }
        if (reader.sizeBand() >= 0
                && partner.sizeBand() >= 0
                && Math.abs(reader.sizeBand() - partner.sizeBand()) <= 1) {
            reasons.add(Reason.of(ReasonCode.SIMILAR_SIZE));
        }
        return reasons;
    }

    private static Reason product(ProductMatch match) {
        ReasonCode code = switch (match.mine().kind()) {
            case OFFER -> ReasonCode.THEY_BUY_YOU_SELL;
            case NEED -> ReasonCode.THEY_SELL_YOU_BUY;
            case INVESTMENT -> ReasonCode.INVESTMENT;
            case TECHNOLOGY -> ReasonCode.TECHNOLOGY;
        };
        return Reason.of(
                code,
                match.partnerCode(),
                Long.toString(match.theirs().id()),
                Long.toString(match.mine().id()),
                match.level().name(),
                Boolean.toString(match.textAgrees()));
    }
}
