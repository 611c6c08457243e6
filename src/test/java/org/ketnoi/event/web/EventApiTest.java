package org.ketnoi.event.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.event.EventFixtures;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.EventStatus;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@AutoConfigureMockMvc
class EventApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    EventService events;

    private static String body(String title, long agency) {
        return """
                {"title": {"vi": "%s", "zh": "杭州对接会", "en": "Hangzhou meeting"},
                 "description": {"vi": "Mô tả"},
                 "kind": "HYBRID_TRADE_CONFERENCE",
                 "startDate": "2027-05-20", "endDate": "2027-05-21",
                 "organizers": [%d],
                 "connectionPoints": [
                   {"name": {"zh": "杭州"}, "city": "Hàng Châu", "country": "CN", "timeZone": "Asia/Shanghai",
                    "mode": "IN_PERSON",
                    "tradeRooms": [{"name": {"en": "Textiles"}, "sector": "textiles_garments", "tables": 6}]}],
                 "grid": [{"date": "2027-05-20", "start": "09:00", "end": "11:00", "slotMinutes": 30,
                           "breaks": [{"start": "10:00", "end": "10:15"}]}]}
                """.formatted(title, agency);
    }

    @Test
    void create_asOrganiser_returns201WithLocationAndTheEvent() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        String title = EventFixtures.unique("API");
        MvcResult result = mvc.perform(post("/api/v1/events")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(title, organiser.agency().value())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/events/")))
                .andExpect(jsonPath("$.title.vi").value(title))
                .andExpect(jsonPath("$.title.zh").value("杭州对接会"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"))
                .andExpect(
                        jsonPath("$.organizers[0].id").value(organiser.agency().value()))
                .andExpect(
                        jsonPath("$.connectionPoints[0].tradeRooms[0].tables").value(6))
                .andExpect(jsonPath("$.grid[0].breaks[0].start").value("10:00:00"))
                .andReturn();
        long id = Long.parseLong(result.getResponse().getHeader("Location").replace("/api/v1/events/", ""));

        mvc.perform(get("/api/v1/events/" + id).with(user(organiser.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.connectionPoints[0].city").value("Hàng Châu"));
    }

    @Test
    void update_replacesDetailsAndStructure() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("Before"));
        String title = EventFixtures.unique("After");
        mvc.perform(put("/api/v1/events/" + id.value())
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(title, organiser.agency().value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title.vi").value(title))
                .andExpect(jsonPath("$.connectionPoints.length()").value(1))
                .andExpect(jsonPath("$.grid[0].slotMinutes").value(30));
    }

    @Test
    void list_anonymous_showsPublishedButNotDrafts() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId draft = fixtures.draft(organiser, EventFixtures.unique("Draft"));
        EventId open = fixtures.draft(organiser, EventFixtures.unique("Open"));
        events.changeStatus(open, EventStatus.OPEN, organiser.user());

        mvc.perform(get("/api/v1/events"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) open.value())))
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) draft.value()))));
        mvc.perform(get("/api/v1/events").with(user(organiser.user())))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) draft.value())));
    }

    @Test
    void get_draftOfAnotherAgency_is404Problem() throws Exception {
        EventId id = fixtures.draft(fixtures.organiser(), EventFixtures.unique("Hidden"));
        EventFixtures.Organiser other = fixtures.organiser();
        mvc.perform(get("/api/v1/events/" + id.value()).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("The event does not exist."));
        mvc.perform(get("/api/v1/events/" + id.value() + "?lang=zh-CN").with(user(other.user())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("未找到该活动。"));
        mvc.perform(put("/api/v1/events/" + id.value())
                        .with(user(other.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("x", other.agency().value())))
                .andExpect(status().isNotFound());
    }

    @Test
    void create_invalid_is400WithVietnameseFieldErrorsByDefault() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        mvc.perform(post("/api/v1/events")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": {\"vi\": \"Tên\"}, \"timeZone\": \"Mars/Olympus\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.detail").value("Dữ liệu gửi lên có lỗi, vui lòng kiểm tra các trường được nêu."))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value("Vui lòng nhập thông tin này."))
                .andExpect(jsonPath("$.errors[?(@.field == 'timeZone')].message")
                        .value("Múi giờ không hợp lệ, ví dụ: Asia/Ho_Chi_Minh."));
    }

    @Test
    void create_invalid_is400WithEnglishFieldErrorsWithLangParameter() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        mvc.perform(post("/api/v1/events?lang=en")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": {\"vi\": \"Tên\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has errors; please check the listed fields."))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("Please fill this in."));
    }

    @Test
    void create_anonymous_is401() throws Exception {
        mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("x", 1)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void changeStatus_skippingAStep_is409() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("Conflict"));
        mvc.perform(post("/api/v1/events/" + id.value() + "/status?lang=en")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"RUNNING\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("The status cannot change from DRAFT to RUNNING: only the next step is allowed."));
        mvc.perform(post("/api/v1/events/" + id.value() + "/status")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"OPEN\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void create_byCompanyUser_is403() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        mvc.perform(post("/api/v1/events")
                        .with(user(fixtures.user(org.ketnoi.account.Role.COMPANY)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("x", organiser.agency().value())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void openApi_documentsTheEventsApi() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/api/v1/events/{id}/status'].post").exists());
    }
}
