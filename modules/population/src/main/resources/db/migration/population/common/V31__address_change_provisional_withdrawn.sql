-- Change of address (issue 3, task M): a procedure whose mover died or emigrated while it was open is closed as
-- WITHDRAWN (reason in decision_motivation); an approval may register provisionally (voorlopige inschrijving /
-- inscription provisoire: the dwelling breaks safety, health or planning rules, which cannot be a reason to
-- refuse), with its reason on the procedure and on the residence periods it opens. SQL shared by PostgreSQL and H2.

ALTER TABLE address_change DROP CONSTRAINT address_change_status_ck;
ALTER TABLE address_change ADD CONSTRAINT address_change_status_ck
    CHECK (status IN ('DECLARED', 'CHECKED', 'APPROVED', 'REFUSED', 'WITHDRAWN'));
ALTER TABLE address_change ADD COLUMN provisional_reason VARCHAR(2000);
ALTER TABLE residence ADD COLUMN provisional_reason VARCHAR(2000);
