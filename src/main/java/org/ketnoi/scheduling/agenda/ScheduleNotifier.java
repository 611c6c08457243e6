package org.ketnoi.scheduling.agenda;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketnoi.account.UserId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.EventResources;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.notification.NewNotice;
import org.ketnoi.notification.Notices;
import org.ketnoi.scheduling.SchedulePublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the representatives of every participant whose meetings a newly published schedule version
 * added, moved or removed: "schedule published" on the first publication, "schedule changed" after.
 * Runs from the event publication registry after the publication committed; each notice's key names
 * the version, the participant and the recipient, so a resubmitted publication notifies nobody twice.
 */
@Component
class ScheduleNotifier {

    private final EventService events;
    private final EventResources resources;
    private final CompanyService companies;
    private final Notices notices;

    ScheduleNotifier(EventService events, EventResources resources, CompanyService companies, Notices notices) {
        this.events = events;
        this.resources = resources;
        this.companies = companies;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(SchedulePublished published) {
        String kind = published.firstPublication() ? "schedule.published" : "schedule.changed";
        LocalizedText title = events.get(published.event(), null).title();
        Map<ParticipationId, Participation> participants = resources.participants(published.event()).stream()
                .collect(Collectors.toMap(Participation::id, Function.identity()));
        for (ParticipationId changed : published.changed()) {
            Participation participant = participants.get(changed);
            if (participant == null) {
                continue;
            }
            String link = "/events/" + published.event().value() + "/agenda?participant=" + changed.value();
            for (UserId user : companies.representatives(participant.company())) {
                String key = "schedule:" + published.event().value() + ":" + published.version() + ":" + changed.value()
                        + ":" + user.value();
                notices.send(new NewNotice(user, published.event(), kind, List.of(title), link, key));
            }
        }
    }
}
