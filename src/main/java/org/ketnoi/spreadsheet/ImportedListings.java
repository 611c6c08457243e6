package org.ketnoi.spreadsheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.catalog.ListingStatus;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * Stores the listings of an imported company: a listing of the same type with the same title (in one
 * language) is updated, otherwise one is created; both are published. A listing the file would not
 * change is left alone.
 */
@Component
class ImportedListings {

    private static final Map<String, ImportField> FIELDS = Map.of(
            "hsCodes", ImportField.HS_CODES,
            "title", ImportField.LISTING_TITLE_VI,
            "description", ImportField.LISTING_DESCRIPTION_VI,
            "quantity", ImportField.QUANTITY,
            "unit", ImportField.UNIT);

    private final ListingService listings;

    ImportedListings(ListingService listings) {
        this.listings = listings;
    }

    enum Change {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** Creates or updates (matched by kind and a title in any language) and publishes. */
    Change store(
            CompanyId company,
            CompanyLine.ListingLine line,
            ParticipantRole role,
            List<Listing> current,
            AccountUser actor) {
        ListingKind kind = line.kind() != null ? line.kind() : defaultKind(role);
        Optional<Listing> match = current.stream()
                .filter(l -> l.kind() == kind && sameTitle(l.details().title(), line.title()))
                .findFirst();
        ListingDetails base =
                match.map(Listing::details).orElse(ListingDetails.minimal(kind, LocalizedText.empty(), List.of()));
        ListingDetails details = new ListingDetails(
                kind,
                line.hsCodes(),
                ImportApplier.overlay(base.title(), line.title()),
                ImportApplier.overlay(base.description(), line.description()),
                line.quantity() != null ? line.quantity() : base.quantity(),
                line.unit() != null ? line.unit() : base.unit(),
                base.minimumOrder(),
                base.incoterm(),
                base.incotermPlace(),
                base.priceMin(),
                base.priceMax(),
                base.currency(),
                base.certifications(),
                base.targetCountries(),
                base.validFrom(),
                base.validUntil());
        if (match.isPresent()
                && match.get().status() == ListingStatus.PUBLISHED
                && unchanged(match.get().details(), details)) {
            return Change.UNCHANGED;
        }
        ImportApplier.guarded(line.row(), FIELDS, () -> {
            ListingId id;
            if (match.isPresent()) {
                id = match.get().id();
                listings.update(id, details, actor);
            } else {
                id = listings.create(company, details, actor);
            }
            if (match.isEmpty() || match.get().status() == ListingStatus.DRAFT) {
                listings.publish(id, actor);
            }
            return id;
        });
        return match.isEmpty() ? Change.CREATED : Change.UPDATED;
    }

    /** Whether storing the file's values would change nothing (HS codes compared as digits). */
    private static boolean unchanged(ListingDetails stored, ListingDetails imported) {
        List<String> digits = imported.hsCodes().stream()
                .map(code -> code.replaceAll("\\D", ""))
                .distinct()
                .toList();
        return stored.kind() == imported.kind()
                && stored.hsCodes().equals(digits)
                && stored.title().equals(imported.title())
                && stored.description().equals(imported.description())
                && sameNumber(stored.quantity(), imported.quantity())
                && stored.unit() == imported.unit();
    }

    private static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static ListingKind defaultKind(ParticipantRole role) {
        return switch (role) {
            case BUYER -> ListingKind.NEED;
            case INVESTOR -> ListingKind.INVESTMENT;
            default -> ListingKind.OFFER;
        };
    }

    private static boolean sameTitle(LocalizedText stored, LocalizedText imported) {
        return imported.asMap().entrySet().stream()
                .anyMatch(entry -> stored.exactly(entry.getKey())
                        .map(text -> HeaderText.key(text).equals(HeaderText.key(entry.getValue())))
                        .orElse(false));
    }
}
