-- Issue 3 (registers and households), H2 (embedded run only): no partial indexes.
CREATE INDEX household_membership_open_household_ix ON household_membership (valid_to, household_id, position);
CREATE INDEX temporary_absence_open_planned_end_ix ON temporary_absence (valid_to, planned_end);
CREATE INDEX removal_proposal_status_ix ON removal_proposal (status, proposed_at);
