package org.ketnoi.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Participants' unavailable slots and the event's interpreters; every query takes the event id. */
@Repository
class EventResourceRepository {

    private final JdbcClient jdbc;

    EventResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<ParticipationId, Set<Instant>> participantUnavailability(EventId event) {
        Map<ParticipationId, Set<Instant>> result = new HashMap<>();
        jdbc.sql("SELECT participant_id, slot_start FROM participant_unavailable_slot WHERE event_id = :event")
                .param("event", event.value())
                .query((rs, n) -> {
                    result.computeIfAbsent(new ParticipationId(rs.getLong(1)), k -> new HashSet<>())
                            .add(instant(rs, 2));
                    return null;
                })
                .list();
        return result;
    }

    Set<Instant> participantUnavailability(EventId event, ParticipationId participant) {
        return new HashSet<>(jdbc.sql("""
                SELECT slot_start FROM participant_unavailable_slot
                WHERE event_id = :event AND participant_id = :participant""")
                .param("event", event.value())
                .param("participant", participant.value())
                .query((rs, n) -> instant(rs, 1))
                .list());
    }

    List<Interpreter> interpreters(EventId event) {
        return jdbc.sql("""
                SELECT id, event_id, name, email, phone, connection_point_id, language_pairs
                FROM interpreter WHERE event_id = :event ORDER BY name, id""")
                .param("event", event.value())
                .query((rs, n) -> interpreter(rs))
                .list();
    }

    Optional<Interpreter> interpreter(EventId event, long id) {
        return jdbc.sql("""
                SELECT id, event_id, name, email, phone, connection_point_id, language_pairs
                FROM interpreter WHERE event_id = :event AND id = :id""")
                .param("event", event.value())
                .param("id", id)
                .query((rs, n) -> interpreter(rs))
                .optional();
    }

    Map<Long, Set<Instant>> interpreterUnavailability(EventId event) {
        Map<Long, Set<Instant>> result = new HashMap<>();
        jdbc.sql("SELECT interpreter_id, slot_start FROM interpreter_unavailable_slot WHERE event_id = :event")
                .param("event", event.value())
                .query((rs, n) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(instant(rs, 2));
                    return null;
                })
                .list();
        return result;
    }

    /** Replaces the participant's unavailable slots with the given starts. */
    void replaceParticipantUnavailability(EventId event, ParticipationId participant, Set<Instant> starts) {
        jdbc.sql("DELETE FROM participant_unavailable_slot WHERE event_id = :event AND participant_id = :participant")
                .param("event", event.value())
                .param("participant", participant.value())
                .update();
        for (Instant start : starts) {
            jdbc.sql("""
                    INSERT INTO participant_unavailable_slot (event_id, participant_id, slot_start)
                    VALUES (:event, :participant, :start)""")
                    .param("event", event.value())
                    .param("participant", participant.value())
                    .param("start", at(start))
                    .update();
        }
    }

    long insertInterpreter(EventId event, InterpreterDetails details, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO interpreter
                    (event_id, name, email, phone, connection_point_id, language_pairs, created_at, updated_at)
                VALUES (:event, :name, :email, :phone, :point, :pairs, :now, :now)""")
                .param("event", event.value())
                .param("name", details.name())
                .param("email", details.email())
                .param("phone", details.phone())
                .param("point", details.connectionPoint())
                .param("pairs", pairsText(details.pairs()))
                .param("now", at(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    boolean updateInterpreter(EventId event, long id, InterpreterDetails details, Instant now) {
        return jdbc.sql("""
                        UPDATE interpreter SET name = :name, email = :email, phone = :phone,
                        connection_point_id = :point, language_pairs = :pairs, updated_at = :now
                        WHERE event_id = :event AND id = :id""")
                        .param("name", details.name())
                        .param("email", details.email())
                        .param("phone", details.phone())
                        .param("point", details.connectionPoint())
                        .param("pairs", pairsText(details.pairs()))
                        .param("now", at(now))
                        .param("event", event.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Deletes the interpreter and its unavailable slots. */
    void deleteInterpreter(EventId event, long id) {
        jdbc.sql("DELETE FROM interpreter_unavailable_slot WHERE event_id = :event AND interpreter_id = :id")
                .param("event", event.value())
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM interpreter WHERE event_id = :event AND id = :id")
                .param("event", event.value())
                .param("id", id)
                .update();
    }

    /** How many meetings of the event's schedule versions the interpreter is placed in. */
    int scheduledMeetings(EventId event, long interpreter) {
        return jdbc.sql("SELECT COUNT(*) FROM scheduled_meeting WHERE event_id = :event AND interpreter_id = :id")
                .param("event", event.value())
                .param("id", interpreter)
                .query(Integer.class)
                .single();
    }

    Set<Instant> interpreterUnavailability(EventId event, long interpreter) {
        return new HashSet<>(jdbc.sql("""
                SELECT slot_start FROM interpreter_unavailable_slot
                WHERE event_id = :event AND interpreter_id = :id""")
                .param("event", event.value())
                .param("id", interpreter)
                .query((rs, n) -> instant(rs, 1))
                .list());
    }

    void replaceInterpreterUnavailability(EventId event, long interpreter, Set<Instant> starts) {
        jdbc.sql("DELETE FROM interpreter_unavailable_slot WHERE event_id = :event AND interpreter_id = :id")
                .param("event", event.value())
                .param("id", interpreter)
                .update();
        for (Instant start : starts) {
            jdbc.sql("""
                    INSERT INTO interpreter_unavailable_slot (event_id, interpreter_id, slot_start)
                    VALUES (:event, :id, :start)""")
                    .param("event", event.value())
                    .param("id", interpreter)
                    .param("start", at(start))
                    .update();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Interpreter interpreter(ResultSet rs) throws SQLException {
        long point = rs.getLong("connection_point_id");
        Long connectionPoint = rs.wasNull() ? null : point;
        return new Interpreter(
                rs.getLong("id"),
                new EventId(rs.getLong("event_id")),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                connectionPoint,
                pairs(rs.getString("language_pairs")));
    }

    static Set<LanguagePair> pairs(String text) {
        return Arrays.stream(text.trim().split("\\s+"))
                .filter(s -> !s.isBlank())
                .map(LanguagePair::parse)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    static String pairsText(Set<LanguagePair> pairs) {
        return pairs.stream().map(LanguagePair::toString).sorted().collect(Collectors.joining(" "));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
