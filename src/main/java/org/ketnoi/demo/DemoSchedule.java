package org.ketnoi.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.event.InterpreterDetails;
import org.ketnoi.event.InterpreterService;
import org.ketnoi.event.LanguagePair;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingPair;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.scheduling.ScheduleDrafts;
import org.ketnoi.scheduling.ScheduleRuns;
import org.springframework.stereotype.Component;

/**
 * A published schedule at the Đắk Lắk – Guangdong conference: the organiser arranges accepted
 * meetings between sellers and buyers that have no request yet, runs the scheduler and publishes.
 * The demo buyer keeps only its own requests, and the Guangdong fruit importer meets only the demo
 * seller, so that the recommendations the other demo steps show stay as they are.
 */
@Component
class DemoSchedule implements DemoStep {

    static final int ORDER = 50;
    private static final int PER_PARTICIPANT = 3;
    private static final String FRUIT_IMPORTER = "Guangzhou Jiangnan Fruit Trading Co., Ltd.";
    private static final List<String> INTERPRETERS = List.of(
            "Nguyễn Thị Hồng Nhung",
            "Lý Minh Khoa",
            "Trần Gia Hân",
            "Hoàng Văn Lâm",
            "Phạm Thu Trang",
            "Vương Kiến Quốc");

    /** The demo's schedule is small: a few seconds give the optimiser's schedule without slowing start-up much. */
    private static final java.time.Duration DEMO_TIME_LIMIT = java.time.Duration.ofSeconds(3);

    private final AccountService accounts;
    private final EventService events;
    private final ParticipationService participation;
    private final CompanyService companies;
    private final MeetingRequests meetings;
    private final ScheduleRuns runs;
    private final ScheduleDrafts drafts;
    private final InterpreterService interpreters;

    DemoSchedule(
            AccountService accounts,
            EventService events,
            ParticipationService participation,
            CompanyService companies,
            MeetingRequests meetings,
            ScheduleRuns runs,
            ScheduleDrafts drafts,
            InterpreterService interpreters) {
        this.accounts = accounts;
        this.events = events;
        this.participation = participation;
        this.companies = companies;
        this.meetings = meetings;
        this.runs = runs;
        this.drafts = drafts;
        this.interpreters = interpreters;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void load() {
        AccountUser organiser = accounts.findByEmail(DemoData.ORGANISER).orElseThrow();
        AccountUser seller = accounts.findByEmail(DemoData.SELLER).orElseThrow();
        AccountUser buyer = accounts.findByEmail(DemoData.BUYER).orElseThrow();
        Event event = events.organizedBy(organiser).stream()
                .filter(e -> e.title().in(Language.VI).startsWith(DemoMeetings.EVENT))
                .findFirst()
                .orElseThrow();
        Set<ParticipationId> demoSeller = ids(participation.mine(event.id(), seller));
        Set<ParticipationId> demoBuyer = ids(participation.mine(event.id(), buyer));
        List<Participation> approved =
                participation.forOrganisers(event.id(), ParticipationStatus.APPROVED, null, organiser);
        Map<CompanyId, String> names =
                companies.findAll(approved.stream().map(Participation::company).toList()).stream()
                        .collect(Collectors.toMap(
                                CompanySummary::id, c -> c.name().in(Language.EN), (a, b) -> a));
        Set<MeetingPair> taken = new HashSet<>(meetings.pairsWithHistory(event.id()));
        // A few meetings each: well under the event's meeting limit, however many companies a demo enrols.
        Map<ParticipationId, Integer> arranged = new java.util.HashMap<>();
        for (Participation s : approved) {
            for (Participation b : approved) {
                if (s.role() != ParticipantRole.SELLER
                        || b.role() != ParticipantRole.BUYER
                        || s.company().equals(b.company())
                        || demoBuyer.contains(b.id())
                        || (FRUIT_IMPORTER.equals(names.get(b.company())) && !demoSeller.contains(s.id()))) {
                    continue;
                }
                MeetingPair pair = MeetingPair.of(s.id(), b.id());
                if (arranged.getOrDefault(s.id(), 0) < PER_PARTICIPANT
                        && arranged.getOrDefault(b.id(), 0) < PER_PARTICIPANT
                        && taken.add(pair)) {
                    meetings.arrange(event.id(), pair, null, true, organiser);
                    arranged.merge(s.id(), 1, Integer::sum);
                    arranged.merge(b.id(), 1, Integer::sum);
                }
            }
        }
        addInterpreters(event, organiser);
        runs.runNow(event.id(), organiser, DEMO_TIME_LIMIT);
        drafts.publish(event.id(), organiser);
    }

    /**
     * Vietnamese–Chinese interpreters, as the conferences in the press reports have them: two at each
     * connection point and one working remotely for online meetings, plus one Vietnamese–English.
     * Without them the companies that share no language could not meet at all.
     */
    private void addInterpreters(Event event, AccountUser organiser) {
        if (!interpreters.list(event.id(), organiser).isEmpty()) {
            return;
        }
        LanguagePair viZh = LanguagePair.of(Language.VI, Language.ZH);
        LanguagePair viEn = LanguagePair.of(Language.VI, Language.EN);
        int next = 0;
        for (ConnectionPoint point : event.connectionPoints()) {
            for (int i = 0; i < 2; i++) {
                interpreters.add(
                        event.id(),
                        new InterpreterDetails(
                                INTERPRETERS.get(next++ % INTERPRETERS.size()), null, null, point.id(), Set.of(viZh)),
                        organiser);
            }
        }
        interpreters.add(
                event.id(),
                new InterpreterDetails(INTERPRETERS.get(next++ % INTERPRETERS.size()), null, null, null, Set.of(viZh)),
                organiser);
        interpreters.add(
                event.id(),
                new InterpreterDetails(
                        INTERPRETERS.get(next % INTERPRETERS.size()), null, null, null, Set.of(viZh, viEn)),
                organiser);
    }

    private static Set<ParticipationId> ids(List<Participation> participations) {
        return participations.stream().map(Participation::id).collect(Collectors.toSet());
    }
}
