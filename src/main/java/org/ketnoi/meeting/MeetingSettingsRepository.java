package org.ketnoi.meeting;

import java.util.Optional;
import org.ketnoi.event.EventId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-event limits; events without a row use {@link MeetingProperties}. */
@Repository
class MeetingSettingsRepository {

    private final JdbcClient jdbc;
    private final MeetingProperties defaults;

    MeetingSettingsRepository(JdbcClient jdbc, MeetingProperties defaults) {
        this.jdbc = jdbc;
        this.defaults = defaults;
    }

    MeetingSettings of(EventId event) {
        return stored(event)
                .orElse(new MeetingSettings(
                        defaults.maxRequestsSent(), defaults.maxMeetings(), defaults.validityDays()));
    }

    Optional<MeetingSettings> stored(EventId event) {
        return jdbc.sql(
                        "SELECT max_requests_sent, max_meetings, validity_days FROM meeting_settings WHERE event_id = :e")
                .param("e", event.value())
                .query((rs, n) -> new MeetingSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .optional();
    }

    void save(EventId event, MeetingSettings settings) {
        int changed = jdbc.sql("""
                        UPDATE meeting_settings SET max_requests_sent = :sent, max_meetings = :meetings,
                        validity_days = :days WHERE event_id = :e""")
                .param("sent", settings.maxRequestsSent())
                .param("meetings", settings.maxMeetings())
                .param("days", settings.validityDays())
                .param("e", event.value())
                .update();
        if (changed == 0) {
            jdbc.sql("""
                    INSERT INTO meeting_settings (event_id, max_requests_sent, max_meetings, validity_days)
                    VALUES (:e, :sent, :meetings, :days)""")
                    .param("sent", settings.maxRequestsSent())
                    .param("meetings", settings.maxMeetings())
                    .param("days", settings.validityDays())
                    .param("e", event.value())
                    .update();
        }
    }
}
