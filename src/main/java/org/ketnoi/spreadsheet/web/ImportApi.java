package org.ketnoi.spreadsheet.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.spreadsheet.ColumnMapping;
import org.ketnoi.spreadsheet.ImportField;
import org.ketnoi.spreadsheet.ImportOptions;
import org.ketnoi.spreadsheet.ImportReport;
import org.ketnoi.spreadsheet.ImportService;
import org.ketnoi.spreadsheet.Sheet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/events/{eventId}/imports}: the import in one request. {@code sheet} chooses the
 * sheet of an .xlsx by name or by position counting from 1 (default: the first). Without {@code
 * commit=true} it is a preview (nothing stored); with it, everything is stored or, when any row has
 * an error, nothing (422 with the same report).
 */
@RestController
class ImportApi {

    private final ImportService imports;
    private final ErrorTexts texts;
    private final JsonMapper json;

    ImportApi(ImportService imports, ErrorTexts texts, JsonMapper json) {
        this.imports = imports;
        this.texts = texts;
        this.json = json;
    }

    record Summary(
            long companiesCreated,
            long companiesUpdated,
            long companiesUnchanged,
            long companiesKept,
            long enrolled,
            int listingsCreated,
            int listingsUpdated) {}

    record CompanyJson(
            int row,
            String key,
            String name,
            @Nullable Long companyId,
            ImportReport.CompanyAction action,
            ImportReport.EnrolAction enrolment,
            int listingsCreated,
            int listingsUpdated) {}

    record ErrorJson(int row, String column, @Nullable String field, String code, String message) {}

    record ReportJson(
            boolean committed,
            Map<String, ImportField> mapping,
            Summary summary,
            List<CompanyJson> companies,
            List<ErrorJson> errors) {}

    @PostMapping(path = "/api/v1/events/{eventId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReportJson> run(
            @PathVariable long eventId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "sheet", required = false) @Nullable String sheetChoice,
            @RequestParam(name = "mapping", required = false) @Nullable String mapping,
            @RequestParam(name = "defaultRole", required = false) @Nullable ParticipantRole defaultRole,
            @RequestParam(name = "commit", defaultValue = "false") boolean commit,
            @AuthenticationPrincipal AccountUser user)
            throws IOException {
        EventId id = new EventId(eventId);
        imports.importable(id, user);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "import.error.file-empty");
        }
        Sheet sheet =
                imports.read(Optional.ofNullable(file.getOriginalFilename()).orElse(""), file.getBytes(), sheetChoice);
        ColumnMapping columns = mapping == null || mapping.isBlank() ? imports.guess(sheet) : parse(mapping, sheet);
        ImportOptions options = new ImportOptions(defaultRole == null ? ParticipantRole.SELLER : defaultRole);
        ImportReport report = commit
                ? imports.commit(id, sheet, columns, options, user)
                : imports.preview(id, sheet, columns, options, user);
        HttpStatus status = commit && !report.committed() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
        return ResponseEntity.status(status).body(json(report, sheet, columns));
    }

    private ColumnMapping parse(String text, Sheet sheet) {
        Map<String, String> given;
        try {
            given = json.readValue(text, new TypeReference<Map<String, String>>() {});
        } catch (JacksonException unreadable) {
            throw new InvalidInputException("mapping", "import.error.mapping-unreadable");
        }
        Map<Integer, ImportField> columns = new HashMap<>();
        given.forEach((header, field) -> {
            int column = column(sheet, header);
            try {
                columns.put(column, ImportField.valueOf(field));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw new InvalidInputException("mapping", "import.error.mapping-field-unknown", String.valueOf(field));
            }
        });
        return new ColumnMapping(columns);
    }

    private static int column(Sheet sheet, String header) {
        for (int i = 0; i < Math.max(sheet.headers().size(), 1); i++) {
            if (sheet.columnName(i).equals(header.strip())) {
                return i;
            }
        }
        throw new InvalidInputException("mapping", "import.error.mapping-column-unknown", header);
    }

    private ReportJson json(ImportReport report, Sheet sheet, ColumnMapping mapping) {
        Locale locale = LocaleContextHolder.getLocale();
        Language language = Language.of(locale);
        Map<String, ImportField> columns = new LinkedHashMap<>();
        mapping.columns().forEach((column, field) -> columns.put(sheet.columnName(column), field));
        Summary summary = new Summary(
                report.count(ImportReport.CompanyAction.CREATED),
                report.count(ImportReport.CompanyAction.UPDATED),
                report.count(ImportReport.CompanyAction.UNCHANGED),
                report.count(ImportReport.CompanyAction.KEPT),
                report.enrolled(),
                report.listingsCreated(),
                report.listingsUpdated());
        List<CompanyJson> companies = report.companies().stream()
                .map(c -> new CompanyJson(
                        c.row(),
                        c.key(),
                        c.name().in(language),
                        c.companyId(),
                        c.action(),
                        c.enrol(),
                        c.listingsCreated(),
                        c.listingsUpdated()))
                .toList();
        List<ErrorJson> errors = report.errors().stream()
                .map(e -> {
                    ErrorTexts.Text text = texts.of(e, locale);
                    return new ErrorJson(
                            e.row(),
                            text.column(),
                            e.field() == null ? null : e.field().name(),
                            e.messageKey(),
                            text.message());
                })
                .toList();
        return new ReportJson(report.committed(), columns, summary, companies, errors);
    }
}
