package org.ketnoi.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the sides that have not answered a request once it waited {@code reminder-after}, and
 * expires requests past their deadline, on the app's clock. Each request changes in its own
 * transaction with the same version check as a user's change, so a sweep racing an accept loses
 * cleanly; a failed request is retried on the next sweep.
 */
@Component
class MeetingDeadlines {

    private static final Logger log = LoggerFactory.getLogger(MeetingDeadlines.class);
    private static final int BATCH = 200;

    private final MeetingRequestRepository requests;
    private final MeetingRequests service;
    private final MeetingProperties properties;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MeetingDeadlines(
            MeetingRequestRepository requests,
            MeetingRequests service,
            MeetingProperties properties,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            Clock clock) {
        this.requests = requests;
        this.service = service;
        this.properties = properties;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${ketnoi.meeting.sweep-interval:15m}",
            fixedDelayString = "${ketnoi.meeting.sweep-interval:15m}")
    void scheduled() {
        sweep();
    }

    /** Expires overdue requests, then reminds of those waiting long enough; returns how many changed. */
    int sweep() {
        Instant now = clock.instant();
        int changed = 0;
        for (MeetingRequest overdue : requests.overdue(now, BATCH)) {
            changed += apply(overdue.expire(now), "meeting.request.expired") ? 1 : 0;
        }
        for (MeetingRequest waiting : requests.toRemind(now.minus(properties.reminderAfter()), now, BATCH)) {
            changed += apply(waiting.reminded(now), "meeting.request.reminded") ? 1 : 0;
        }
        return changed;
    }

    private boolean apply(MeetingRequest changed, String code) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!requests.update(changed)) {
                    return false;
                }
                service.auditChange(code, changed, null, Map.of());
                publisher.publishEvent(
                        changed.status() == MeetingRequestStatus.EXPIRED
                                ? new MeetingRequestExpired(changed.id(), changed.event(), changed.pair())
                                : new MeetingRequestReminderDue(
                                        changed.id(), changed.event(), changed.pair(), changed.awaiting()));
                return true;
            }));
        } catch (RuntimeException e) {
            log.warn(
                    "Could not apply {} to meeting request {}",
                    code,
                    changed.id().value(),
                    e);
            return false;
        }
    }
}
