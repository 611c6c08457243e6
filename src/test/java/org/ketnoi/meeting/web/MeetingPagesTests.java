package org.ketnoi.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.meeting.MeetingFixtures;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.meeting.MeetingPair;
import org.ketnoi.meeting.MeetingRequest;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.meeting.MeetingRequestStatus;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.meeting.NewMeetingRequest;
import org.ketnoi.notification.Notices;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class MeetingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingFixtures fixtures;

    @Autowired
    MeetingRequests meetings;

    @Autowired
    Notices notices;

    private MeetingRequestId ask(org.ketnoi.event.ParticipationFixtures.OpenEvent event, Side from, Side to) {
        return meetings.request(
                event.id(), new NewMeetingRequest(null, to.id(), "Gặp nhau nhé", List.of()), from.user());
    }

    @Test
    void mine_showsTheRecipientItsReceivedRequestAndABystanderNothing() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        Side bystander = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = ask(event, seller, buyer);
        String path = "/events/" + event.id().value() + "/meetings";

        mvc.perform(get(path).param("lang", "en").with(user(buyer.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"request-" + id.value() + "\"")))
                .andExpect(content().string(containsString(seller.name() + " en")))
                .andExpect(content().string(containsString("Gặp nhau nhé")))
                .andExpect(content().string(containsString("/meetings/" + id.value() + "/accept")));
        mvc.perform(get(path).param("lang", "en").with(user(bystander.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("request-" + id.value()))))
                .andExpect(content().string(containsString("No requests received yet.")));
    }

    @Test
    void accept_withHtmx_swapsTheRowAndABystanderGetsNotFound() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        Side bystander = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = ask(event, seller, buyer);
        String accept = "/events/" + event.id().value() + "/meetings/" + id.value() + "/accept";

        mvc.perform(post(accept).header("HX-Request", "true").with(csrf()).with(user(bystander.user())))
                .andExpect(status().isNotFound());
        mvc.perform(post(accept)
                        .header("HX-Request", "true")
                        .param("lang", "en")
                        .with(csrf())
                        .with(user(buyer.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<tr id=\"request-" + id.value() + "\"")))
                .andExpect(content().string(containsString("Accepted")))
                .andExpect(content().string(not(containsString("<html"))));

        assertThat(meetings.get(event.id(), id, seller.user()).status()).isEqualTo(MeetingRequestStatus.ACCEPTED);
    }

    @Test
    void accept_twiceWithHtmx_showsTheTranslatedErrorInTheRow() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = ask(event, seller, buyer);
        meetings.cancel(event.id(), id, seller.user());

        mvc.perform(post("/events/" + event.id().value() + "/meetings/" + id.value() + "/accept")
                        .header("HX-Request", "true")
                        .param("lang", "vi")
                        .with(csrf())
                        .with(user(buyer.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể thay đổi đề nghị này theo cách đó nữa.")))
                .andExpect(content().string(containsString("Đã hủy")));
    }

    @Test
    void decline_withoutHtmx_redirectsAndKeepsTheReason() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = ask(event, seller, buyer);

        mvc.perform(post("/events/" + event.id().value() + "/meetings/" + id.value() + "/decline")
                        .param("reason", "Đã đủ nhà cung cấp")
                        .with(csrf())
                        .with(user(buyer.user())))
                .andExpect(redirectedUrl("/events/" + event.id().value() + "/meetings"));

        MeetingRequest declined = meetings.get(event.id(), id, seller.user());
        assertThat(declined.status()).isEqualTo(MeetingRequestStatus.DECLINED);
        assertThat(declined.reason()).isEqualTo("Đã đủ nhà cung cấp");
    }

    @Test
    void requestForm_sendsTheRequestOrShowsTheErrorWithoutChangingAnything() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        String base = "/events/" + event.id().value() + "/meetings";

        mvc.perform(get(base + "/new")
                        .param("with", String.valueOf(buyer.id().value()))
                        .param("lang", "en")
                        .with(user(seller.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Request a meeting with " + buyer.name() + " en")));
        mvc.perform(post(base)
                        .param("to", String.valueOf(seller.id().value()))
                        .param("lang", "en")
                        .with(csrf())
                        .with(user(seller.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot request a meeting with your own company.")));
        assertThat(meetings.mine(event.id(), seller.user()).requests()).isEmpty();

        mvc.perform(post(base)
                        .param("to", String.valueOf(buyer.id().value()))
                        .param("message", "Xin chào")
                        .with(csrf())
                        .with(user(seller.user())))
                .andExpect(redirectedUrl(base + "?sent"));
        assertThat(meetings.mine(event.id(), buyer.user()).requests())
                .extracting(MeetingRequest::message)
                .containsExactly("Xin chào");
    }

    @Test
    void companyPage_requestLinkLeadsToTheFormOfTheOnlySharedEvent() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);

        mvc.perform(get("/companies/" + buyer.company().value()).with(user(seller.user())))
                .andExpect(content()
                        .string(containsString("/companies/" + buyer.company().value() + "/meeting-request")));
        mvc.perform(get("/companies/" + buyer.company().value() + "/meeting-request")
                        .with(user(seller.user())))
                .andExpect(redirectedUrl("/events/" + event.id().value() + "/meetings/new?with="
                        + buyer.id().value()));
    }

    @Test
    void organiserPage_isForTheEventsOrganisersOnly() throws Exception {
        var event = fixtures.event();
        var other = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        MeetingRequestId id = ask(event, seller, buyer);
        String path = "/manage/events/" + event.id().value() + "/meetings";

        mvc.perform(get(path).with(user(event.organiser().user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"request-" + id.value() + "\"")));
        mvc.perform(get(path).with(user(other.organiser().user()))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(user(seller.user()))).andExpect(status().isForbidden());
        mvc.perform(post(path)
                        .param("first", String.valueOf(seller.id().value()))
                        .param("second", String.valueOf(buyer.id().value()))
                        .with(csrf())
                        .with(user(other.organiser().user())))
                .andExpect(status().isForbidden());
    }

    @Test
    void organiserPage_arrangesAMeetingAsAcceptedAndRefusesAPairWithHistory() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        String path = "/manage/events/" + event.id().value() + "/meetings";

        mvc.perform(post(path)
                        .param("first", String.valueOf(seller.id().value()))
                        .param("second", String.valueOf(buyer.id().value()))
                        .param("accepted", "true")
                        .with(csrf())
                        .with(user(event.organiser().user())))
                .andExpect(redirectedUrl(path + "?arranged"));
        assertThat(meetings.mine(event.id(), buyer.user()).requests())
                .extracting(MeetingRequest::status)
                .containsExactly(MeetingRequestStatus.ACCEPTED);

        mvc.perform(post(path)
                        .param("first", String.valueOf(buyer.id().value()))
                        .param("second", String.valueOf(seller.id().value()))
                        .param("lang", "en")
                        .with(csrf())
                        .with(user(event.organiser().user())))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(containsString(
                                "These two companies already have a request or meeting in this event.")));
        assertThat(meetings.pairsWithHistory(event.id())).containsExactly(MeetingPair.of(seller.id(), buyer.id()));
    }

    @Test
    void notices_listTheRequestForTheRecipientWithACountInTheHeaderUntilRead() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        ask(event, seller, buyer);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> notices.unread(buyer.user().id()) == 1);

        mvc.perform(get("/notices").param("lang", "en").with(user(buyer.user())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(seller.name() + " en requests a meeting with you at "
                                + event.event().title().en() + ".")))
                .andExpect(content().string(containsString("aria-label=\"Notices, 1 unread\"")));
        mvc.perform(get("/notices").param("lang", "en").with(user(seller.user())))
                .andExpect(content().string(containsString("No notices yet.")));

        mvc.perform(post("/notices/read").with(csrf()).with(user(buyer.user()))).andExpect(redirectedUrl("/notices"));
        assertThat(notices.unread(buyer.user().id())).isZero();
    }

    @Test
    void organiserSettings_outOfRangeAreRefusedAndValidOnesApply() throws Exception {
        var event = fixtures.event();
        String path = "/manage/events/" + event.id().value() + "/meetings/settings";

        mvc.perform(post(path)
                        .param("maxRequestsSent", "0")
                        .param("maxMeetings", "5")
                        .param("validityDays", "3")
                        .with(csrf())
                        .with(user(event.organiser().user())))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path)
                        .param("maxRequestsSent", "4")
                        .param("maxMeetings", "5")
                        .param("validityDays", "3")
                        .with(csrf())
                        .with(user(event.organiser().user())))
                .andExpect(redirectedUrl("/manage/events/" + event.id().value() + "/meetings?saved"));

        assertThat(meetings.settings(event.id())).isEqualTo(new org.ketnoi.meeting.MeetingSettings(4, 5, 3));
    }
}
