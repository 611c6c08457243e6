package org.ketnoi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.Role;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class EventServiceTest {

    @Autowired
    EventService events;

    @Autowired
    EventFixtures fixtures;

    @Test
    void create_storesTheWholeAggregate() {
        EventFixtures.Organiser organiser = fixtures.organiser();
        String title = EventFixtures.unique("Aggregate");
        EventId id = fixtures.draft(organiser, title);

        Event event = events.get(id, organiser.user());
        assertThat(event.title().in(Language.ZH)).isEqualTo(title + " 中文");
        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(event.organizers()).containsExactly(organiser.agency());
        assertThat(event.connectionPoints()).extracting(ConnectionPoint::city).containsExactly("Hà Nội", "Hàng Châu");
        assertThat(event.connectionPoints().get(1).tradeRooms())
                .extracting(TradeRoom::sector, TradeRoom::tables)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("textiles_garments", 8));
        assertThat(event.grid()).containsExactly(EventFixtures.day());
    }

    @Test
    void draft_ofAnotherAgency_isNotFoundAndNotListed() {
        EventFixtures.Organiser owner = fixtures.organiser();
        EventFixtures.Organiser other = fixtures.organiser();
        EventId id = fixtures.draft(owner, EventFixtures.unique("Secret"));

        assertThatThrownBy(() -> events.get(id, other.user())).isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> events.get(id, null)).isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> events.update(id, EventFixtures.details("x", other.agency()), other.user()))
                .isInstanceOf(EventNotFoundException.class);
        assertThat(events.visibleTo(other.user())).extracting(Event::id).doesNotContain(id);
        assertThat(events.organizedBy(other.user())).isEmpty();
        assertThat(events.organizedBy(owner.user())).extracting(Event::id).containsExactly(id);
    }

    @Test
    void publishedEvent_ofAnotherAgency_isVisibleButNotEditable() {
        EventFixtures.Organiser owner = fixtures.organiser();
        EventFixtures.Organiser other = fixtures.organiser();
        EventId id = fixtures.draft(owner, EventFixtures.unique("Public"));
        events.changeStatus(id, EventStatus.OPEN, owner.user());

        assertThat(events.get(id, null).status()).isEqualTo(EventStatus.OPEN);
        assertThat(events.visibleTo(other.user())).extracting(Event::id).contains(id);
        assertThatThrownBy(() -> events.changeStatus(id, EventStatus.SCHEDULING, other.user()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void create_withAnotherAgency_isInvalidOnOrganizers() {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventFixtures.Organiser other = fixtures.organiser();
        assertThatThrownBy(() -> events.create(EventFixtures.details("x", other.agency()), organiser.user()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("organizers"));
    }

    @Test
    void create_byCompanyUser_isForbidden() {
        EventFixtures.Organiser organiser = fixtures.organiser();
        assertThatThrownBy(() ->
                        events.create(EventFixtures.details("x", organiser.agency()), fixtures.user(Role.COMPANY)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void everyChange_isAuditedForTheEvent() {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("Audited"));
        events.changeStatus(id, EventStatus.OPEN, organiser.user());

        List<AuditEntry> log = events.auditLog(id, organiser.user());
        assertThat(log)
                .extracting(AuditEntry::code)
                .containsExactly("event.status.changed", "event.structure.replaced", "event.event.created");
        assertThat(log.getFirst().actorUserId()).isEqualTo(organiser.user().id().value());
    }

    @Test
    void auditLog_ofAnotherAgencysEvent_isForbidden() {
        EventFixtures.Organiser owner = fixtures.organiser();
        EventFixtures.Organiser other = fixtures.organiser();
        EventId id = fixtures.draft(owner, EventFixtures.unique("Log"));
        events.changeStatus(id, EventStatus.OPEN, owner.user());
        assertThatThrownBy(() -> events.auditLog(id, other.user())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void admin_seesEveryDraft() {
        EventFixtures.Organiser owner = fixtures.organiser();
        EventId id = fixtures.draft(owner, EventFixtures.unique("Admin"));
        assertThat(events.get(id, fixtures.admin()).id()).isEqualTo(id);
    }
}
