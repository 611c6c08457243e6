package org.ketnoi.spreadsheet.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.spreadsheet.ColumnMapping;
import org.ketnoi.spreadsheet.ImportField;
import org.ketnoi.spreadsheet.ImportLimits;
import org.ketnoi.spreadsheet.ImportOptions;
import org.ketnoi.spreadsheet.ImportReport;
import org.ketnoi.spreadsheet.ImportService;
import org.ketnoi.spreadsheet.ImportTemplate;
import org.ketnoi.spreadsheet.Sheet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import wizard for an event's organisers: upload, column mapping, preview with row-by-row
 * errors, commit. The read file waits in the session between the steps; nothing is stored before
 * the commit, and the commit stores everything or nothing.
 */
@Controller
class ImportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int SAMPLE_ROWS = 3;

    private final ImportService imports;
    private final ImportTemplate template;
    private final ImportLimits limits;
    private final ErrorTexts texts;

    ImportController(ImportService imports, ImportTemplate template, ImportLimits limits, ErrorTexts texts) {
        this.imports = imports;
        this.template = template;
        this.limits = limits;
        this.texts = texts;
    }

    @GetMapping("/manage/events/{id}/import")
    String upload(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("event", imports.importable(new EventId(id), user));
        model.addAttribute("limits", limits);
        return "spreadsheet/import-upload";
    }

    @GetMapping("/manage/events/{id}/import/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id, @AuthenticationPrincipal AccountUser user) {
        imports.importable(new EventId(id), user);
        Language language = Language.of(LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(template.fileName(language), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(template.xlsx(language));
    }

    @PostMapping("/manage/events/{id}/import")
    String read(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "sheet", required = false) @Nullable String sheetChoice,
            @AuthenticationPrincipal AccountUser user,
            HttpSession session,
            Model model)
            throws IOException {
        Event event = imports.importable(new EventId(id), user);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "import.error.file-empty");
            }
            String name = Optional.ofNullable(file.getOriginalFilename()).orElse("");
            Sheet sheet = imports.read(name, file.getBytes(), sheetChoice);
            String token = UUID.randomUUID().toString();
            session.setAttribute(ImportUpload.SESSION_KEY, new ImportUpload(id, token, sheet));
            return "redirect:/manage/events/" + id + "/import/" + token;
        } catch (InvalidInputException e) {
            model.addAttribute("event", event);
            model.addAttribute("limits", limits);
            model.addAttribute("fileError", texts.message(e.messageKey(), e.arguments(), locale()));
            return "spreadsheet/import-upload";
        }
    }

    /**
     * The sheet choice for the file just picked (htmx, before the upload): a list of the workbook's
     * sheets when it has more than one, the first chosen; nothing for CSV, one-sheet or unreadable
     * files (the upload itself reports why a file cannot be read).
     */
    @PostMapping("/manage/events/{id}/import/sheets")
    String sheets(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal AccountUser user,
            Model model)
            throws IOException {
        imports.importable(new EventId(id), user);
        model.addAttribute("sheets", file == null || file.isEmpty() ? List.of() : imports.sheetNames(file.getBytes()));
        return "spreadsheet/import-parts :: sheets";
    }

    /** The mapping step; coming back from the preview, the choices made there are kept. */
    @GetMapping("/manage/events/{id}/import/{token}")
    String mapping(
            @PathVariable long id,
            @PathVariable String token,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal AccountUser user,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        Event event = imports.importable(new EventId(id), user);
        Optional<ImportUpload> upload = upload(session, id, token);
        if (upload.isEmpty()) {
            return expired(id, redirect);
        }
        Sheet sheet = upload.get().sheet();
        ColumnMapping chosen = mapping(params, sheet);
        ColumnMapping shown = params.containsKey("defaultRole") ? chosen : imports.guess(sheet);
        mappingPage(model, event, upload.get(), shown, role(params.get("defaultRole")), null);
        return "spreadsheet/import-mapping";
    }

    @PostMapping("/manage/events/{id}/import/{token}/preview")
    String preview(
            @PathVariable long id,
            @PathVariable String token,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal AccountUser user,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        return run(id, token, params, user, session, model, redirect, false);
    }

    @PostMapping("/manage/events/{id}/import/{token}/commit")
    String commit(
            @PathVariable long id,
            @PathVariable String token,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal AccountUser user,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        return run(id, token, params, user, session, model, redirect, true);
    }

    @GetMapping("/manage/events/{id}/import/done")
    String done(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("event", imports.importable(new EventId(id), user));
        if (!model.containsAttribute("report")) {
            return "redirect:/manage/events/" + id + "/participants";
        }
        return "spreadsheet/import-done";
    }

    private String run(
            long id,
            String token,
            Map<String, String> params,
            AccountUser user,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            boolean commit) {
        EventId eventId = new EventId(id);
        Event event = imports.importable(eventId, user);
        Optional<ImportUpload> upload = upload(session, id, token);
        if (upload.isEmpty()) {
            return expired(id, redirect);
        }
        Sheet sheet = upload.get().sheet();
        ColumnMapping mapping = mapping(params, sheet);
        ParticipantRole role = role(params.get("defaultRole"));
        ImportReport report;
        try {
            ImportOptions options = new ImportOptions(role);
            report = commit
                    ? imports.commit(eventId, sheet, mapping, options, user)
                    : imports.preview(eventId, sheet, mapping, options, user);
        } catch (InvalidInputException e) {
            mappingPage(
                    model, event, upload.get(), mapping, role, texts.message(e.messageKey(), e.arguments(), locale()));
            return "spreadsheet/import-mapping";
        }
        if (report.committed()) {
            session.removeAttribute(ImportUpload.SESSION_KEY);
            redirect.addFlashAttribute("report", report);
            redirect.addFlashAttribute("fileName", sheet.fileName());
            return "redirect:/manage/events/" + id + "/import/done";
        }
        model.addAttribute("event", event);
        model.addAttribute("upload", upload.get());
        model.addAttribute("report", report);
        model.addAttribute("errors", texts.of(report.errors(), locale()));
        model.addAttribute("mapping", mapping.columns());
        model.addAttribute("defaultRole", role);
        model.addAttribute("commitRefused", commit);
        return "spreadsheet/import-preview";
    }

    private void mappingPage(
            Model model,
            Event event,
            ImportUpload upload,
            ColumnMapping mapping,
            ParticipantRole role,
            @Nullable String error) {
        Sheet sheet = upload.sheet();
        List<Column> columns = new ArrayList<>();
        int width = sheet.headers().size();
        for (Sheet.Row row : sheet.rows()) {
            width = Math.max(width, row.cells().size());
        }
        for (int i = 0; i < width; i++) {
            List<String> samples = new ArrayList<>();
            for (Sheet.Row row :
                    sheet.rows().subList(0, Math.min(SAMPLE_ROWS, sheet.rows().size()))) {
                samples.add(row.cell(i));
            }
            columns.add(new Column(
                    i, sheet.columnName(i), samples, mapping.fieldOf(i).orElse(null)));
        }
        model.addAttribute("event", event);
        model.addAttribute("upload", upload);
        model.addAttribute("columns", columns);
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("roles", ParticipantRole.values());
        model.addAttribute("defaultRole", role);
        model.addAttribute("mappingError", error);
    }

    /** One column of the file on the mapping page. */
    record Column(
            int index,
            String name,
            List<String> samples,
            @Nullable ImportField field) {}

    private static ColumnMapping mapping(Map<String, String> params, Sheet sheet) {
        Map<Integer, ImportField> columns = new HashMap<>();
        params.forEach((name, value) -> {
            if (!name.startsWith("column-") || value.isBlank()) {
                return;
            }
            try {
                int column = Integer.parseInt(name.substring("column-".length()));
                if (column >= 0 && column < 10_000) {
                    columns.put(column, ImportField.valueOf(value));
                }
            } catch (IllegalArgumentException ignored) {
                // a tampered form: the column stays unmapped
            }
        });
        return new ColumnMapping(columns);
    }

    private static ParticipantRole role(@Nullable String value) {
        try {
            return value == null ? ParticipantRole.SELLER : ParticipantRole.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return ParticipantRole.SELLER;
        }
    }

    private static Optional<ImportUpload> upload(HttpSession session, long id, String token) {
        return session.getAttribute(ImportUpload.SESSION_KEY) instanceof ImportUpload upload
                        && upload.eventId() == id
                        && upload.token().equals(token)
                ? Optional.of(upload)
                : Optional.empty();
    }

    private static String expired(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("expired", true);
        return "redirect:/manage/events/" + id + "/import";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
