-- Identity documents (issue 3, task I): the day an urgent card is expected (next working day when applied for
-- before the cut-off, see UrgentProcedure) and which codes the PIN/PUK letter carries (Kids-ID under 6: PUK only).
-- Documents applied for before this migration: no expected day, a PIN and PUK letter. SQL shared by PostgreSQL and
-- H2 (PG mode).
ALTER TABLE identity_document ADD COLUMN expected_on DATE;
ALTER TABLE identity_document ADD COLUMN code_letter VARCHAR(12) DEFAULT 'PIN_AND_PUK' NOT NULL;
ALTER TABLE identity_document ADD CONSTRAINT identity_document_code_letter_ck
    CHECK (code_letter IN ('PIN_AND_PUK', 'PUK_ONLY'));
-- the invitation list: the holder's other documents, newest first
CREATE INDEX identity_document_person_status_ix ON identity_document (person_id, status);
