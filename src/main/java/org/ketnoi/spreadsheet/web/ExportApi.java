package org.ketnoi.spreadsheet.web;

import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.i18n.Language;
import org.ketnoi.spreadsheet.ParticipantExport;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/events/{eventId}/participants.xlsx}: every registration, for organisers. */
@RestController
class ExportApi {

    private final ParticipantExport export;

    ExportApi(ParticipantExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/events/{eventId}/participants.xlsx")
    ResponseEntity<byte[]> participants(@PathVariable long eventId, @AuthenticationPrincipal AccountUser user) {
        return ExportController.xlsx(
                export.participants(new EventId(eventId), user, Language.of(LocaleContextHolder.getLocale())));
    }
}
