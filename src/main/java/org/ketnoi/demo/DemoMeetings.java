package org.ketnoi.demo;

import java.util.List;
import java.util.Optional;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingPair;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.meeting.NewMeetingRequest;
import org.springframework.stereotype.Component;

/**
 * Meeting requests at the Đắk Lắk – Guangdong conference: the seller asks the buyer about coffee
 * (pending, so the buyer has something to answer), a durian exporter's request the buyer accepted,
 * and an organiser's proposal between the seller and another importer that both still have to accept.
 */
@Component
class DemoMeetings implements DemoStep {

    static final int ORDER = 40;
    static final String EVENT = "Hội nghị Giao lưu kết nối doanh nghiệp Việt Nam (Đắk Lắk)";

    private final AccountService accounts;
    private final EventService events;
    private final ParticipationService participation;
    private final ListingService listings;
    private final MeetingRequests meetings;

    DemoMeetings(
            AccountService accounts,
            EventService events,
            ParticipationService participation,
            ListingService listings,
            MeetingRequests meetings) {
        this.accounts = accounts;
        this.events = events;
        this.participation = participation;
        this.listings = listings;
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void load() {
        AccountUser organiser = user(DemoData.ORGANISER);
        AccountUser seller = user(DemoData.SELLER);
        AccountUser buyer = user(DemoData.BUYER);
        AccountUser admin = user(DemoData.ADMIN);
        Event event = events.organizedBy(organiser).stream()
                .filter(e -> e.title().in(Language.VI).startsWith(EVENT))
                .findFirst()
                .orElseThrow();
        Participation coffeeSeller = approved(event, seller).getFirst();
        Participation coffeeBuyer = approved(event, buyer).getFirst();
        List<ListingId> coffee = List.of(coffeeSeller, coffeeBuyer).stream()
                .flatMap(p -> listings.ofCompany(p.company(), null).stream())
                .filter(Listing::isPublished)
                .map(Listing::id)
                .limit(2)
                .toList();
        meetings.request(
                event.id(),
                new NewMeetingRequest(
                        coffeeSeller.id(),
                        coffeeBuyer.id(),
                        "Chúng tôi muốn giới thiệu cà phê Robusta Buôn Ma Thuột sàng 18 và bàn về giá FOB Hải Phòng."
                                + " 我们希望介绍邦美蜀罗布斯塔咖啡，并洽谈海防港 FOB 价格。",
                        coffee),
                seller);
        List<Participation> others = approved(event, admin);
        role(others, ParticipantRole.SELLER).ifPresent(exporter -> {
            MeetingRequestId id = meetings.request(
                    event.id(),
                    new NewMeetingRequest(
                            exporter.id(),
                            coffeeBuyer.id(),
                            "Xin được gặp để giới thiệu sản phẩm. 希望会面介绍我们的产品。",
                            List.of()),
                    admin);
            meetings.accept(event.id(), id, buyer);
        });
        role(others, ParticipantRole.BUYER)
                .ifPresent(importer -> meetings.proposeByOrganiser(
                        event.id(),
                        organiser.id(),
                        List.of(MeetingPair.of(coffeeSeller.id(), importer.id())),
                        "Ban tổ chức giới thiệu: hai doanh nghiệp cùng quan tâm đến cà phê. 主办方推荐：双方均关注咖啡。"));
    }

    private List<Participation> approved(Event event, AccountUser user) {
        return participation.mine(event.id(), user).stream()
                .filter(p -> p.status() == ParticipationStatus.APPROVED)
                .toList();
    }

    private static Optional<Participation> role(List<Participation> participations, ParticipantRole role) {
        return participations.stream().filter(p -> p.role() == role).findFirst();
    }

    private AccountUser user(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }
}
