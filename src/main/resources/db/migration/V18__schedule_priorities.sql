-- What organisers decide about an accepted request before the scheduler runs: a priority (0 normal up
-- to 3 top, added to the weight from the mutual match score) and whether they took it out of the
-- schedule (it stays out of every re-run until they restore it).
CREATE TABLE schedule_request_setting (
    request_id      BIGINT NOT NULL PRIMARY KEY REFERENCES meeting_request (id),
    event_id        BIGINT NOT NULL REFERENCES event (id),
    priority        INTEGER NOT NULL DEFAULT 0,
    removed         BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by      BIGINT NOT NULL REFERENCES app_user (id),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_schedule_request_priority CHECK (priority BETWEEN 0 AND 3)
);
CREATE INDEX ix_schedule_request_setting_event ON schedule_request_setting (event_id);

-- A run also remembers how many meetings left their published slot, why it failed, and the draft it wrote.
ALTER TABLE schedule_run ADD COLUMN moved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE schedule_run ADD COLUMN failure VARCHAR(200);
ALTER TABLE schedule_run ADD COLUMN schedule_version INTEGER;
