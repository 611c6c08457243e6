package org.ketnoi.scheduling.agenda.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.i18n.Language;
import org.ketnoi.scheduling.agenda.Agenda;
import org.ketnoi.scheduling.agenda.AgendaExports;
import org.ketnoi.scheduling.agenda.AgendaMeeting;
import org.ketnoi.scheduling.agenda.AgendaService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A participant's agenda page with its .ics and PDF downloads. {@code participant} picks one of the
 * reader's own participations, or — for organisers — any participant of the event.
 */
@Controller
class AgendaController {

    private final AgendaService agendas;
    private final AgendaExports exports;
    private final EventService events;

    AgendaController(AgendaService agendas, AgendaExports exports, EventService events) {
        this.agendas = agendas;
        this.exports = exports;
        this.events = events;
    }

    @GetMapping("/events/{id}/agenda")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long participant,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Agenda agenda = agenda(id, participant, user);
        Map<LocalDate, List<AgendaMeeting>> days = new LinkedHashMap<>();
        agenda.meetings()
                .forEach(m ->
                        days.computeIfAbsent(m.day(), d -> new ArrayList<>()).add(m));
        model.addAttribute("event", events.get(agenda.event(), user));
        model.addAttribute("agenda", agenda);
        model.addAttribute("days", days);
        model.addAttribute("query", "?participant=" + agenda.participant().value());
        return "agenda/agenda";
    }

    @GetMapping("/events/{id}/agenda.ics")
    ResponseEntity<byte[]> calendar(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long participant,
            @AuthenticationPrincipal AccountUser user) {
        Agenda agenda = agenda(id, participant, user);
        return AgendaDownloads.calendar(agenda, exports.calendar(agenda));
    }

    @GetMapping("/events/{id}/agenda.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long participant,
            @AuthenticationPrincipal AccountUser user) {
        Agenda agenda = agenda(id, participant, user);
        return AgendaDownloads.pdf(agenda, exports.pdf(agenda));
    }

    private Agenda agenda(long id, @Nullable Long participant, AccountUser user) {
        return agendas.agenda(
                new EventId(id),
                user,
                participant == null ? null : new ParticipationId(participant),
                Language.of(LocaleContextHolder.getLocale()));
    }
}
