package org.ketnoi.matching.engine;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.taxonomy.Certification;

/**
 * What the scorer asks of a party again and again, computed once per snapshot.
 *
 * @param held certifications the company holds: its profile's and those its offers state
 * @param targets countries it aims at: its export markets and its listings' target countries
 */
record PartyFacts(MatchParty party, Set<Certification> held, Set<String> targets) {

    static PartyFacts of(MatchParty party) {
        Set<Certification> held = EnumSet.noneOf(Certification.class);
        held.addAll(party.certifications());
        Set<String> targets = new HashSet<>(party.exportMarkets());
        for (MatchListing listing : party.listings()) {
            if (listing.kind() == ListingKind.OFFER) {
                held.addAll(listing.certifications());
            }
            targets.addAll(listing.targetCountries());
        }
        return new PartyFacts(party, Set.copyOf(held), Set.copyOf(targets));
    }
}
