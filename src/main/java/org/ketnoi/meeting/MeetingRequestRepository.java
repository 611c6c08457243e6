package org.ketnoi.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.UserId;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Meeting requests; every query but the clock-driven sweep takes the event id. */
@Repository
class MeetingRequestRepository {

    private final JdbcClient jdbc;

    MeetingRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new request; a second active request for the pair fails on the unique constraint. */
    MeetingRequestId insert(MeetingRequest r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting_request (event_id, first_id, second_id, first_company_id, second_company_id,
                requester_id, first_accepted, second_accepted, status, message, reason, requested_by, requested_at,
                expires_at, decided_at, decided_by, active_pair)
                VALUES (:event, :first, :second, :firstCompany, :secondCompany, :requester, :firstAccepted,
                :secondAccepted, :status, :message, :reason, :by, :at, :expires, :decidedAt, :decidedBy, :active)""")
                .param("event", r.event().value())
                .param("first", r.pair().first().value())
                .param("second", r.pair().second().value())
                .param("firstCompany", r.firstCompany().value())
                .param("secondCompany", r.secondCompany().value())
                .param("requester", r.requester() == null ? null : r.requester().value())
                .param("firstAccepted", r.firstAccepted())
                .param("secondAccepted", r.secondAccepted())
                .param("status", r.status().name())
                .param("message", r.message())
                .param("reason", r.reason())
                .param("by", r.requestedBy().value())
                .param("at", at(r.requestedAt()))
                .param("expires", at(r.expiresAt()))
                .param("decidedAt", at(r.decidedAt()))
                .param("decidedBy", r.decidedBy() == null ? null : r.decidedBy().value())
                .param("active", activePair(r))
                .update(keys, "id");
        MeetingRequestId id = new MeetingRequestId(keys.getKeyAs(Long.class));
        for (ListingId listing : r.listings()) {
            jdbc.sql("INSERT INTO meeting_request_listing (request_id, listing_id) VALUES (:request, :listing)")
                    .param("request", id.value())
                    .param("listing", listing.value())
                    .update();
        }
        return id;
    }

    /**
     * Stores a changed request if the stored one still has the version it was read with.
     *
     * @return false when another transaction changed it first
     */
    boolean update(MeetingRequest r) {
        return jdbc.sql("""
                        UPDATE meeting_request SET first_accepted = :firstAccepted, second_accepted = :secondAccepted,
                        status = :status, reason = :reason, reminded_at = :reminded, decided_at = :decidedAt,
                        decided_by = :decidedBy, active_pair = :active, version = version + 1
                        WHERE id = :id AND event_id = :event AND version = :version""")
                        .param("firstAccepted", r.firstAccepted())
                        .param("secondAccepted", r.secondAccepted())
                        .param("status", r.status().name())
                        .param("reason", r.reason())
                        .param("reminded", at(r.remindedAt()))
                        .param("decidedAt", at(r.decidedAt()))
                        .param(
                                "decidedBy",
                                r.decidedBy() == null ? null : r.decidedBy().value())
                        .param("active", activePair(r))
                        .param("id", r.id().value())
                        .param("event", r.event().value())
                        .param("version", r.version())
                        .update()
                == 1;
    }

    Optional<MeetingRequest> find(EventId event, MeetingRequestId id) {
        return list("WHERE event_id = :event AND id = :id", Map.of("event", event.value(), "id", id.value())).stream()
                .findFirst();
    }

    /** The event's requests, newest first. */
    List<MeetingRequest> ofEvent(EventId event) {
        return list("WHERE event_id = :event ORDER BY requested_at DESC, id DESC", Map.of("event", event.value()));
    }

    /** The event's requests one of these participations is a side of, newest first. */
    List<MeetingRequest> ofParticipations(EventId event, Collection<ParticipationId> participations) {
        if (participations.isEmpty()) {
            return List.of();
        }
        List<Long> ids = participations.stream().map(ParticipationId::value).toList();
        return list(
                "WHERE event_id = :event AND (first_id IN (:ids) OR second_id IN (:ids)) ORDER BY requested_at DESC, id DESC",
                Map.of("event", event.value(), "ids", ids));
    }

    /** Pairs with a request in one of these statuses. */
    Set<MeetingPair> pairs(EventId event, Collection<MeetingRequestStatus> statuses) {
        return new LinkedHashSet<>(jdbc.sql("""
                        SELECT DISTINCT first_id, second_id FROM meeting_request
                        WHERE event_id = :event AND status IN (:statuses) ORDER BY first_id, second_id""")
                .param("event", event.value())
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query((rs, n) ->
                        new MeetingPair(new ParticipationId(rs.getLong(1)), new ParticipationId(rs.getLong(2))))
                .list());
    }

    /** How many requests the participation sent in the event, whatever became of them. */
    int countSent(EventId event, ParticipationId requester) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_request WHERE event_id = :event AND requester_id = :p")
                .param("event", event.value())
                .param("p", requester.value())
                .query(Integer.class)
                .single();
    }

    /** How many accepted meetings the participation has in the event. */
    int countAccepted(EventId event, ParticipationId participation) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM meeting_request WHERE event_id = :event AND status = 'ACCEPTED'
                        AND (first_id = :p OR second_id = :p)""")
                .param("event", event.value())
                .param("p", participation.value())
                .query(Integer.class)
                .single();
    }

    /** Pending requests of every event past their deadline: the sweep's work list. */
    List<MeetingRequest> overdue(Instant now, int limit) {
        return list(
                "WHERE status = 'PENDING' AND expires_at <= :now ORDER BY expires_at, id LIMIT :limit",
                Map.of("now", at(now), "limit", limit));
    }

    /** Pending requests asked for before {@code before}, not reminded of yet and not overdue. */
    List<MeetingRequest> toRemind(Instant before, Instant now, int limit) {
        return list("""
                WHERE status = 'PENDING' AND reminded_at IS NULL AND requested_at <= :before AND expires_at > :now
                ORDER BY requested_at, id LIMIT :limit""", Map.of("before", at(before), "now", at(now), "limit", limit));
    }

    private List<MeetingRequest> list(String where, Map<String, ?> params) {
        List<MeetingRequest> rows = jdbc.sql("SELECT * FROM meeting_request " + where)
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<ListingId>> listings = new HashMap<>();
        jdbc.sql(
                        "SELECT request_id, listing_id FROM meeting_request_listing WHERE request_id IN (:ids) ORDER BY listing_id")
                .param("ids", rows.stream().map(r -> r.id().value()).toList())
                .query((rs, n) -> Map.entry(rs.getLong(1), new ListingId(rs.getLong(2))))
                .list()
                .forEach(e -> listings.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                        .add(e.getValue()));
        return rows.stream()
                .map(r -> withListings(r, listings.getOrDefault(r.id().value(), List.of())))
                .toList();
    }

    private static MeetingRequest withListings(MeetingRequest r, List<ListingId> listings) {
        return new MeetingRequest(
                r.id(),
                r.event(),
                r.pair(),
                r.firstCompany(),
                r.secondCompany(),
                r.requester(),
                r.firstAccepted(),
                r.secondAccepted(),
                r.status(),
                r.message(),
                r.reason(),
                listings,
                r.requestedBy(),
                r.requestedAt(),
                r.expiresAt(),
                r.remindedAt(),
                r.decidedAt(),
                r.decidedBy(),
                r.version());
    }

    private static MeetingRequest row(ResultSet rs) throws SQLException {
        Long requester = rs.getObject("requester_id", Long.class);
        Long decidedBy = rs.getObject("decided_by", Long.class);
        return new MeetingRequest(
                new MeetingRequestId(rs.getLong("id")),
                new EventId(rs.getLong("event_id")),
                new MeetingPair(
                        new ParticipationId(rs.getLong("first_id")), new ParticipationId(rs.getLong("second_id"))),
                new CompanyId(rs.getLong("first_company_id")),
                new CompanyId(rs.getLong("second_company_id")),
                requester == null ? null : new ParticipationId(requester),
                rs.getBoolean("first_accepted"),
                rs.getBoolean("second_accepted"),
                MeetingRequestStatus.valueOf(rs.getString("status")),
                rs.getString("message"),
                rs.getString("reason"),
                List.of(),
                new UserId(rs.getLong("requested_by")),
                instant(rs, "requested_at"),
                instant(rs, "expires_at"),
                instant(rs, "reminded_at"),
                instant(rs, "decided_at"),
                decidedBy == null ? null : new UserId(decidedBy),
                rs.getInt("version"));
    }

    private static @Nullable String activePair(MeetingRequest r) {
        return r.status().isActive()
                ? r.pair().first().value() + "-" + r.pair().second().value()
                : null;
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
