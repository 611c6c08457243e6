package org.ketnoi.matching;

import org.ketnoi.catalog.ListingPublished;
import org.ketnoi.catalog.ListingUpdated;
import org.ketnoi.catalog.ListingWithdrawn;
import org.ketnoi.company.CompanyUpdated;
import org.ketnoi.event.InterpreterAdded;
import org.ketnoi.event.InterpreterChanged;
import org.ketnoi.event.InterpreterRemoved;
import org.ketnoi.meeting.MeetingRequestAccepted;
import org.ketnoi.meeting.MeetingRequestCancelled;
import org.ketnoi.meeting.MeetingRequestDeclined;
import org.ketnoi.meeting.MeetingRequestExpired;
import org.ketnoi.meeting.MeetingRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Drops computed recommendations when what they were computed from changes: a company's listings or
 * profile (every event it takes part in), an event's meeting history or its interpreters (who decide
 * whether a pair without a common language can still talk). Changes of the approved
 * participants are noticed by {@link MatchingService} itself, which compares them on every request.
 */
@Component
class MatchingRefresh {

    private final MatchingService matching;

    MatchingRefresh(MatchingService matching) {
        this.matching = matching;
    }

    @ApplicationModuleListener
    void on(ListingPublished changed) {
        matching.invalidateCompany(changed.company().value());
    }

    @ApplicationModuleListener
    void on(ListingUpdated changed) {
        matching.invalidateCompany(changed.company().value());
    }

    @ApplicationModuleListener
    void on(ListingWithdrawn changed) {
        matching.invalidateCompany(changed.company().value());
    }

    @ApplicationModuleListener
    void on(CompanyUpdated changed) {
        matching.invalidateCompany(changed.company().value());
    }

    @ApplicationModuleListener
    void on(MeetingRequested changed) {
        matching.invalidate(changed.event());
    }

    @ApplicationModuleListener
    void on(MeetingRequestAccepted changed) {
        matching.invalidate(changed.event());
    }

    @ApplicationModuleListener
    void on(MeetingRequestDeclined changed) {
        matching.invalidate(changed.event());
    }

    @ApplicationModuleListener
    void on(MeetingRequestCancelled changed) {
        matching.invalidate(changed.event());
    }

    @ApplicationModuleListener
    void on(MeetingRequestExpired changed) {
        matching.invalidate(changed.event());
    }

    @ApplicationModuleListener
    void on(InterpreterAdded changed) {
        matching.invalidate(changed.event());
    }

    @ApplicationModuleListener
    void on(InterpreterChanged changed) {
        matching.invalidate(changed.event());
    }

    @ApplicationModuleListener
    void on(InterpreterRemoved changed) {
        matching.invalidate(changed.event());
    }
}
