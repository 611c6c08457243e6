package org.ketnoi.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class ParticipationChangeWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    CompanyFixtures companies;

    @Autowired
    ParticipationService participation;

    @Test
    void page_showsTheChangeFormToTheMember_andChangesAttendance() throws Exception {
        var event = fixtures.openEvent(true);
        var company = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        Participation before = participation.mine(event.id(), company.owner()).getFirst();
        String url = "/events/" + event.id().value();

        mvc.perform(get(url).with(user(company.owner())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "id=\"change-form-" + before.id().value() + "\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "id=\"withdraw-" + before.id().value() + "\"")));

        mvc.perform(post(url + "/participants/" + before.id().value())
                        .param("company", String.valueOf(company.id().value()))
                        .param("role", "BUYER")
                        .param("connectionPoint", String.valueOf(event.point(1)))
                        .param("attendance", "ONLINE")
                        .param("languages", "en")
                        .with(user(company.owner()))
                        .with(csrf()))
                .andExpect(redirectedUrl(url + "?changed"));

        Participation after = participation.mine(event.id(), company.owner()).getFirst();
        assertThat(after.attendance()).isEqualTo(Attendance.ONLINE);
        assertThat(after.status()).isEqualTo(ParticipationStatus.APPROVED);
    }

    @Test
    void anotherCompany_cannotChangeOrWithdraw_byPageOrApi() throws Exception {
        var event = fixtures.openEvent(true);
        var company = fixtures.participant(event, ParticipationStatus.PENDING, ParticipantRole.BUYER);
        var other = companies.company("Intruder");
        Participation before = participation.mine(event.id(), company.owner()).getFirst();
        String page =
                "/events/" + event.id().value() + "/participants/" + before.id().value();
        String api = "/api/v1/events/" + event.id().value() + "/participants/"
                + before.id().value();
        String body = """
                {"role": "SELLER", "connectionPoint": %d, "attendance": "ONLINE", "languages": ["vi"]}""".formatted(event.point(0));

        mvc.perform(post(page)
                        .param("company", String.valueOf(other.id().value()))
                        .param("role", "SELLER")
                        .param("connectionPoint", String.valueOf(event.point(0)))
                        .param("attendance", "ONLINE")
                        .with(user(other.owner()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/withdraw").with(user(other.owner())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(put(api).contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(other.owner()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(api + "/withdraw").with(user(other.owner())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(api + "/withdraw").with(user(event.organiser().user())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(put(api).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());

        assertThat(participation.mine(event.id(), company.owner()).getFirst()).isEqualTo(before);
    }

    @Test
    void api_changesAndWithdraws_withTheNewStatus() throws Exception {
        var event = fixtures.openEvent(true);
        var company = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        Participation before = participation.mine(event.id(), company.owner()).getFirst();
        String api = "/api/v1/events/" + event.id().value() + "/participants/"
                + before.id().value();

        mvc.perform(put(api).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"role": "SELLER", "connectionPoint": %d, "attendance": "IN_PERSON", "languages": ["zh"]}""".formatted(event.point(1)))
                        .with(user(company.owner()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .json("{\"id\": %d, \"status\": \"PENDING\"}"
                                .formatted(before.id().value())));
        mvc.perform(put(api).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"SELLER\", \"attendance\": \"IN_PERSON\"}")
                        .with(user(company.owner()))
                        .with(csrf()))
                .andExpect(status().isBadRequest());

        mvc.perform(post(api + "/withdraw").with(user(company.owner())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .json("{\"id\": %d, \"status\": \"WITHDRAWN\"}"
                                .formatted(before.id().value())));
        mvc.perform(post(api + "/withdraw").with(user(company.owner())).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(participation.mine(event.id(), company.owner()).getFirst().status())
                .isEqualTo(ParticipationStatus.WITHDRAWN);
    }
}
