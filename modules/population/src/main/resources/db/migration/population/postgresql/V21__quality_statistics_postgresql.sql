-- PostgreSQL: indexes for the statistics as of a date and the quality rules (one aggregate query over the
-- residence, register and household histories). Index-only scans: the period columns lead, the columns the
-- joins and groups need are included.
CREATE INDEX residence_period_ix ON residence (valid_from, valid_to) INCLUDE (person_id, address_id);
CREATE INDEX register_entry_period_ix ON register_entry (person_id, valid_from, valid_to) INCLUDE (register_type);
CREATE INDEX household_membership_period_ix ON household_membership (person_id, valid_from, valid_to)
    INCLUDE (household_id);
