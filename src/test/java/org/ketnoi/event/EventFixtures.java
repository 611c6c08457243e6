package org.ketnoi.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.NewUser;
import org.ketnoi.account.Role;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.organization.AgencyDetails;
import org.ketnoi.organization.AgencyId;
import org.ketnoi.organization.AgencyKind;
import org.ketnoi.organization.OrganizationService;
import org.springframework.stereotype.Component;

/** Creates uniquely named agencies, organisers and events, so tests never depend on other data. */
@Component
public class EventFixtures {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AccountService accounts;
    private final OrganizationService organizations;
    private final EventService events;

    EventFixtures(AccountService accounts, OrganizationService organizations, EventService events) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.events = events;
    }

    public record Organiser(AccountUser user, AgencyId agency) {}

    public AccountUser admin() {
        return accounts.findByEmail("admin@ketnoi.example").orElseThrow();
    }

    public AccountUser user(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.example";
        accounts.create(new NewUser(email, "secret-password", "Tester", role, Language.VI), null);
        return accounts.findByEmail(email).orElseThrow();
    }

    /** A new agency with a new organiser on its staff. */
    public Organiser organiser() {
        AgencyId agency = organizations.create(
                new AgencyDetails(
                        new LocalizedText("Sở thử " + UUID.randomUUID(), null, null),
                        AgencyKind.DEPARTMENT_OF_INDUSTRY_AND_TRADE,
                        "VN",
                        "Hà Nội"),
                admin());
        AccountUser user = user(Role.ORGANISER);
        organizations.addStaff(agency, user.email(), admin());
        return new Organiser(user, agency);
    }

    public static EventDetails details(String title, AgencyId agency) {
        return new EventDetails(
                new LocalizedText(title + " vi", title + " 中文", title + " en"),
                LocalizedText.of(Language.VI, "Mô tả"),
                EventKind.HYBRID_TRADE_CONFERENCE,
                LocalDate.of(2027, 3, 10),
                LocalDate.of(2027, 3, 11),
                VIETNAM,
                null,
                null,
                List.of(agency));
    }

    public static ConnectionPoint hangzhou() {
        return new ConnectionPoint(
                0,
                new LocalizedText("Hàng Châu", "杭州", "Hangzhou"),
                "Hàng Châu",
                "CN",
                null,
                CHINA,
                ConnectionPointMode.IN_PERSON,
                List.of(new TradeRoom(0, LocalizedText.of(Language.EN, "Textiles"), "textiles_garments", 8)));
    }

    public static ConnectionPoint haNoi() {
        return new ConnectionPoint(
                0,
                new LocalizedText("Hà Nội", "河内", "Hanoi"),
                "Hà Nội",
                "VN",
                null,
                VIETNAM,
                ConnectionPointMode.IN_PERSON,
                List.of());
    }

    public static GridDay day() {
        return new GridDay(LocalDate.of(2027, 3, 10), LocalTime.of(9, 0), LocalTime.of(10, 0), 20, List.of());
    }

    /** A draft with Hà Nội and Hangzhou and one grid day, organised by the given organiser. */
    public EventId draft(Organiser organiser, String title) {
        EventId id = events.create(details(title, organiser.agency()), organiser.user());
        events.replaceStructure(id, List.of(haNoi(), hangzhou()), List.of(day()), organiser.user());
        return id;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
