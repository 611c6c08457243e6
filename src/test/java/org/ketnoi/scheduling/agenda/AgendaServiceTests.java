package org.ketnoi.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.ketnoi.event.EventFixtures;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.i18n.Language;
import org.ketnoi.scheduling.agenda.AgendaFixtures.Place;
import org.ketnoi.scheduling.agenda.AgendaFixtures.Scene;
import org.ketnoi.shared.NotFoundException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AgendaServiceTests {

    @Autowired
    AgendaFixtures fixtures;

    @Autowired
    AgendaService agendas;

    @Autowired
    EventFixtures events;

    @Test
    void agenda_showsTheOwnMeetingsInTheOwnZoneWithThePartnersTimeOnline() {
        Scene scene = fixtures.scene();

        Agenda agenda = agendas.agenda(scene.event().id(), scene.hanoi().user(), null, Language.VI);

        assertThat(agenda.participant()).isEqualTo(scene.hanoi().id());
        assertThat(agenda.companyName()).isEqualTo(scene.hanoi().name() + " vi");
        assertThat(agenda.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(agenda.zoneLabel()).isEqualTo("GMT+7, Hà Nội");
        assertThat(agenda.version()).isEqualTo(1);
        assertThat(agenda.cancelled()).isEmpty();
        assertThat(agenda.meetings()).singleElement().satisfies(m -> {
            assertThat(m.uid()).isEqualTo(scene.onlineUid());
            assertThat(m.day()).isEqualTo(LocalDate.of(2027, 3, 10));
            assertThat(m.time()).isEqualTo("09:40–10:00");
            assertThat(m.partnerTime()).isEqualTo("10:40–11:00 (GMT+8, Hàng Châu)");
            assertThat(m.onlineUrl()).isEqualTo(scene.onlineUrl());
            assertThat(m.place()).isNull();
            assertThat(m.partnerParticipant()).isEqualTo(scene.hangzhou().id().value());
            assertThat(m.partnerCompany()).isEqualTo(scene.hangzhou().company().value());
            assertThat(m.partnerName()).isEqualTo(scene.hangzhou().name() + " vi");
            assertThat(m.partnerCountry()).isEqualTo("Việt Nam");
            assertThat(m.interpreter()).isNull();
        });
    }

    @Test
    void agenda_inChinese_givesTablesRoomsInterpretersAndTimesInTheReadersZone() {
        Scene scene = fixtures.scene();

        Agenda agenda = agendas.agenda(scene.event().id(), scene.hangzhou().user(), null, Language.ZH);

        assertThat(agenda.zoneLabel()).isEqualTo("GMT+8，杭州");
        assertThat(agenda.meetings()).hasSize(2);
        AgendaMeeting table = agenda.meetings().get(0);
        assertThat(table.uid()).isEqualTo(scene.tableUid());
        assertThat(table.time()).isEqualTo("10:00–10:20");
        assertThat(table.place()).isEqualTo("3号桌 · Textiles · 杭州");
        assertThat(table.partnerTime()).isNull();
        assertThat(table.partnerName()).isEqualTo(scene.traveller().name() + " 中文");
        assertThat(table.interpreter()).isEqualTo("Lê Thu Hà（Tiếng Việt–中文）");
        AgendaMeeting online = agenda.meetings().get(1);
        assertThat(online.time()).isEqualTo("10:40–11:00");
        assertThat(online.partnerTime()).isEqualTo("09:40–10:00（GMT+7，河内）");
    }

    @Test
    void agenda_ignoresDraftVersions() {
        Scene scene = fixtures.scene();
        long draft = fixtures.version(scene.event(), 2, false);
        fixtures.meeting(
                scene.event(),
                draft,
                scene.onlineRequest(),
                scene.hanoi(),
                scene.hangzhou(),
                AgendaFixtures.slot(1),
                Place.online(scene.onlineUrl()),
                null,
                scene.onlineUid(),
                1);

        Agenda agenda = agendas.agenda(scene.event().id(), scene.hanoi().user(), null, Language.EN);

        assertThat(agenda.version()).isEqualTo(1);
        assertThat(agenda.meetings()).extracting(AgendaMeeting::time).containsExactly("09:40–10:00");
    }

    @Test
    void agenda_ofAnotherCompanysParticipant_isNotFound() {
        Scene scene = fixtures.scene();

        assertThatThrownBy(() -> agendas.agenda(
                        scene.event().id(),
                        scene.hanoi().user(),
                        scene.hangzhou().id(),
                        Language.VI))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void agenda_ofAParticipantOfAnotherEvent_isNotFound() {
        Scene scene = fixtures.scene();
        Scene other = fixtures.scene();

        assertThatThrownBy(() -> agendas.agenda(
                        scene.event().id(), scene.hanoi().user(), other.hanoi().id(), Language.VI))
                .isInstanceOf(NotFoundException.class);
        // Not even the organisers of the first event reach another event's participant through it.
        assertThatThrownBy(() -> agendas.agenda(
                        scene.event().id(),
                        scene.event().organiser().user(),
                        other.hanoi().id(),
                        Language.VI))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void agenda_withoutOwnParticipation_isNotFound() {
        Scene scene = fixtures.scene();
        var stranger = fixtures.side(fixtures.event(), 0, ParticipantRole.BUYER, Language.VI, "Stranger");

        assertThatThrownBy(() -> agendas.agenda(scene.event().id(), stranger.user(), null, Language.VI))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("agenda.error.no-participation");
    }

    @Test
    void agenda_forTheOrganisers_opensAnyParticipant_butNotForOtherOrganisers() {
        Scene scene = fixtures.scene();
        ParticipationId buyer = scene.hangzhou().id();

        Agenda agenda =
                agendas.agenda(scene.event().id(), scene.event().organiser().user(), buyer, Language.EN);
        assertThat(agenda.meetings()).hasSize(2);
        assertThat(agenda.zoneLabel()).isEqualTo("GMT+8, Hangzhou");

        var otherOrganiser = events.organiser().user();
        assertThatThrownBy(() -> agendas.agenda(scene.event().id(), otherOrganiser, buyer, Language.EN))
                .isInstanceOf(NotFoundException.class);
    }
}
