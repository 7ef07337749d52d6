-- Suspensions of voting rights (schorsing van het kiesrecht / suspension des droits électoraux), published by the
-- criminal-records module from convictions and read by elections (voter lists as of a date). One row per source
-- (the conviction), so a repeated import of the same conviction does not double it; a rehabilitation or a corrected
-- conviction ends or withdraws the row, which is kept with who did it and when.
CREATE TABLE voting_rights_suspension (
    source_ref     VARCHAR(100)  NOT NULL PRIMARY KEY,   -- e.g. criminal-records:conviction:<id>
    person_id      UUID          NOT NULL REFERENCES person (id),
    valid_from     DATE          NOT NULL,               -- first day without voting rights
    valid_until    DATE,                                 -- last day without voting rights; NULL: no end known
    legal_basis    VARCHAR(300)  NOT NULL,               -- e.g. the court decision and the article applied
    withdrawn      BOOLEAN       NOT NULL DEFAULT FALSE, -- the source no longer suspends (rehabilitation, correction)
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE,
    changed_by     VARCHAR(100),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT voting_rights_suspension_period CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX voting_rights_suspension_person_ix ON voting_rights_suspension (person_id);
CREATE INDEX voting_rights_suspension_from_ix ON voting_rights_suspension (valid_from);
