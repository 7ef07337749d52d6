-- Former national register numbers (issue 4, effects of civil-status acts): a change of registered sex or a
-- corrected birth date gives a person a new number (domain.md section 1); the old one is kept here, linked to the
-- person, so that it is never allocated again and a lookup by it still finds the person (flagged as former).
-- The history of the person's numbers is also in person_fact (fact NATIONAL_NUMBER). Rows are only inserted.
CREATE TABLE former_national_number (
    national_number  VARCHAR(11)   NOT NULL PRIMARY KEY,
    person_id        UUID          NOT NULL REFERENCES person (id),
    replaced_by      VARCHAR(11)   NOT NULL,               -- the number that took its place
    replaced_on      DATE          NOT NULL,               -- the day the new number took effect
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by      VARCHAR(100)  NOT NULL,
    basis_kind       VARCHAR(30)   NOT NULL,
    basis_ref        VARCHAR(200)
);
