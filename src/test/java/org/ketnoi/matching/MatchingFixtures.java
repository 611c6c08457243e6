package org.ketnoi.matching;

import java.util.List;
import java.util.Set;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyContacts;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.EmployeeBand;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;
import org.springframework.stereotype.Component;

/** An open event with a Vietnamese coffee seller, a Chinese coffee buyer and others, uniquely named. */
@Component
public class MatchingFixtures {

    private final ParticipationFixtures events;
    private final CompanyFixtures users;
    private final CompanyService companies;
    private final ListingService listings;
    private final ParticipationService participation;

    MatchingFixtures(
            ParticipationFixtures events,
            CompanyFixtures users,
            CompanyService companies,
            ListingService listings,
            ParticipationService participation) {
        this.events = events;
        this.users = users;
        this.companies = companies;
        this.listings = listings;
        this.participation = participation;
    }

    public record Party(CompanyId company, AccountUser owner, ParticipationId participation, String name) {}

    public ParticipationFixtures.OpenEvent event() {
        return events.openEvent(true);
    }

    /** A company of the country, registered and (when {@code approve}) approved, with published listings. */
    public Party party(
            ParticipationFixtures.OpenEvent event,
            String country,
            ParticipantRole role,
            Set<Language> languages,
            boolean approve,
            ListingDetails... offered) {
        AccountUser owner = users.user(Role.COMPANY);
        String name = org.ketnoi.event.EventFixtures.unique(country);
        CompanyId company = companies.create(details(name, country, languages), owner);
        for (ListingDetails details : offered) {
            ListingId id = listings.create(company, details, owner);
            listings.publish(id, owner);
        }
        ParticipationId id = participation.register(
                event.id(), new Registration(company, role, event.point(1), Attendance.IN_PERSON, languages), owner);
        if (approve) {
            participation.approve(event.id(), id, event.organiser().user());
        }
        return new Party(company, owner, id, name);
    }

    static CompanyDetails details(String name, String country, Set<Language> languages) {
        return new CompanyDetails(
                new LocalizedText(name + " vi", name + " 中文", name + " en"),
                LocalizedText.empty(),
                country,
                null,
                null,
                null,
                null,
                EmployeeBand.UP_TO_200,
                null,
                List.of(),
                country.equals("VN") ? List.of(Certification.VIETGAP) : List.of(),
                List.of(country.equals("VN") ? "CN" : "VN"),
                languages,
                null,
                CompanyContacts.none());
    }

    public static ListingDetails listing(
            ListingKind kind, String code, LocalizedText title, Certification... certifications) {
        ListingDetails minimal = ListingDetails.minimal(kind, title, List.of(code));
        return new ListingDetails(
                kind,
                minimal.hsCodes(),
                title,
                LocalizedText.empty(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(certifications),
                List.of(),
                null,
                null);
    }
}
