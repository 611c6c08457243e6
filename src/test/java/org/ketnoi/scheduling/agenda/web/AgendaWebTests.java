package org.ketnoi.scheduling.agenda.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.scheduling.agenda.AgendaFixtures;
import org.ketnoi.scheduling.agenda.AgendaFixtures.Scene;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class AgendaWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgendaFixtures fixtures;

    private static String page(Scene scene) {
        return "/events/" + scene.event().id().value() + "/agenda";
    }

    private static String api(Scene scene, long participant, String extension) {
        return "/api/v1/events/" + scene.event().id().value() + "/participants/" + participant + "/agenda." + extension;
    }

    @Test
    void agendaPage_showsTheReadersMeetingsInItsZoneWithDownloads() throws Exception {
        Scene scene = fixtures.scene();
        long event = scene.event().id().value();
        long own = scene.hanoi().id().value();

        String html = mvc.perform(get(page(scene))
                        .param("lang", "vi")
                        .with(user(scene.hanoi().user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Giờ theo GMT+7, Hà Nội")
                .contains("09:40–10:00 (GMT+7, Hà Nội)")
                .contains("Giờ của đối tác: 10:40–11:00 (GMT+8, Hàng Châu)")
                .contains("href=\"" + scene.onlineUrl() + "\"")
                .contains("href=\"/companies/" + scene.hangzhou().company().value() + "\"")
                .contains(scene.hangzhou().name() + " vi")
                .contains("href=\"/events/" + event + "/agenda.ics?participant=" + own + "\"")
                .contains("href=\"/events/" + event + "/agenda.pdf?participant=" + own + "\"")
                .doesNotContain(scene.traveller().name());
    }

    @Test
    void agendaPage_ofAnotherCompanysParticipant_is404() throws Exception {
        Scene scene = fixtures.scene();

        mvc.perform(get(page(scene))
                        .param(
                                "participant",
                                Long.toString(scene.hangzhou().id().value()))
                        .with(user(scene.hanoi().user())))
                .andExpect(status().isNotFound());
        mvc.perform(get(page(scene) + ".ics")
                        .param(
                                "participant",
                                Long.toString(scene.hangzhou().id().value()))
                        .with(user(scene.hanoi().user())))
                .andExpect(status().isNotFound());
    }

    @Test
    void agendaPage_ofAParticipantOfAnotherEvent_is404EvenForTheOrganisers() throws Exception {
        Scene scene = fixtures.scene();
        Scene other = fixtures.scene();

        mvc.perform(get(page(scene))
                        .param("participant", Long.toString(other.hanoi().id().value()))
                        .with(user(other.hanoi().user())))
                .andExpect(status().isNotFound());
        mvc.perform(get(page(scene))
                        .param("participant", Long.toString(other.hanoi().id().value()))
                        .with(user(scene.event().organiser().user())))
                .andExpect(status().isNotFound());
    }

    @Test
    void agendaPage_forTheOrganiser_showsAnyParticipant() throws Exception {
        Scene scene = fixtures.scene();

        mvc.perform(get(page(scene))
                        .param(
                                "participant",
                                Long.toString(scene.hangzhou().id().value()))
                        .param("lang", "en")
                        .with(user(scene.event().organiser().user())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("10:00–10:20 (GMT+8, Hangzhou)")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Table 3 · Textiles · Hangzhou")));
    }

    @Test
    void apiCalendar_forTheOwnParticipant_isACalendarFile() throws Exception {
        Scene scene = fixtures.scene();

        String ics = mvc.perform(get(api(scene, scene.hangzhou().id().value(), "ics"))
                        .param("lang", "zh-CN")
                        .with(user(scene.hangzhou().user())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"agenda-"
                                        + scene.event().id().value() + "-"
                                        + scene.hangzhou().id().value() + ".ics\""))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:" + scene.tableUid() + "@localhost\r\n");
    }

    @Test
    void apiCalendarAndPdf_ofAnotherCompanysOrEventsParticipant_are404Problems() throws Exception {
        Scene scene = fixtures.scene();
        Scene other = fixtures.scene();

        for (String extension : new String[] {"ics", "pdf"}) {
            mvc.perform(get(api(scene, scene.hangzhou().id().value(), extension))
                            .with(user(scene.hanoi().user())))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404));
            mvc.perform(get(api(scene, other.hanoi().id().value(), extension))
                            .with(user(other.hanoi().user())))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void apiPdf_forTheOwnParticipant_isAPdf() throws Exception {
        Scene scene = fixtures.scene();

        byte[] pdf = mvc.perform(get(api(scene, scene.hanoi().id().value(), "pdf"))
                        .with(user(scene.hanoi().user())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void scheduleGrid_forTheOrganiser_showsRoomsTablesAndOnlineMeetings() throws Exception {
        Scene scene = fixtures.scene();
        String grid = "/manage/events/" + scene.event().id().value() + "/schedule/grid";

        String html = mvc.perform(get(grid)
                        .param("lang", "vi")
                        .with(user(scene.event().organiser().user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Textiles · Hàng Châu")
                .contains("Giờ theo GMT+8, Hàng Châu")
                .contains("Bàn 8")
                .contains("10:00–10:20")
                .contains(scene.hangzhou().name() + " vi")
                .contains(scene.traveller().name() + " vi")
                .contains("Lê Thu Hà (Tiếng Việt–中文)")
                .contains("09:40–10:00")
                .contains("href=\"" + scene.onlineUrl() + "\"")
                .contains("/manage/events/" + scene.event().id().value() + "/schedule/tables.pdf");
        mvc.perform(get("/manage/events/" + scene.event().id().value() + "/schedule/tables.pdf")
                        .with(user(scene.event().organiser().user())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void scheduleGrid_forAParticipant_isForbidden() throws Exception {
        Scene scene = fixtures.scene();
        String base = "/manage/events/" + scene.event().id().value() + "/schedule/";

        mvc.perform(get(base + "grid").with(user(scene.hanoi().user()))).andExpect(status().isForbidden());
        mvc.perform(get(base + "tables.pdf").with(user(scene.hanoi().user()))).andExpect(status().isForbidden());
    }
}
