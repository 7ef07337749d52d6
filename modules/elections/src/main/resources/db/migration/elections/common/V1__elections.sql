-- Elections (verkiezingen / élections): dated rules per election type, elections, polling stations with their
-- street ranges, voter lists (a snapshot of the registers on the reference date) with their mutations, convocation
-- letters produced by a resumable batch job, non-Belgian voter requests, proxies, poll workers. Written in the SQL
-- subset shared by PostgreSQL and H2 (PostgreSQL mode).

-- Eligibility and deadline rules per election type with their validity period (the law changes: age 16 for the
-- European election of 2024, compulsory turnout abolished for Flemish local elections from 2024).
CREATE TABLE election_rule (
    id                       VARCHAR(60)   NOT NULL PRIMARY KEY,
    election_type            VARCHAR(20)   NOT NULL,
    valid_from               DATE          NOT NULL,    -- first election day the rule applies to
    valid_until              DATE,                      -- last election day it applies to; NULL: open
    min_age                  INTEGER       NOT NULL,    -- age reached on election day
    compulsory               BOOLEAN       NOT NULL,    -- opkomstplicht / vote obligatoire
    eu_citizens              BOOLEAN       NOT NULL,    -- non-Belgian EU citizens may vote on request
    non_eu_citizens          BOOLEAN       NOT NULL,    -- non-EU citizens may vote on request
    non_eu_residence_years   INTEGER       NOT NULL,    -- uninterrupted legal main residence required (non-EU)
    objection_days_before    INTEGER       NOT NULL,    -- inspection and objections until this day before
    letter_days_before       INTEGER       NOT NULL,    -- convocation letters reach voters at least this many days before
    request_deadline_md      VARCHAR(5),                -- MM-DD in the election year: non-Belgian request deadline
    reference_md             VARCHAR(5)    NOT NULL,    -- MM-DD in the election year: default reference date
    legal_basis              VARCHAR(300)  NOT NULL,
    CONSTRAINT election_rule_period_ck CHECK (valid_until IS NULL OR valid_until >= valid_from)
);

INSERT INTO election_rule VALUES
 ('MUNICIPAL-2000', 'MUNICIPAL', DATE '2000-01-01', DATE '2023-12-31', 18, TRUE, TRUE, TRUE, 5, 12, 15, '07-31', '08-01',
  'Lokaal en Provinciaal Kiesdecreet; Gemeentekieswetboek art. 1bis'),
 ('MUNICIPAL-2024', 'MUNICIPAL', DATE '2024-01-01', NULL, 18, FALSE, TRUE, TRUE, 5, 12, 15, '07-31', '08-01',
  'Lokaal en Provinciaal Kiesdecreet (opkomstplicht afgeschaft vanaf 2024)'),
 ('PROVINCIAL-2000', 'PROVINCIAL', DATE '2000-01-01', DATE '2023-12-31', 18, TRUE, FALSE, FALSE, 5, 12, 15, NULL, '08-01',
  'Lokaal en Provinciaal Kiesdecreet'),
 ('PROVINCIAL-2024', 'PROVINCIAL', DATE '2024-01-01', NULL, 18, FALSE, FALSE, FALSE, 5, 12, 15, NULL, '08-01',
  'Lokaal en Provinciaal Kiesdecreet (opkomstplicht afgeschaft vanaf 2024)'),
 ('FLEMISH-2000', 'FLEMISH', DATE '2000-01-01', NULL, 18, TRUE, FALSE, FALSE, 5, 12, 15, NULL, '04-01',
  'Kieswetboek; bijzondere wet 8 augustus 1980'),
 ('FEDERAL-2000', 'FEDERAL', DATE '2000-01-01', NULL, 18, TRUE, FALSE, FALSE, 5, 12, 15, NULL, '04-01',
  'Kieswetboek art. 1'),
 ('EUROPEAN-2000', 'EUROPEAN', DATE '2000-01-01', DATE '2023-12-31', 18, TRUE, TRUE, FALSE, 5, 12, 15, NULL, '04-01',
  'Wet 23 maart 1989 Europees Parlement'),
 ('EUROPEAN-2024', 'EUROPEAN', DATE '2024-01-01', DATE '2024-12-31', 16, TRUE, TRUE, FALSE, 5, 12, 15, '03-31', '04-01',
  'Wet 23 maart 1989 gewijzigd (16+), GwH 35/2024'),
 ('EUROPEAN-2025', 'EUROPEAN', DATE '2025-01-01', NULL, 18, TRUE, TRUE, FALSE, 5, 12, 15, NULL, '04-01',
  'Wet 23 maart 1989 Europees Parlement (UNVERIFIED after 2024: check the age)'),
 ('COMBINED-2000', 'COMBINED', DATE '2000-01-01', NULL, 18, TRUE, FALSE, FALSE, 5, 12, 15, NULL, '04-01',
  'Kieswetboek (federaal, Vlaams en Europees samen)');

CREATE TABLE election (
    id                UUID          NOT NULL PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    election_type     VARCHAR(20)   NOT NULL,
    election_day      DATE          NOT NULL,
    reference_date    DATE          NOT NULL,
    municipality_nis  VARCHAR(5)    NOT NULL,
    rule_id           VARCHAR(60)   NOT NULL REFERENCES election_rule (id),
    opening_hours     VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    version           BIGINT        NOT NULL
);

-- Polling station (stembureau / bureau de vote).
CREATE TABLE polling_station (
    id             UUID          NOT NULL PRIMARY KEY,
    election_id    UUID          NOT NULL REFERENCES election (id),
    station_number INTEGER       NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    address        VARCHAR(300)  NOT NULL,
    accessible     BOOLEAN       NOT NULL,               -- reachable for wheelchair users
    capacity       INTEGER       NOT NULL,               -- maximum voters
    electronic     BOOLEAN       NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT polling_station_uk UNIQUE (election_id, station_number)
);

-- Which addresses vote in a station: a street, optionally a house-number range and parity.
CREATE TABLE station_range (
    id             UUID          NOT NULL PRIMARY KEY,
    station_id     UUID          NOT NULL REFERENCES polling_station (id),
    street_code    VARCHAR(10)   NOT NULL,
    from_number    INTEGER,                              -- NULL: from the first number
    to_number      INTEGER,                              -- NULL: to the last number
    parity         VARCHAR(4)    NOT NULL,               -- ALL, ODD, EVEN
    CONSTRAINT station_range_parity_ck CHECK (parity IN ('ALL', 'ODD', 'EVEN'))
);
CREATE INDEX station_range_station_ix ON station_range (station_id);

-- The voter list (kiezerslijst / liste des électeurs) of an election as generated on the reference date.
CREATE TABLE voter_list (
    election_id    UUID          NOT NULL PRIMARY KEY REFERENCES election (id),
    reference_date DATE          NOT NULL,
    generated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    generated_by   VARCHAR(100)  NOT NULL,
    voter_count    INTEGER       NOT NULL,
    version        BIGINT        NOT NULL
);

-- One voter on a list: a snapshot of the registers on the reference date. Never edited silently: a later change
-- (death, suspension, objection, move) is a list_mutation and changes status/station with it.
CREATE TABLE voter (
    id               UUID          NOT NULL PRIMARY KEY,
    election_id      UUID          NOT NULL REFERENCES voter_list (election_id),
    person_id        UUID          NOT NULL,
    station_id       UUID          REFERENCES polling_station (id),
    voter_number     INTEGER,                            -- per station, deterministic
    family_name      VARCHAR(200)  NOT NULL,
    given_names      VARCHAR(200)  NOT NULL,
    birth_date       VARCHAR(10)   NOT NULL,
    sex              VARCHAR(1)    NOT NULL,
    nationality      VARCHAR(10)   NOT NULL,             -- BELGIAN, EU, NON_EU
    street_code      VARCHAR(10)   NOT NULL,
    house_number     VARCHAR(10)   NOT NULL,
    box              VARCHAR(10)   NOT NULL,
    postcode         VARCHAR(4)    NOT NULL,
    status           VARCHAR(10)   NOT NULL,             -- ON_LIST, REMOVED
    version          BIGINT        NOT NULL,
    CONSTRAINT voter_person_uk UNIQUE (election_id, person_id),
    CONSTRAINT voter_status_ck CHECK (status IN ('ON_LIST', 'REMOVED'))
);
CREATE INDEX voter_station_ix ON voter (station_id, voter_number);
CREATE INDEX voter_name_ix ON voter (election_id, family_name);

-- What happened to the list after its generation (lijstwijziging / modification de la liste).
CREATE TABLE list_mutation (
    id             UUID          NOT NULL PRIMARY KEY,
    election_id    UUID          NOT NULL REFERENCES voter_list (election_id),
    voter_id       UUID          NOT NULL REFERENCES voter (id),
    kind           VARCHAR(20)   NOT NULL,               -- DEATH, SUSPENSION, RESTORED, OBJECTION, MOVE
    detail         VARCHAR(500)  NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL
);
CREATE INDEX list_mutation_election_ix ON list_mutation (election_id, recorded_at);

-- The convocation-letter batch (oproepingsbrieven / lettres de convocation): one job per run, progress in the row.
CREATE TABLE letter_job (
    id             UUID          NOT NULL PRIMARY KEY,
    election_id    UUID          NOT NULL REFERENCES election (id),
    station_id     UUID          REFERENCES polling_station (id),   -- NULL: every station
    status         VARCHAR(10)   NOT NULL,               -- RUNNING, STOPPED, COMPLETED, FAILED
    total          INTEGER       NOT NULL,
    done           INTEGER       NOT NULL,
    runner         VARCHAR(60),                          -- the instance running it
    heartbeat      TIMESTAMP WITH TIME ZONE,             -- last committed chunk (or start)
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by     VARCHAR(100)  NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    error          VARCHAR(500),
    version        BIGINT        NOT NULL
);
CREATE INDEX letter_job_election_ix ON letter_job (election_id, started_at);

-- One convocation letter per voter (copy 0) and its duplicates (1, 2, ...): a kernel document each.
CREATE TABLE letter (
    id                UUID          NOT NULL PRIMARY KEY,
    voter_id          UUID          NOT NULL REFERENCES voter (id),
    copy_number       INTEGER       NOT NULL,
    job_id            UUID          REFERENCES letter_job (id),
    document_id       UUID          NOT NULL,
    verification_code VARCHAR(20)   NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by         VARCHAR(100)  NOT NULL,
    CONSTRAINT letter_copy_uk UNIQUE (voter_id, copy_number)
);
CREATE INDEX letter_job_ix ON letter (job_id);

-- Request of a non-Belgian to vote (aanvraag tot erkenning als kiezer / demande d'inscription comme électeur).
CREATE TABLE non_belgian_request (
    id                    UUID          NOT NULL PRIMARY KEY,
    election_id           UUID          NOT NULL REFERENCES election (id),
    person_id             UUID          NOT NULL,
    citizenship           VARCHAR(10)   NOT NULL,        -- EU, NON_EU
    requested_on          DATE          NOT NULL,
    residence_since       DATE,                          -- non-EU: start of the uninterrupted legal main residence
    declaration_signed    BOOLEAN       NOT NULL,        -- non-EU: Constitution, laws, ECHR
    status                VARCHAR(10)   NOT NULL,        -- REQUESTED, APPROVED, REFUSED, RENOUNCED
    decided_on            DATE,
    decision_reason       VARCHAR(500),
    objection_until       DATE,
    notification_code     VARCHAR(20),                   -- the kernel document notifying the decision
    version               BIGINT        NOT NULL,
    CONSTRAINT non_belgian_request_uk UNIQUE (election_id, person_id)
);

-- Proxy (volmacht / procuration).
CREATE TABLE proxy (
    id                UUID          NOT NULL PRIMARY KEY,
    election_id       UUID          NOT NULL REFERENCES election (id),
    grantor_id        UUID          NOT NULL,            -- voter giving the proxy (volmachtgever)
    holder_id         UUID          NOT NULL,            -- voter holding it (volmachtdrager)
    reason            VARCHAR(20)   NOT NULL,
    certificate       VARCHAR(20)   NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by     VARCHAR(100)  NOT NULL,
    CONSTRAINT proxy_grantor_uk UNIQUE (election_id, grantor_id),
    CONSTRAINT proxy_holder_uk UNIQUE (election_id, holder_id)
);

-- Poll workers (stembureauleden / assesseurs): the pool and their designations per election and station.
CREATE TABLE poll_worker (
    id             UUID          NOT NULL PRIMARY KEY,
    person_id      UUID          NOT NULL UNIQUE,
    kind           VARCHAR(12)   NOT NULL,               -- VOLUNTEER, DESIGNATED
    services       INTEGER       NOT NULL,               -- elections served
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);

CREATE TABLE designation (
    id               UUID          NOT NULL PRIMARY KEY,
    election_id      UUID          NOT NULL REFERENCES election (id),
    station_id       UUID          NOT NULL REFERENCES polling_station (id),
    worker_id        UUID          NOT NULL REFERENCES poll_worker (id),
    role             VARCHAR(20)   NOT NULL,             -- CHAIR, SECRETARY, ASSESSOR, ASSISTANT_SECRETARY, EXTRA_ASSESSOR
    status           VARCHAR(12)   NOT NULL,             -- DESIGNATED, IMPEDED
    designated_on    DATE          NOT NULL,
    impediment       VARCHAR(500),
    replaced_by      UUID,
    letter_code      VARCHAR(20),
    version          BIGINT        NOT NULL,
    CONSTRAINT designation_uk UNIQUE (election_id, worker_id)
);
