package org.ketnoi.demo;

import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * Demo companies: the seller's Đắk Lắk Robusta exporter, the buyer's Guangzhou coffee importer and
 * eight companies without logins (owned by the demo admin) typical of Vietnam–China farm trade, all
 * enrolled and approved for the demo events. The events' registration windows are past, so the demo
 * organiser enrols them, as organisers do with companies that register by phone.
 */
@Component
class DemoCompanies implements DemoStep {

    static final int ORDER = 20;

    private final AccountService accounts;
    private final CompanyService companies;
    private final EventService events;
    private final ParticipationService participation;

    DemoCompanies(
            AccountService accounts,
            CompanyService companies,
            EventService events,
            ParticipationService participation) {
        this.accounts = accounts;
        this.companies = companies;
        this.events = events;
        this.participation = participation;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void load() {
        AccountUser admin = user(DemoData.ADMIN);
        AccountUser organiser = user(DemoData.ORGANISER);
        Event guangzhou = event(organiser, "Hội nghị Giao lưu kết nối doanh nghiệp Việt Nam (Đắk Lắk)");
        Event laoCai = event(organiser, "Hội nghị quốc tế ngành hàng xuất khẩu");
        for (DemoCompanyProfiles.Demo demo :
                DemoCompanyProfiles.all(user(DemoData.SELLER), user(DemoData.BUYER), admin)) {
            CompanyId id = companies.create(demo.details(), demo.owner());
            enrol(guangzhou, id, demo.role(), demo.guangzhouPoint(), organiser);
            enrol(laoCai, id, demo.role(), demo.laoCaiPoint(), organiser);
        }
    }

    private void enrol(
            Event event, CompanyId company, ParticipantRole role, @Nullable String pointCity, AccountUser organiser) {
        if (pointCity == null) {
            return;
        }
        ConnectionPoint point = event.connectionPoints().stream()
                .filter(p -> p.city().equals(pointCity))
                .findFirst()
                .orElseThrow();
        CompanyDetails details = companies.profile(company, organiser).details();
        participation.enrol(
                event.id(),
                new Registration(company, role, point.id(), Attendance.IN_PERSON, details.languages()),
                organiser);
    }

    private Event event(AccountUser organiser, String titleStart) {
        return events.organizedBy(organiser).stream()
                .filter(e -> e.title().in(Language.VI).startsWith(titleStart))
                .findFirst()
                .orElseThrow();
    }

    private AccountUser user(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }
}
