-- Corrections of the police residence check (issue 3, task E): every check outcome recorded on a change of address
-- is kept as a row; a correction adds a row with its reason and marks the earlier one superseded (who, when), it
-- never overwrites it. address_change.check_* keep the current (latest) outcome. The checks recorded before this
-- migration become the first row of their procedure (id = the procedure's id). SQL shared by PostgreSQL and H2.

CREATE TABLE residence_check_entry (
    id                 UUID          NOT NULL PRIMARY KEY,
    address_change_id  UUID          NOT NULL REFERENCES address_change (id),
    outcome            VARCHAR(10)   NOT NULL,
    visit_date         DATE          NOT NULL,
    remarks            VARCHAR(2000),
    reference          VARCHAR(200),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    correction_reason  VARCHAR(2000),                               -- NULL: the first check of the procedure
    superseded_at      TIMESTAMP WITH TIME ZONE,
    superseded_by      VARCHAR(100),
    CONSTRAINT residence_check_entry_outcome_ck CHECK (outcome IN ('POSITIVE', 'NEGATIVE')),
    CONSTRAINT residence_check_entry_superseded_ck CHECK ((superseded_at IS NULL) = (superseded_by IS NULL))
);
CREATE INDEX residence_check_entry_change_ix ON residence_check_entry (address_change_id, recorded_at);

INSERT INTO residence_check_entry (id, address_change_id, outcome, visit_date, remarks, reference, recorded_at,
                                   recorded_by)
SELECT id, id, check_outcome, check_visit_date, check_remarks, check_reference, checked_at, checked_by
FROM address_change
WHERE check_outcome IS NOT NULL AND check_visit_date IS NOT NULL AND checked_at IS NOT NULL AND checked_by IS NOT NULL;
