package org.ketnoi.spreadsheet;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.company.CompanyContacts;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyProfile;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Country;
import org.ketnoi.taxonomy.Geography;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's registrations as an .xlsx for its organisers: every status, with the companies' contacts
 * (organisers of an event may see them), headers and names in the reader's language, times in the
 * event's time zone. Each export is audited.
 */
@Service
public class ParticipantExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> HEADERS = List.of(
            "export.column.number",
            "export.column.company",
            "export.column.tax-code",
            "export.column.country",
            "export.column.province",
            "export.column.role",
            "export.column.connection-point",
            "export.column.attendance",
            "export.column.status",
            "export.column.contact-person",
            "export.column.contact-email",
            "export.column.contact-phone",
            "export.column.registered-at");

    /** The file and its name. */
    public record File(String name, byte[] bytes) {}

    private final EventService events;
    private final ParticipationService participation;
    private final CompanyService companies;
    private final Geography geography;
    private final MessageSource messages;
    private final AuditLog audit;

    ParticipantExport(
            EventService events,
            ParticipationService participation,
            CompanyService companies,
            Geography geography,
            MessageSource messages,
            AuditLog audit) {
        this.events = events;
        this.participation = participation;
        this.companies = companies;
        this.geography = geography;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * @throws org.ketnoi.event.EventNotFoundException for events the reader cannot see
     * @throws org.ketnoi.shared.ForbiddenException unless the reader organises the event
     */
    @Transactional
    public File participants(EventId id, AccountUser reader, Language language) {
        Event event = events.get(id, reader);
        List<Participation> registrations = participation.forOrganisers(id, null, null, reader);
        Map<Long, ConnectionPoint> points =
                event.connectionPoints().stream().collect(Collectors.toMap(ConnectionPoint::id, Function.identity()));
        Locale locale = language.locale();
        List<List<String>> rows = new ArrayList<>();
        for (Participation p : registrations) {
            CompanyProfile profile = companies.profile(p.company(), reader);
            CompanyDetails details = profile.details();
            CompanyContacts contacts = Objects.requireNonNullElse(profile.contacts(), CompanyContacts.none());
            ConnectionPoint point = points.get(p.connectionPoint());
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    details.name().in(language),
                    text(details.taxCode()),
                    Locale.of("", details.country()).getDisplayCountry(locale),
                    province(details, language),
                    messages.getMessage("participant.role." + p.role().name(), null, locale),
                    point == null ? "" : point.name().in(language),
                    messages.getMessage(
                            "participant.attendance." + p.attendance().name(), null, locale),
                    messages.getMessage("participant.status." + p.status().name(), null, locale),
                    text(contacts.person()),
                    text(contacts.email()),
                    text(contacts.phone()),
                    TIME.format(p.registeredAt().atZone(event.zone()))));
        }
        List<String> headers = HEADERS.stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
        String sheet = messages.getMessage("export.sheet.participants", null, locale);
        byte[] bytes = Workbooks.write(sheet, headers, rows);
        audit.record(
                "export.participants.exported",
                reader.id().value(),
                id.value(),
                Map.of("rows", rows.size(), "language", language.code()));
        return new File(
                messages.getMessage("export.file-name", new Object[] {String.valueOf(id.value())}, locale), bytes);
    }

    private String province(CompanyDetails details, Language language) {
        String code = details.provinceCode();
        if (code == null) {
            return "";
        }
        return Country.fromCode(details.country())
                .flatMap(country -> geography.province(country, code))
                .map(province -> province.name().in(language))
                .orElse("");
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
