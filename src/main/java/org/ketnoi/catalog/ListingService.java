package org.ketnoi.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's public API. Reads are scoped: everyone sees published listings, only a company's
 * members see its drafts and withdrawn listings (others get {@link NotFoundException}, as if the
 * listing did not exist). Every change is validated, audited in the same transaction and published
 * as an event record.
 */
@Service
public class ListingService {

    private final ListingRepository listings;
    private final ListingValidation validation;
    private final CompanyService companies;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ListingService(
            ListingRepository listings,
            ListingValidation validation,
            CompanyService companies,
            AuditLog audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.listings = listings;
        this.validation = validation;
        this.companies = companies;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Creates a draft listing of the company.
     *
     * @throws NotFoundException when the company does not exist
     * @throws ForbiddenException unless the actor represents the company
     * @throws InvalidInputException on the first invalid field (e.g. {@code hsCodes} with an unknown code)
     */
    @Transactional
    public ListingId create(CompanyId company, ListingDetails details, AccountUser actor) {
        requireMember(company, actor);
        ListingDetails checked = validation.check(details);
        ListingId id = listings.save(Listing.draft(company, checked), clock.instant());
        record("catalog.listing.created", actor, id, company, checked);
        return id;
    }

    /**
     * Replaces the listing's details; a published listing stays published and must stay complete.
     *
     * @throws org.ketnoi.shared.ConflictException when an edit would leave a published listing incomplete
     */
    @Transactional
    public void update(ListingId id, ListingDetails details, AccountUser actor) {
        Listing listing = editable(id, actor);
        ListingDetails checked = validation.check(details);
        listing.update(checked).ifPresent(publisher::publishEvent);
        listings.save(listing, clock.instant());
        record("catalog.listing.updated", actor, id, listing.company(), checked);
    }

    /** @throws org.ketnoi.shared.ConflictException when already published or incomplete */
    @Transactional
    public void publish(ListingId id, AccountUser actor) {
        change(id, actor, "catalog.listing.published", Listing::publish);
    }

    /** @throws org.ketnoi.shared.ConflictException unless published */
    @Transactional
    public void withdraw(ListingId id, AccountUser actor) {
        change(id, actor, "catalog.listing.withdrawn", Listing::withdraw);
    }

    /** @throws NotFoundException when missing, or not published and the reader is not a member */
    @Transactional(readOnly = true)
    public Listing get(ListingId id, @Nullable AccountUser reader) {
        Listing listing = listings.find(id).orElseThrow(() -> new NotFoundException("catalog.error.not-found"));
        if (!listing.isPublished() && !actsFor(listing.company(), reader)) {
            throw new NotFoundException("catalog.error.not-found");
        }
        return listing;
    }

    /**
     * Whether the reader may edit, publish and withdraw the listing: the company's members, or the
     * organisers keeping a company no representative has claimed yet ({@link CompanyService#canActFor}).
     */
    @Transactional(readOnly = true)
    public boolean canEdit(Listing listing, @Nullable AccountUser reader) {
        return actsFor(listing.company(), reader);
    }

    /**
     * The company's published listings; for its members all of them, newest first.
     *
     * @throws NotFoundException when the company does not exist
     */
    @Transactional(readOnly = true)
    public List<Listing> ofCompany(CompanyId company, @Nullable AccountUser reader) {
        companies.find(company).orElseThrow(() -> new NotFoundException("catalog.error.company-not-found"));
        return listings.ofCompanies(List.of(company), !actsFor(company, reader));
    }

    /** All listings of the companies the user represents, whatever their status, newest first. */
    @Transactional(readOnly = true)
    public List<Listing> ofMyCompanies(AccountUser user) {
        List<CompanyId> mine = companies.companiesOf(user.id()).stream()
                .map(CompanySummary::id)
                .toList();
        return listings.ofCompanies(mine, false);
    }

    /** The listing if it is published, as an anonymous reader sees it; no exception for search's re-reads. */
    @Transactional(readOnly = true)
    public Optional<Listing> findPublished(ListingId id) {
        return listings.find(id).filter(Listing::isPublished);
    }

    /** Every published listing, oldest first: what a search index holds after a rebuild. */
    @Transactional(readOnly = true)
    public List<Listing> allPublished() {
        return listings.allPublished();
    }

    /** Today in the platform's clock, for showing listings as expired. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void change(ListingId id, AccountUser actor, String code, Function<Listing, Object> transition) {
        Listing listing = editable(id, actor);
        Object event = transition.apply(listing);
        listings.save(listing, clock.instant());
        record(code, actor, id, listing.company(), listing.details());
        publisher.publishEvent(event);
    }

    private Listing editable(ListingId id, AccountUser actor) {
        Listing listing = get(id, actor);
        if (!actsFor(listing.company(), actor)) {
            throw new ForbiddenException("catalog.error.members-only");
        }
        return listing;
    }

    private void requireMember(CompanyId company, AccountUser actor) {
        companies.find(company).orElseThrow(() -> new NotFoundException("catalog.error.company-not-found"));
        if (!companies.canActFor(company, actor)) {
            throw new ForbiddenException("catalog.error.members-only");
        }
    }

    private boolean actsFor(CompanyId company, @Nullable AccountUser reader) {
        return companies.canActFor(company, reader);
    }

    private void record(String code, AccountUser actor, ListingId id, CompanyId company, ListingDetails details) {
        audit.record(
                code,
                actor.id().value(),
                null,
                Map.of(
                        "listingId", id.value(),
                        "companyId", company.value(),
                        "kind", details.kind().name(),
                        "title", details.title().in(Language.VI),
                        "hsCodes", details.hsCodes()));
    }
}
