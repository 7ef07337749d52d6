-- Civil status (burgerlijke stand / état civil): acts, the act index by person, gap-free act numbers and
-- attachments. SQL shared by PostgreSQL and H2 (PostgreSQL mode); the act's JSON content column is added per
-- vendor in V2 (jsonb on PostgreSQL, CLOB on H2).

CREATE TABLE act (
    id                    UUID          NOT NULL PRIMARY KEY,
    act_type              VARCHAR(40)   NOT NULL,
    status                VARCHAR(30)   NOT NULL,
    register_code         VARCHAR(30),                        -- set at registration
    act_year              INTEGER,
    act_sequence          INTEGER,                            -- 1, 2, 3, ... per register and year, no gaps
    act_number            VARCHAR(60),                        -- formatted (bz.civilstatus.act-number.format)
    drawn_up_on           DATE,                               -- the day of signature
    drawn_up_at           VARCHAR(5)    NOT NULL,             -- NIS code of the municipality
    event_date            DATE,                               -- birth, death, marriage, judgment, declaration
    officer_user          VARCHAR(100),                       -- the civil registrar who signed
    officer_name          VARCHAR(200),
    registered_at         TIMESTAMP WITH TIME ZONE,
    sign_off_hash         VARCHAR(64),                        -- SHA-256 over the act as signed
    basis_kind            VARCHAR(30),
    basis_reference       VARCHAR(200),
    basis_effective_date  DATE,
    basis_issued_by       VARCHAR(200),
    amends_act_id         UUID          REFERENCES act (id),  -- an amended act's original
    abandon_reason        VARCHAR(500),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(100)  NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(100)  NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT act_sequence_uk UNIQUE (register_code, act_year, act_sequence),
    CONSTRAINT act_number_uk UNIQUE (act_number),
    CONSTRAINT act_status_ck CHECK (status IN ('DRAFT', 'READY_FOR_SIGNATURE', 'REGISTERED', 'ABANDONED')),
    CONSTRAINT act_registered_ck CHECK (status <> 'REGISTERED' OR (act_number IS NOT NULL
        AND act_sequence IS NOT NULL AND act_year IS NOT NULL AND drawn_up_on IS NOT NULL
        AND officer_user IS NOT NULL AND registered_at IS NOT NULL AND sign_off_hash IS NOT NULL)),
    CONSTRAINT act_sequence_ck CHECK (act_sequence IS NULL OR act_sequence > 0)
);
CREATE INDEX act_type_year_ix ON act (act_type, act_year, act_sequence);
CREATE INDEX act_status_ix ON act (status, created_at);
CREATE INDEX act_drawn_up_on_ix ON act (drawn_up_on);
CREATE INDEX act_event_date_ix ON act (event_date);
CREATE INDEX act_officer_ix ON act (officer_user, drawn_up_on);
CREATE INDEX act_amends_ix ON act (amends_act_id);
CREATE INDEX act_created_ix ON act (created_at);

-- The act index (klapper) by person: the kernel persons an act names, with their role.
CREATE TABLE act_subject (
    id         UUID         NOT NULL PRIMARY KEY,
    act_id     UUID         NOT NULL REFERENCES act (id),
    person_id  UUID         NOT NULL REFERENCES kernel.person (id),
    role       VARCHAR(30)  NOT NULL
);
CREATE INDEX act_subject_person_ix ON act_subject (person_id, act_id);
CREATE INDEX act_subject_act_ix ON act_subject (act_id);

-- One counter per register and year, locked (SELECT ... FOR UPDATE) and advanced inside the registering
-- transaction: a registration that rolls back takes its number back with it, so the sequence has no gaps.
CREATE TABLE act_number_counter (
    register_code  VARCHAR(30)  NOT NULL,
    act_year       INTEGER      NOT NULL,
    last_number    INTEGER      NOT NULL,
    PRIMARY KEY (register_code, act_year),
    CONSTRAINT act_number_counter_ck CHECK (last_number >= 0)
);

-- Attachments (PDF, PNG, JPEG): metadata and, separately, the bytes.
CREATE TABLE act_attachment (
    id            UUID          NOT NULL PRIMARY KEY,
    act_id        UUID          NOT NULL REFERENCES act (id),
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(50)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL
);
CREATE INDEX act_attachment_act_ix ON act_attachment (act_id, uploaded_at);

CREATE TABLE act_attachment_content (
    attachment_id  UUID   NOT NULL PRIMARY KEY REFERENCES act_attachment (id),
    content        BYTEA  NOT NULL
);
