package org.ketnoi.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.UserId;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;

/**
 * A request for a meeting between the two participations of {@link #pair()}. It is pending until
 * both sides accepted: a participant who asks has accepted already, an organiser's proposal waits
 * for both. Each change returns a new request; the repository stores it only if nobody changed the
 * stored one in between ({@link #version()}).
 *
 * @param requester the participation that asked, or null when an organiser proposed or created it
 */
public record MeetingRequest(
        MeetingRequestId id,
        EventId event,
        MeetingPair pair,
        CompanyId firstCompany,
        CompanyId secondCompany,
        @Nullable ParticipationId requester,
        boolean firstAccepted,
        boolean secondAccepted,
        MeetingRequestStatus status,
        @Nullable String message,
        @Nullable String reason,
        List<ListingId> listings,
        UserId requestedBy,
        Instant requestedAt,
        Instant expiresAt,
        @Nullable Instant remindedAt,
        @Nullable Instant decidedAt,
        @Nullable UserId decidedBy,
        int version) {

    public MeetingRequest {
        listings = List.copyOf(listings);
    }

    /** What one side may do now; the pages show only these buttons. */
    public enum Action {
        ACCEPT,
        DECLINE,
        CANCEL
    }

    public boolean byOrganiser() {
        return requester == null;
    }

    public boolean isSide(ParticipationId participation) {
        return pair.contains(participation);
    }

    public boolean hasAccepted(ParticipationId participation) {
        return pair.first().equals(participation)
                ? firstAccepted
                : pair.second().equals(participation) && secondAccepted;
    }

    public CompanyId companyOf(ParticipationId participation) {
        return pair.first().equals(participation) ? firstCompany : secondCompany;
    }

    /** The sides that still have to answer a pending request. */
    public List<ParticipationId> awaiting() {
        List<ParticipationId> sides = new ArrayList<>();
        if (status == MeetingRequestStatus.PENDING) {
            if (!firstAccepted) {
                sides.add(pair.first());
            }
            if (!secondAccepted) {
                sides.add(pair.second());
            }
        }
        return sides;
    }

    public List<Action> actionsFor(ParticipationId participation) {
        if (!isSide(participation)) {
            return List.of();
        }
        return switch (status) {
            case PENDING ->
                hasAccepted(participation) ? List.of(Action.CANCEL) : List.of(Action.ACCEPT, Action.DECLINE);
            case ACCEPTED -> List.of(Action.CANCEL);
            default -> List.of();
        };
    }

    /** One side accepts; once both have, the request is accepted. */
    public MeetingRequest accept(ParticipationId by, UserId user, Instant now) {
        require(by, Action.ACCEPT);
        boolean first = firstAccepted || pair.first().equals(by);
        boolean second = secondAccepted || pair.second().equals(by);
        boolean both = first && second;
        return new MeetingRequest(
                id,
                event,
                pair,
                firstCompany,
                secondCompany,
                requester,
                first,
                second,
                both ? MeetingRequestStatus.ACCEPTED : status,
                message,
                reason,
                listings,
                requestedBy,
                requestedAt,
                expiresAt,
                remindedAt,
                both ? now : decidedAt,
                both ? user : decidedBy,
                version);
    }

    /** A side that has not accepted declines; final. */
    public MeetingRequest decline(ParticipationId by, @Nullable String why, UserId user, Instant now) {
        require(by, Action.DECLINE);
        return finish(MeetingRequestStatus.DECLINED, why, user, now);
    }

    /** A side that accepted calls the request or the meeting off; final. */
    public MeetingRequest cancel(ParticipationId by, UserId user, Instant now) {
        require(by, Action.CANCEL);
        return finish(MeetingRequestStatus.CANCELLED, reason, user, now);
    }

    /** An organiser calls off a pending request or an accepted meeting of their event. */
    public MeetingRequest cancelByOrganiser(UserId user, Instant now) {
        if (!status.isActive()) {
            throw new ConflictException("meeting.error.not-open");
        }
        return finish(MeetingRequestStatus.CANCELLED, reason, user, now);
    }

    /** A side withdrew from the event: its pending request or accepted meeting is off; final. */
    public MeetingRequest callOff(Instant now) {
        if (!status.isActive()) {
            throw new ConflictException("meeting.error.not-open");
        }
        return finish(MeetingRequestStatus.CANCELLED, reason, null, now);
    }

    public boolean isOverdue(Instant now) {
        return status == MeetingRequestStatus.PENDING && !now.isBefore(expiresAt);
    }

    /** A pending request past its deadline expires; final. */
    public MeetingRequest expire(Instant now) {
        if (!isOverdue(now)) {
            throw new ConflictException("meeting.error.not-open");
        }
        return finish(MeetingRequestStatus.EXPIRED, reason, null, now);
    }

    public MeetingRequest reminded(Instant now) {
        return new MeetingRequest(
                id,
                event,
                pair,
                firstCompany,
                secondCompany,
                requester,
                firstAccepted,
                secondAccepted,
                status,
                message,
                reason,
                listings,
                requestedBy,
                requestedAt,
                expiresAt,
                now,
                decidedAt,
                decidedBy,
                version);
    }

    private void require(ParticipationId by, Action action) {
        if (!isSide(by)) {
            throw new ForbiddenException("meeting.error.not-yours");
        }
        if (!actionsFor(by).contains(action)) {
            throw new ConflictException("meeting.error.not-open");
        }
    }

    private MeetingRequest finish(MeetingRequestStatus next, @Nullable String why, @Nullable UserId user, Instant now) {
        return new MeetingRequest(
                id,
                event,
                pair,
                firstCompany,
                secondCompany,
                requester,
                firstAccepted,
                secondAccepted,
                next,
                message,
                why,
                listings,
                requestedBy,
                requestedAt,
                expiresAt,
                remindedAt,
                now,
                user,
                version);
    }
}
