-- PostgreSQL-only: at most one open main residence and one open household membership per person, enforced
-- by the database (partial unique indexes), so two concurrent registrations can never both commit.
CREATE UNIQUE INDEX residence_one_open_ux ON residence (person_id) WHERE valid_to IS NULL;
CREATE UNIQUE INDEX household_membership_one_open_ux ON household_membership (person_id) WHERE valid_to IS NULL;
-- street search by name prefix
CREATE INDEX street_name_key_prefix_ix ON street (name_key varchar_pattern_ops);
