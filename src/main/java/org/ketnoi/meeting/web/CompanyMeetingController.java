package org.ketnoi.meeting.web;

import java.util.List;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Request a meeting" from a company's page: the events where both the reader's company and that
 * company are approved participants and meetings are being arranged. With one such event the reader
 * goes straight to the form.
 */
@Controller
class CompanyMeetingController {

    /** An event where a meeting with the company can be requested, and its participation there. */
    record Choice(Event event, Participation with) {}

    private final EventService events;
    private final ParticipationService participation;
    private final CompanyService companies;

    CompanyMeetingController(EventService events, ParticipationService participation, CompanyService companies) {
        this.events = events;
        this.participation = participation;
        this.companies = companies;
    }

    @GetMapping("/companies/{id}/meeting-request")
    String choose(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        CompanyId company = new CompanyId(id);
        var summary = companies.find(company).orElseThrow(() -> new NotFoundException("company.error.not-found"));
        List<Choice> choices = events.visibleTo(user).stream()
                .filter(e -> e.status().name().matches("OPEN|SCHEDULING|RUNNING"))
                .filter(e -> participation.mine(e.id(), user).stream()
                        .anyMatch(p -> p.status() == ParticipationStatus.APPROVED
                                && !p.company().equals(company)))
                .flatMap(e -> participation.directory(e.id(), user).stream()
                        .filter(p -> p.company().equals(company))
                        .map(p -> new Choice(e, p)))
                .toList();
        if (choices.size() == 1) {
            Choice only = choices.getFirst();
            return "redirect:/events/" + only.event().id().value() + "/meetings/new?with="
                    + only.with().id().value();
        }
        model.addAttribute("company", summary);
        model.addAttribute("companyName", summary.name().in(Language.of(LocaleContextHolder.getLocale())));
        model.addAttribute("choices", choices);
        return "meeting/choose-event";
    }
}
