package org.ketnoi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.Role;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyService;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ParticipationServiceTests {

    @Autowired
    ParticipationService participation;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    CompanyFixtures companies;

    @Autowired
    CompanyService companyService;

    @Autowired
    EventService events;

    @Autowired
    AuditLog audit;

    private static Registration at(CompanyFixtures.Owned company, long point, Attendance attendance) {
        return new Registration(company.id(), ParticipantRole.SELLER, point, attendance, Set.of(Language.VI));
    }

    @Test
    void register_whileOpenIsPendingAndAudited() {
        var event = fixtures.openEvent(true);
        var company = companies.company("Reg");

        ParticipationId id =
                participation.register(event.id(), at(company, event.point(0), Attendance.IN_PERSON), company.owner());

        assertThat(participation.mine(event.id(), company.owner()))
                .extracting(Participation::id, Participation::status, Participation::languages)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(id, ParticipationStatus.PENDING, Set.of(Language.VI)));
        assertThat(audit.forEvent(event.id().value(), 10))
                .extracting(e -> e.code())
                .contains("participant.participant.registered");
    }

    @Test
    void register_outsideTheWindowIsRefused() {
        var event = fixtures.openEvent(false);
        var company = companies.company("Late");

        assertThatThrownBy(() -> participation.register(
                        event.id(), at(company, event.point(0), Attendance.IN_PERSON), company.owner()))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "participant.error.registration-closed");
        assertThat(participation.mine(event.id(), company.owner())).isEmpty();
    }

    @Test
    void register_twiceIsRefused() {
        var event = fixtures.openEvent(true);
        var company = companies.company("Twice");
        participation.register(event.id(), at(company, event.point(0), Attendance.IN_PERSON), company.owner());

        assertThatThrownBy(() -> participation.register(
                        event.id(), at(company, event.point(1), Attendance.ONLINE), company.owner()))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "participant.error.duplicate");
    }

    @Test
    void register_withAnotherEventsConnectionPointIsRefused() {
        var event = fixtures.openEvent(true);
        var other = fixtures.openEvent(true);
        var company = companies.company("Foreign");

        assertThatThrownBy(() -> participation.register(
                        event.id(), at(company, other.point(0), Attendance.IN_PERSON), company.owner()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "connectionPoint");
        assertThat(participation.mine(event.id(), company.owner())).isEmpty();
    }

    @Test
    void register_inPersonAtAnOnlineOnlyPointIsRefused() {
        var event = fixtures.openEvent(true);
        var company = companies.company("Online");

        assertThatThrownBy(() -> participation.register(
                        event.id(), at(company, event.point(2), Attendance.IN_PERSON), company.owner()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "attendance");
        participation.register(event.id(), at(company, event.point(2), Attendance.ONLINE), company.owner());
        assertThat(participation.mine(event.id(), company.owner())).hasSize(1);
    }

    @Test
    void register_forSomeoneElsesCompanyIsForbidden() {
        var event = fixtures.openEvent(true);
        var company = companies.company("NotMine");

        assertThatThrownBy(() -> participation.register(
                        event.id(), at(company, event.point(0), Attendance.IN_PERSON), companies.user(Role.COMPANY)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void approveAndReject_byTheEventsOrganisersOnlyAndAudited() {
        var event = fixtures.openEvent(true);
        var other = fixtures.openEvent(true);
        var company = companies.company("Decide");
        ParticipationId id =
                participation.register(event.id(), at(company, event.point(0), Attendance.IN_PERSON), company.owner());

        assertThatThrownBy(() ->
                        participation.approve(event.id(), id, other.organiser().user()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() ->
                        participation.approve(other.id(), id, other.organiser().user()))
                .isInstanceOf(NotFoundException.class);
        participation.reject(event.id(), id, "Thiếu hồ sơ", event.organiser().user());

        Participation rejected = participation.mine(event.id(), company.owner()).getFirst();
        assertThat(rejected.status()).isEqualTo(ParticipationStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Thiếu hồ sơ");
        assertThat(rejected.decidedBy()).isEqualTo(event.organiser().user().id());
        participation.approve(event.id(), id, event.organiser().user());
        assertThat(audit.forEvent(event.id().value(), 10))
                .extracting(e -> e.code())
                .contains("participant.participant.rejected", "participant.participant.approved");
        assertThat(audit.forEvent(other.id().value(), 10))
                .extracting(e -> e.code())
                .doesNotContain("participant.participant.rejected", "participant.participant.approved");
    }

    @Test
    void forOrganisers_listsOnlyThisEventsRegistrationsWithFilters() {
        var event = fixtures.openEvent(true);
        var other = fixtures.openEvent(true);
        var seller = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.SELLER);
        var buyer = fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.BUYER);
        fixtures.participant(other, ParticipationStatus.APPROVED, ParticipantRole.SELLER);

        var organiser = event.organiser().user();
        assertThat(participation.forOrganisers(event.id(), null, null, organiser))
                .extracting(Participation::company)
                .containsExactly(seller.id(), buyer.id());
        assertThat(participation.forOrganisers(event.id(), ParticipationStatus.PENDING, null, organiser))
                .extracting(Participation::company)
                .containsExactly(buyer.id());
        assertThat(participation.forOrganisers(event.id(), null, ParticipantRole.SELLER, organiser))
                .extracting(Participation::company)
                .containsExactly(seller.id());
    }

    @Test
    void directory_onlyForOrganisersAndApprovedParticipantsOfThatEvent() {
        var event = fixtures.openEvent(true);
        var other = fixtures.openEvent(true);
        var approved = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.SELLER);
        var pending = fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.BUYER);
        var approvedElsewhere = fixtures.participant(other, ParticipationStatus.APPROVED, ParticipantRole.BUYER);

        assertThat(participation.directory(event.id(), approved.owner()))
                .extracting(Participation::company)
                .containsExactly(approved.id());
        assertThat(participation.directory(event.id(), event.organiser().user()))
                .extracting(Participation::company)
                .containsExactly(approved.id());
        assertThatThrownBy(() -> participation.directory(event.id(), pending.owner()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> participation.directory(event.id(), approvedElsewhere.owner()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() ->
                        participation.directory(event.id(), other.organiser().user()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void contacts_visibleToOrganisersOfTheCompanysEventsOnly() {
        var event = fixtures.openEvent(true);
        var other = fixtures.openEvent(true);
        var company = fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.SELLER);

        assertThat(companyService
                        .profile(company.id(), event.organiser().user())
                        .contacts())
                .isNotNull();
        assertThat(companyService
                        .profile(company.id(), other.organiser().user())
                        .contacts())
                .isNull();
    }

    @Test
    void editingAnEvent_keepsConnectionPointIdsAndRefusesToRemoveAUsedPoint() {
        var event = fixtures.openEvent(true);
        var company = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.SELLER);
        var organiser = event.organiser().user();
        List<Long> before = event.event().connectionPoints().stream()
                .map(ConnectionPoint::id)
                .toList();
        long room =
                event.event().connectionPoints().get(1).tradeRooms().getFirst().id();

        events.addGridDay(
                event.id(),
                new GridDay(
                        java.time.LocalDate.of(2027, 3, 11),
                        java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(10, 0),
                        20,
                        List.of()),
                organiser);
        events.removeConnectionPoint(event.id(), before.get(0), organiser);

        Event after = events.get(event.id(), organiser);
        assertThat(after.connectionPoints())
                .extracting(ConnectionPoint::id)
                .containsExactly(before.get(1), before.get(2));
        assertThat(after.connectionPoints().getFirst().tradeRooms())
                .extracting(TradeRoom::id)
                .containsExactly(room);
        assertThatThrownBy(() -> events.removeConnectionPoint(event.id(), before.get(1), organiser))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "participant.error.point-in-use");
        assertThat(events.get(event.id(), organiser).connectionPoints()).hasSize(2);
        assertThat(participation.mine(event.id(), company.owner()).getFirst().connectionPoint())
                .isEqualTo(before.get(1));
    }
}
