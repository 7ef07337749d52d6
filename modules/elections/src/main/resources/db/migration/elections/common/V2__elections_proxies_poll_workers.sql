-- Proxies and poll workers as dated rule data (the law changes: exemption after two services from 2024), the proxy
-- registration's details and the designation letters, the non-Belgian decision letter. Written in the SQL subset
-- shared by PostgreSQL and H2 (PostgreSQL mode).

-- Proxy reasons (redenen voor een volmacht / motifs de procuration) with the certificate each needs and its validity.
CREATE TABLE proxy_reason (
    code           VARCHAR(20)   NOT NULL,
    certificate    VARCHAR(30)   NOT NULL,               -- attestation type the grantor hands in
    valid_from     DATE          NOT NULL,               -- first election day it applies to
    valid_until    DATE,                                 -- last election day; NULL: open
    legal_basis    VARCHAR(300)  NOT NULL,
    CONSTRAINT proxy_reason_pk PRIMARY KEY (code, valid_from)
);

INSERT INTO proxy_reason VALUES
 ('ILLNESS', 'MEDICAL', DATE '2000-01-01', NULL, 'Kieswetboek art. 147bis §1, 1°'),
 ('WORK', 'EMPLOYER', DATE '2000-01-01', NULL, 'Kieswetboek art. 147bis §1, 2°'),
 ('BOATMAN_FAIRGROUND', 'MAYOR', DATE '2000-01-01', NULL, 'Kieswetboek art. 147bis §1, 3°'),
 ('DETENTION', 'INSTITUTION', DATE '2000-01-01', NULL, 'Kieswetboek art. 147bis §1, 4°'),
 ('RELIGION', 'RELIGIOUS_AUTHORITY', DATE '2000-01-01', NULL, 'Kieswetboek art. 147bis §1, 5°'),
 ('STUDIES', 'SCHOOL', DATE '2000-01-01', NULL, 'Kieswetboek art. 147bis §1, 6°'),
 ('STAY_ABROAD', 'MAYOR', DATE '2000-01-01', NULL, 'Kieswetboek art. 147bis §1, 7° (attestation until the day before)');

ALTER TABLE proxy ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX proxy_holder_ix ON proxy (election_id, holder_id);

-- Poll-worker rules (samenstelling stembureau, verhindering, vrijstelling) per period.
CREATE TABLE poll_worker_rule (
    id                         VARCHAR(40)   NOT NULL PRIMARY KEY,
    valid_from                 DATE          NOT NULL,
    valid_until                DATE,
    chairs                     INTEGER       NOT NULL,   -- voorzitter
    secretaries                INTEGER       NOT NULL,   -- secretaris
    assessors                  INTEGER       NOT NULL,   -- bijzitters (paper)
    electronic_extra_above     INTEGER       NOT NULL,   -- electronic stations with more voters than this ...
    electronic_extra_assessors INTEGER       NOT NULL,   -- ... may add this many assessors
    electronic_extra_assistants INTEGER      NOT NULL,   -- ... and assistant secretaries
    impediment_days            INTEGER       NOT NULL,   -- impediment reported within this many days of the letter
    exemption_after_services   INTEGER,                  -- NULL: no exemption by services
    legal_basis                VARCHAR(300)  NOT NULL
);

INSERT INTO poll_worker_rule VALUES
 ('POLL-2000', DATE '2000-01-01', DATE '2023-12-31', 1, 1, 4, 800, 1, 1, 2, NULL,
  'Kieswetboek art. 95 (verhindering binnen 48 uur; UNVERIFIED: sommige bronnen 3 dagen)'),
 ('POLL-2024', DATE '2024-01-01', NULL, 1, 1, 4, 800, 1, 1, 2, 2,
  'Kieswetboek art. 95; Lokaal en Provinciaal Kiesdecreet (vrijstelling na twee keer zetelen vanaf 2024)');

ALTER TABLE poll_worker ADD COLUMN last_served DATE;
ALTER TABLE designation ADD COLUMN impediment_received_on DATE;
ALTER TABLE designation ADD COLUMN replaces UUID;
CREATE INDEX designation_station_ix ON designation (station_id, role);
