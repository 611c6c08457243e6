package org.ketnoi.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.company.CompanyId;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.shared.ConflictException;

class ListingTest {

    private static final CompanyId COMPANY = new CompanyId(7);

    private static Listing stored(ListingDetails details, ListingStatus status) {
        return new Listing(42, COMPANY, details, status);
    }

    private static ListingDetails complete(ListingKind kind) {
        return ListingDetails.minimal(kind, LocalizedText.of(Language.VI, "Cà phê Robusta"), List.of("090111"));
    }

    @Test
    void publish_completeDraft_becomesPublishedWithEvent() {
        Listing listing = stored(complete(ListingKind.OFFER), ListingStatus.DRAFT);

        ListingPublished event = listing.publish();

        assertThat(listing.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(event).isEqualTo(new ListingPublished(new ListingId(42), COMPANY));
    }

    @Test
    void publish_withoutTitle_isRefusedAndStaysDraft() {
        Listing listing = stored(
                ListingDetails.minimal(ListingKind.NEED, LocalizedText.empty(), List.of("090111")),
                ListingStatus.DRAFT);

        assertThatThrownBy(listing::publish)
                .isInstanceOf(ConflictException.class)
                .hasMessage("catalog.error.title-required");
        assertThat(listing.status()).isEqualTo(ListingStatus.DRAFT);
    }

    @Test
    void publish_withoutHsCode_isRefused() {
        Listing listing = stored(
                ListingDetails.minimal(ListingKind.OFFER, LocalizedText.of(Language.EN, "Coffee"), List.of()),
                ListingStatus.DRAFT);

        assertThatThrownBy(listing::publish).hasMessage("catalog.error.hs-required");
    }

    @Test
    void publish_investmentWithoutDescription_isRefused() {
        Listing listing = stored(complete(ListingKind.INVESTMENT), ListingStatus.DRAFT);

        assertThatThrownBy(listing::publish).hasMessage("catalog.error.description-required");
    }

    @Test
    void publish_alreadyPublished_isAConflict() {
        Listing listing = stored(complete(ListingKind.OFFER), ListingStatus.PUBLISHED);

        assertThatThrownBy(listing::publish).hasMessage("catalog.error.transition");
    }

    @Test
    void withdraw_published_becomesWithdrawnAndMayBePublishedAgain() {
        Listing listing = stored(complete(ListingKind.OFFER), ListingStatus.PUBLISHED);

        assertThat(listing.withdraw()).isEqualTo(new ListingWithdrawn(new ListingId(42), COMPANY));
        assertThat(listing.status()).isEqualTo(ListingStatus.WITHDRAWN);
        listing.publish();
        assertThat(listing.status()).isEqualTo(ListingStatus.PUBLISHED);
    }

    @Test
    void withdraw_draft_isAConflict() {
        Listing listing = stored(complete(ListingKind.OFFER), ListingStatus.DRAFT);

        assertThatThrownBy(listing::withdraw).isInstanceOf(ConflictException.class);
        assertThat(listing.status()).isEqualTo(ListingStatus.DRAFT);
    }

    @Test
    void update_published_staysPublishedAndAnnouncesTheUpdate() {
        Listing listing = stored(complete(ListingKind.OFFER), ListingStatus.PUBLISHED);
        ListingDetails changed =
                ListingDetails.minimal(ListingKind.OFFER, LocalizedText.of(Language.ZH, "罗布斯塔咖啡"), List.of("090111"));

        assertThat(listing.update(changed)).contains(new ListingUpdated(new ListingId(42), COMPANY));
        assertThat(listing.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.details().title().in(Language.ZH)).isEqualTo("罗布斯塔咖啡");
    }

    @Test
    void update_publishedToIncomplete_isRefusedAndKeepsTheOldDetails() {
        Listing listing = stored(complete(ListingKind.OFFER), ListingStatus.PUBLISHED);

        assertThatThrownBy(() -> listing.update(
                        ListingDetails.minimal(ListingKind.OFFER, LocalizedText.of(Language.VI, "X"), List.of())))
                .hasMessage("catalog.error.hs-required");
        assertThat(listing.details().hsCodes()).containsExactly("090111");
    }

    @Test
    void update_draft_announcesNothing() {
        Listing listing = stored(complete(ListingKind.OFFER), ListingStatus.DRAFT);

        assertThat(listing.update(complete(ListingKind.NEED))).isEmpty();
        assertThat(listing.kind()).isEqualTo(ListingKind.NEED);
    }

    @Test
    void isExpired_afterValidUntil() {
        ListingDetails d = complete(ListingKind.OFFER);
        ListingDetails until = new ListingDetails(
                d.kind(),
                d.hsCodes(),
                d.title(),
                d.description(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                LocalDate.of(2026, 3, 31));
        Listing listing = stored(until, ListingStatus.PUBLISHED);

        assertThat(listing.isExpired(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(listing.isExpired(LocalDate.of(2026, 4, 1))).isTrue();
    }
}
