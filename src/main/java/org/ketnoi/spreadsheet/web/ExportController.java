package org.ketnoi.spreadsheet.web;

import java.nio.charset.StandardCharsets;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.i18n.Language;
import org.ketnoi.spreadsheet.ParticipantExport;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An event's participants as .xlsx, for its organisers, from the participants page. */
@Controller
class ExportController {

    private final ParticipantExport export;

    ExportController(ParticipantExport export) {
        this.export = export;
    }

    @GetMapping("/manage/events/{id}/participants.xlsx")
    ResponseEntity<byte[]> participants(@PathVariable long id, @AuthenticationPrincipal AccountUser user) {
        return xlsx(export.participants(new EventId(id), user, Language.of(LocaleContextHolder.getLocale())));
    }

    static ResponseEntity<byte[]> xlsx(ParticipantExport.File file) {
        return ResponseEntity.ok()
                .contentType(ImportController.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
