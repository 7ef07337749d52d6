-- Issue 3 (registers and households): the work list of households without a reference person groups the open
-- memberships by household; the open temporary absences are listed by planned end.
CREATE INDEX household_membership_open_household_ix ON household_membership (household_id, position)
    WHERE valid_to IS NULL;
CREATE INDEX temporary_absence_open_planned_end_ix ON temporary_absence (planned_end) WHERE valid_to IS NULL;
CREATE INDEX removal_proposal_status_ix ON removal_proposal (status, proposed_at);
