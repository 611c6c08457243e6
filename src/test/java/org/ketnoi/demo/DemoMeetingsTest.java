package org.ketnoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingRequest;
import org.ketnoi.meeting.MeetingRequestStatus;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.meeting.MyMeetingRequests;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoMeetingsTest {

    @Autowired
    AccountService accounts;

    @Autowired
    EventService events;

    @Autowired
    MeetingRequests meetings;

    @Test
    void dakLak_buyerHasTheSellersPendingRequestAndAnAcceptedMeeting() {
        AccountUser organiser = accounts.findByEmail(DemoData.ORGANISER).orElseThrow();
        AccountUser seller = accounts.findByEmail(DemoData.SELLER).orElseThrow();
        AccountUser buyer = accounts.findByEmail(DemoData.BUYER).orElseThrow();
        Event event = events.organizedBy(organiser).stream()
                .filter(e -> e.title().in(Language.VI).startsWith(DemoMeetings.EVENT))
                .findFirst()
                .orElseThrow();

        MyMeetingRequests mine = meetings.mine(event.id(), buyer);
        MyMeetingRequests sellers = meetings.mine(event.id(), seller);

        assertThat(mine.requests())
                .filteredOn(r -> r.requester() != null
                        && sellers.participations().getFirst().id().equals(r.requester()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(MeetingRequestStatus.PENDING);
                    assertThat(r.listings()).hasSize(2);
                });
        assertThat(mine.requests()).extracting(MeetingRequest::status).contains(MeetingRequestStatus.ACCEPTED);
        assertThat(sellers.requests()).anyMatch(MeetingRequest::byOrganiser);
    }
}
