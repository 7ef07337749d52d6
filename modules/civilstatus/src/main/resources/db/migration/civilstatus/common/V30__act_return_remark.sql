-- The civil registrar sends an act waiting for signature back to draft with a remark (what to correct): the last
-- remark, who made it and when, shown to the clerk with the draft. SQL shared by PostgreSQL and H2.

ALTER TABLE act ADD COLUMN return_remark VARCHAR(500);
ALTER TABLE act ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE act ADD COLUMN returned_by VARCHAR(100);

-- The signing queue reads the acts waiting for signature, longest waiting first.
CREATE INDEX act_status_updated_ix ON act (status, updated_at);
