package org.ketnoi.scheduling.agenda;

import java.util.List;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventResources;
import org.ketnoi.event.Participation;
import org.ketnoi.i18n.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Loads an event's {@link ScheduleContext}: three queries whatever the number of meetings. */
@Component
class ScheduleContexts {

    private final EventResources resources;
    private final CompanyService companies;
    private final MessageSource messages;

    ScheduleContexts(EventResources resources, CompanyService companies, MessageSource messages) {
        this.resources = resources;
        this.companies = companies;
        this.messages = messages;
    }

    ScheduleContext load(Event event, Language language) {
        List<Participation> participants = resources.participants(event.id());
        List<CompanyId> ids =
                participants.stream().map(Participation::company).distinct().toList();
        return new ScheduleContext(
                event, language, messages, participants, companies.findAll(ids), resources.interpreters(event.id()));
    }
}
