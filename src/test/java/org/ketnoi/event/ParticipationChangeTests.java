package org.ketnoi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ParticipationChangeTests {

    @Autowired
    ParticipationService participation;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    CompanyFixtures companies;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents published;

    private Participation only(ParticipationFixtures.OpenEvent event, CompanyFixtures.Owned company) {
        return participation.mine(event.id(), company.owner()).getFirst();
    }

    @Test
    void changingAttendanceOfAnApprovedRegistration_keepsItApproved_auditedAndPublished() {
        var event = fixtures.openEvent(true);
        var company = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        Participation before = only(event, company);

        ParticipationStatus status = participation.change(
                event.id(),
                before.id(),
                new Registration(
                        company.id(), ParticipantRole.BUYER, event.point(1), Attendance.ONLINE, Set.of(Language.EN)),
                company.owner());

        Participation after = only(event, company);
        assertThat(status).isEqualTo(ParticipationStatus.APPROVED);
        assertThat(after.status()).isEqualTo(ParticipationStatus.APPROVED);
        assertThat(after.attendance()).isEqualTo(Attendance.ONLINE);
        assertThat(after.languages()).containsExactly(Language.EN);
        assertThat(audit.forEvent(event.id().value(), 5))
                .extracting(entry -> entry.code())
                .contains("participant.participant.changed");
        assertThat(published.stream(ParticipationChanged.class))
                .containsExactly(
                        new ParticipationChanged(event.id(), before.id(), company.id(), ParticipationStatus.APPROVED));
    }

    @Test
    void changingTheRoleOfAnApprovedRegistration_sendsItBackToTheOrganisers() {
        var event = fixtures.openEvent(true);
        var company = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        Participation before = only(event, company);

        participation.change(
                event.id(),
                before.id(),
                new Registration(company.id(), ParticipantRole.SELLER, event.point(0), Attendance.IN_PERSON, Set.of()),
                company.owner());

        Participation after = only(event, company);
        assertThat(after.status()).isEqualTo(ParticipationStatus.PENDING);
        assertThat(after.decidedAt()).isNull();
        assertThat(after.connectionPoint()).isEqualTo(event.point(0));
        assertThat(participation.forOrganisers(
                        event.id(),
                        ParticipationStatus.PENDING,
                        null,
                        event.organiser().user()))
                .extracting(Participation::id)
                .contains(before.id());
        assertThat(participation.directory(event.id(), event.organiser().user()))
                .extracting(Participation::id)
                .doesNotContain(before.id());
    }

    @Test
    void change_byAnotherCompanysMember_isForbiddenAndChangesNothing() {
        var event = fixtures.openEvent(true);
        var company = fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.BUYER);
        var other = companies.company("Other");
        Participation before = only(event, company);

        assertThatThrownBy(() -> participation.change(
                        event.id(),
                        before.id(),
                        new Registration(
                                other.id(), ParticipantRole.SELLER, event.point(0), Attendance.ONLINE, Set.of()),
                        other.owner()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> participation.withdraw(event.id(), before.id(), other.owner()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> participation.withdraw(
                        event.id(), before.id(), event.organiser().user()))
                .isInstanceOf(ForbiddenException.class);

        assertThat(only(event, company)).isEqualTo(before);
        assertThat(published.stream(ParticipationChanged.class)).isEmpty();
        assertThat(published.stream(ParticipationWithdrawn.class)).isEmpty();
    }

    @Test
    void change_toAnOnlineOnlyPointInPerson_isInvalidAndChangesNothing() {
        var event = fixtures.openEvent(true);
        var company = fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.BUYER);
        Participation before = only(event, company);

        assertThatThrownBy(() -> participation.change(
                        event.id(),
                        before.id(),
                        new Registration(
                                company.id(), ParticipantRole.BUYER, event.point(2), Attendance.IN_PERSON, Set.of()),
                        company.owner()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(only(event, company)).isEqualTo(before);
    }

    @Test
    void withdraw_leavesTheDirectory_isFinal_andOrganisersCannotApproveIt() {
        var event = fixtures.openEvent(true);
        var company = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.SELLER);
        Participation before = only(event, company);

        participation.withdraw(event.id(), before.id(), company.owner());

        assertThat(only(event, company).status()).isEqualTo(ParticipationStatus.WITHDRAWN);
        assertThat(participation.directory(event.id(), event.organiser().user()))
                .extracting(Participation::id)
                .doesNotContain(before.id());
        assertThat(participation.forOrganisers(
                        event.id(),
                        ParticipationStatus.WITHDRAWN,
                        null,
                        event.organiser().user()))
                .extracting(Participation::id)
                .containsExactly(before.id());
        assertThat(published.stream(ParticipationWithdrawn.class))
                .containsExactly(new ParticipationWithdrawn(event.id(), before.id(), company.id()));
        assertThat(audit.forEvent(event.id().value(), 5))
                .extracting(entry -> entry.code())
                .contains("participant.participant.withdrawn");
        assertThatThrownBy(() -> participation.withdraw(event.id(), before.id(), company.owner()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> participation.approve(
                        event.id(), before.id(), event.organiser().user()))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "participant.error.withdrawn");
    }

    @Test
    void registerApproveReject_arePublished() {
        var event = fixtures.openEvent(true);
        var approved = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.SELLER);
        var rejected = fixtures.participant(event, ParticipationStatus.REJECTED, ParticipantRole.BUYER);
        ParticipationId approvedId = only(event, approved).id();
        ParticipationId rejectedId = only(event, rejected).id();

        assertThat(published.stream(ParticipationRegistered.class))
                .containsExactly(
                        new ParticipationRegistered(event.id(), approvedId, approved.id(), ParticipationStatus.PENDING),
                        new ParticipationRegistered(
                                event.id(), rejectedId, rejected.id(), ParticipationStatus.PENDING));
        assertThat(published.stream(ParticipationApproved.class))
                .containsExactly(new ParticipationApproved(event.id(), approvedId, approved.id()));
        assertThat(published.stream(ParticipationRejected.class))
                .containsExactly(new ParticipationRejected(event.id(), rejectedId, rejected.id()));
    }
}
