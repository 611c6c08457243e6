package org.ketnoi.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.account.Role;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.event.EventFixtures;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
@AutoConfigureMockMvc
class ParticipantWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    CompanyFixtures companies;

    @Autowired
    EventFixtures events;

    @Autowired
    ParticipationService participation;

    @Autowired
    ObjectMapper json;

    @Test
    void api_returnsExactlyTheDirectoryShapeInTheRequestLanguage() throws Exception {
        var event = fixtures.openEvent(true);
        var approved = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.SELLER);
        long id =
                participation.mine(event.id(), approved.owner()).getFirst().id().value();

        String body = mvc.perform(get("/api/v1/events/" + event.id().value() + "/participants")
                        .param("lang", "zh-CN")
                        .with(user(approved.owner())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String expected = """
                [{"id":%d,"company":{"id":%d,"name":"%s","country":"VN","province":"%s"},
                  "role":"BUYER","connectionPoint":"杭州","attendance":"IN_PERSON"}]""".formatted(id, approved.id().value(), nameZh(approved), "多乐");
        assertThat(json.readTree(body)).isEqualTo(json.readTree(expected));
    }

    @Test
    void api_isHiddenFromEveryoneButOrganisersAndApprovedParticipantsOfThatEvent() throws Exception {
        var event = fixtures.openEvent(true);
        var other = fixtures.openEvent(true);
        fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.SELLER);
        var pending = fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.BUYER);
        var elsewhere = fixtures.participant(other, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        String url = "/api/v1/events/" + event.id().value() + "/participants";

        mvc.perform(get(url)).andExpect(status().isUnauthorized());
        mvc.perform(get(url).with(user(pending.owner()))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(elsewhere.owner()))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(other.organiser().user()))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(event.organiser().user())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(nameZh(elsewhere)))));
    }

    @Test
    void api_ofADraftIsNotFound() throws Exception {
        var organiser = events.organiser();
        EventId draft = events.draft(organiser, EventFixtures.unique("Draft"));
        mvc.perform(get("/api/v1/events/" + draft.value() + "/participants").with(user(companies.user(Role.COMPANY))))
                .andExpect(status().isNotFound());
    }

    @Test
    void publicPage_letsAMemberRegisterAndShowsTheStatus() throws Exception {
        var event = fixtures.openEvent(true);
        var company = companies.company("Page");
        String url = "/events/" + event.id().value();

        mvc.perform(get(url).with(user(company.owner())))
                .andExpect(content().string(containsString("id=\"register-form\"")));
        mvc.perform(get(url)).andExpect(content().string(not(containsString("id=\"register-form\""))));
        mvc.perform(post(url + "/participants")
                        .with(user(company.owner()))
                        .with(csrf())
                        .param("company", String.valueOf(company.id().value()))
                        .param("role", "SELLER")
                        .param("connectionPoint", String.valueOf(event.point(0)))
                        .param("attendance", "IN_PERSON")
                        .param("languages", "vi", "en"))
                .andExpect(redirectedUrl(url + "?registered"));

        Participation registered =
                participation.mine(event.id(), company.owner()).getFirst();
        assertThat(registered.status()).isEqualTo(ParticipationStatus.PENDING);
        mvc.perform(get(url).param("lang", "en").with(user(company.owner())))
                .andExpect(content().string(containsString("Pending")));
    }

    @Test
    void publicPage_showsTheTranslatedErrorOfAnOnlineOnlyPoint() throws Exception {
        var event = fixtures.openEvent(true);
        var company = companies.company("Err");
        String url = "/events/" + event.id().value();
        var session = mvc.perform(post(url + "/participants")
                        .with(user(company.owner()))
                        .with(csrf())
                        .param("lang", "en")
                        .param("company", String.valueOf(company.id().value()))
                        .param("role", "SELLER")
                        .param("connectionPoint", String.valueOf(event.point(2)))
                        .param("attendance", "IN_PERSON"))
                .andExpect(redirectedUrl(url))
                .andReturn()
                .getFlashMap();
        assertThat(session.get("registrationError")).isEqualTo("This connection point is online only.");
        assertThat(participation.mine(event.id(), company.owner())).isEmpty();
    }

    @Test
    void directoryPage_forApprovedParticipantsOnly() throws Exception {
        var event = fixtures.openEvent(true);
        var approved = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.SELLER);
        var pending = fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.BUYER);
        String url = "/events/" + event.id().value() + "/participants";

        mvc.perform(get(url).param("lang", "en").with(user(approved.owner())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(nameEn(approved))))
                .andExpect(content().string(containsString("Dak Lak")))
                .andExpect(content().string(not(containsString(nameEn(pending)))));
        mvc.perform(get(url).with(user(pending.owner()))).andExpect(status().isForbidden());
    }

    @Test
    void managePage_filtersAndApproves() throws Exception {
        var event = fixtures.openEvent(true);
        var seller = fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.SELLER);
        var buyer = fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.BUYER);
        var organiser = event.organiser().user();
        String url = "/manage/events/" + event.id().value() + "/participants";

        mvc.perform(get(url).param("role", "BUYER").param("lang", "en").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(nameEn(buyer))))
                .andExpect(content().string(not(containsString(nameEn(seller)))));
        mvc.perform(get(url).with(user(seller.owner()))).andExpect(status().isForbidden());

        long id = participation.mine(event.id(), seller.owner()).getFirst().id().value();
        mvc.perform(post(url + "/" + id + "/approve").with(user(organiser)).with(csrf()))
                .andExpect(redirectedUrl(url));
        assertThat(participation.mine(event.id(), seller.owner()).getFirst().status())
                .isEqualTo(ParticipationStatus.APPROVED);
    }

    private static String nameZh(CompanyFixtures.Owned company) {
        return company.name() + " 中文";
    }

    private static String nameEn(CompanyFixtures.Owned company) {
        return company.name() + " en";
    }
}
