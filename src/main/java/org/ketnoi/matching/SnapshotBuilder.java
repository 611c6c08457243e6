package org.ketnoi.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyProfile;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.Interpreter;
import org.ketnoi.event.LanguagePair;
import org.ketnoi.event.Participation;
import org.ketnoi.i18n.Language;
import org.ketnoi.matching.engine.EventSnapshot;
import org.ketnoi.matching.engine.ExposureBalancer;
import org.ketnoi.matching.engine.InterpreterCover;
import org.ketnoi.matching.engine.MatchListing;
import org.ketnoi.matching.engine.MatchParty;
import org.ketnoi.taxonomy.HsCode;
import org.springframework.stereotype.Component;

/**
 * Reads an event's approved participants, their companies' public profiles and their published,
 * unexpired listings through the other modules' public services, and computes every participant's
 * recommendations from them. Only what anyone may read goes in: no drafts, no private contacts.
 */
@Component
class SnapshotBuilder {

    private final CompanyService companies;
    private final ListingService listings;
    private final ListingTextCodes textCodes;
    private final MatchingProperties properties;
    private final ExposureBalancer balancer = new ExposureBalancer();

    SnapshotBuilder(
            CompanyService companies,
            ListingService listings,
            ListingTextCodes textCodes,
            MatchingProperties properties) {
        this.companies = companies;
        this.listings = listings;
        this.textCodes = textCodes;
        this.properties = properties;
    }

    EventMatches build(
            List<Participation> approved, MatchSettings settings, Set<Long> history, List<Interpreter> interpreters) {
        LocalDate today = listings.today();
        Map<Long, Participation> participations = new HashMap<>();
        Map<Long, CompanyProfile> profiles = new HashMap<>();
        Map<Long, Listing> published = new HashMap<>();
        List<MatchParty> parties = new ArrayList<>();
        for (Participation participation : approved) {
            CompanyProfile profile = companies.profile(participation.company(), null);
            List<Listing> current = listings.ofCompany(participation.company(), null).stream()
                    .filter(Listing::isPublished)
                    .filter(listing -> !listing.isExpired(today))
                    .toList();
            participations.put(participation.id().value(), participation);
            profiles.put(profile.id().value(), profile);
            current.forEach(listing -> published.put(listing.id().value(), listing));
            parties.add(party(participation, profile.details(), current));
        }
        EventSnapshot snapshot = new EventSnapshot(parties, settings.rules(), history, cover(interpreters));
        ExposureBalancer.Result result =
                balancer.recommendAll(snapshot, properties.listSize(), properties.exposureCap());
        return new EventMatches(
                EventMatches.fingerprint(approved), snapshot, result, participations, profiles, published);
    }

    private MatchParty party(Participation participation, CompanyDetails company, List<Listing> current) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        languages.addAll(participation.languages());
        languages.addAll(company.languages());
        return new MatchParty(
                participation.id().value(),
                participation.company().value(),
                company.country(),
                participation.role(),
                languages,
                Set.copyOf(company.sectors()),
                Set.copyOf(company.certifications()),
                upper(company.exportMarkets()),
                company.employees() == null ? -1 : company.employees().ordinal(),
                current.stream().map(this::listing).toList(),
                participation.connectionPoint(),
                participation.attendance() == Attendance.ONLINE);
    }

    /** Where the event's interpreters can help: at their connection point, or remotely. */
    static InterpreterCover cover(List<Interpreter> interpreters) {
        Map<Long, Set<LanguagePair>> atPoint = new HashMap<>();
        Set<LanguagePair> remote = new HashSet<>();
        for (Interpreter interpreter : interpreters) {
            if (interpreter.remote()) {
                remote.addAll(interpreter.pairs());
            } else {
                atPoint.computeIfAbsent(interpreter.connectionPoint(), point -> new HashSet<>())
                        .addAll(interpreter.pairs());
            }
        }
        return new InterpreterCover(atPoint, remote);
    }

    private static Set<String> upper(List<String> countries) {
        return countries.stream()
                .map(code -> code.toUpperCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
    }

    private MatchListing listing(Listing listing) {
        var details = listing.details();
        return new MatchListing(
                listing.id().value(),
                details.kind(),
                details.hsCodes().stream()
                        .map(code -> HsCode.parse(code).map(HsCode::digits).orElse(code))
                        .toList(),
                textCodes.of(details.title()),
                Set.copyOf(details.certifications()),
                upper(details.targetCountries()));
    }
}
