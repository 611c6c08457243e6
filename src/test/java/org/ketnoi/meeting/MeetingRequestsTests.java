package org.ketnoi.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.catalog.CatalogFixtures;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.event.EventFixtures;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class MeetingRequestsTests {

    @Autowired
    MeetingRequests meetings;

    @Autowired
    MeetingFixtures fixtures;

    @Autowired
    EventFixtures events;

    @Autowired
    CompanyFixtures companies;

    @Autowired
    CatalogFixtures catalog;

    @Autowired
    org.ketnoi.company.CompanyService companyService;

    @Autowired
    ListingService listings;

    @Autowired
    org.ketnoi.event.ParticipationService participationService;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents published;

    private static NewMeetingRequest ask(Side to) {
        return new NewMeetingRequest(null, to.id(), "Chúng tôi muốn gặp", List.of());
    }

    @Test
    void request_isPendingAuditedPublishedAndVisibleToBothSidesOnly() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        Side bystander = fixtures.side(event, ParticipantRole.BUYER);

        MeetingRequestId id = meetings.request(event.id(), ask(buyer), seller.user());

        MeetingRequest request = meetings.get(event.id(), id, buyer.user());
        assertThat(request.status()).isEqualTo(MeetingRequestStatus.PENDING);
        assertThat(request.requester()).isEqualTo(seller.id());
        assertThat(request.message()).isEqualTo("Chúng tôi muốn gặp");
        assertThat(meetings.mine(event.id(), seller.user()).requests())
                .extracting(MeetingRequest::id)
                .containsExactly(id);
        assertThat(meetings.mine(event.id(), bystander.user()).requests()).isEmpty();
        assertThatThrownBy(() -> meetings.get(event.id(), id, bystander.user())).isInstanceOf(NotFoundException.class);
        assertThat(published.stream(MeetingRequested.class))
                .containsExactly(new MeetingRequested(
                        id, event.id(), MeetingPair.of(seller.id(), buyer.id()), seller.id(), false));
        assertThat(audit.forEvent(event.id().value(), 5))
                .extracting(AuditEntry::code)
                .contains("meeting.request.created");
    }

    @Test
    void accept_byTheRecipient_makesAMeetingAndPublishesIt() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = meetings.request(event.id(), ask(buyer), seller.user());

        meetings.accept(event.id(), id, buyer.user());

        assertThat(meetings.get(event.id(), id, seller.user()).status()).isEqualTo(MeetingRequestStatus.ACCEPTED);
        assertThat(published.stream(MeetingRequestAccepted.class))
                .containsExactly(new MeetingRequestAccepted(
                        id, event.id(), MeetingPair.of(seller.id(), buyer.id()), buyer.id()));
    }

    @Test
    void actions_ofABystanderOnSomeoneElsesRequest_areNotFoundAndChangeNothing() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        Side bystander = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = meetings.request(event.id(), ask(buyer), seller.user());

        assertThatThrownBy(() -> meetings.accept(event.id(), id, bystander.user()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.decline(event.id(), id, null, bystander.user()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.cancel(event.id(), id, bystander.user()))
                .isInstanceOf(NotFoundException.class);
        assertThat(meetings.get(event.id(), id, seller.user()).status()).isEqualTo(MeetingRequestStatus.PENDING);
    }

    @Test
    void request_ofSomeoneNotApprovedInTheEvent_isForbidden() {
        var event = fixtures.event();
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        Side pending = fixtures.side(event, ParticipationStatus.PENDING, ParticipantRole.SELLER);
        var outsider = companies.company("Outsider");

        assertThatThrownBy(() -> meetings.request(event.id(), ask(buyer), outsider.owner()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> meetings.request(event.id(), ask(buyer), pending.user()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(meetings.mine(event.id(), buyer.user()).requests()).isEmpty();
    }

    @Test
    void request_toOneselfOrAnUnapprovedOrAnotherEventsParticipant_isInvalid() {
        var event = fixtures.event();
        var other = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side pending = fixtures.side(event, ParticipationStatus.PENDING, ParticipantRole.BUYER);
        Side elsewhere = fixtures.side(other, ParticipantRole.BUYER);

        assertThatThrownBy(() -> meetings.request(event.id(), ask(seller), seller.user()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("meeting.error.self");
        assertThatThrownBy(() -> meetings.request(event.id(), ask(pending), seller.user()))
                .hasMessage("meeting.error.recipient-unknown");
        assertThatThrownBy(() -> meetings.request(event.id(), ask(elsewhere), seller.user()))
                .hasMessage("meeting.error.recipient-unknown");
    }

    @Test
    void request_twiceForOnePair_isAConflictEitherWay() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        meetings.request(event.id(), ask(buyer), seller.user());

        assertThatThrownBy(() -> meetings.request(event.id(), ask(buyer), seller.user()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("meeting.error.duplicate");
        assertThatThrownBy(() -> meetings.request(event.id(), ask(seller), buyer.user()))
                .hasMessage("meeting.error.duplicate");
    }

    @Test
    void request_afterACancelledOne_isAllowedAgain() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId first = meetings.request(event.id(), ask(buyer), seller.user());
        meetings.cancel(event.id(), first, seller.user());

        MeetingRequestId second = meetings.request(event.id(), ask(buyer), seller.user());

        assertThat(second).isNotEqualTo(first);
        assertThat(meetings.pairsWithHistory(event.id())).containsExactly(MeetingPair.of(seller.id(), buyer.id()));
    }

    @Test
    void request_aboutListings_ofEitherCompanyPublishedOnly() {
        var event = fixtures.event();
        var sellerMember = catalog.member("Lst", Language.VI);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        Side seller = fixtures.enrol(event, sellerMember.company(), sellerMember.user(), ParticipantRole.SELLER);
        ListingId offer = catalog.published(sellerMember, "Cà phê");
        ListingId draft = catalog.draft(sellerMember, "Nháp");
        var stranger = catalog.member("Str", Language.VI);
        ListingId foreign = catalog.published(stranger, "Khác");

        assertThatThrownBy(() -> meetings.request(
                        event.id(), new NewMeetingRequest(null, buyer.id(), null, List.of(draft)), seller.user()))
                .hasMessage("meeting.error.listing-invalid");
        assertThatThrownBy(() -> meetings.request(
                        event.id(), new NewMeetingRequest(null, buyer.id(), null, List.of(foreign)), seller.user()))
                .hasMessage("meeting.error.listing-invalid");
        MeetingRequestId id = meetings.request(
                event.id(), new NewMeetingRequest(null, buyer.id(), null, List.of(offer, offer)), seller.user());

        assertThat(meetings.get(event.id(), id, buyer.user()).listings()).containsExactly(offer);
    }

    @Test
    void request_beyondTheEventsLimit_isAConflict() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        meetings.changeSettings(
                event.id(), new MeetingSettings(2, 5, 7), event.organiser().user());
        Side a = fixtures.side(event, ParticipantRole.BUYER);
        Side b = fixtures.side(event, ParticipantRole.BUYER);
        Side c = fixtures.side(event, ParticipantRole.BUYER);
        meetings.request(event.id(), ask(a), seller.user());
        MeetingRequestId second = meetings.request(event.id(), ask(b), seller.user());
        meetings.cancel(event.id(), second, seller.user());

        assertThatThrownBy(() -> meetings.request(event.id(), ask(c), seller.user()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("meeting.error.request-limit");
    }

    @Test
    void accept_beyondTheMeetingLimit_isAConflictAndLeavesThePendingRequest() {
        var event = fixtures.event();
        meetings.changeSettings(
                event.id(), new MeetingSettings(10, 1, 7), event.organiser().user());
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        Side a = fixtures.side(event, ParticipantRole.SELLER);
        Side b = fixtures.side(event, ParticipantRole.SELLER);
        MeetingRequestId first = meetings.request(event.id(), ask(buyer), a.user());
        MeetingRequestId second = meetings.request(event.id(), ask(buyer), b.user());
        meetings.accept(event.id(), first, buyer.user());

        assertThatThrownBy(() -> meetings.accept(event.id(), second, buyer.user()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("meeting.error.meeting-limit");
        assertThat(meetings.get(event.id(), second, buyer.user()).status()).isEqualTo(MeetingRequestStatus.PENDING);
    }

    @Test
    void proposeByOrganiser_proposesNewPairsAndSkipsHistoryAndStrangers() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        Side investor = fixtures.side(event, ParticipantRole.INVESTOR);
        Side pending = fixtures.side(event, ParticipationStatus.PENDING, ParticipantRole.BUYER);
        MeetingRequestId asked = meetings.request(event.id(), ask(buyer), seller.user());
        meetings.decline(event.id(), asked, "Không phù hợp", buyer.user());

        ProposalOutcome outcome = meetings.proposeByOrganiser(
                event.id(),
                event.organiser().user().id(),
                List.of(
                        MeetingPair.of(seller.id(), buyer.id()),
                        MeetingPair.of(seller.id(), investor.id()),
                        MeetingPair.of(investor.id(), seller.id()),
                        MeetingPair.of(seller.id(), pending.id())),
                "Ban tổ chức giới thiệu");

        assertThat(outcome).isEqualTo(new ProposalOutcome(1, 3));
        MeetingRequest proposal =
                meetings.mine(event.id(), investor.user()).requests().getFirst();
        assertThat(proposal.byOrganiser()).isTrue();
        assertThat(proposal.awaiting()).containsExactlyInAnyOrder(seller.id(), investor.id());
        assertThat(meetings.pairsWithHistory(event.id()))
                .containsExactlyInAnyOrder(
                        MeetingPair.of(seller.id(), buyer.id()), MeetingPair.of(seller.id(), investor.id()));

        meetings.accept(event.id(), proposal.id(), investor.user());
        assertThat(meetings.get(event.id(), proposal.id(), seller.user()).status())
                .isEqualTo(MeetingRequestStatus.PENDING);
        meetings.accept(event.id(), proposal.id(), seller.user());
        assertThat(meetings.get(event.id(), proposal.id(), seller.user()).status())
                .isEqualTo(MeetingRequestStatus.ACCEPTED);
    }

    @Test
    void proposeByOrganiser_ofAnotherEventsOrganiser_isForbidden() {
        var event = fixtures.event();
        var other = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);

        assertThatThrownBy(() -> meetings.proposeByOrganiser(
                        event.id(),
                        other.organiser().user().id(),
                        List.of(MeetingPair.of(seller.id(), buyer.id())),
                        null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> meetings.proposeByOrganiser(
                        event.id(), seller.user().id(), List.of(MeetingPair.of(seller.id(), buyer.id())), null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(meetings.pairsWithHistory(event.id())).isEmpty();
    }

    @Test
    void arrange_asAccepted_isAMeetingAtOnce() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);

        MeetingRequestId id = meetings.arrange(
                event.id(),
                MeetingPair.of(seller.id(), buyer.id()),
                null,
                true,
                event.organiser().user());

        assertThat(meetings.get(event.id(), id, buyer.user()).status()).isEqualTo(MeetingRequestStatus.ACCEPTED);
        assertThat(published.stream(MeetingRequested.class))
                .containsExactly(
                        new MeetingRequested(id, event.id(), MeetingPair.of(seller.id(), buyer.id()), null, true));
    }

    @Test
    void contacts_areSharedBetweenCompaniesWithAnAcceptedMeetingOnly() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        Side bystander = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = meetings.request(event.id(), ask(buyer), seller.user());
        assertThat(companyService.profile(buyer.company(), seller.user()).contactsVisible())
                .isFalse();

        meetings.accept(event.id(), id, buyer.user());

        assertThat(companyService.profile(buyer.company(), seller.user()).contactsVisible())
                .isTrue();
        assertThat(companyService.profile(seller.company(), buyer.user()).contactsVisible())
                .isTrue();
        assertThat(companyService.profile(seller.company(), bystander.user()).contactsVisible())
                .isFalse();
        meetings.cancel(event.id(), id, buyer.user());
        assertThat(companyService.profile(buyer.company(), seller.user()).contactsVisible())
                .isFalse();
    }

    @Test
    void pairsWithHistory_isScopedToTheEvent() {
        var event = fixtures.event();
        var other = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        meetings.request(event.id(), ask(buyer), seller.user());

        assertThat(meetings.pairsWithHistory(other.id())).isEmpty();
        assertThat(meetings.forOrganisers(other.id(), other.organiser().user())).isEmpty();
        assertThatThrownBy(() ->
                        meetings.forOrganisers(event.id(), other.organiser().user()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void withdrawingFromTheEvent_callsOffItsOpenRequests() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        Side other = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId pending = meetings.request(event.id(), ask(buyer), seller.user());
        MeetingRequestId untouched = meetings.request(event.id(), ask(other), buyer.user());

        participationService.withdraw(event.id(), seller.id(), seller.user());

        assertThat(meetings.get(event.id(), pending, buyer.user()).status()).isEqualTo(MeetingRequestStatus.CANCELLED);
        assertThat(meetings.get(event.id(), untouched, buyer.user()).status()).isEqualTo(MeetingRequestStatus.PENDING);
        assertThat(published.stream(MeetingRequestCancelled.class))
                .containsExactly(new MeetingRequestCancelled(
                        pending, event.id(), MeetingPair.of(seller.id(), buyer.id()), seller.id(), false));
        assertThat(meetings.pairsWithHistory(event.id())).doesNotContain(MeetingPair.of(seller.id(), buyer.id()));
    }
}
