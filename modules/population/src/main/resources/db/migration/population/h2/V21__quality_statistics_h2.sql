-- H2 (embedded run only): the same indexes as on PostgreSQL, without INCLUDE columns.
CREATE INDEX residence_period_ix ON residence (valid_from, valid_to, person_id, address_id);
CREATE INDEX register_entry_period_ix ON register_entry (person_id, valid_from, valid_to, register_type);
CREATE INDEX household_membership_period_ix ON household_membership (person_id, valid_from, valid_to, household_id);
