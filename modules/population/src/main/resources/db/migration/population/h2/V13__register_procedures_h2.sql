-- H2 (embedded run only): no partial indexes; one open reference address, residence abroad and removal proposal
-- per person is kept by the application (every register procedure locks the resident row first).
CREATE INDEX reference_address_open_ix ON reference_address (person_id, valid_to);
CREATE INDEX emigration_open_ix ON emigration (person_id, valid_to);
