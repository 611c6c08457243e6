package org.ketnoi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnoi.company.CompanyId;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ConflictException;

class ParticipationRulesTests {

    private static final CompanyId COMPANY = new CompanyId(7);

    private static Participation registration(ParticipationStatus status) {
        return new Participation(
                new ParticipationId(1),
                new EventId(2),
                COMPANY,
                ParticipantRole.SELLER,
                10,
                Attendance.IN_PERSON,
                Set.of(Language.VI),
                status,
                null,
                Instant.EPOCH,
                null,
                null);
    }

    private static Registration wanted(ParticipantRole role, long point, Attendance attendance) {
        return new Registration(COMPANY, role, point, attendance, Set.of(Language.ZH));
    }

    @Test
    void pending_staysPendingWhateverChanges() {
        assertThat(ParticipationRules.afterChange(
                        registration(ParticipationStatus.PENDING),
                        wanted(ParticipantRole.BUYER, 11, Attendance.ONLINE),
                        EventStatus.SCHEDULING))
                .isEqualTo(ParticipationStatus.PENDING);
    }

    @Test
    void approved_keepsApprovalForAttendanceAndLanguages() {
        assertThat(ParticipationRules.afterChange(
                        registration(ParticipationStatus.APPROVED),
                        wanted(ParticipantRole.SELLER, 10, Attendance.ONLINE),
                        EventStatus.OPEN))
                .isEqualTo(ParticipationStatus.APPROVED);
    }

    @Test
    void approved_goesBackToPendingForANewRoleOrPoint() {
        assertThat(ParticipationRules.afterChange(
                        registration(ParticipationStatus.APPROVED),
                        wanted(ParticipantRole.BUYER, 10, Attendance.IN_PERSON),
                        EventStatus.OPEN))
                .isEqualTo(ParticipationStatus.PENDING);
        assertThat(ParticipationRules.afterChange(
                        registration(ParticipationStatus.APPROVED),
                        wanted(ParticipantRole.SELLER, 11, Attendance.IN_PERSON),
                        EventStatus.OPEN))
                .isEqualTo(ParticipationStatus.PENDING);
    }

    @Test
    void approved_isFrozenOnceSchedulingStarts() {
        assertThatThrownBy(() -> ParticipationRules.afterChange(
                        registration(ParticipationStatus.APPROVED),
                        wanted(ParticipantRole.SELLER, 10, Attendance.ONLINE),
                        EventStatus.SCHEDULING))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "participant.error.scheduling-started");
    }

    @Test
    void rejectedOrWithdrawn_neverChange() {
        for (ParticipationStatus status :
                new ParticipationStatus[] {ParticipationStatus.REJECTED, ParticipationStatus.WITHDRAWN}) {
            assertThatThrownBy(() -> ParticipationRules.checkWithdrawable(registration(status), EventStatus.OPEN))
                    .isInstanceOf(ConflictException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "participant.error.not-changeable");
        }
    }

    @Test
    void nothingChangesOnceTheEventRuns() {
        for (EventStatus event : new EventStatus[] {EventStatus.RUNNING, EventStatus.CLOSED}) {
            assertThatThrownBy(() ->
                            ParticipationRules.checkWithdrawable(registration(ParticipationStatus.APPROVED), event))
                    .isInstanceOf(ConflictException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "participant.error.event-under-way");
        }
    }
}
