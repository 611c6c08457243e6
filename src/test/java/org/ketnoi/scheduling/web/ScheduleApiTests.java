package org.ketnoi.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.scheduling.ScheduleFixtures;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
@AutoConfigureMockMvc
class ScheduleApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScheduleFixtures fixtures;

    @Autowired
    ObjectMapper json;

    private static String base(ParticipationFixtures.OpenEvent event) {
        return "/api/v1/events/" + event.id().value();
    }

    @Test
    void runEditPublish_thenTheMeetingsListHasOffsetTimesAndBothSides() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        Side buyer = fixtures.buyer(event);
        Side other = fixtures.buyer(event);
        MeetingRequestId first = fixtures.accepted(event, seller, buyer);
        MeetingRequestId second = fixtures.accepted(event, seller, other);
        var organiser = event.organiser().user();

        JsonNode started = read(mvc.perform(post(base(event) + "/schedule-runs").with(user(organiser)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.requested").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString());
        long run = started.get("id").asLong();
        JsonNode finished = started;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while ("RUNNING".equals(finished.get("status").asString())
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            finished =
                    read(mvc.perform(get(base(event) + "/schedule-runs/" + run).with(user(organiser)))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
        }
        assertThat(finished.get("status").asString()).isEqualTo("FINISHED");
        assertThat(finished.get("scheduled").asInt()).isEqualTo(2);

        JsonNode draft = read(mvc.perform(get(base(event) + "/schedule")
                        .param("version", "draft")
                        .param("lang", "en")
                        .with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.meetings.length()").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String firstStart = meeting(draft, first).get("start").asString();
        String secondStart = meeting(draft, second).get("start").asString();
        String freeSlot = fixtures.slots(event).stream()
                .map(s -> java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        s.atZone(org.ketnoi.event.EventFixtures.CHINA)))
                .filter(s -> !OffsetDateTime.parse(s).isEqual(OffsetDateTime.parse(firstStart))
                        && !OffsetDateTime.parse(s).isEqual(OffsetDateTime.parse(secondStart)))
                .findFirst()
                .orElseThrow();

        mvc.perform(patch(base(event) + "/schedule/meetings/" + first.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slot\":\"" + secondStart + "\"}")
                        .with(user(organiser)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
        mvc.perform(patch(base(event) + "/schedule/meetings/" + first.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slot\":\"" + OffsetDateTime.parse(freeSlot).toInstant() + "\",\"table\":3}")
                        .with(user(organiser)))
                .andExpect(status().isNoContent());
        mvc.perform(put(base(event) + "/schedule/requests/" + second.value() + "/priority")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"priority\":9}")
                        .with(user(organiser)))
                .andExpect(status().isBadRequest());
        mvc.perform(get(base(event) + "/schedule").param("version", "draft").with(user(organiser)))
                .andExpect(jsonPath("$.meetings[?(@.requestId == " + first.value() + ")].table")
                        .value(3))
                .andExpect(jsonPath("$.meetings[?(@.requestId == " + first.value() + ")].pinned")
                        .value(true));
        mvc.perform(get(base(event) + "/schedule/changes").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("ADDED"));

        mvc.perform(post(base(event) + "/schedule/publish").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.changedParticipants.length()").value(3));

        JsonNode meetings = read(mvc.perform(get(base(event) + "/meetings").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode moved = meeting(meetings, first);
        // Hangzhou's zone: the offset is +08:00, and start/end are a 20-minute slot.
        assertThat(moved.get("start").asString()).isEqualTo(freeSlot).endsWith("+08:00");
        assertThat(Duration.between(
                        OffsetDateTime.parse(moved.get("start").asString()),
                        OffsetDateTime.parse(moved.get("end").asString())))
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(List.of(moved.get("first").asLong(), moved.get("second").asLong()))
                .containsExactlyInAnyOrder(seller.id().value(), buyer.id().value());
        assertThat(moved.get("table").asInt()).isEqualTo(3);
        assertThat(moved.get("tradeRoom").get("name").asString()).isEqualTo("Textiles");
        assertThat(moved.get("onlineUrl").isNull()).isTrue();

        mvc.perform(get(base(event) + "/schedule").param("version", "draft").with(user(organiser)))
                .andExpect(jsonPath("$.version").doesNotExist());
        mvc.perform(get(base(event) + "/schedule").param("version", "other").with(user(organiser)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void removeThenRestore_throughTheApi() throws Exception {
        var event = fixtures.event();
        MeetingRequestId request = fixtures.accepted(event, fixtures.seller(event), fixtures.buyer(event));
        var organiser = event.organiser().user();
        mvc.perform(delete(base(event) + "/schedule/meetings/" + request.value())
                        .with(user(organiser)))
                .andExpect(status().isConflict());
        new Runner(mvc, base(event)).runAndWait(organiser);

        mvc.perform(delete(base(event) + "/schedule/meetings/" + request.value())
                        .with(user(organiser)))
                .andExpect(status().isNoContent());
        mvc.perform(get(base(event) + "/schedule").param("lang", "en").with(user(organiser)))
                .andExpect(jsonPath("$.meetings.length()").value(0))
                .andExpect(jsonPath("$.unscheduled[0].reason").value("REMOVED"))
                .andExpect(jsonPath("$.unscheduled[0].reasonText").value("Removed by the organisers."));
        mvc.perform(post(base(event) + "/schedule/requests/" + request.value() + "/restore")
                        .with(user(organiser)))
                .andExpect(status().isNoContent());
        mvc.perform(get(base(event) + "/schedule").with(user(organiser)))
                .andExpect(jsonPath("$.unscheduled[0].reason").value("NOT_RUN"));
    }

    @Test
    void participantsOutsidersAndOtherEvents_getNotFound() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        MeetingRequestId request = fixtures.accepted(event, seller, fixtures.buyer(event));
        var organiser = event.organiser().user();
        long run = new Runner(mvc, base(event)).runAndWait(organiser);
        mvc.perform(post(base(event) + "/schedule/publish").with(user(organiser)))
                .andExpect(status().isOk());
        var other = fixtures.event();
        var outsider = other.organiser().user();

        for (var reader : List.of(seller.user(), outsider)) {
            mvc.perform(get(base(event) + "/meetings").with(user(reader))).andExpect(status().isNotFound());
            mvc.perform(get(base(event) + "/schedule")
                            .param("version", "published")
                            .with(user(reader)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(base(event) + "/schedule-runs/" + run).with(user(reader)))
                    .andExpect(status().isNotFound());
            mvc.perform(post(base(event) + "/schedule-runs").with(user(reader))).andExpect(status().isNotFound());
            mvc.perform(delete(base(event) + "/schedule/meetings/" + request.value())
                            .with(user(reader)))
                    .andExpect(status().isNotFound());
            mvc.perform(post(base(event) + "/schedule/publish").with(user(reader)))
                    .andExpect(status().isNotFound());
        }
        // The other event's organiser asking about this event's run through their own event.
        mvc.perform(get(base(other) + "/schedule-runs/" + run).with(user(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base(other) + "/meetings").with(user(outsider)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(base(event) + "/meetings")).andExpect(status().isUnauthorized());
    }

    private JsonNode read(String body) {
        return json.readTree(body);
    }

    private static JsonNode meeting(JsonNode list, MeetingRequestId request) {
        JsonNode meetings = list.has("meetings") ? list.get("meetings") : list;
        for (JsonNode m : meetings) {
            if (m.get("requestId").asLong() == request.value()) {
                return m;
            }
        }
        throw new AssertionError("No meeting for request " + request);
    }

    /** Starts a run through the API and waits for it to end. */
    private record Runner(MockMvc mvc, String base) {
        long runAndWait(org.ketnoi.account.AccountUser organiser) throws Exception {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode run =
                    mapper.readTree(mvc.perform(post(base + "/schedule-runs").with(user(organiser)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            long id = run.get("id").asLong();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while ("RUNNING".equals(run.get("status").asString())
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
                run = mapper.readTree(
                        mvc.perform(get(base + "/schedule-runs/" + id).with(user(organiser)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString());
            }
            return id;
        }
    }
}
