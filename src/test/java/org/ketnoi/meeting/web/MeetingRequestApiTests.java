package org.ketnoi.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.meeting.MeetingFixtures;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.meeting.MeetingRequest;
import org.ketnoi.meeting.MeetingRequestStatus;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
@AutoConfigureMockMvc
class MeetingRequestApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingFixtures fixtures;

    @Autowired
    CompanyFixtures companies;

    @Autowired
    MeetingRequests meetings;

    @Autowired
    ObjectMapper json;

    private static String base(org.ketnoi.event.ParticipationFixtures.OpenEvent event) {
        return "/api/v1/events/" + event.id().value() + "/meeting-requests";
    }

    @Test
    void create_thenTheRecipientListsAndAcceptsIt() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);

        String created = mvc.perform(post(base(event))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":" + buyer.id().value() + ",\"message\":\"Xin chào\"}")
                        .param("lang", "en")
                        .with(user(seller.user())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.received").value(false))
                .andExpect(jsonPath("$.own.participation").value(seller.id().value()))
                .andExpect(jsonPath("$.other.participation").value(buyer.id().value()))
                .andExpect(jsonPath("$.other.name").value(buyer.name() + " en"))
                .andExpect(jsonPath("$.actions[0]").value("CANCEL"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        String listed = mvc.perform(get(base(event)).param("lang", "zh-CN").with(user(buyer.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode list = json.readTree(listed);
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(list.get(0).get("received").asBoolean()).isTrue();
        assertThat(list.get(0).get("other").get("name").asString()).isEqualTo(seller.name() + " 中文");
        assertThat(list.get(0).get("message").asString()).isEqualTo("Xin chào");

        mvc.perform(post(base(event) + "/" + id + "/accept").with(user(buyer.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
    }

    @Test
    void otherParticipantsAndOutsiders_cannotSeeOrActOnTheRequest() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        Side bystander = fixtures.side(event, ParticipantRole.BUYER);
        var outsider = companies.company("Outsider");
        long id = meetings.request(
                        event.id(),
                        new org.ketnoi.meeting.NewMeetingRequest(null, buyer.id(), null, List.of()),
                        seller.user())
                .value();

        mvc.perform(get(base(event)).with(user(bystander.user())))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        mvc.perform(post(base(event) + "/" + id + "/accept").param("lang", "en").with(user(bystander.user())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Meeting request not found."));
        mvc.perform(post(base(event) + "/" + id + "/cancel").with(user(buyer.user())))
                .andExpect(status().isConflict());
        mvc.perform(post(base(event))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":" + buyer.id().value() + "}")
                        .param("lang", "vi")
                        .with(user(outsider.owner())))
                .andExpect(status().isForbidden())
                .andExpect(
                        jsonPath("$.detail").value("Chỉ doanh nghiệp tham dự đã được duyệt mới có thể làm việc này."));
        mvc.perform(get(base(event))).andExpect(status().isUnauthorized());

        assertThat(meetings.get(event.id(), new org.ketnoi.meeting.MeetingRequestId(id), seller.user())
                        .status())
                .isEqualTo(MeetingRequestStatus.PENDING);
    }

    @Test
    void decline_withAReason_andInvalidInputIsAProblemWithTheField() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);

        mvc.perform(post(base(event))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":" + seller.id().value() + "}")
                        .param("lang", "en")
                        .with(user(seller.user())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recipient"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("You cannot request a meeting with your own company."));
        long id = meetings.request(
                        event.id(),
                        new org.ketnoi.meeting.NewMeetingRequest(null, buyer.id(), null, List.of()),
                        seller.user())
                .value();

        mvc.perform(post(base(event) + "/" + id + "/decline")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Không phù hợp\"}")
                        .with(user(buyer.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.reason").value("Không phù hợp"));
        assertThat(meetings.mine(event.id(), seller.user()).requests())
                .extracting(MeetingRequest::status)
                .containsExactly(MeetingRequestStatus.DECLINED);
    }
}
