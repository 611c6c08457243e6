package org.ketnoi.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.taxonomy.Certification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ListingServiceTest {

    @Autowired
    ListingService listings;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationEvents events;

    @Test
    void create_storesNormalisedCodesAndCountriesAndAudits() {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        String title = CatalogFixtures.unique("Cà phê");

        ListingId id = fixtures.draft(seller, title);

        Listing listing = listings.get(id, seller.user());
        assertThat(listing.status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(listing.company()).isEqualTo(seller.company());
        assertThat(listing.details().hsCodes()).containsExactly("090111");
        assertThat(listing.details().targetCountries()).containsExactly("CN", "SG");
        assertThat(listing.details().certifications())
                .containsExactly(Certification.VIETGAP, Certification.RAINFOREST_ALLIANCE);
        assertThat(listing.details().priceMin()).isEqualByComparingTo(new BigDecimal("4350"));
        assertThat(listing.details().incotermPlace()).isEqualTo("Hải Phòng");
        AuditEntry entry = audit.byActor(seller.user().id().value(), 1).getFirst();
        assertThat(entry.code()).isEqualTo("catalog.listing.created");
        assertThat(entry.data()).contains("\"listingId\":" + id.value()).contains(title);
    }

    @Test
    void create_unknownHsCode_isATranslatedFieldErrorAndStoresNothing() {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        ListingDetails details = ListingDetails.minimal(
                ListingKind.OFFER, LocalizedText.of(Language.VI, "Sầu riêng"), List.of("0810.60", "9999.99"));

        assertThatThrownBy(() -> listings.create(seller.company(), details, seller.user()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("hsCodes");
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.forLanguageTag("vi-VN")))
                            .isEqualTo("9999.99 không phải là nhóm, phân nhóm HS hoặc dòng thuế 8 số.");
                });
        assertThat(listings.ofMyCompanies(seller.user())).isEmpty();
    }

    @Test
    void create_chapterOnly_isRefused() {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        ListingDetails details =
                ListingDetails.minimal(ListingKind.OFFER, LocalizedText.of(Language.VI, "Cà phê"), List.of("09"));

        assertThatThrownBy(() -> listings.create(seller.company(), details, seller.user()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.error.hs-unknown"));
    }

    @Test
    void create_acceptsHeadingsAndNationalLines() {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        ListingDetails details = ListingDetails.minimal(
                ListingKind.NEED, LocalizedText.of(Language.VI, "Hồ tiêu"), List.of("0904", "0904.11.10", " "));

        ListingId id = listings.create(seller.company(), details, seller.user());

        assertThat(listings.get(id, seller.user()).details().hsCodes()).containsExactly("0904", "09041110");
    }

    @Test
    void create_byAnotherCompanysMember_isForbidden() {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        CatalogFixtures.Member other = fixtures.member("other", Language.ZH);

        assertThatThrownBy(
                        () -> listings.create(seller.company(), CatalogFixtures.robustaOffer("Giả mạo"), other.user()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(listings.ofMyCompanies(seller.user())).isEmpty();
    }

    @Test
    void publishWithdrawRepublish_changeStatusAuditAndPublishEvents() {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        ListingId id = fixtures.draft(seller, CatalogFixtures.unique("Cà phê"));

        listings.publish(id, seller.user());
        listings.update(id, CatalogFixtures.robustaOffer("Cà phê mới"), seller.user());
        listings.withdraw(id, seller.user());
        assertThat(listings.get(id, seller.user()).status()).isEqualTo(ListingStatus.WITHDRAWN);
        listings.publish(id, seller.user());

        assertThat(listings.get(id, null).status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(events.stream(ListingPublished.class))
                .containsExactly(
                        new ListingPublished(id, seller.company()), new ListingPublished(id, seller.company()));
        assertThat(events.stream(ListingUpdated.class)).containsExactly(new ListingUpdated(id, seller.company()));
        assertThat(events.stream(ListingWithdrawn.class)).containsExactly(new ListingWithdrawn(id, seller.company()));
        assertThat(audit.byActor(seller.user().id().value(), 10).stream()
                        .map(AuditEntry::code)
                        .filter(code -> code.startsWith("catalog."))
                        .toList())
                .containsExactly(
                        "catalog.listing.published",
                        "catalog.listing.withdrawn",
                        "catalog.listing.updated",
                        "catalog.listing.published",
                        "catalog.listing.created");
    }

    @Test
    void publish_incompleteDraft_isAConflictAndStaysDraft() {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        ListingId id = listings.create(
                seller.company(),
                ListingDetails.minimal(ListingKind.OFFER, LocalizedText.of(Language.VI, "Chưa có mã"), List.of()),
                seller.user());

        assertThatThrownBy(() -> listings.publish(id, seller.user()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("catalog.error.hs-required");
        assertThat(listings.get(id, seller.user()).status()).isEqualTo(ListingStatus.DRAFT);
    }

    @Test
    void get_draft_isHiddenFromAnotherCompanysMemberAndAnonymous() {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        CatalogFixtures.Member other = fixtures.member("other", Language.ZH);
        ListingId draft = fixtures.draft(seller, CatalogFixtures.unique("Bí mật"));

        assertThatThrownBy(() -> listings.get(draft, other.user())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> listings.get(draft, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> listings.publish(draft, other.user())).isInstanceOf(NotFoundException.class);
        assertThat(listings.ofCompany(seller.company(), other.user())).isEmpty();
        assertThat(listings.ofCompany(seller.company(), null)).isEmpty();
    }

    @Test
    void ofCompany_showsPublishedToEveryoneAndDraftsToMembers() {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        CatalogFixtures.Member other = fixtures.member("other", Language.ZH);
        ListingId draft = fixtures.draft(seller, CatalogFixtures.unique("Nháp"));
        ListingId published = fixtures.published(seller, CatalogFixtures.unique("Đăng"));
        fixtures.published(other, CatalogFixtures.unique("Khác"));

        assertThat(listings.ofCompany(seller.company(), other.user()))
                .extracting(Listing::id)
                .containsExactly(published);
        assertThat(listings.ofCompany(seller.company(), seller.user()))
                .extracting(Listing::id)
                .containsExactly(published, draft);
        assertThat(listings.ofMyCompanies(seller.user()))
                .extracting(Listing::id)
                .containsExactly(published, draft);
    }

    @Test
    void withdraw_publishedByAnotherCompanysMember_isForbiddenAndUnchanged() {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        CatalogFixtures.Member other = fixtures.member("other", Language.ZH);
        ListingId id = fixtures.published(seller, CatalogFixtures.unique("Đăng"));

        assertThatThrownBy(() -> listings.withdraw(id, other.user())).isInstanceOf(ForbiddenException.class);
        assertThat(listings.get(id, null).status()).isEqualTo(ListingStatus.PUBLISHED);
    }
}
