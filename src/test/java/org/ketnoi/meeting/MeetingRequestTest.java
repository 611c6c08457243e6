package org.ketnoi.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.UserId;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.meeting.MeetingRequest.Action;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;

/** The lifecycle rules of one request, without a database. */
class MeetingRequestTest {

    private static final ParticipationId SELLER = new ParticipationId(10);
    private static final ParticipationId BUYER = new ParticipationId(20);
    private static final ParticipationId STRANGER = new ParticipationId(30);
    private static final UserId USER = new UserId(1);
    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");

    private static MeetingRequest asked(@Nullable ParticipationId requester) {
        return new MeetingRequest(
                new MeetingRequestId(1),
                new EventId(5),
                MeetingPair.of(SELLER, BUYER),
                new CompanyId(100),
                new CompanyId(200),
                requester,
                SELLER.equals(requester),
                BUYER.equals(requester),
                MeetingRequestStatus.PENDING,
                "Xin chào",
                null,
                List.of(),
                USER,
                NOW,
                NOW.plus(Duration.ofDays(7)),
                null,
                null,
                null,
                0);
    }

    @Test
    void request_byAParticipant_waitsOnlyForTheOtherSide() {
        MeetingRequest request = asked(SELLER);

        assertThat(request.awaiting()).containsExactly(BUYER);
        assertThat(request.actionsFor(SELLER)).containsExactly(Action.CANCEL);
        assertThat(request.actionsFor(BUYER)).containsExactly(Action.ACCEPT, Action.DECLINE);
        assertThat(request.actionsFor(STRANGER)).isEmpty();
    }

    @Test
    void accept_byTheRecipient_acceptsTheRequest() {
        MeetingRequest accepted = asked(SELLER).accept(BUYER, USER, NOW);

        assertThat(accepted.status()).isEqualTo(MeetingRequestStatus.ACCEPTED);
        assertThat(accepted.decidedAt()).isEqualTo(NOW);
        assertThat(accepted.actionsFor(SELLER)).containsExactly(Action.CANCEL);
        assertThat(accepted.actionsFor(BUYER)).containsExactly(Action.CANCEL);
    }

    @Test
    void accept_byTheRequesterItself_isRefused() {
        assertThatThrownBy(() -> asked(SELLER).accept(SELLER, USER, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessage("meeting.error.not-open");
    }

    @Test
    void anyAction_byAStranger_isForbidden() {
        assertThatThrownBy(() -> asked(SELLER).accept(STRANGER, USER, NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> asked(SELLER).cancel(STRANGER, USER, NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> asked(SELLER).decline(STRANGER, null, USER, NOW))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void decline_keepsTheReasonAndIsFinal() {
        MeetingRequest declined = asked(SELLER).decline(BUYER, "Hết hàng", USER, NOW);

        assertThat(declined.status()).isEqualTo(MeetingRequestStatus.DECLINED);
        assertThat(declined.reason()).isEqualTo("Hết hàng");
        assertThat(declined.actionsFor(SELLER)).isEmpty();
        assertThat(declined.actionsFor(BUYER)).isEmpty();
        assertThatThrownBy(() -> declined.accept(BUYER, USER, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void decline_byTheRequester_isRefused() {
        assertThatThrownBy(() -> asked(SELLER).decline(SELLER, null, USER, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void cancel_byTheRequesterWhilePending_orEitherSideOnceAccepted() {
        assertThat(asked(SELLER).cancel(SELLER, USER, NOW).status()).isEqualTo(MeetingRequestStatus.CANCELLED);
        assertThatThrownBy(() -> asked(SELLER).cancel(BUYER, USER, NOW)).isInstanceOf(ConflictException.class);
        MeetingRequest accepted = asked(SELLER).accept(BUYER, USER, NOW);
        assertThat(accepted.cancel(BUYER, USER, NOW).status()).isEqualTo(MeetingRequestStatus.CANCELLED);
        assertThat(accepted.cancel(SELLER, USER, NOW).status()).isEqualTo(MeetingRequestStatus.CANCELLED);
    }

    @Test
    void organiserProposal_needsBothSidesToAccept() {
        MeetingRequest proposal = asked(null);
        assertThat(proposal.byOrganiser()).isTrue();
        assertThat(proposal.awaiting()).containsExactly(SELLER, BUYER);

        MeetingRequest half = proposal.accept(BUYER, USER, NOW);
        assertThat(half.status()).isEqualTo(MeetingRequestStatus.PENDING);
        assertThat(half.awaiting()).containsExactly(SELLER);
        assertThat(half.actionsFor(BUYER)).containsExactly(Action.CANCEL);

        assertThat(half.accept(SELLER, USER, NOW).status()).isEqualTo(MeetingRequestStatus.ACCEPTED);
    }

    @Test
    void expire_onlyAPendingRequestAtItsDeadline() {
        MeetingRequest request = asked(SELLER);
        Instant deadline = request.expiresAt();

        assertThat(request.isOverdue(deadline.minusSeconds(1))).isFalse();
        assertThat(request.expire(deadline).status()).isEqualTo(MeetingRequestStatus.EXPIRED);
        assertThatThrownBy(() -> request.expire(deadline.minusSeconds(1))).isInstanceOf(ConflictException.class);
        MeetingRequest accepted = request.accept(BUYER, USER, NOW);
        assertThat(accepted.isOverdue(deadline.plusSeconds(1))).isFalse();
    }

    @Test
    void cancelByOrganiser_onlyWhileOpen() {
        assertThat(asked(SELLER).cancelByOrganiser(USER, NOW).status()).isEqualTo(MeetingRequestStatus.CANCELLED);
        MeetingRequest declined = asked(SELLER).decline(BUYER, null, USER, NOW);
        assertThatThrownBy(() -> declined.cancelByOrganiser(USER, NOW)).isInstanceOf(ConflictException.class);
    }
}
