package org.ketnoi.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.account.Role;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventFixtures;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.EventStatus;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@AutoConfigureMockMvc
class EventPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    EventService events;

    @Test
    void publicPage_inChinese_showsChineseTitleAndLocalTimesOfEachPoint() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        String title = EventFixtures.unique("Public");
        EventId id = fixtures.draft(organiser, title);
        events.changeStatus(id, EventStatus.OPEN, organiser.user());

        mvc.perform(get("/events/" + id.value() + "?lang=zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 id=\"event-title\">" + title + " 中文</h1>")))
                .andExpect(content().string(containsString("线上线下贸易对接会")))
                .andExpect(content().string(containsString("09:00–10:00 (UTC+7)")))
                .andExpect(content().string(containsString("10:00–11:00 (UTC+8)")))
                .andExpect(content().string(containsString("杭州")));
        mvc.perform(get("/events?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title + " en")));
    }

    @Test
    void publicPage_ofDraft_is404AndNotListed() throws Exception {
        String title = EventFixtures.unique("Hidden");
        EventId id = fixtures.draft(fixtures.organiser(), title);
        mvc.perform(get("/events/" + id.value())).andExpect(status().isNotFound());
        mvc.perform(get("/events")).andExpect(content().string(not(containsString(title))));
    }

    @Test
    void managePage_ofAnotherAgencysDraft_is404() throws Exception {
        String title = EventFixtures.unique("Theirs");
        EventId id = fixtures.draft(fixtures.organiser(), title);
        EventFixtures.Organiser other = fixtures.organiser();
        mvc.perform(get("/manage/events/" + id.value()).with(user(other.user())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/manage/events/" + id.value() + "/audit").with(user(other.user())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/manage/events/" + id.value() + "/status")
                        .param("status", "OPEN")
                        .with(user(other.user()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/manage/events").with(user(other.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))));
    }

    @Test
    void organiser_createsEventWithHangzhouPoint_andSeesItListedInChinese() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        String title = EventFixtures.unique("杭州");
        MvcResult created = mvc.perform(post("/manage/events")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .param("titleZh", title)
                        .param("kind", "BUSINESS_CONNECTION_CONFERENCE")
                        .param("startDate", "2027-06-01")
                        .param("endDate", "2027-06-01")
                        .param("registrationCloses", "2027-05-25T17:00")
                        .param("organizers", String.valueOf(organiser.agency().value())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/manage/events/*"))
                .andReturn();
        String page = created.getResponse().getRedirectedUrl();
        mvc.perform(post(page + "/points")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .param("nameZh", "杭州会场")
                        .param("city", "Hàng Châu")
                        .param("country", "CN")
                        .param("timeZone", "Asia/Shanghai")
                        .param("mode", "IN_PERSON"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/grid")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .param("date", "2027-06-01")
                        .param("start", "09:00")
                        .param("end", "12:00")
                        .param("slotMinutes", "20")
                        .param("breaks", "10:00-10:20"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(page + "?lang=zh-CN").with(user(organiser.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 id=\"event-title\">" + title + "</h1>")))
                .andExpect(content().string(containsString("开放报名（发布）")));
        Event event = events.organizedBy(organiser.user()).getFirst();
        assertThat(event.connectionPoints()).extracting(ConnectionPoint::city).containsExactly("Hàng Châu");
        assertThat(event.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(event.slots()).hasSize(8);
        mvc.perform(get("/manage/events?lang=zh-CN").with(user(organiser.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("我的活动")))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("杭州会场")))
                .andExpect(content().string(containsString("09:00 (UTC+8)")))
                .andExpect(content().string(containsString("17:00 (UTC+8)")))
                .andExpect(content().string(containsString("草稿")));
    }

    @Test
    void createForm_withoutKindAndTitle_showsTranslatedErrors() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        mvc.perform(post("/manage/events?lang=en")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .param("timeZone", "Nowhere/Else"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please give a title in at least one language.")))
                .andExpect(content().string(containsString("Please fill this in.")))
                .andExpect(content().string(containsString("Not a valid time zone, e.g. Asia/Ho_Chi_Minh.")));
    }

    @Test
    void managePages_forCompanyUser_areForbidden() throws Exception {
        mvc.perform(get("/manage/events").with(user(fixtures.user(Role.COMPANY))))
                .andExpect(status().isForbidden());
    }

    @Test
    void auditPage_showsTheStatusChange() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("Audit"));
        events.changeStatus(id, EventStatus.OPEN, organiser.user());
        mvc.perform(get("/manage/events/" + id.value() + "/audit").with(user(organiser.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("event.status.changed")))
                .andExpect(content().string(containsString("event.event.created")));
    }
}
