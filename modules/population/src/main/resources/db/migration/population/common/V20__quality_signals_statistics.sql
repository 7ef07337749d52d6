-- Quality signals (kwaliteitssignalen / signaux de qualité) and population statistics: the dated quality rules
-- with their change log, the known housing units (woongelegenheden / logements), the signals the rules raise with
-- the persons they name, and the EU membership list the statistics group nationalities by. SQL shared by
-- PostgreSQL and H2 (PostgreSQL mode); the indexes that differ are in V21 per vendor.

-- A quality rule, dated like the law: one row per version of a rule, valid [valid_from, valid_to), valid_to NULL =
-- open. The versions of one code do not overlap (checked by the application). threshold = N in "more than N";
-- window_days = M in "in M days" (FREQUENT_MOVES only).
CREATE TABLE quality_rule (
    id            UUID          NOT NULL PRIMARY KEY,
    code          VARCHAR(40)   NOT NULL,
    enabled       BOOLEAN       NOT NULL,
    threshold     INTEGER       NOT NULL,
    window_days   INTEGER,
    severity      VARCHAR(10)   NOT NULL,
    valid_from    DATE          NOT NULL,
    valid_to      DATE,
    description   VARCHAR(500),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT quality_rule_code_ck CHECK (code IN ('OVERCROWDED_ADDRESS', 'FREQUENT_MOVES', 'NO_HOUSING_UNIT',
        'MANY_SURNAMES')),
    CONSTRAINT quality_rule_severity_ck CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT quality_rule_threshold_ck CHECK (threshold >= 0),
    CONSTRAINT quality_rule_window_ck CHECK (window_days IS NULL OR window_days > 0),
    CONSTRAINT quality_rule_period_ck CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX quality_rule_code_ix ON quality_rule (code, valid_from);

-- Who changed a rule, when, and what (insert only): the rule's audit trail next to the protocol log.
CREATE TABLE quality_rule_change (
    id            UUID          NOT NULL PRIMARY KEY,
    rule_id       UUID          NOT NULL REFERENCES quality_rule (id),
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by    VARCHAR(100)  NOT NULL,
    change_text   VARCHAR(2000) NOT NULL
);
CREATE INDEX quality_rule_change_rule_ix ON quality_rule_change (rule_id, changed_at);

-- The default rules (editable afterwards): valid from 2000-01-01, open-ended.
INSERT INTO quality_rule (id, code, enabled, threshold, window_days, severity, valid_from, valid_to, description,
                          updated_at, updated_by, version) VALUES
    ('5a1e0000-0000-4000-8000-000000000001', 'OVERCROWDED_ADDRESS', TRUE, 8, NULL, 'HIGH', DATE '2000-01-01', NULL,
     'More than N residents with their main residence at one address (collective dwellings excluded)',
     CURRENT_TIMESTAMP, 'migration V20', 0),
    ('5a1e0000-0000-4000-8000-000000000002', 'FREQUENT_MOVES', TRUE, 3, 365, 'MEDIUM', DATE '2000-01-01', NULL,
     'More than N new main residences of one person within M days (the arrival in the city counts)',
     CURRENT_TIMESTAMP, 'migration V20', 0),
    ('5a1e0000-0000-4000-8000-000000000003', 'NO_HOUSING_UNIT', TRUE, 0, NULL, 'MEDIUM', DATE '2000-01-01', NULL,
     'More than N residents at an address (street, house number, box) that is not a known housing unit',
     CURRENT_TIMESTAMP, 'migration V20', 0),
    ('5a1e0000-0000-4000-8000-000000000004', 'MANY_SURNAMES', TRUE, 5, NULL, 'LOW', DATE '2000-01-01', NULL,
     'More than N different family names among the residents of one address (collective dwellings excluded)',
     CURRENT_TIMESTAMP, 'migration V20', 0);
INSERT INTO quality_rule_change (id, rule_id, changed_at, changed_by, change_text) VALUES
    ('5a1e0000-0000-4000-8001-000000000001', '5a1e0000-0000-4000-8000-000000000001', CURRENT_TIMESTAMP,
     'migration V20', 'created: enabled, threshold 8, severity HIGH, valid from 2000-01-01'),
    ('5a1e0000-0000-4000-8001-000000000002', '5a1e0000-0000-4000-8000-000000000002', CURRENT_TIMESTAMP,
     'migration V20', 'created: enabled, threshold 3, window 365 days, severity MEDIUM, valid from 2000-01-01'),
    ('5a1e0000-0000-4000-8001-000000000003', '5a1e0000-0000-4000-8000-000000000003', CURRENT_TIMESTAMP,
     'migration V20', 'created: enabled, threshold 0, severity MEDIUM, valid from 2000-01-01'),
    ('5a1e0000-0000-4000-8001-000000000004', '5a1e0000-0000-4000-8000-000000000004', CURRENT_TIMESTAMP,
     'migration V20', 'created: enabled, threshold 5, severity LOW, valid from 2000-01-01');

-- Known housing units (woongelegenheden / logements): a dwelling at a street, house number and box ('' = none),
-- whether or not anyone lives there. Loaded from the city's building register or added one by one.
CREATE TABLE housing_unit (
    id            UUID          NOT NULL PRIMARY KEY,
    nis           VARCHAR(5)    NOT NULL,
    street_code   VARCHAR(10)   NOT NULL,
    house_number  VARCHAR(10)   NOT NULL,
    box           VARCHAR(10)   NOT NULL DEFAULT '',
    kind          VARCHAR(20)   NOT NULL,
    source        VARCHAR(200),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT housing_unit_street_fk FOREIGN KEY (nis, street_code) REFERENCES street (nis, street_code),
    CONSTRAINT housing_unit_uk UNIQUE (nis, street_code, house_number, box),
    CONSTRAINT housing_unit_kind_ck CHECK (kind IN ('HOUSE', 'APARTMENT', 'STUDIO', 'ROOM', 'COLLECTIVE', 'OTHER'))
);

-- A signal raised by a rule about an address or a person. open_key = rule code ':' subject while the signal is
-- open, NULL once reviewed: the unique key allows one open signal per rule and subject on every database.
-- fingerprint = digest of the facts that matter (the persons, the move dates): a reviewed situation that did not
-- change is not raised again.
CREATE TABLE quality_signal (
    id             UUID          NOT NULL PRIMARY KEY,
    rule_id        UUID          NOT NULL REFERENCES quality_rule (id),
    rule_code      VARCHAR(40)   NOT NULL,
    severity       VARCHAR(10)   NOT NULL,
    subject_kind   VARCHAR(10)   NOT NULL,
    subject_id     VARCHAR(36)   NOT NULL,                     -- address id or person id (uuid)
    reference_date DATE          NOT NULL,
    person_count   INTEGER       NOT NULL,
    facts          VARCHAR(4000) NOT NULL,                     -- JSON object of the facts that triggered it
    fingerprint    VARCHAR(64)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    open_key       VARCHAR(100),
    detected_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    detected_by    VARCHAR(100)  NOT NULL,
    reviewed_at    TIMESTAMP WITH TIME ZONE,
    reviewed_by    VARCHAR(100),
    review_note    VARCHAR(2000),
    version        BIGINT        NOT NULL,
    CONSTRAINT quality_signal_open_uk UNIQUE (open_key),
    CONSTRAINT quality_signal_status_ck CHECK (status IN ('OPEN', 'JUSTIFIED', 'REFERRED_TO_POLICE', 'DISMISSED')),
    CONSTRAINT quality_signal_subject_ck CHECK (subject_kind IN ('ADDRESS', 'PERSON'))
);
CREATE INDEX quality_signal_status_ix ON quality_signal (status, detected_at);
CREATE INDEX quality_signal_rule_ix ON quality_signal (rule_code, status, detected_at);
CREATE INDEX quality_signal_subject_ix ON quality_signal (rule_code, subject_id);

-- The persons a signal names (for the access check and the protocol log of every read).
CREATE TABLE quality_signal_person (
    signal_id      UUID          NOT NULL REFERENCES quality_signal (id),
    person_id      UUID          NOT NULL REFERENCES resident (person_id),
    PRIMARY KEY (signal_id, person_id)
);
CREATE INDEX quality_signal_person_ix ON quality_signal_person (person_id);

-- Member states of the European Union (and of the EEC/EC before 1993) with the dates of membership
-- [member_from, member_to), for the nationality groups of the statistics. Treaties of Rome (1958), accessions of
-- 1973, 1981, 1986, 1995, 2004, 2007, 2013; the United Kingdom left on 1 February 2020.
CREATE TABLE eu_member_state (
    country       VARCHAR(2)    NOT NULL,                      -- ISO 3166-1 alpha-2
    member_from   DATE          NOT NULL,
    member_to     DATE,
    PRIMARY KEY (country, member_from),
    CONSTRAINT eu_member_state_period_ck CHECK (member_to IS NULL OR member_to > member_from)
);
INSERT INTO eu_member_state (country, member_from, member_to) VALUES
    ('BE', DATE '1958-01-01', NULL), ('DE', DATE '1958-01-01', NULL), ('FR', DATE '1958-01-01', NULL),
    ('IT', DATE '1958-01-01', NULL), ('LU', DATE '1958-01-01', NULL), ('NL', DATE '1958-01-01', NULL),
    ('DK', DATE '1973-01-01', NULL), ('IE', DATE '1973-01-01', NULL), ('GB', DATE '1973-01-01', DATE '2020-02-01'),
    ('GR', DATE '1981-01-01', NULL),
    ('ES', DATE '1986-01-01', NULL), ('PT', DATE '1986-01-01', NULL),
    ('AT', DATE '1995-01-01', NULL), ('FI', DATE '1995-01-01', NULL), ('SE', DATE '1995-01-01', NULL),
    ('CY', DATE '2004-05-01', NULL), ('CZ', DATE '2004-05-01', NULL), ('EE', DATE '2004-05-01', NULL),
    ('HU', DATE '2004-05-01', NULL), ('LT', DATE '2004-05-01', NULL), ('LV', DATE '2004-05-01', NULL),
    ('MT', DATE '2004-05-01', NULL), ('PL', DATE '2004-05-01', NULL), ('SI', DATE '2004-05-01', NULL),
    ('SK', DATE '2004-05-01', NULL),
    ('BG', DATE '2007-01-01', NULL), ('RO', DATE '2007-01-01', NULL),
    ('HR', DATE '2013-07-01', NULL);
