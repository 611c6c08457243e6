package org.ketnoi.spreadsheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.EventStatus;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.spreadsheet.ImportReport.CompanyOutcome;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an agency's list of companies into an event, for the event's organisers. A preview runs the
 * whole import in a transaction that is then rolled back, so it shows exactly what a commit would do;
 * a commit runs it again and stores it only if no row has an error (all or nothing). Each company is
 * stored in its own savepoint, so one bad row is reported without hiding the others' errors.
 */
@Service
public class ImportService {

    private final SheetReader reader;
    private final ValueReader values;
    private final ImportApplier applier;
    private final EventService events;
    private final ParticipationService participation;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TransactionTemplate outer;
    private final TransactionTemplate savepoint;

    ImportService(
            ImportLimits limits,
            ValueReader values,
            ImportApplier applier,
            EventService events,
            ParticipationService participation,
            MessageSource messages,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.reader = new SheetReader(limits);
        this.values = values;
        this.applier = applier;
        this.events = events;
        this.participation = participation;
        this.messages = messages;
        this.audit = audit;
        this.outer = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Reads an uploaded file.
     *
     * @throws InvalidInputException on {@code file} when it is empty, too large, not .xlsx or UTF-8
     *     .csv, damaged, or has no data rows
     */
    public Sheet read(String fileName, byte[] bytes) {
        return reader.read(fileName, bytes);
    }

    /**
     * Reads one sheet of an uploaded .xlsx: by name, or by position counting from 1; blank means the
     * first. A CSV file has one sheet and ignores the choice.
     *
     * @throws InvalidInputException like {@link #read(String, byte[])}, and on {@code sheet} when the
     *     workbook has no such sheet
     */
    public Sheet read(String fileName, byte[] bytes, @Nullable String sheet) {
        return reader.read(fileName, bytes, sheet);
    }

    /** The sheet names of an .xlsx, in order; empty for CSV and unreadable files. */
    public List<String> sheetNames(byte[] bytes) {
        return reader.sheetNames(bytes);
    }

    /** The mapping guessed from the headers (in Vietnamese, Chinese or English). */
    public ColumnMapping guess(Sheet sheet) {
        return ColumnMapping.guess(sheet.headers(), this::label);
    }

    /** The field's label in a language: template headers and guessing use it. */
    public String label(ImportField field, Language language) {
        return messages.getMessage(field.messageKey(), null, field.name(), language.locale());
    }

    /**
     * The event, if the user may import into it.
     *
     * @throws org.ketnoi.event.EventNotFoundException when it does not exist or is a draft they cannot see
     * @throws ForbiddenException unless they organise it
     * @throws ConflictException when it is closed
     */
    public Event importable(EventId id, AccountUser user) {
        Event event = events.get(id, user);
        if (!events.canManage(event, user)) {
            throw new ForbiddenException("import.error.organisers-only");
        }
        if (event.status() == EventStatus.CLOSED) {
            throw new ConflictException("import.error.event-closed");
        }
        if (event.connectionPoints().isEmpty()) {
            throw new ConflictException("import.error.no-connection-points");
        }
        return event;
    }

    /** What a commit would do, with every error; stores nothing. */
    public ImportReport preview(
            EventId id, Sheet sheet, ColumnMapping mapping, ImportOptions options, AccountUser user) {
        return run(id, sheet, mapping, options, user, false);
    }

    /** Stores the import if no row has an error; otherwise stores nothing and reports the errors. */
    public ImportReport commit(
            EventId id, Sheet sheet, ColumnMapping mapping, ImportOptions options, AccountUser user) {
        return run(id, sheet, mapping, options, user, true);
    }

    /** Rows whose cells could not be read are reported once, not stored half-read. */
    private ImportReport run(
            EventId id, Sheet sheet, ColumnMapping mapping, ImportOptions options, AccountUser user, boolean commit) {
        Event event = importable(id, user);
        mapping.validated();
        ImportRows.Parsed parsed = new ImportRows(values, sheet, mapping, event.connectionPoints()).parse();
        if (commit && !parsed.errors().isEmpty()) {
            return new ImportReport(false, List.of(), sorted(parsed.errors()));
        }
        return outer.execute(status -> {
            Set<CompanyId> registered = new HashSet<>();
            for (Participation p : participation.forOrganisers(id, null, null, user)) {
                registered.add(p.company());
            }
            List<CompanyOutcome> outcomes = new ArrayList<>();
            List<RowError> errors = new ArrayList<>(parsed.errors());
            Set<Integer> unreadable = new HashSet<>();
            parsed.errors().forEach(error -> unreadable.add(error.row()));
            for (CompanyLine line : parsed.companies()) {
                if (unreadable.contains(line.row)) {
                    continue;
                }
                try {
                    outcomes.add(savepoint.execute(s -> applier.apply(event, line, options, user, registered)));
                } catch (RowFailure failure) {
                    errors.add(error(sheet, mapping, failure));
                } catch (DataAccessException failure) {
                    errors.add(RowError.of(line.row, null, null, "import.error.row-not-stored"));
                }
            }
            boolean stored = commit && errors.isEmpty();
            if (stored) {
                record(event, sheet, outcomes, user);
            } else {
                status.setRollbackOnly();
            }
            return new ImportReport(stored, stored ? outcomes : hideNewIds(outcomes), sorted(errors));
        });
    }

    private void record(Event event, Sheet sheet, List<CompanyOutcome> outcomes, AccountUser user) {
        ImportReport report = new ImportReport(true, outcomes, List.of());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("file", sheet.fileName());
        data.put("rows", sheet.rows().size());
        data.put("companiesCreated", report.count(ImportReport.CompanyAction.CREATED));
        data.put("companiesUpdated", report.count(ImportReport.CompanyAction.UPDATED));
        data.put(
                "companiesKept",
                report.count(ImportReport.CompanyAction.KEPT) + report.count(ImportReport.CompanyAction.UNCHANGED));
        data.put("enrolled", report.enrolled());
        data.put("listingsCreated", report.listingsCreated());
        data.put("listingsUpdated", report.listingsUpdated());
        audit.record("import.file.committed", user.id().value(), event.id().value(), data);
    }

    /** Ids of companies a rolled-back run created do not exist; do not show them. */
    private static List<CompanyOutcome> hideNewIds(List<CompanyOutcome> outcomes) {
        return outcomes.stream()
                .map(o -> o.action() == ImportReport.CompanyAction.CREATED
                        ? new CompanyOutcome(
                                o.row(),
                                o.key(),
                                o.name(),
                                null,
                                o.action(),
                                o.enrol(),
                                o.listingsCreated(),
                                o.listingsUpdated())
                        : o)
                .toList();
    }

    private static List<RowError> sorted(List<RowError> errors) {
        return errors.stream()
                .sorted((a, b) -> Integer.compare(a.row(), b.row()))
                .collect(Collectors.toList());
    }

    private static RowError error(Sheet sheet, ColumnMapping mapping, RowFailure failure) {
        ImportField field = failure.field;
        OptionalInt column = field == null ? OptionalInt.empty() : mapping.columnOf(field);
        if (field != null && column.isEmpty()) {
            for (ImportField sibling : siblings(field)) {
                column = mapping.columnOf(sibling);
                if (column.isPresent()) {
                    field = sibling;
                    break;
                }
            }
        }
        return RowError.of(
                failure.row,
                column.isPresent() ? sheet.columnName(column.getAsInt()) : null,
                field,
                failure.messageKey,
                failure.arguments);
    }

    private static List<ImportField> siblings(ImportField field) {
        return switch (field) {
            case NAME_VI -> List.of(ImportField.NAME_ZH, ImportField.NAME_EN);
            case LISTING_TITLE_VI -> List.of(ImportField.LISTING_TITLE_ZH, ImportField.LISTING_TITLE_EN);
            case LISTING_DESCRIPTION_VI ->
                List.of(ImportField.LISTING_DESCRIPTION_ZH, ImportField.LISTING_DESCRIPTION_EN);
            default -> List.of();
        };
    }
}
