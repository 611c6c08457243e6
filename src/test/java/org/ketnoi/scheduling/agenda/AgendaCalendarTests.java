package org.ketnoi.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ketnoi.i18n.Language;
import org.ketnoi.scheduling.agenda.AgendaFixtures.Place;
import org.ketnoi.scheduling.agenda.AgendaFixtures.Scene;
import org.ketnoi.scheduling.agenda.StrictCalendarParser.Component;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AgendaCalendarTests {

    @Autowired
    AgendaFixtures fixtures;

    @Autowired
    AgendaService agendas;

    @Autowired
    AgendaExports exports;

    private Component calendar(Scene scene, AgendaFixtures.Side side, Language language) {
        Agenda agenda = agendas.agenda(scene.event().id(), side.user(), null, language);
        return StrictCalendarParser.parse(exports.calendar(agenda).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void calendar_hasTheRequiredPropertiesATimeZoneAndOneEventPerMeeting() {
        Scene scene = fixtures.scene();

        Component calendar = calendar(scene, scene.hanoi(), Language.VI);

        assertThat(calendar.value("PRODID")).isEqualTo("-//Ket Noi//Agenda vi//VI");
        assertThat(calendar.value("VERSION")).isEqualTo("2.0");
        assertThat(calendar.value("CALSCALE")).isEqualTo("GREGORIAN");
        assertThat(calendar.value("METHOD")).isEqualTo("PUBLISH");
        Component zone = calendar.children("VTIMEZONE").getFirst();
        assertThat(calendar.children("VTIMEZONE")).hasSize(1);
        assertThat(zone.value("TZID")).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(zone.children("DAYLIGHT")).isEmpty();
        assertThat(zone.children("STANDARD")).singleElement().satisfies(standard -> {
            assertThat(standard.value("TZOFFSETTO")).isEqualTo("+0700");
            assertThat(standard.value("DTSTART")).matches("\\d{8}T\\d{6}");
        });
        String title = scene.event().event().title().vi();
        String partner = scene.hangzhou().name() + " vi";
        assertThat(calendar.children("VEVENT")).singleElement().satisfies(event -> {
            assertThat(event.value("UID")).isEqualTo(scene.onlineUid() + "@localhost");
            assertThat(event.value("SEQUENCE")).isEqualTo("0");
            assertThat(event.value("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
            assertThat(event.one("DTSTART").parameters()).isEqualTo(Map.of("TZID", "Asia/Ho_Chi_Minh"));
            assertThat(event.value("DTSTART")).isEqualTo("20270310T094000");
            assertThat(event.value("DTEND")).isEqualTo("20270310T100000");
            assertThat(event.one("DTEND").parameters()).isEqualTo(Map.of("TZID", "Asia/Ho_Chi_Minh"));
            assertThat(event.value("SUMMARY")).isEqualTo("Gặp " + partner + " · " + title);
            assertThat(event.value("DESCRIPTION"))
                    .isEqualTo("Đối tác: " + partner + " (Việt Nam)\n"
                            + "Họp trực tuyến: " + scene.onlineUrl() + "\n"
                            + "Giờ của đối tác: 10:40–11:00 (GMT+8, Hàng Châu)\n"
                            + title);
            assertThat(event.value("LOCATION")).isEqualTo(scene.onlineUrl());
            assertThat(event.value("URL")).isEqualTo(scene.onlineUrl());
            assertThat(event.value("STATUS")).isEqualTo("CONFIRMED");
        });
    }

    @Test
    void calendar_acrossPublishedVersions_keepsUidsRaisesSequencesAndCancelsRemovedMeetings() {
        Scene scene = fixtures.scene();
        Map<String, Component> first = events(calendar(scene, scene.hangzhou(), Language.ZH));
        assertThat(first).containsOnlyKeys(scene.onlineUid() + "@localhost", scene.tableUid() + "@localhost");
        Component table = first.get(scene.tableUid() + "@localhost");
        assertThat(table.value("SEQUENCE")).isEqualTo("0");
        assertThat(table.value("DTSTART")).isEqualTo("20270310T100000");
        assertThat(table.one("DTSTART").parameters()).isEqualTo(Map.of("TZID", "Asia/Shanghai"));
        assertThat(table.value("LOCATION")).isEqualTo("3号桌 · Textiles · 杭州");
        assertThat(table.value("DESCRIPTION")).contains("翻译：Lê Thu Hà（Tiếng Việt–中文）");
        assertThat(table.all("URL")).isEmpty();

        // Version 2 moves the table meeting one slot later and drops the online one.
        publishMovedTableMeeting(scene, 2);
        Map<String, Component> second = events(calendar(scene, scene.hangzhou(), Language.ZH));
        assertThat(second).containsOnlyKeys(scene.onlineUid() + "@localhost", scene.tableUid() + "@localhost");
        Component moved = second.get(scene.tableUid() + "@localhost");
        assertThat(moved.value("SEQUENCE")).isEqualTo("1");
        assertThat(moved.value("DTSTART")).isEqualTo("20270310T102000");
        assertThat(moved.value("STATUS")).isEqualTo("CONFIRMED");
        Component dropped = second.get(scene.onlineUid() + "@localhost");
        assertThat(dropped.value("STATUS")).isEqualTo("CANCELLED");
        assertThat(dropped.value("SEQUENCE")).isEqualTo("1");
        assertThat(dropped.value("DTSTART")).isEqualTo("20270310T104000");
        // The other side of the dropped meeting is told as well.
        assertThat(events(calendar(scene, scene.hanoi(), Language.VI)).values())
                .singleElement()
                .satisfies(e -> assertThat(e.value("STATUS")).isEqualTo("CANCELLED"));

        // Version 3 changes nothing for these two: the export stays the same, sequences included.
        publishMovedTableMeeting(scene, 3);
        Map<String, Component> third = events(calendar(scene, scene.hangzhou(), Language.ZH));
        assertThat(third.keySet()).isEqualTo(second.keySet());
        third.forEach((uid, event) -> {
            assertThat(event.value("SEQUENCE")).isEqualTo(second.get(uid).value("SEQUENCE"));
            assertThat(event.value("STATUS")).isEqualTo(second.get(uid).value("STATUS"));
            assertThat(event.value("DTSTART")).isEqualTo(second.get(uid).value("DTSTART"));
        });
    }

    private void publishMovedTableMeeting(Scene scene, int version) {
        long schedule = fixtures.version(scene.event(), version, true);
        fixtures.meeting(
                scene.event(),
                schedule,
                scene.tableRequest(),
                scene.hangzhou(),
                scene.traveller(),
                AgendaFixtures.slot(1),
                Place.table(scene.event().point(1), scene.room(), 3),
                scene.interpreter(),
                scene.tableUid(),
                1);
    }

    private static Map<String, Component> events(Component calendar) {
        List<Component> events = calendar.children("VEVENT");
        return events.stream().collect(Collectors.toMap(e -> e.value("UID"), Function.identity()));
    }
}
