package org.ketnoi.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.scheduling.PublishedSchedules;
import org.ketnoi.scheduling.ScheduleDrafts;
import org.ketnoi.scheduling.ScheduleFixtures;
import org.ketnoi.scheduling.ScheduleRuns;
import org.ketnoi.scheduling.ScheduleStatus;
import org.ketnoi.scheduling.ScheduledMeeting;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class SchedulePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScheduleFixtures fixtures;

    @Autowired
    ScheduleRuns runs;

    @Autowired
    ScheduleDrafts drafts;

    @Autowired
    PublishedSchedules published;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.ketnoi.audit.AuditLog audit;

    @Test
    void page_showsTheDraftGridInBothZonesAndPublishesIt() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        Side buyer = fixtures.buyer(event);
        MeetingRequestId request = fixtures.accepted(event, seller, buyer);
        var organiser = event.organiser().user();
        runs.runNow(event.id(), organiser);
        ScheduledMeeting meeting = drafts.view(event.id(), ScheduleStatus.DRAFT, organiser)
                .meetings()
                .getFirst();
        String page = "/manage/events/" + event.id().value() + "/schedule";

        String html = mvc.perform(get(page).param("lang", "en").with(user(organiser)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("id=\"meeting-" + request.value() + "\"")
                .contains("Draft (version 1)")
                .contains("Asia/Ho_Chi_Minh", "Asia/Shanghai")
                .contains(seller.name() + " en", buyer.name() + " en")
                .contains("Textiles · table " + meeting.table())
                .contains("New: ")
                .contains("id=\"publish\"");

        mvc.perform(post(page + "/publish").with(csrf()).with(user(organiser)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page + "?published"));
        assertThat(published.meetings(event.id()))
                .extracting(ScheduledMeeting::request)
                .containsExactly(request);
        String after = mvc.perform(get(page).param("lang", "vi").with(user(organiser)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).contains("Lịch đã công bố (phiên bản 1)").doesNotContain("id=\"publish\"");
        assertThat(html).doesNotContain("class=\"notice ok\"");
        String notice = mvc.perform(
                        get(page).param("published", "").param("lang", "en").with(user(organiser)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(notice)
                .contains("The schedule is published.")
                .doesNotContain("The scheduler is running.", "The meeting was moved and pinned.");
    }

    @Test
    void moveIntoAnotherSidesBusySlot_showsTheTranslatedConflict() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        MeetingRequestId first = fixtures.accepted(event, seller, fixtures.buyer(event));
        MeetingRequestId second = fixtures.accepted(event, seller, fixtures.buyer(event));
        var organiser = event.organiser().user();
        runs.runNow(event.id(), organiser);
        Instant busy = drafts.view(event.id(), ScheduleStatus.DRAFT, organiser).meetings().stream()
                .filter(m -> m.request().equals(second))
                .findFirst()
                .orElseThrow()
                .start();
        String page = "/manage/events/" + event.id().value() + "/schedule";

        String html = mvc.perform(post(page + "/meetings/" + first.value() + "/move")
                        .param("slot", busy.toString())
                        .param("lang", "zh-CN")
                        .with(csrf())
                        .with(user(organiser)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("一方在该时段已有洽谈。");
    }

    @Test
    void runPanel_pollsWhileRunningAndOutsidersGetNotFound() throws Exception {
        var event = fixtures.event();
        Side seller = fixtures.seller(event);
        fixtures.accepted(event, seller, fixtures.buyer(event));
        var organiser = event.organiser().user();
        runs.runNow(event.id(), organiser);
        String page = "/manage/events/" + event.id().value() + "/schedule";

        String panel = mvc.perform(get(page + "/run").param("lang", "en").with(user(organiser)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(panel).contains("id=\"run-panel\"").contains("Finished").doesNotContain("hx-trigger");

        var other = fixtures.event();
        mvc.perform(get(page).with(user(seller.user()))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(user(other.organiser().user()))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/publish")
                        .with(csrf())
                        .with(user(other.organiser().user())))
                .andExpect(status().isNotFound());
    }

    @Test
    void runningRun_isPolledAndCanBeStopped() throws Exception {
        var event = fixtures.event();
        var organiser = event.organiser().user();
        jdbc.sql("""
                INSERT INTO schedule_run (event_id, status, started_by, started_at, requested, weight, weight_bound)
                VALUES (?, 'RUNNING', ?, ?, 4, 2, 8)""")
                .params(event.id().value(), organiser.id().value(), java.time.OffsetDateTime.now())
                .update();
        long run = jdbc.sql("SELECT MAX(id) FROM schedule_run WHERE event_id = ?")
                .params(event.id().value())
                .query(Long.class)
                .single();
        String page = "/manage/events/" + event.id().value() + "/schedule";

        String panel = mvc.perform(get(page + "/run").param("lang", "en").with(user(organiser)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(panel)
                .contains("hx-trigger=\"every 2s\"")
                .contains("hx-get=\"/manage/events/" + event.id().value() + "/schedule/run\"")
                .contains("Running…")
                .contains("id=\"stop-run\"")
                .contains("<progress max=\"100\" value=\"25\">");

        mvc.perform(post(page + "/runs/" + run + "/stop").with(csrf()).with(user(organiser)))
                .andExpect(status().is3xxRedirection());
        assertThat(runs.run(event.id(), run, organiser).stopRequested()).isTrue();
        assertThat(audit.forEvent(event.id().value(), 10))
                .extracting(org.ketnoi.audit.AuditEntry::code)
                .contains("scheduling.run.stop-requested");
        // While it runs, another run of the event is refused.
        String refused = mvc.perform(
                        post(page + "/runs").param("lang", "en").with(csrf()).with(user(organiser)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("The scheduler is already running for this event.");
    }
}
