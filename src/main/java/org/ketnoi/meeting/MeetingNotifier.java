package org.ketnoi.meeting;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.UserId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.notification.NewNotice;
import org.ketnoi.notification.Notices;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the module's events into notices (and so mail) for the representatives of the side that
 * has to know. Runs from the event publication registry after the change committed; each notice's
 * key names the request, what happened and the recipient, so a resubmitted publication notifies
 * nobody twice.
 */
@Component
class MeetingNotifier {

    private final MeetingRequestRepository requests;
    private final CompanyService companies;
    private final EventService events;
    private final Notices notices;

    MeetingNotifier(MeetingRequestRepository requests, CompanyService companies, EventService events, Notices notices) {
        this.requests = requests;
        this.companies = companies;
        this.events = events;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(MeetingRequested e) {
        if (e.requester() != null) {
            notify(e.request(), e.event(), e.pair().other(e.requester()), "meeting.requested");
        } else {
            String kind = e.alreadyAccepted() ? "meeting.arranged" : "meeting.proposed";
            bothSides(e.request(), e.event(), e.pair(), null, kind);
        }
    }

    @ApplicationModuleListener
    void on(MeetingRequestAccepted e) {
        bothSides(e.request(), e.event(), e.pair(), e.by(), "meeting.accepted");
    }

    @ApplicationModuleListener
    void on(MeetingRequestDeclined e) {
        bothSides(e.request(), e.event(), e.pair(), e.by(), "meeting.declined");
    }

    @ApplicationModuleListener
    void on(MeetingRequestCancelled e) {
        bothSides(e.request(), e.event(), e.pair(), e.by(), "meeting.cancelled");
    }

    @ApplicationModuleListener
    void on(MeetingRequestExpired e) {
        bothSides(e.request(), e.event(), e.pair(), null, "meeting.expired");
    }

    @ApplicationModuleListener
    void on(MeetingRequestReminderDue e) {
        e.awaiting().forEach(side -> notify(e.request(), e.event(), side, "meeting.reminder"));
    }

    private void bothSides(
            MeetingRequestId id, EventId event, MeetingPair pair, @Nullable ParticipationId except, String kind) {
        for (ParticipationId side : List.of(pair.first(), pair.second())) {
            if (!side.equals(except)) {
                notify(id, event, side, kind);
            }
        }
    }

    /** Notifies the representatives of {@code side} about the request, naming the other company. */
    private void notify(MeetingRequestId id, EventId event, ParticipationId side, String kind) {
        MeetingRequest request = requests.find(event, id).orElse(null);
        if (request == null) {
            return;
        }
        LocalizedText other = companies
                .find(request.companyOf(request.pair().other(side)))
                .map(CompanySummary::name)
                .orElse(LocalizedText.empty());
        LocalizedText title = events.get(event, null).title();
        String link = "/events/" + event.value() + "/meetings";
        for (UserId user : companies.representatives(request.companyOf(side))) {
            String key = "meeting:" + id.value() + ":" + kind + ":" + user.value();
            notices.send(new NewNotice(user, event, kind, List.of(other, title), link, key));
        }
    }
}
