-- Criminal records (strafregister / casier judiciaire): the convictions of our residents as the Central Criminal
-- Register sent them (our store behind api.CriminalRegisterSource), the replaced versions of changed convictions,
-- and the extract requests with their status. Runs on PostgreSQL and on H2 in PostgreSQL mode.

-- One row per conviction of the register, keyed by the register's own id (the import is idempotent on it). A
-- changed conviction replaces the row (revision + 1) after the old content went to conviction_history.
CREATE TABLE conviction (
    id                 UUID          NOT NULL PRIMARY KEY,
    central_id         VARCHAR(64)   NOT NULL,
    person_id          UUID          NOT NULL,                   -- kernel.person (id)
    court              VARCHAR(200)  NOT NULL,
    decision_date      DATE          NOT NULL,
    final_date         DATE          NOT NULL,
    offence_category   VARCHAR(20)   NOT NULL,
    penalties          TEXT          NOT NULL,                   -- JSON array of penalties, as imported
    rehabilitated_on   DATE,
    content_hash       VARCHAR(64)   NOT NULL,                   -- SHA-256 of the normalised content
    revision           INTEGER       NOT NULL,
    imported_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by        VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT conviction_central_uk UNIQUE (central_id),
    CONSTRAINT conviction_dates_ck CHECK (decision_date <= final_date)
);
CREATE INDEX conviction_person_ix ON conviction (person_id, decision_date);

-- The earlier revisions of changed convictions (only inserted).
CREATE TABLE conviction_history (
    id                 UUID          NOT NULL PRIMARY KEY,
    central_id         VARCHAR(64)   NOT NULL,
    revision           INTEGER       NOT NULL,
    person_id          UUID          NOT NULL,
    court              VARCHAR(200)  NOT NULL,
    decision_date      DATE          NOT NULL,
    final_date         DATE          NOT NULL,
    offence_category   VARCHAR(20)   NOT NULL,
    penalties          TEXT          NOT NULL,
    rehabilitated_on   DATE,
    imported_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by        VARCHAR(100)  NOT NULL,
    replaced_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    replaced_by        VARCHAR(100)  NOT NULL,
    CONSTRAINT conviction_history_uk UNIQUE (central_id, revision)
);

-- Requests for an extract, from intake to issued or refused.
CREATE TABLE extract_request (
    id                   UUID          NOT NULL PRIMARY KEY,
    person_id            UUID          NOT NULL,
    person_name          VARCHAR(300)  NOT NULL,
    national_number      VARCHAR(11)   NOT NULL,
    model                VARCHAR(10)   NOT NULL,
    sub_type             VARCHAR(40),
    stated_purpose       VARCHAR(300)  NOT NULL,
    requester_kind       VARCHAR(30)   NOT NULL,
    representative_name  VARCHAR(200),
    proof                VARCHAR(300),
    channel              VARCHAR(12)   NOT NULL,
    delivery             VARCHAR(12)   NOT NULL,
    language             VARCHAR(2)    NOT NULL,
    eu_translation_form  BOOLEAN       NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    fee                  NUMERIC(9, 2) NOT NULL,
    refusal_reason       VARCHAR(500),
    blank                BOOLEAN,
    lines_shown          INTEGER,
    rule_set             VARCHAR(40),
    document_id          VARCHAR(36),                             -- kernel.issued_document (id) once issued
    verification_code    VARCHAR(19),
    verify_url           VARCHAR(500),
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by          VARCHAR(100)  NOT NULL,
    checked_at           TIMESTAMP WITH TIME ZONE,
    checked_by           VARCHAR(100),
    closed_at            TIMESTAMP WITH TIME ZONE,
    closed_by            VARCHAR(100),
    version              BIGINT        NOT NULL,
    CONSTRAINT extract_request_model_ck CHECK (model IN ('M595', 'M596_1', 'M596_2')),
    CONSTRAINT extract_request_subtype_ck CHECK (model <> 'M596_1' OR sub_type IS NOT NULL),
    CONSTRAINT extract_request_status_ck CHECK (status IN ('RECEIVED', 'CHECKED', 'ISSUED', 'REFUSED')),
    CONSTRAINT extract_request_issued_ck CHECK (status <> 'ISSUED' OR document_id IS NOT NULL)
);
CREATE INDEX extract_request_status_ix ON extract_request (status, received_at);
CREATE INDEX extract_request_person_ix ON extract_request (person_id, received_at);
