-- Matching rules an event's organisers set (docs/matching.md); events without a row use the defaults.
CREATE TABLE match_settings (
    event_id            BIGINT PRIMARY KEY REFERENCES event (id),
    vietnam_china_only  BOOLEAN NOT NULL,
    buyer_seller_only   BOOLEAN NOT NULL,
    updated_by          BIGINT NOT NULL REFERENCES app_user (id),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
