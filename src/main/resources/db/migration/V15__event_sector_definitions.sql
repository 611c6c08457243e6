-- Sectors an event's organisers defined: their own (custom = TRUE, code "custom-N", names and HS
-- chapters) or a default sector renamed for the event (custom = FALSE, the taxonomy code, names only).
-- Custom sectors always belong to the event's list; event_sector (V12) still narrows the defaults.
CREATE TABLE event_sector_definition (
    event_id    BIGINT NOT NULL REFERENCES event (id),
    sector_code VARCHAR(100) NOT NULL,
    custom      BOOLEAN NOT NULL,
    name_vi     VARCHAR(200),
    name_zh     VARCHAR(200),
    name_en     VARCHAR(200),
    hs_codes    VARCHAR(400) NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (event_id, sector_code)
);
