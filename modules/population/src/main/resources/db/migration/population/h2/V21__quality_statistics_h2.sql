-- H2 (embedded run only): the same period indexes as on PostgreSQL, without INCLUDE columns.
CREATE INDEX residence_period_ix ON residence (valid_from, valid_to, person_id, address_id);
CREATE INDEX register_entry_period_ix ON register_entry (valid_from, valid_to, person_id, register_type);
