package org.ketnoi.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scheduler's reads of unavailable slots and interpreters stay within the event asked for. */
@IntegrationTest
class EventResourcesTests {

    private static final Instant NINE = Instant.parse("2026-12-01T02:00:00Z");

    @Autowired
    EventResources resources;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    ParticipationService participations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void reads_returnOnlyTheEventsOwnRows() {
        ParticipationFixtures.OpenEvent event = fixtures.openEvent(true);
        ParticipationFixtures.OpenEvent other = fixtures.openEvent(true);
        ParticipationId mine = participant(event);
        ParticipationId theirs = participant(other);
        unavailable(event, mine, NINE);
        unavailable(other, theirs, NINE.plusSeconds(1200));
        long interpreter = interpreter(event, "Lê Thu Hà", event.point(0), "VI-ZH VI-EN");
        interpreter(other, "王芳", null, "ZH-EN");
        jdbc.sql("INSERT INTO interpreter_unavailable_slot (event_id, interpreter_id, slot_start) VALUES (?, ?, ?)")
                .params(event.id().value(), interpreter, at(NINE))
                .update();

        assertThat(resources.unavailability(event.id())).containsOnlyKeys(mine);
        assertThat(resources.unavailability(event.id(), mine)).containsExactly(NINE);
        assertThat(resources.unavailability(event.id(), theirs)).isEmpty();
        assertThat(resources.interpreters(event.id())).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Lê Thu Hà");
            assertThat(i.connectionPoint()).isEqualTo(event.point(0));
            assertThat(i.pairs())
                    .containsExactlyInAnyOrder(
                            LanguagePair.of(Language.ZH, Language.VI), LanguagePair.of(Language.VI, Language.EN));
        });
        assertThat(resources.interpreters(other.id()).getFirst().remote()).isTrue();
        assertThat(resources.interpreterUnavailability(event.id())).containsOnlyKeys(interpreter);
        assertThat(resources.interpreterUnavailability(other.id())).isEmpty();
    }

    @Test
    void languagePair_readsEitherOrderAndRejectsOneLanguage() {
        assertThat(LanguagePair.parse("zh–vi")).contains(LanguagePair.of(Language.VI, Language.ZH));
        assertThat(LanguagePair.parse("VI-ZH").orElseThrow().toString()).isEqualTo("VI-ZH");
        assertThat(LanguagePair.parse("vi-vi")).isEmpty();
        assertThat(LanguagePair.parse("vi")).isEmpty();
        assertThat(LanguagePair.of(Language.EN, Language.ZH).covers(Language.ZH, Language.EN))
                .isTrue();
    }

    private ParticipationId participant(ParticipationFixtures.OpenEvent event) {
        var owned = fixtures.participant(event, ParticipationStatus.APPROVED, ParticipantRole.SELLER);
        return participations.mine(event.id(), owned.owner()).getFirst().id();
    }

    private void unavailable(ParticipationFixtures.OpenEvent event, ParticipationId participant, Instant slot) {
        jdbc.sql("INSERT INTO participant_unavailable_slot (event_id, participant_id, slot_start) VALUES (?, ?, ?)")
                .params(event.id().value(), participant.value(), at(slot))
                .update();
    }

    private long interpreter(ParticipationFixtures.OpenEvent event, String name, Long point, String pairs) {
        jdbc.sql("""
                INSERT INTO interpreter (event_id, name, connection_point_id, language_pairs, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(event.id().value(), name, point, pairs, at(NINE), at(NINE))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM interpreter WHERE event_id = ?")
                .param(event.id().value())
                .query(Long.class)
                .single();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
