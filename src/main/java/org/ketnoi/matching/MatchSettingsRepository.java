package org.ketnoi.matching;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ketnoi.event.EventId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MatchSettingsRepository {

    private final JdbcClient jdbc;

    MatchSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MatchSettings find(EventId event) {
        return jdbc.sql("SELECT vietnam_china_only, buyer_seller_only FROM match_settings WHERE event_id = :event")
                .param("event", event.value())
                .query((rs, n) -> new MatchSettings(rs.getBoolean(1), rs.getBoolean(2)))
                .optional()
                .orElse(MatchSettings.DEFAULTS);
    }

    void save(EventId event, MatchSettings settings, long actor, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE match_settings SET vietnam_china_only = :vc, buyer_seller_only = :bs,
                               updated_by = :actor, updated_at = :at
                        WHERE event_id = :event""")
                .param("vc", settings.vietnamChinaOnly())
                .param("bs", settings.buyerSellerOnly())
                .param("actor", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("event", event.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO match_settings (event_id, vietnam_china_only, buyer_seller_only, updated_by, updated_at)
                            VALUES (:event, :vc, :bs, :actor, :at)""")
                    .param("vc", settings.vietnamChinaOnly())
                    .param("bs", settings.buyerSellerOnly())
                    .param("actor", actor)
                    .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .param("event", event.value())
                    .update();
        }
    }
}
