package org.ketnoi.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class StablePointIdsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    EventService events;

    private static String body(String points) {
        return """
                {"title": {"vi": "Sự kiện"}, "kind": "HYBRID_TRADE_CONFERENCE",
                 "startDate": "2027-03-10", "endDate": "2027-03-11", "timeZone": "Asia/Ho_Chi_Minh",
                 "connectionPoints": [%s], "grid": []}""".formatted(points);
    }

    private static String point(String id, String name) {
        return """
                {%s"name": {"vi": "%s"}, "city": "%s", "country": "VN", "timeZone": "Asia/Ho_Chi_Minh",
                 "mode": "IN_PERSON"}""".formatted(id == null ? "" : "\"id\": " + id + ", ", name, name);
    }

    @Test
    void put_keepsThePointsWhoseIdIsSentAndRefusesToDropAUsedOne() throws Exception {
        var event = fixtures.openEvent(true);
        fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.SELLER);
        long used = event.point(1);
        String url = "/api/v1/events/" + event.id().value();

        mvc.perform(put(url).with(user(event.organiser().user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(point(String.valueOf(used), "Đổi tên") + "," + point(null, "Đà Nẵng"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.connectionPoints[0].id").value(used));
        assertThat(events.get(event.id(), event.organiser().user()).connectionPoints())
                .extracting(ConnectionPoint::id)
                .startsWith(used)
                .hasSize(2);

        mvc.perform(put(url).param("lang", "en")
                        .with(user(event.organiser().user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(point(null, "Đà Nẵng"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("The connection point cannot be removed: companies registered for it (1)."));
        assertThat(events.get(event.id(), event.organiser().user())
                        .connectionPoints()
                        .getFirst()
                        .name()
                        .vi())
                .isEqualTo("Đổi tên");
    }
}
