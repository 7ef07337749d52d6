-- Staff training (opleiding / formation). SQL shared by PostgreSQL and H2 (PostgreSQL mode). Staff data only,
-- no citizens' personal data. Requirements and the catalogue are data (no rows here: an installation starts
-- without requirements, so nobody is locked out by an upgrade; the demo loads its own).

CREATE TABLE staff_member (
    id             UUID          NOT NULL PRIMARY KEY,
    user_name      VARCHAR(100)  NOT NULL,
    display_name   VARCHAR(200)  NOT NULL,
    department     VARCHAR(100)  NOT NULL,
    team           VARCHAR(100)  NOT NULL,
    warned_on      DATE,                               -- last day the expiry warnings were produced for him/her
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT staff_member_user_uq UNIQUE (user_name)
);
CREATE INDEX staff_member_warned_ix ON staff_member (warned_on);

CREATE TABLE course (
    id               UUID          NOT NULL PRIMARY KEY,
    code             VARCHAR(40)   NOT NULL,
    title_nl         VARCHAR(200)  NOT NULL,
    title_fr         VARCHAR(200)  NOT NULL,
    title_en         VARCHAR(200)  NOT NULL,
    topic            VARCHAR(40)   NOT NULL,
    format           VARCHAR(20)   NOT NULL,
    duration_minutes INTEGER       NOT NULL CHECK (duration_minutes > 0),
    validity_months  INTEGER       CHECK (validity_months IS NULL OR validity_months > 0),
    legal_rules      VARCHAR(1000),
    version          BIGINT        NOT NULL,
    CONSTRAINT course_code_uq UNIQUE (code)
);

CREATE TABLE declaration_type (
    id               UUID          NOT NULL PRIMARY KEY,
    code             VARCHAR(40)   NOT NULL,
    title_nl         VARCHAR(200)  NOT NULL,
    title_fr         VARCHAR(200)  NOT NULL,
    title_en         VARCHAR(200)  NOT NULL,
    validity_months  INTEGER       CHECK (validity_months IS NULL OR validity_months > 0),
    version          BIGINT        NOT NULL,
    CONSTRAINT declaration_type_code_uq UNIQUE (code)
);

CREATE TABLE training_session (
    id          UUID          NOT NULL PRIMARY KEY,
    course_id   UUID          NOT NULL REFERENCES course (id),
    starts_at   TIMESTAMP     NOT NULL,                -- Belgian local time
    ends_at     TIMESTAMP     NOT NULL,
    place       VARCHAR(300)  NOT NULL,                -- room or link
    trainer     VARCHAR(200)  NOT NULL,
    capacity    INTEGER       NOT NULL CHECK (capacity > 0),
    version     BIGINT        NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX training_session_trainer_ix ON training_session (trainer, starts_at);
CREATE INDEX training_session_start_ix ON training_session (starts_at);

-- one row per staff member and session: enrolment (or waiting list), cancellation, attendance and result
CREATE TABLE enrolment (
    id                  UUID          NOT NULL PRIMARY KEY,
    session_id          UUID          NOT NULL REFERENCES training_session (id),
    staff_id            UUID          NOT NULL REFERENCES staff_member (id),
    status              VARCHAR(20)   NOT NULL,          -- ENROLLED, WAITING, CANCELLED, ATTENDED
    enrolled_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    attended_on         DATE,
    result              VARCHAR(10),                     -- PASSED, FAILED
    score               INTEGER CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
    certificate_id      VARCHAR(36),
    certificate_code    VARCHAR(40),
    revoked_at          TIMESTAMP WITH TIME ZONE,        -- attendance revoked by the coordinator
    revoked_reason      VARCHAR(500),
    version             BIGINT        NOT NULL,
    CONSTRAINT enrolment_uq UNIQUE (session_id, staff_id)
);
CREATE INDEX enrolment_staff_ix ON enrolment (staff_id, status);

CREATE TABLE declaration (
    id               UUID          NOT NULL PRIMARY KEY,
    staff_id         UUID          NOT NULL REFERENCES staff_member (id),
    type_code        VARCHAR(40)   NOT NULL,
    signed_on        DATE          NOT NULL,
    expires_on       DATE,
    registered_by    VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX declaration_staff_ix ON declaration (staff_id);

-- per role: the courses and declarations required, valid from/to (dated rule rows)
CREATE TABLE requirement (
    id           UUID          NOT NULL PRIMARY KEY,
    role_name    VARCHAR(60)   NOT NULL,
    item_kind    VARCHAR(20)   NOT NULL,               -- COURSE, DECLARATION
    item_code    VARCHAR(40)   NOT NULL,
    grace_days   INTEGER       NOT NULL CHECK (grace_days >= 0),
    valid_from   DATE          NOT NULL,
    valid_to     DATE,
    version      BIGINT        NOT NULL
);
CREATE INDEX requirement_role_ix ON requirement (role_name);

CREATE TABLE exemption (
    id           UUID          NOT NULL PRIMARY KEY,
    staff_id     UUID          NOT NULL REFERENCES staff_member (id),
    item_code    VARCHAR(40)   NOT NULL,
    valid_from   DATE          NOT NULL,
    valid_until  DATE          NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    granted_by   VARCHAR(100)  NOT NULL,
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE INDEX exemption_staff_ix ON exemption (staff_id);

-- a legal change (wetswijziging / modification légale) that requires a briefing of the roles concerned
CREATE TABLE legal_change (
    id             UUID          NOT NULL PRIMARY KEY,
    code           VARCHAR(40)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    rule_reference VARCHAR(300)  NOT NULL,
    effective_on   DATE          NOT NULL,
    due_on         DATE          NOT NULL,
    roles          VARCHAR(500)  NOT NULL,             -- comma-separated role names
    marked_by      VARCHAR(100)  NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT legal_change_code_uq UNIQUE (code)
);

CREATE TABLE briefing_completion (
    id               UUID          NOT NULL PRIMARY KEY,
    legal_change_id  UUID          NOT NULL REFERENCES legal_change (id),
    staff_id         UUID          NOT NULL REFERENCES staff_member (id),
    completed_on     DATE          NOT NULL,
    registered_by    VARCHAR(100)  NOT NULL,
    CONSTRAINT briefing_completion_uq UNIQUE (legal_change_id, staff_id)
);

-- expiry warnings for the staff member and the training coordinator
CREATE TABLE notification (
    id            UUID          NOT NULL PRIMARY KEY,
    staff_id      UUID          NOT NULL REFERENCES staff_member (id),
    item_code     VARCHAR(60)   NOT NULL,
    expires_on    DATE          NOT NULL,
    message       VARCHAR(500)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notification_uq UNIQUE (staff_id, item_code, expires_on)
);
CREATE INDEX notification_created_ix ON notification (created_at);
