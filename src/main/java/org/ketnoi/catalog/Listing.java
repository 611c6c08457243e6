package org.ketnoi.catalog;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnoi.company.CompanyId;
import org.ketnoi.shared.ConflictException;

/**
 * The listing aggregate. Drafts may be incomplete; a listing is published only when complete (a
 * title and an HS code; investment and technology listings also a description, because a title
 * alone does not tell a partner what is sought). Withdrawn listings may be published again, as a
 * seasonal offer comes back; edits of a published listing stay published and must stay complete.
 */
public final class Listing {

    private final long id;
    private final CompanyId company;
    private ListingDetails details;
    private ListingStatus status;

    Listing(long id, CompanyId company, ListingDetails details, ListingStatus status) {
        this.id = id;
        this.company = company;
        this.details = details;
        this.status = status;
    }

    static Listing draft(CompanyId company, ListingDetails details) {
        return new Listing(0, company, details, ListingStatus.DRAFT);
    }

    public ListingId id() {
        return new ListingId(id);
    }

    public CompanyId company() {
        return company;
    }

    public ListingDetails details() {
        return details;
    }

    public ListingKind kind() {
        return details.kind();
    }

    public ListingStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == ListingStatus.PUBLISHED;
    }

    /** Expired listings stay visible and are shown as expired; nothing deletes them. */
    public boolean isExpired(LocalDate today) {
        return details.validUntil() != null && today.isAfter(details.validUntil());
    }

    /** The first thing missing before the listing can be published, as a message key. */
    public Optional<String> missingForPublication() {
        if (details.title().isEmpty()) {
            return Optional.of("catalog.error.title-required");
        }
        if (details.hsCodes().isEmpty()) {
            return Optional.of("catalog.error.hs-required");
        }
        if (!details.kind().isGoods() && details.description().isEmpty()) {
            return Optional.of("catalog.error.description-required");
        }
        return Optional.empty();
    }

    /** Replaces the details; an event for search only when the listing is public. */
    Optional<ListingUpdated> update(ListingDetails changed) {
        ListingDetails before = details;
        this.details = changed;
        if (status != ListingStatus.PUBLISHED) {
            return Optional.empty();
        }
        Optional<String> missing = missingForPublication();
        if (missing.isPresent()) {
            this.details = before;
            throw new ConflictException(missing.get());
        }
        return Optional.of(new ListingUpdated(id(), company));
    }

    /**
     * Publishes a draft or a withdrawn listing.
     *
     * @throws ConflictException when already published or not complete
     */
    ListingPublished publish() {
        if (status == ListingStatus.PUBLISHED) {
            throw new ConflictException("catalog.error.transition", status.name(), ListingStatus.PUBLISHED.name());
        }
        missingForPublication().ifPresent(key -> {
            throw new ConflictException(key);
        });
        this.status = ListingStatus.PUBLISHED;
        return new ListingPublished(id(), company);
    }

    /** @throws ConflictException unless published */
    ListingWithdrawn withdraw() {
        if (status != ListingStatus.PUBLISHED) {
            throw new ConflictException("catalog.error.transition", status.name(), ListingStatus.WITHDRAWN.name());
        }
        this.status = ListingStatus.WITHDRAWN;
        return new ListingWithdrawn(id(), company);
    }
}
