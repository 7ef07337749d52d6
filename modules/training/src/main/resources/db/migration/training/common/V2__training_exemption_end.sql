-- An administrator can end a time-limited exemption (vrijstelling / dispense) early, with the reason: the grant
-- stays as it was (valid_until), the end is recorded beside it; from ended_on the exemption no longer covers.
ALTER TABLE exemption ADD COLUMN ended_on DATE;
ALTER TABLE exemption ADD COLUMN ended_by VARCHAR(100);
ALTER TABLE exemption ADD COLUMN end_reason VARCHAR(500);
