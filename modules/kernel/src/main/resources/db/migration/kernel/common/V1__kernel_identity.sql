-- Kernel schema: persons, their identity facts with bitemporal history, national number series,
-- users and API clients, settings. Written in the SQL subset shared by PostgreSQL and H2 (PostgreSQL mode);
-- vendor-specific objects (trigram indexes, append-only triggers) live in the vendor folders.

CREATE TABLE person (
    id                   UUID          NOT NULL PRIMARY KEY,
    national_number      VARCHAR(11),
    family_name          VARCHAR(200)  NOT NULL,
    given_names          VARCHAR(200)  NOT NULL,
    birth_date           VARCHAR(10)   NOT NULL,          -- YYYY-MM-DD, 00 for unknown parts
    birth_place_nis      VARCHAR(5),
    birth_place_foreign  VARCHAR(200),
    birth_country        VARCHAR(2),                       -- ISO 3166-1 alpha-2
    sex                  VARCHAR(1)    NOT NULL,           -- M, F, U
    nationalities        VARCHAR(200)  NOT NULL,           -- ISO alpha-2, comma separated
    death_date           VARCHAR(10),
    death_place_nis      VARCHAR(5),
    death_place_foreign  VARCHAR(200),
    status               VARCHAR(20)   NOT NULL,
    family_key           VARCHAR(200)  NOT NULL,
    family_phonetic      VARCHAR(200)  NOT NULL,
    given_key            VARCHAR(200)  NOT NULL,
    given_phonetic       VARCHAR(200)  NOT NULL,
    initials             VARCHAR(20)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT person_national_number_uk UNIQUE (national_number),
    CONSTRAINT person_sex_ck CHECK (sex IN ('M', 'F', 'U'))
);
CREATE INDEX person_family_phonetic_ix ON person (family_phonetic);
CREATE INDEX person_birth_date_ix ON person (birth_date);

-- One row per recorded identity fact. Rows are never updated: a correction is a later row whose
-- valid period overlaps; the latest recorded row wins for the dates it covers.
CREATE TABLE person_fact (
    id           UUID          NOT NULL PRIMARY KEY,
    person_id    UUID          NOT NULL REFERENCES person (id),
    fact         VARCHAR(30)   NOT NULL,
    fact_value   VARCHAR(4000),
    valid_from   DATE,
    valid_to     DATE,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    basis_kind   VARCHAR(30)   NOT NULL,
    basis_ref    VARCHAR(200),
    note         VARCHAR(500)
);
CREATE INDEX person_fact_person_ix ON person_fact (person_id, fact, recorded_at);

-- Last serial handed out per national-number prefix (YYMMDD), century and parity (odd = men, even = women).
CREATE TABLE national_number_series (
    prefix       VARCHAR(6)    NOT NULL,
    century      INTEGER       NOT NULL,
    parity       INTEGER       NOT NULL,
    last_serial  INTEGER       NOT NULL,
    PRIMARY KEY (prefix, century, parity)
);

CREATE TABLE app_user (
    username       VARCHAR(100)  NOT NULL PRIMARY KEY,
    display_name   VARCHAR(200)  NOT NULL,
    password_hash  VARCHAR(500)  NOT NULL,
    roles          VARCHAR(1000) NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);

CREATE TABLE api_client (
    client_id      VARCHAR(100)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    secret_hash    VARCHAR(500)  NOT NULL,
    roles          VARCHAR(1000) NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);

CREATE TABLE setting (
    setting_key    VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(4000) NOT NULL
);
