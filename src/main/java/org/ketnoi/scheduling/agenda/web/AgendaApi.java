package org.ketnoi.scheduling.agenda.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.i18n.Language;
import org.ketnoi.scheduling.agenda.Agenda;
import org.ketnoi.scheduling.agenda.AgendaExports;
import org.ketnoi.scheduling.agenda.AgendaService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Agendas", description = "A participant's meetings in the published schedule, as files")
class AgendaApi {

    private final AgendaService agendas;
    private final AgendaExports exports;

    AgendaApi(AgendaService agendas, AgendaExports exports) {
        this.agendas = agendas;
        this.exports = exports;
    }

    @Operation(
            summary = "The participant's agenda as an RFC 5545 calendar",
            description = "For the participant's own representatives and the event's organisers; 404 for anyone"
                    + " else. Meetings removed since an earlier published version come as cancelled events.")
    @GetMapping("/api/v1/events/{eventId}/participants/{participantId}/agenda.ics")
    ResponseEntity<byte[]> calendar(
            @PathVariable long eventId, @PathVariable long participantId, @AuthenticationPrincipal AccountUser user) {
        Agenda agenda = agenda(eventId, participantId, user);
        return AgendaDownloads.calendar(agenda, exports.calendar(agenda));
    }

    @Operation(summary = "The participant's agenda as a printable PDF (fonts embedded)")
    @GetMapping("/api/v1/events/{eventId}/participants/{participantId}/agenda.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long eventId, @PathVariable long participantId, @AuthenticationPrincipal AccountUser user) {
        Agenda agenda = agenda(eventId, participantId, user);
        return AgendaDownloads.pdf(agenda, exports.pdf(agenda));
    }

    private Agenda agenda(long eventId, long participantId, AccountUser user) {
        return agendas.agenda(
                new EventId(eventId),
                user,
                new ParticipationId(participantId),
                Language.of(LocaleContextHolder.getLocale()));
    }
}
