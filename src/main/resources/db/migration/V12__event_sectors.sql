-- The default sectors (taxonomy/sectors.csv) an event uses; an event without rows uses the whole list.
CREATE TABLE event_sector (
    event_id    BIGINT NOT NULL REFERENCES event (id),
    sector_code VARCHAR(100) NOT NULL,
    PRIMARY KEY (event_id, sector_code)
);
