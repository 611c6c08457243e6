package org.ketnoi.spreadsheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyContacts;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.ConnectionPointMode;
import org.ketnoi.event.Event;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.shared.TranslatableException;
import org.ketnoi.spreadsheet.ImportReport.CompanyAction;
import org.ketnoi.spreadsheet.ImportReport.CompanyOutcome;
import org.ketnoi.spreadsheet.ImportReport.EnrolAction;
import org.springframework.stereotype.Component;

/**
 * Stores one company of an import through the other modules' services: finds it by tax code (else
 * contact e-mail), creates it (kept by organisers) or updates the values the file gives, enrols it in
 * the event, then creates or updates its listings (matched by kind and title) and publishes them.
 * Service failures become {@link RowFailure}s naming the row and column.
 */
@Component
class ImportApplier {

    private static final Map<String, ImportField> COMPANY_FIELDS = Map.of(
            "name", ImportField.NAME_VI,
            "country", ImportField.COUNTRY,
            "provinceCode", ImportField.PROVINCE,
            "website", ImportField.WEBSITE,
            "yearFounded", ImportField.YEAR_FOUNDED,
            "taxCode", ImportField.TAX_CODE,
            "contactEmail", ImportField.CONTACT_EMAIL,
            "contactPhone", ImportField.CONTACT_PHONE);
    private static final Map<String, ImportField> ENROL_FIELDS =
            Map.of("connectionPoint", ImportField.CONNECTION_POINT, "attendance", ImportField.ATTENDANCE);

    private final CompanyService companies;
    private final ListingService listings;
    private final ImportedListings imported;
    private final ParticipationService participation;
    private final ValueReader values;

    ImportApplier(
            CompanyService companies,
            ListingService listings,
            ImportedListings imported,
            ParticipationService participation,
            ValueReader values) {
        this.companies = companies;
        this.listings = listings;
        this.imported = imported;
        this.participation = participation;
        this.values = values;
    }

    CompanyOutcome apply(
            Event event, CompanyLine line, ImportOptions options, AccountUser actor, Set<CompanyId> registered) {
        Optional<CompanyId> existing = find(line);
        CompanyId id;
        CompanyAction action;
        if (existing.isEmpty()) {
            id = create(line, actor);
            action = CompanyAction.CREATED;
        } else {
            id = existing.get();
            action = null;
        }
        EnrolAction enrol = enrol(event, line, id, options, actor, registered);
        boolean ours = companies.canActFor(id, actor);
        if (action == null) {
            action = ours ? update(line, id, actor) : CompanyAction.KEPT;
        }
        int[] counts = {0, 0};
        if (!line.listings.isEmpty()) {
            if (!ours) {
                throw new RowFailure(line.listings.getFirst().row(), null, "import.error.listings-of-kept-company");
            }
            List<Listing> current = listings.ofCompany(id, actor);
            ParticipantRole role = line.role != null ? line.role : options.defaultRole();
            for (CompanyLine.ListingLine listing : line.listings) {
                switch (imported.store(id, listing, role, current, actor)) {
                    case CREATED -> counts[0]++;
                    case UPDATED -> counts[1]++;
                    case UNCHANGED -> {}
                }
            }
        }
        return new CompanyOutcome(line.row, line.key(), line.name, id.value(), action, enrol, counts[0], counts[1]);
    }

    private Optional<CompanyId> find(CompanyLine line) {
        if (line.taxCode != null) {
            return companies.findByTaxCode(line.taxCode);
        }
        List<CompanyId> byEmail = companies.findByContactEmail(line.email == null ? "" : line.email);
        if (byEmail.size() > 1) {
            throw new RowFailure(line.row, ImportField.CONTACT_EMAIL, "import.error.email-ambiguous", line.email);
        }
        return byEmail.stream().findFirst();
    }

    private CompanyId create(CompanyLine line, AccountUser actor) {
        if (line.country == null) {
            throw new RowFailure(line.row, ImportField.COUNTRY, "import.error.country-required");
        }
        CompanyDetails details = merge(line, empty(line.country));
        return guarded(line.row, COMPANY_FIELDS, () -> companies.createUnclaimed(details, actor));
    }

    private CompanyAction update(CompanyLine line, CompanyId id, AccountUser actor) {
        CompanyDetails stored = companies.profile(id, actor).details();
        CompanyDetails merged = merge(line, stored);
        if (merged.equals(stored)) {
            return CompanyAction.UNCHANGED;
        }
        guarded(line.row, COMPANY_FIELDS, () -> {
            companies.update(id, merged, actor);
            return id;
        });
        return CompanyAction.UPDATED;
    }

    /** The stored profile with every value the file gives; blank cells keep what is stored. */
    private CompanyDetails merge(CompanyLine line, CompanyDetails stored) {
        String country = line.country != null ? line.country : stored.country();
        String province = stored.provinceCode();
        if (line.provinceText != null) {
            province = values.province(country, line.provinceText)
                    .orElseThrow(() -> new RowFailure(
                            line.row, ImportField.PROVINCE, "import.error.province-unknown", line.provinceText));
        } else if (!country.equals(stored.country())) {
            province = null;
        }
        CompanyContacts contacts = stored.contacts();
        return new CompanyDetails(
                overlay(stored.name(), line.name),
                overlay(stored.description(), line.description),
                country,
                province,
                or(line.address, stored.address()),
                or(line.website, stored.website()),
                line.yearFounded != null ? line.yearFounded : stored.yearFounded(),
                stored.employees(),
                stored.revenue(),
                stored.sectors(),
                stored.certifications(),
                stored.exportMarkets(),
                stored.languages(),
                or(line.taxCode, stored.taxCode()),
                new CompanyContacts(
                        or(line.person, contacts.person()),
                        or(line.email, contacts.email()),
                        or(line.phone, contacts.phone())));
    }

    private EnrolAction enrol(
            Event event,
            CompanyLine line,
            CompanyId company,
            ImportOptions options,
            AccountUser actor,
            Set<CompanyId> registered) {
        if (registered.contains(company)) {
            return EnrolAction.ALREADY_REGISTERED;
        }
        ConnectionPoint point = point(event, line);
        Attendance attendance = line.attendance != null
                ? line.attendance
                : point.mode() == ConnectionPointMode.ONLINE_ONLY ? Attendance.ONLINE : Attendance.IN_PERSON;
        ParticipantRole role = line.role != null ? line.role : options.defaultRole();
        guarded(
                line.row,
                ENROL_FIELDS,
                () -> participation.enrol(
                        event.id(), new Registration(company, role, point.id(), attendance, Set.of()), actor));
        registered.add(company);
        return EnrolAction.ENROLLED;
    }

    private static ConnectionPoint point(Event event, CompanyLine line) {
        List<ConnectionPoint> points = event.connectionPoints();
        if (line.connectionPoint != null) {
            return points.stream()
                    .filter(p -> p.id() == line.connectionPoint)
                    .findFirst()
                    .orElseThrow();
        }
        return points.stream()
                .filter(p -> p.mode() == ConnectionPointMode.IN_PERSON)
                .findFirst()
                .orElse(points.getFirst());
    }

    static <T> T guarded(int row, Map<String, ImportField> fields, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (TranslatableException e) {
            throw new RowFailure(row, fields.get(fieldOf(e)), e.messageKey(), e.arguments());
        }
    }

    private static @Nullable String fieldOf(TranslatableException e) {
        return e instanceof org.ketnoi.shared.InvalidInputException invalid ? invalid.field() : null;
    }

    static LocalizedText overlay(LocalizedText stored, LocalizedText imported) {
        return new LocalizedText(
                or(imported.vi(), stored.vi()), or(imported.zh(), stored.zh()), or(imported.en(), stored.en()));
    }

    private static @Nullable String or(@Nullable String value, @Nullable String fallback) {
        return value != null ? value : fallback;
    }

    private static CompanyDetails empty(String country) {
        return new CompanyDetails(
                LocalizedText.empty(),
                LocalizedText.empty(),
                country,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                Set.of(),
                null,
                CompanyContacts.none());
    }
}
