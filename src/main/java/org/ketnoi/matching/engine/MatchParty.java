package org.ketnoi.matching.engine;

import java.util.List;
import java.util.Set;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Certification;

/**
 * One approved participant of an event with what matching needs of its company.
 *
 * @param id the participation id
 * @param country ISO alpha-2
 * @param languages spoken at the event: the registration's and the company's
 * @param sizeBand the employees band's ordinal (0 smallest), or -1 when unknown
 * @param exportMarkets countries the company sells to or buys from (ISO alpha-2)
 * @param connectionPoint the id of the connection point it registered at (0 when unknown)
 * @param online whether it joins online rather than in person
 */
public record MatchParty(
        long id,
        long company,
        String country,
        ParticipantRole role,
        Set<Language> languages,
        Set<String> sectors,
        Set<Certification> certifications,
        Set<String> exportMarkets,
        int sizeBand,
        List<MatchListing> listings,
        long connectionPoint,
        boolean online) {

    /** A party whose place does not matter (no interpreters to place): in person at no known point. */
    public MatchParty(
            long id,
            long company,
            String country,
            ParticipantRole role,
            Set<Language> languages,
            Set<String> sectors,
            Set<Certification> certifications,
            Set<String> exportMarkets,
            int sizeBand,
            List<MatchListing> listings) {
        this(
                id,
                company,
                country,
                role,
                languages,
                sectors,
                certifications,
                exportMarkets,
                sizeBand,
                listings,
                0,
                false);
    }

    public MatchParty {
        languages = Set.copyOf(languages);
        sectors = Set.copyOf(sectors);
        certifications = Set.copyOf(certifications);
        exportMarkets = Set.copyOf(exportMarkets);
        listings = List.copyOf(listings);
    }
}
