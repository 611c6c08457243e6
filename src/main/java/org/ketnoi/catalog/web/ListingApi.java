package org.ketnoi.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyId;
import org.ketnoi.shared.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Listings", description = "Offers, needs, investment and technology listings of companies")
class ListingApi {

    private final ListingService listings;

    ListingApi(ListingService listings) {
        this.listings = listings;
    }

    @GetMapping("/listings/{id}")
    @Operation(summary = "One listing: published, or any status for the company's members (404 otherwise)")
    ListingJson.Response get(@PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user) {
        return json(listings.get(new ListingId(id), user));
    }

    @GetMapping("/companies/{companyId}/listings")
    @Operation(summary = "A company's published listings, plus drafts and withdrawn ones for its members")
    List<ListingJson.Response> ofCompany(
            @PathVariable long companyId, @AuthenticationPrincipal @Nullable AccountUser user) {
        return listings.ofCompany(new CompanyId(companyId), user).stream()
                .map(this::json)
                .toList();
    }

    @PostMapping("/companies/{companyId}/listings")
    @Operation(summary = "Create a draft listing for a company the caller represents")
    ResponseEntity<ListingJson.Response> create(
            @PathVariable long companyId,
            @Valid @RequestBody ListingJson.Request request,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = signedIn(user);
        ListingId id = listings.create(new CompanyId(companyId), request.details(), actor);
        return ResponseEntity.created(URI.create("/api/v1/listings/" + id.value()))
                .body(json(listings.get(id, actor)));
    }

    @PutMapping("/listings/{id}")
    @Operation(summary = "Replace a listing's details; a published listing stays published")
    ListingJson.Response update(
            @PathVariable long id,
            @Valid @RequestBody ListingJson.Request request,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = signedIn(user);
        listings.update(new ListingId(id), request.details(), actor);
        return json(listings.get(new ListingId(id), actor));
    }

    @PostMapping("/listings/{id}/publish")
    @Operation(summary = "Publish a draft or withdrawn listing (409 when incomplete or already published)")
    ListingJson.Response publish(@PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = signedIn(user);
        listings.publish(new ListingId(id), actor);
        return json(listings.get(new ListingId(id), actor));
    }

    @PostMapping("/listings/{id}/withdraw")
    @Operation(summary = "Withdraw a published listing (409 otherwise)")
    ListingJson.Response withdraw(@PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = signedIn(user);
        listings.withdraw(new ListingId(id), actor);
        return json(listings.get(new ListingId(id), actor));
    }

    private ListingJson.Response json(Listing listing) {
        return ListingJson.Response.of(listing, listings.today());
    }

    /** The security chain already answers 401 to anonymous writes; this keeps the types honest. */
    private static AccountUser signedIn(@Nullable AccountUser user) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        return user;
    }
}
