package org.ketnoi.meeting.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingRequest;
import org.ketnoi.meeting.MyMeetingRequests;
import org.springframework.stereotype.Component;

/** Requests as the pages and the API show them: company names and listing titles in the reader's language. */
@Component
class RequestRows {

    /** A listing a request is about; only published ones are shown. */
    record ListingRef(long id, String title) {}

    /** A request seen by one of its sides. */
    record Row(
            MeetingRequest request,
            ParticipationId side,
            String ownName,
            CompanyId otherCompany,
            String otherName,
            boolean received,
            List<MeetingRequest.Action> actions,
            List<ListingRef> listings,
            @Nullable String error) {

        Row withError(@Nullable String message) {
            return new Row(request, side, ownName, otherCompany, otherName, received, actions, listings, message);
        }
    }

    /** A request seen by an organiser. */
    record OrganiserRow(MeetingRequest request, String firstName, String secondName, List<ListingRef> listings) {}

    private final CompanyService companies;
    private final ListingService listings;

    RequestRows(CompanyService companies, ListingService listings) {
        this.companies = companies;
        this.listings = listings;
    }

    List<Row> rows(MyMeetingRequests mine, Language language) {
        Map<CompanyId, String> names = names(mine.requests(), language);
        return mine.requests().stream()
                .map(r -> {
                    ParticipationId side = mine.sideOf(r);
                    CompanyId other = r.companyOf(r.pair().other(side));
                    return new Row(
                            r,
                            side,
                            names.getOrDefault(r.companyOf(side), ""),
                            other,
                            names.getOrDefault(other, ""),
                            mine.received(r),
                            r.actionsFor(side),
                            listingRefs(r.listings(), language),
                            null);
                })
                .toList();
    }

    List<OrganiserRow> organiserRows(List<MeetingRequest> requests, Language language) {
        Map<CompanyId, String> names = names(requests, language);
        return requests.stream()
                .map(r -> new OrganiserRow(
                        r,
                        names.getOrDefault(r.firstCompany(), ""),
                        names.getOrDefault(r.secondCompany(), ""),
                        listingRefs(r.listings(), language)))
                .toList();
    }

    Map<CompanyId, String> names(Collection<MeetingRequest> requests, Language language) {
        Set<CompanyId> ids = new HashSet<>();
        requests.forEach(r -> {
            ids.add(r.firstCompany());
            ids.add(r.secondCompany());
        });
        return companyNames(ids, language);
    }

    Map<CompanyId, String> companyNames(Collection<CompanyId> ids, Language language) {
        return companies.findAll(ids).stream()
                .collect(Collectors.toMap(CompanySummary::id, c -> c.name().in(language), (a, b) -> a));
    }

    List<ListingRef> listingRefs(List<ListingId> ids, Language language) {
        return ids.stream()
                .map(listings::findPublished)
                .flatMap(java.util.Optional::stream)
                .map(l -> new ListingRef(l.id().value(), l.details().title().in(language)))
                .toList();
    }

    /** The published listings of the two companies, the choices for a new request. */
    List<ListingRef> choices(CompanyId own, CompanyId other, Language language) {
        return java.util.stream.Stream.of(own, other)
                .flatMap(company -> listings.ofCompany(company, null).stream())
                .filter(Listing::isPublished)
                .map(l -> new ListingRef(l.id().value(), l.details().title().in(language)))
                .toList();
    }
}
