-- H2 (embedded run only): no partial indexes; one open period per person is kept by the application
-- (the resident row is the lock every change of a person's residence or household goes through).
CREATE INDEX residence_open_ix ON residence (person_id, valid_to);
CREATE INDEX household_membership_open_ix ON household_membership (person_id, valid_to);
