package org.ketnoi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.i18n.Language;
import org.ketnoi.scheduling.PublishedSchedules;
import org.ketnoi.scheduling.ScheduledMeeting;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The Đắk Lắk conference comes with a published schedule of its accepted meetings. */
@IntegrationTest
class DemoScheduleTest {

    @Autowired
    AccountService accounts;

    @Autowired
    EventService events;

    @Autowired
    PublishedSchedules schedules;

    @Test
    void dakLak_hasAPublishedScheduleWithoutDoubleBooking() {
        Optional<AccountUser> organiser = accounts.findByEmail(DemoData.ORGANISER);
        assumeTrue(organiser.isPresent());
        Optional<Event> conference = events.organizedBy(organiser.get()).stream()
                .filter(e -> e.title().in(Language.VI).startsWith(DemoMeetings.EVENT))
                .findFirst();
        assumeTrue(conference.isPresent());

        List<ScheduledMeeting> meetings = schedules.meetings(conference.get().id());

        assertThat(schedules.publishedVersion(conference.get().id())).contains(1);
        assertThat(meetings).hasSizeGreaterThanOrEqualTo(3);
        Set<String> seats = new HashSet<>();
        for (ScheduledMeeting m : meetings) {
            assertThat(seats.add(m.first().value() + "@" + m.start())).isTrue();
            assertThat(seats.add(m.second().value() + "@" + m.start())).isTrue();
            assertThat(m.online() || (m.tradeRoom() != null && m.table() != null))
                    .isTrue();
        }
    }
}
