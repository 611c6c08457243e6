-- Companies may withdraw a registration: it is kept, with the status WITHDRAWN.
ALTER TABLE event_participant DROP CONSTRAINT ck_event_participant_status;
ALTER TABLE event_participant ADD CONSTRAINT ck_event_participant_status
    CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'));
