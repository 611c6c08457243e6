package org.ketnoi.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.event.EventFixtures;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventSectorService;
import org.ketnoi.event.EventService;
import org.ketnoi.event.EventStatus;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.taxonomy.Sector;
import org.ketnoi.taxonomy.SectorCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class EventSectorWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    EventService events;

    @Autowired
    EventSectorService sectors;

    @Autowired
    SectorCatalog catalog;

    @Autowired
    AuditLog audit;

    @Test
    void newEvent_usesWholeDefaultList() {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("All"));
        assertThat(sectors.sectors(id, organiser.user())).isEqualTo(catalog.defaults());
    }

    @Test
    void organiser_savesSubset_shownOnPagesAndReturnedByApi() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("Sectors"));
        String page = "/manage/events/" + id.value();

        mvc.perform(post(page + "/sectors")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .param("sectors", "seafood", "coffee"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page + "?saved"));

        assertThat(sectors.sectors(id, organiser.user()))
                .extracting(Sector::code)
                .containsExactly("coffee", "seafood");
        EventId otherEvent = fixtures.draft(organiser, EventFixtures.unique("Untouched"));
        assertThat(sectors.sectors(otherEvent, organiser.user())).isEqualTo(catalog.defaults());
        assertThat(audit.forEvent(id.value(), 10))
                .extracting(AuditEntry::code)
                .first()
                .isEqualTo("event.sectors.chosen");
        String manage = mvc.perform(get(page + "?lang=vi").with(user(organiser.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"coffee\" checked=\"checked\"")))
                .andExpect(content().string(containsString("value=\"fruit\">")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String roomSectors = manage.substring(manage.indexOf("id=\"room-sector\""));
        roomSectors = roomSectors.substring(0, roomSectors.indexOf("</select>"));
        assertThat(roomSectors)
                .contains("<option value=\"coffee\">Cà phê</option>")
                .doesNotContain("<option value=\"fruit\">");
        mvc.perform(post(page + "/rooms")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .param(
                                "point",
                                String.valueOf(events.get(id, organiser.user())
                                        .connectionPoints()
                                        .getFirst()
                                        .id()))
                        .param("sector", "coffee")
                        .param("tables", "4"))
                .andExpect(status().is3xxRedirection());

        events.changeStatus(id, EventStatus.OPEN, organiser.user());
        mvc.perform(get("/events/" + id.value() + "?lang=zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<li>咖啡</li>")))
                .andExpect(content().string(containsString("<li>水产品</li>")))
                .andExpect(content().string(containsString("(咖啡, ")))
                .andExpect(content().string(not(containsString("<li>榴莲及新鲜水果</li>"))));
        mvc.perform(get("/api/v1/events/" + id.value() + "/sectors?lang=en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].code").value("coffee"))
                .andExpect(jsonPath("$[0].name").value("Coffee"))
                .andExpect(jsonPath("$[1].code").value("seafood"))
                .andExpect(jsonPath("$[1].name").value("Seafood"));

        mvc.perform(put("/api/v1/events/" + id.value() + "/sectors?lang=vi")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"codes\":[\"fruit\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("Sầu riêng và trái cây tươi"));
    }

    @Test
    void unknownCode_isRejectedInTheReadersLanguage_andNothingChanges() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("Invalid"));
        sectors.choose(id, List.of("coffee"), organiser.user());

        mvc.perform(post("/manage/events/" + id.value() + "/sectors?lang=vi")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .param("sectors", "fruit", "durian-candy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lĩnh vực không tồn tại: durian-candy.")));
        mvc.perform(put("/api/v1/events/" + id.value() + "/sectors?lang=zh-CN")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"codes\":[\"fruit\",\"nope\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("未知行业：nope。")));

        assertThat(sectors.sectors(id, organiser.user()))
                .extracting(Sector::code)
                .containsExactly("coffee");
    }

    @Test
    void nonOrganiser_isRefused_andNothingChanges() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("Refused"));
        EventFixtures.Organiser other = fixtures.organiser();

        mvc.perform(post("/manage/events/" + id.value() + "/sectors")
                        .with(user(other.user()))
                        .with(csrf())
                        .param("sectors", "coffee"))
                .andExpect(status().isNotFound());
        events.changeStatus(id, EventStatus.OPEN, organiser.user());
        mvc.perform(put("/api/v1/events/" + id.value() + "/sectors")
                        .with(user(other.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"codes\":[\"coffee\"]}"))
                .andExpect(status().isForbidden());

        assertThat(sectors.sectors(id, organiser.user())).isEqualTo(catalog.defaults());
    }
}
