package org.ketnoi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Participants mark the slots they cannot meet in; only their own company and the organisers can. */
@IntegrationTest
class AvailabilityServiceTests {

    /** The fixture grid: 2027-03-10, 09:00–10:00 in Hà Nội, slots of 20 minutes. */
    private static final Instant NINE = Instant.parse("2027-03-10T02:00:00Z");

    private static final Instant NINE_TWENTY = Instant.parse("2027-03-10T02:20:00Z");

    @Autowired
    AvailabilityService availability;

    @Autowired
    EventResources resources;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    ParticipationService participations;

    @Autowired
    CompanyFixtures companies;

    @Autowired
    AuditLog audit;

    @Test
    void member_replacesTheSlots_readInItsConnectionPointsZone_andAudited() {
        var event = fixtures.openEvent(true);
        var member = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        ParticipationId id = idOf(event, member);

        availability.replace(event.id(), id, List.of(NINE, NINE_TWENTY), member.owner());
        availability.replace(event.id(), id, List.of(NINE_TWENTY), member.owner());

        ParticipantAvailability shown = availability.of(event.id(), id, member.owner());
        assertThat(shown.unavailable()).containsExactly(NINE_TWENTY);
        assertThat(shown.zone()).isEqualTo(EventFixtures.CHINA);
        assertThat(shown.editable()).isTrue();
        assertThat(resources.unavailability(event.id(), id)).containsExactly(NINE_TWENTY);
        assertThat(audit.forEvent(event.id().value(), 10))
                .filteredOn(e -> e.code().equals("event.availability.changed"))
                .hasSize(2)
                .first()
                .satisfies(e -> assertThat(e.data()).contains("\"unavailable\":1"));
    }

    @Test
    void startThatIsNotASlot_isRejected_andNothingChanges() {
        var event = fixtures.openEvent(true);
        var member = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        ParticipationId id = idOf(event, member);
        availability.replace(event.id(), id, List.of(NINE), member.owner());

        assertThatThrownBy(() -> availability.replace(
                        event.id(), id, List.of(NINE_TWENTY, NINE.plusSeconds(60)), member.owner()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("unavailable");
                    assertThat(e.messageKey()).isEqualTo("availability.error.unknown-slot");
                    assertThat(e.arguments()).containsExactly("2027-03-10T10:01+08:00");
                });

        assertThat(resources.unavailability(event.id(), id)).containsExactly(NINE);
    }

    @Test
    void pendingParticipant_cannotMarkSlots() {
        var event = fixtures.openEvent(true);
        var member = fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.SELLER);
        ParticipationId id = idOf(event, member);

        assertThat(availability.of(event.id(), id, member.owner()).editable()).isFalse();
        assertThatThrownBy(() -> availability.replace(event.id(), id, List.of(NINE), member.owner()))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("availability.error.not-approved"));
        assertThat(resources.unavailability(event.id(), id)).isEmpty();
    }

    @Test
    void otherCompanies_andOtherEventsOrganisers_getNotFound_organiserOfTheEventMayChange() {
        var event = fixtures.openEvent(true);
        var other = fixtures.openEvent(true);
        var member = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        var rival = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.SELLER);
        var outsider = companies.company("Outsider");
        ParticipationId id = idOf(event, member);
        availability.replace(event.id(), id, List.of(NINE), member.owner());

        for (var reader :
                List.of(rival.owner(), outsider.owner(), other.organiser().user())) {
            assertThatThrownBy(() -> availability.of(event.id(), id, reader)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> availability.replace(event.id(), id, List.of(), reader))
                    .isInstanceOf(NotFoundException.class);
        }
        // The registration asked through another event is not found either, even by its own member.
        assertThatThrownBy(() -> availability.of(other.id(), id, member.owner()))
                .isInstanceOf(NotFoundException.class);

        availability.replace(
                event.id(), id, List.of(NINE, NINE_TWENTY), event.organiser().user());
        assertThat(availability.of(event.id(), id, member.owner()).unavailable())
                .containsExactlyInAnyOrder(NINE, NINE_TWENTY);
        assertThat(audit.forEvent(other.id().value(), 10))
                .extracting(AuditEntry::code)
                .doesNotContain("event.availability.changed");
    }

    private ParticipationId idOf(ParticipationFixtures.OpenEvent event, CompanyFixtures.Owned member) {
        return participations.mine(event.id(), member.owner()).getFirst().id();
    }
}
