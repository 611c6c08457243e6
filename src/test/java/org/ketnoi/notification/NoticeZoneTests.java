package org.ketnoi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.event.EventDetails;
import org.ketnoi.event.EventFixtures;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The notice list shows each time in the zone the reader sees that event in. */
@IntegrationTest
@AutoConfigureMockMvc
class NoticeZoneTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Notices notices;

    @Autowired
    ParticipationFixtures participations;

    @Autowired
    EventFixtures events;

    @Autowired
    EventService eventService;

    @Autowired
    CompanyFixtures companies;

    @Test
    void notice_ofAnEventTheReaderTakesPartIn_isShownInTheZoneOfTheirConnectionPoint() throws Exception {
        ParticipationFixtures.OpenEvent event = participations.openEvent(true);
        // The fixture registers at the second point, Hangzhou (UTC+8); the event itself is in UTC+7.
        AccountUser owner = participations
                .participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER)
                .owner();
        send(owner, event.id());

        assertThat(notices.recent(owner.id(), Language.EN, 10))
                .extracting(Notice::zone)
                .containsExactly("Asia/Shanghai");
        mvc.perform(get("/notices").param("lang", "en").with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(UTC+8)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("(UTC+7)"))));
    }

    @Test
    void notice_ofAnEventTheReaderDoesNotTakePartIn_isShownInTheEventsZone() throws Exception {
        EventFixtures.Organiser organiser = events.organiser();
        EventDetails base = EventFixtures.details(EventFixtures.unique("Berlin"), organiser.agency());
        EventId berlin = eventService.create(
                new EventDetails(
                        base.title(),
                        base.description(),
                        base.kind(),
                        base.startDate(),
                        base.endDate(),
                        ZoneId.of("Europe/Berlin"),
                        null,
                        null,
                        base.organizers()),
                organiser.user());
        send(organiser.user(), berlin);

        assertThat(notices.recent(organiser.user().id(), Language.EN, 10))
                .extracting(Notice::zone)
                .containsExactly("Europe/Berlin");
        mvc.perform(get("/notices").param("lang", "en").with(user(organiser.user())))
                .andExpect(content().string(containsString("(UTC+1)")));
    }

    @Test
    void notice_withoutAnEvent_isShownInVietnamTime() throws Exception {
        AccountUser reader = companies.user(Role.COMPANY);
        send(reader, null);

        assertThat(notices.recent(reader.id(), Language.VI, 10))
                .extracting(Notice::zone)
                .containsExactly("Asia/Ho_Chi_Minh");
        mvc.perform(get("/notices").with(user(reader))).andExpect(content().string(containsString("(UTC+7)")));
    }

    private void send(AccountUser recipient, @Nullable EventId event) {
        notices.send(new NewNotice(
                recipient.id(),
                event,
                "meeting.requested",
                List.of(LocalizedText.of(Language.EN, "Partner"), LocalizedText.of(Language.EN, "Expo")),
                "/notices",
                "zone-test-" + UUID.randomUUID()));
    }
}
