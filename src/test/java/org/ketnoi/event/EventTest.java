package org.ketnoi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.organization.AgencyId;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.InvalidInputException;

class EventTest {

    private Event ready() {
        Event event = Event.draft(EventFixtures.details("Test", new AgencyId(1)));
        event.addConnectionPoint(EventFixtures.haNoi());
        return event;
    }

    @Test
    void status_movesForwardOneStepAtATime() {
        Event event = ready();
        event.open();
        event.startScheduling();
        event.start();
        event.close();
        assertThat(event.status()).isEqualTo(EventStatus.CLOSED);
    }

    @Test
    void changeStatus_skippingAStep_isAConflict() {
        Event event = ready();
        assertThatThrownBy(() -> event.changeStatus(EventStatus.RUNNING))
                .isInstanceOf(ConflictException.class)
                .hasMessage("event.error.transition");
        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void changeStatus_backwards_isAConflict() {
        Event event = ready();
        event.open();
        assertThatThrownBy(() -> event.changeStatus(EventStatus.DRAFT)).isInstanceOf(ConflictException.class);
    }

    @Test
    void open_withoutConnectionPoint_isAConflict() {
        Event event = Event.draft(EventFixtures.details("Test", new AgencyId(1)));
        assertThatThrownBy(event::open).isInstanceOf(ConflictException.class).hasMessage("event.error.not-ready");
    }

    @Test
    void open_withoutTitle_isAConflict() {
        EventDetails details = EventFixtures.details("Test", new AgencyId(1));
        Event event = Event.draft(new EventDetails(
                LocalizedText.empty(),
                details.description(),
                details.kind(),
                details.startDate(),
                details.endDate(),
                null,
                null,
                null,
                details.organizers()));
        event.addConnectionPoint(EventFixtures.haNoi());
        assertThatThrownBy(event::open).isInstanceOf(ConflictException.class);
    }

    @Test
    void closedEvent_cannotChange() {
        Event event = ready();
        event.open();
        event.startScheduling();
        event.start();
        event.close();
        assertThatThrownBy(() -> event.addGridDay(EventFixtures.day())).isInstanceOf(ConflictException.class);
    }

    @Test
    void details_endBeforeStart_isInvalidOnEndDate() {
        EventDetails details = EventFixtures.details("Test", new AgencyId(1));
        EventDetails wrong = new EventDetails(
                details.title(),
                details.description(),
                details.kind(),
                LocalDate.of(2027, 3, 11),
                LocalDate.of(2027, 3, 10),
                null,
                null,
                null,
                details.organizers());
        assertThatThrownBy(() -> Event.draft(wrong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endDate"));
    }

    @Test
    void zone_defaultsToFirstConnectionPoint() {
        EventDetails details = EventFixtures.details("Test", new AgencyId(1));
        Event event = Event.draft(new EventDetails(
                details.title(), details.description(), details.kind(), null, null, null, null, null, List.of()));
        event.addConnectionPoint(EventFixtures.hangzhou());
        event.addConnectionPoint(EventFixtures.haNoi());
        assertThat(event.zone()).isEqualTo(EventFixtures.CHINA);
    }

    @Test
    void firstConnectionPoint_withoutOwnZone_keepsRegistrationWallClockTimes() {
        EventDetails details = EventFixtures.details("Test", new AgencyId(1));
        Instant closes = java.time.LocalDateTime.of(2027, 3, 1, 17, 0)
                .atZone(Event.DEFAULT_ZONE)
                .toInstant();
        Event event = Event.draft(new EventDetails(
                details.title(), details.description(), details.kind(), null, null, null, null, closes, List.of()));
        event.addConnectionPoint(EventFixtures.hangzhou());
        assertThat(event.registrationCloses().atZone(EventFixtures.CHINA).toLocalTime())
                .isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void gridSlots_skipBreaksAndAreInstantsOfTheEventZone() {
        GridDay day = new GridDay(
                LocalDate.of(2027, 3, 10),
                LocalTime.of(9, 0),
                LocalTime.of(11, 0),
                30,
                List.of(new TimeRange(LocalTime.of(10, 0), LocalTime.of(10, 15))));
        List<Slot> slots = day.slots(EventFixtures.VIETNAM);
        assertThat(slots)
                .extracting(Slot::start)
                .containsExactly(
                        Instant.parse("2027-03-10T02:00:00Z"),
                        Instant.parse("2027-03-10T02:30:00Z"),
                        Instant.parse("2027-03-10T03:15:00Z"));
        assertThat(slots.getLast().end()).isEqualTo(Instant.parse("2027-03-10T03:45:00Z"));
    }

    @Test
    void gridSlots_seenFromHangzhou_areOneHourLater() {
        Event event = ready();
        event.addGridDay(EventFixtures.day());
        Slot first = event.slots().getFirst();
        assertThat(first.start().atZone(EventFixtures.VIETNAM).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(first.start().atZone(EventFixtures.CHINA).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(event.slots()).hasSize(3);
    }
}
