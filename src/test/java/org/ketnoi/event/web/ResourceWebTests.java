package org.ketnoi.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.event.EventResources;
import org.ketnoi.event.Interpreter;
import org.ketnoi.event.LanguagePair;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The availability and interpreter pages and API: shapes, translated errors and no leaks. */
@IntegrationTest
@AutoConfigureMockMvc
class ResourceWebTests {

    private static final Instant NINE = Instant.parse("2027-03-10T02:00:00Z");
    private static final Instant NINE_TWENTY = Instant.parse("2027-03-10T02:20:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    ParticipationService participations;

    @Autowired
    CompanyFixtures companies;

    @Autowired
    EventResources resources;

    @Test
    void availabilityApi_replacesAndReadsStartsWithTheParticipantsOffset() throws Exception {
        var event = fixtures.openEvent(true);
        var member = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        String url = availabilityUrl(event, idOf(event, member));

        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unavailable\":[\"2027-03-10T10:20+08:00\",\"2027-03-10T02:00:00Z\"]}")
                        .with(user(member.owner()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.unavailable[0]").value("2027-03-10T10:00+08:00"))
                .andExpect(jsonPath("$.unavailable[1]").value("2027-03-10T10:20+08:00"));

        mvc.perform(get(url).with(user(event.organiser().user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editable").value(true))
                .andExpect(jsonPath("$.unavailable.length()").value(2));
        assertThat(resources.unavailability(event.id(), idOf(event, member)))
                .containsExactlyInAnyOrder(NINE, NINE_TWENTY);
    }

    @Test
    void availabilityApi_startThatIsNotASlot_isATranslatedProblem_andNothingIsStored() throws Exception {
        var event = fixtures.openEvent(true);
        var member = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        ParticipationId id = idOf(event, member);
        String url = availabilityUrl(event, id);

        mvc.perform(put(url).param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unavailable\":[\"2027-03-10T10:00+08:00\",\"2027-03-10T10:05+08:00\"]}")
                        .with(user(member.owner()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content()
                        .string(containsString("2027-03-10T10:05+08:00 is not a meeting slot of this event.")));
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unavailable\":[\"tomorrow morning\"]}")
                        .with(user(member.owner()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(resources.unavailability(event.id(), id)).isEmpty();
    }

    @Test
    void availability_ofAnotherCompany_orThroughAnotherEvent_isNotFound() throws Exception {
        var event = fixtures.openEvent(true);
        var other = fixtures.openEvent(true);
        var member = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        var rival = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.SELLER);
        ParticipationId id = idOf(event, member);

        mvc.perform(get(availabilityUrl(event, id)).with(user(rival.owner()))).andExpect(status().isNotFound());
        mvc.perform(put(availabilityUrl(event, id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unavailable\":[]}")
                        .with(user(other.organiser().user()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(availabilityUrl(other, id)).with(user(member.owner()))).andExpect(status().isNotFound());
        mvc.perform(get("/manage/events/" + event.id().value() + "/participants/" + id.value() + "/availability")
                        .with(user(other.organiser().user())))
                .andExpect(status().isForbidden());
    }

    @Test
    void availabilityPage_showsTheGridInTheParticipantsZone_andSaves() throws Exception {
        var event = fixtures.openEvent(true);
        var member = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        ParticipationId id = idOf(event, member);
        String page = "/events/" + event.id().value() + "/availability";

        mvc.perform(get("/events/" + event.id().value()).with(user(member.owner())))
                .andExpect(content().string(containsString("id=\"availability-link-" + id.value() + "\"")));
        mvc.perform(get(page).param("lang", "en").with(user(member.owner())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Times in Asia/Shanghai")))
                .andExpect(content().string(containsString("value=\"2027-03-10T02:00:00Z\"")))
                .andExpect(content().string(containsString("10:00–10:20")));

        mvc.perform(post(page)
                        .param("participant", String.valueOf(id.value()))
                        .param("unavailable", "2027-03-10T02:20:00Z")
                        .with(user(member.owner()))
                        .with(csrf()))
                .andExpect(redirectedUrl(page + "?participant=" + id.value() + "&saved"));
        assertThat(resources.unavailability(event.id(), id)).containsExactly(NINE_TWENTY);

        mvc.perform(post(page)
                        .param("participant", String.valueOf(id.value()))
                        .param("unavailable", "2027-03-10T02:05:00Z")
                        .param("lang", "en")
                        .with(user(member.owner()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"availability-error\"")));
        assertThat(resources.unavailability(event.id(), id)).containsExactly(NINE_TWENTY);
    }

    @Test
    void organiserPage_marksSlotsForAnyParticipant() throws Exception {
        var event = fixtures.openEvent(true);
        var member = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        ParticipationId id = idOf(event, member);
        String page = "/manage/events/" + event.id().value() + "/participants/" + id.value() + "/availability";

        mvc.perform(get("/manage/events/" + event.id().value() + "/participants")
                        .with(user(event.organiser().user())))
                .andExpect(content().string(containsString("id=\"availability-" + id.value() + "\"")));
        mvc.perform(post(page)
                        .param("unavailable", "2027-03-10T02:00:00Z")
                        .with(user(event.organiser().user()))
                        .with(csrf()))
                .andExpect(redirectedUrl(page + "?saved"));
        assertThat(resources.unavailability(event.id(), id)).containsExactly(NINE);
    }

    @Test
    void interpreterApi_addsListsAndRemoves_withTranslatedErrors() throws Exception {
        var event = fixtures.openEvent(true);
        var organiser = event.organiser().user();
        String url = "/api/v1/events/" + event.id().value() + "/interpreters";

        mvc.perform(post(url)
                        .param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Lê Thu Hà\",\"pairs\":[]}")
                        .with(user(organiser))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("Please choose at least one language pair.")));
        mvc.perform(post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Lê Thu Hà\",\"connectionPoint\":" + event.point(1)
                                + ",\"pairs\":[\"zh-vi\",\"VI-EN\"]}")
                        .with(user(organiser))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pairs[0]").value("VI-EN"))
                .andExpect(jsonPath("$.pairs[1]").value("VI-ZH"))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"));
        Interpreter created = resources.interpreters(event.id()).getFirst();
        assertThat(created.pairs())
                .isEqualTo(
                        Set.of(LanguagePair.of(Language.VI, Language.ZH), LanguagePair.of(Language.VI, Language.EN)));

        mvc.perform(put(url + "/" + created.id() + "/availability")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unavailable\":[\"2027-03-10T10:40+08:00\"]}")
                        .with(user(organiser))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unavailable[0]").value("2027-03-10T10:40+08:00"));
        mvc.perform(get(url).with(user(organiser)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("Lê Thu Hà"));

        mvc.perform(delete(url + "/" + created.id()).with(user(organiser)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(resources.interpreters(event.id())).isEmpty();
    }

    @Test
    void interpreterApi_andPages_areForTheEventsOrganisersOnly() throws Exception {
        var event = fixtures.openEvent(true);
        var other = fixtures.openEvent(true);
        var member = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.BUYER);
        String url = "/api/v1/events/" + event.id().value() + "/interpreters";
        mvc.perform(post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Hà\",\"pairs\":[\"VI-ZH\"]}")
                        .with(user(event.organiser().user()))
                        .with(csrf()))
                .andExpect(status().isCreated());
        long id = resources.interpreters(event.id()).getFirst().id();

        mvc.perform(get(url).with(user(other.organiser().user()))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(member.owner()))).andExpect(status().isForbidden());
        mvc.perform(delete(url + "/" + id).with(user(other.organiser().user())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/events/" + other.id().value() + "/interpreters/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Hijack\",\"pairs\":[\"VI-ZH\"]}")
                        .with(user(other.organiser().user()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/manage/events/" + event.id().value() + "/interpreters")
                        .with(user(other.organiser().user())))
                .andExpect(status().isForbidden());
        assertThat(resources.interpreters(event.id()).getFirst().name()).isEqualTo("Hà");
    }

    @Test
    void interpreterPages_addWithFieldErrors_thenEdit() throws Exception {
        var event = fixtures.openEvent(true);
        var organiser = event.organiser().user();
        String page = "/manage/events/" + event.id().value() + "/interpreters";

        mvc.perform(get("/manage/events/" + event.id().value()).with(user(organiser)))
                .andExpect(content().string(containsString("id=\"interpreters-link\"")));
        mvc.perform(post(page)
                        .param("name", "")
                        .param("pairs", "VI-ZH")
                        .param("lang", "en")
                        .with(user(organiser))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please enter the interpreter&#39;s name.")));
        assertThat(resources.interpreters(event.id())).isEmpty();

        mvc.perform(post(page)
                        .param("name", "Trần Minh")
                        .param("connectionPoint", String.valueOf(event.point(0)))
                        .param("pairs", "VI-ZH", "ZH-EN")
                        .with(user(organiser))
                        .with(csrf()))
                .andExpect(redirectedUrl(page + "?saved"));
        Interpreter created = resources.interpreters(event.id()).getFirst();
        assertThat(created.connectionPoint()).isEqualTo(event.point(0));

        mvc.perform(get(page + "/" + created.id()).param("lang", "en").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Times in Asia/Ho_Chi_Minh")))
                .andExpect(content().string(containsString("value=\"2027-03-10T02:40:00Z\"")));
        mvc.perform(get(page).with(user(organiser)))
                .andExpect(content().string(containsString("Trần Minh")))
                .andExpect(content().string(not(containsString("id=\"interpreter-error\""))));
    }

    private ParticipationId idOf(ParticipationFixtures.OpenEvent event, CompanyFixtures.Owned member) {
        return participations.mine(event.id(), member.owner()).getFirst().id();
    }

    private static String availabilityUrl(ParticipationFixtures.OpenEvent event, ParticipationId id) {
        return "/api/v1/events/" + event.id().value() + "/participants/" + id.value() + "/availability";
    }
}
