package org.ketnoi.demo;

import java.util.List;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Geography;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores the generated demo population ({@link DemoPopulation}): each company is created the way an
 * organiser's import creates one (kept by organisers, no members), enrolled as an approved participant
 * and its listings published, through the modules' services. Runs last, so the hand-written demo
 * (meeting requests, matching examples) is the same with or without it.
 */
@Component
class DemoPopulationStep implements DemoStep {

    static final int ORDER = 50;
    static final String HYBRID_EVENT = "Hội nghị quốc tế ngành hàng xuất khẩu";

    private static final Logger log = LoggerFactory.getLogger(DemoPopulationStep.class);

    private final AccountService accounts;
    private final CompanyService companies;
    private final ListingService listings;
    private final EventService events;
    private final ParticipationService participation;
    private final Geography geography;

    DemoPopulationStep(
            AccountService accounts,
            CompanyService companies,
            ListingService listings,
            EventService events,
            ParticipationService participation,
            Geography geography) {
        this.accounts = accounts;
        this.companies = companies;
        this.listings = listings;
        this.events = events;
        this.participation = participation;
        this.geography = geography;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void load() {
        long start = System.nanoTime();
        AccountUser organiser = accounts.findByEmail(DemoData.ORGANISER).orElseThrow();
        Event dakLak = event(organiser, DemoMeetings.EVENT);
        Event hybrid = event(organiser, HYBRID_EVENT);
        List<DemoPopulation.Planned> plan = DemoPopulation.plan(DemoWords.load(), geography);
        int published = 0;
        for (DemoPopulation.Planned company : plan) {
            Event event = company.venue() == DemoPopulation.Venue.DAK_LAK ? dakLak : hybrid;
            CompanyId id = companies.createUnclaimed(company.details(), organiser);
            participation.enrol(
                    event.id(),
                    new Registration(
                            id,
                            company.role(),
                            point(event, company.pointCity()).id(),
                            company.attendance(),
                            company.details().languages()),
                    organiser);
            for (ListingDetails listing : company.listings()) {
                listings.publish(listings.create(id, listing, organiser), organiser);
                published++;
            }
        }
        log.info(
                "Demo population: {} companies and {} listings in {} ms",
                plan.size(),
                published,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static ConnectionPoint point(Event event, String city) {
        return event.connectionPoints().stream()
                .filter(p -> p.city().equals(city))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No connection point " + city));
    }

    private Event event(AccountUser organiser, String titleStart) {
        return events.organizedBy(organiser).stream()
                .filter(e -> e.title().in(Language.VI).startsWith(titleStart))
                .findFirst()
                .orElseThrow();
    }
}
