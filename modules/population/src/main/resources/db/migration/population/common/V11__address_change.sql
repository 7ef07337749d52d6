-- Change of address (adreswijziging / changement d'adresse): the procedure from declaration through the police
-- residence check to the decision, its members, the one-open-procedure-per-person guard and the outbox of
-- events for other bodies. SQL shared by PostgreSQL and H2 (PostgreSQL mode).

CREATE TABLE address_change (
    id                    UUID          NOT NULL PRIMARY KEY,
    status                VARCHAR(20)   NOT NULL,
    declarant_id          UUID          NOT NULL REFERENCES resident (person_id),
    from_household_id     UUID          NOT NULL REFERENCES household (id),
    to_address_id         UUID          NOT NULL REFERENCES address (id),
    to_household_id       VARCHAR(36),                                  -- join this household (uuid); NULL = a new one
    move_date             DATE          NOT NULL,
    declared_on           DATE          NOT NULL,
    late                  BOOLEAN       NOT NULL,                       -- declared after the declaration deadline
    declaration_deadline  DATE          NOT NULL,
    check_due             DATE          NOT NULL,
    decision_due          DATE          NOT NULL,
    declared_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    declared_by           VARCHAR(100)  NOT NULL,
    check_outcome         VARCHAR(10),                                  -- POSITIVE, NEGATIVE
    check_visit_date      DATE,
    check_remarks         VARCHAR(2000),
    checked_at            TIMESTAMP WITH TIME ZONE,
    checked_by            VARCHAR(100),
    decision_motivation   VARCHAR(2000),
    decided_at            TIMESTAMP WITH TIME ZONE,
    decided_by            VARCHAR(100),
    version               BIGINT        NOT NULL,
    CONSTRAINT address_change_status_ck CHECK (status IN ('DECLARED', 'CHECKED', 'APPROVED', 'REFUSED')),
    CONSTRAINT address_change_outcome_ck CHECK (check_outcome IS NULL OR check_outcome IN ('POSITIVE', 'NEGATIVE'))
);
-- the work queue: open procedures by due date
CREATE INDEX address_change_status_ix ON address_change (status, check_due, decision_due);

-- Who moves, in which position in the household at the new address.
CREATE TABLE address_change_member (
    address_change_id     UUID          NOT NULL REFERENCES address_change (id),
    person_id             UUID          NOT NULL REFERENCES resident (person_id),
    position              VARCHAR(2)    NOT NULL,
    PRIMARY KEY (address_change_id, person_id)
);
CREATE INDEX address_change_member_person_ix ON address_change_member (person_id);

-- One open procedure per person: a row while the procedure is open, removed by the decision. The primary key
-- makes two concurrent declarations for one person impossible on every database.
CREATE TABLE address_change_open (
    person_id             UUID          NOT NULL PRIMARY KEY REFERENCES resident (person_id),
    address_change_id     UUID          NOT NULL REFERENCES address_change (id)
);

-- Events for the outside world (previous municipality, National Register), written in the transaction of the
-- change and published afterwards (transactional outbox).
CREATE TABLE outbox (
    id                    UUID          NOT NULL PRIMARY KEY,
    type                  VARCHAR(100)  NOT NULL,
    payload               VARCHAR(8000) NOT NULL,                       -- JSON
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_unpublished_ix ON outbox (published_at, created_at);
