package org.ketnoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.CatalogFixtures;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.search.SearchResults.SearchHit;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The event filter keeps to the event's approved participants and to readers of its directory. */
@IntegrationTest
class SearchEventFilterTests {

    @Autowired
    SearchService search;

    @Autowired
    ListingService listings;

    @Autowired
    CatalogFixtures catalog;

    @Autowired
    ParticipationFixtures participation;

    @Autowired
    org.ketnoi.event.EventSectorService sectors;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eventFilter_showsOnlyTheEventsApprovedParticipants() throws InterruptedException {
        String word = SearchServiceTests.word();
        ParticipationFixtures.OpenEvent event = participation.openEvent(true);
        CompanyFixtures.Owned inside =
                participation.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        CatalogFixtures.Member outside = catalog.member("outside", Language.VI);
        ListingId insideListing = publish(inside.id(), inside.owner(), word);
        ListingId outsideListing = publish(outside.company(), outside.user(), word);
        awaitIndexed(word, 2);

        signIn(inside.owner());
        SearchResults filtered = search.search(
                new SearchRequest(word, Language.VI, String.valueOf(event.id().value()), Map.of(), 1));

        assertThat(filtered.hits().stream().filter(SearchHit::isListing).map(SearchHit::id))
                .containsExactly(insideListing.value())
                .doesNotContain(outsideListing.value());
    }

    @Test
    void eventFilter_isRefusedToReadersOutsideTheEvent() {
        ParticipationFixtures.OpenEvent event = participation.openEvent(true);
        CatalogFixtures.Member stranger = catalog.member("stranger", Language.VI);
        SearchRequest request = new SearchRequest(
                "coffee", Language.EN, String.valueOf(event.id().value()), Map.of(), 1);

        assertThatThrownBy(() -> search.search(request)).isInstanceOf(ForbiddenException.class);
        signIn(stranger.user());
        assertThatThrownBy(() -> search.search(request)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void eventFilter_labelsSectorsWithTheEventsNames() throws InterruptedException {
        String word = SearchServiceTests.word();
        ParticipationFixtures.OpenEvent event = participation.openEvent(true);
        sectors.rename(
                event.id(),
                "coffee",
                new LocalizedText("Cà phê Tây Nguyên", null, null),
                event.organiser().user());
        CompanyFixtures.Owned inside =
                participation.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        publish(inside.id(), inside.owner(), word);
        awaitIndexed(word, 1);

        signIn(inside.owner());
        SearchResults within = search.search(
                new SearchRequest(word, Language.VI, String.valueOf(event.id().value()), Map.of(), 1));
        SearchResults everywhere = search.search(SearchRequest.of(word, Language.VI));

        assertThat(within.facets().get(Facet.SECTOR))
                .extracting(SearchResults.FacetValue::value, SearchResults.FacetValue::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("coffee", "Cà phê Tây Nguyên"));
        assertThat(everywhere.facets().get(Facet.SECTOR))
                .extracting(SearchResults.FacetValue::label)
                .containsExactly("Cà phê");
    }

    private ListingId publish(CompanyId company, AccountUser user, String word) {
        ListingId id = listings.create(
                company,
                ListingDetails.minimal(ListingKind.NEED, LocalizedText.of(Language.VI, word), List.of("0901.11")),
                user);
        listings.publish(id, user);
        return id;
    }

    private void awaitIndexed(String word, int count) throws InterruptedException {
        long deadline = System.nanoTime() + SearchServiceTests.INDEXED.toNanos();
        while (search.search(SearchRequest.of(word, Language.VI)).hits().size() < count
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static void signIn(AccountUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
