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
}
