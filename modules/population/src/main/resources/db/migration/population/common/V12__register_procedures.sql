-- Register procedures (domain.md section 3): departure abroad and return, temporary absence (IT 026), reference
-- address (IT 024), ex-officio removal. SQL shared by PostgreSQL and H2 (PostgreSQL mode). Valid time is half-open
-- [valid_from, valid_to) as everywhere; periods are closed (valid_to, closed_at, closed_by), never deleted.

-- A resident may now also be EMIGRATED (left for abroad) or REMOVED (removed ex officio).
ALTER TABLE resident DROP CONSTRAINT resident_status_ck;
ALTER TABLE resident ADD CONSTRAINT resident_status_ck
    CHECK (status IN ('REGISTERED', 'DECEASED', 'EMIGRATED', 'REMOVED'));

-- The marker of a main residence that is a reference address (OCMW or PRIVATE_HOST); NULL = lives there.
ALTER TABLE residence ADD COLUMN reference_address VARCHAR(20);
ALTER TABLE residence ADD CONSTRAINT residence_reference_ck
    CHECK (reference_address IS NULL OR reference_address IN ('OCMW', 'PRIVATE_HOST'));

-- Departures abroad (IT 022 residence abroad): from the day of departure until the return.
CREATE TABLE emigration (
    id                 UUID          NOT NULL PRIMARY KEY,
    person_id          UUID          NOT NULL REFERENCES resident (person_id),
    country            VARCHAR(2)    NOT NULL,                -- ISO 3166-1 alpha-2, not BE
    foreign_address    VARCHAR(500),
    valid_from         DATE          NOT NULL,                -- day of departure
    valid_to           DATE,                                  -- day of return
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    basis_kind         VARCHAR(30)   NOT NULL,
    basis_ref          VARCHAR(200),
    closed_at          TIMESTAMP WITH TIME ZONE,
    closed_by          VARCHAR(100),
    CONSTRAINT emigration_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX emigration_person_ix ON emigration (person_id, valid_from);

-- Temporary absences (IT 026): the person keeps the main residence. planned_end is the planned first day back
-- (moved by an extension, counted in extensions); valid_to the recorded first day back.
CREATE TABLE temporary_absence (
    id                    UUID          NOT NULL PRIMARY KEY,
    person_id             UUID          NOT NULL REFERENCES resident (person_id),
    reason                VARCHAR(30)   NOT NULL,
    valid_from            DATE          NOT NULL,
    valid_to              DATE,
    planned_end           DATE          NOT NULL,
    original_planned_end  DATE          NOT NULL,
    extensions            INTEGER       NOT NULL DEFAULT 0,
    remarks               VARCHAR(2000),
    rule_source           VARCHAR(300)  NOT NULL,             -- the dated rule that limited it
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by           VARCHAR(100)  NOT NULL,
    basis_kind            VARCHAR(30)   NOT NULL,
    basis_ref             VARCHAR(200),
    extended_at           TIMESTAMP WITH TIME ZONE,
    extended_by           VARCHAR(100),
    extension_basis_kind  VARCHAR(30),
    extension_basis_ref   VARCHAR(200),
    end_remarks           VARCHAR(2000),
    closed_at             TIMESTAMP WITH TIME ZONE,
    closed_by             VARCHAR(100),
    CONSTRAINT temporary_absence_reason_ck CHECK (reason IN ('CARE_HOME', 'STUDIES', 'DETENTION', 'MILITARY',
        'DIPLOMATIC_MISSION', 'BUSINESS_TRIP', 'HEALTH', 'OTHER')),
    CONSTRAINT temporary_absence_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT temporary_absence_planned_ck CHECK (planned_end > valid_from)
);
CREATE INDEX temporary_absence_person_ix ON temporary_absence (person_id, valid_from);

-- Reference addresses (IT 024): at the OCMW/CPAS or at a consenting private host.
CREATE TABLE reference_address (
    id                 UUID          NOT NULL PRIMARY KEY,
    person_id          UUID          NOT NULL REFERENCES resident (person_id),
    category           VARCHAR(30)   NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    address_id         UUID          NOT NULL REFERENCES address (id),
    host_person_id     VARCHAR(36),                           -- uuid of the private host; NULL at the OCMW
    consent_date       DATE,
    consent_ref        VARCHAR(200),
    planned_end        DATE,                                  -- professional absence
    valid_from         DATE          NOT NULL,
    valid_to           DATE,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    basis_kind         VARCHAR(30)   NOT NULL,
    basis_ref          VARCHAR(200),
    closed_at          TIMESTAMP WITH TIME ZONE,
    closed_by          VARCHAR(100),
    CONSTRAINT reference_address_category_ck CHECK (category IN ('MOBILE_DWELLING', 'HOMELESS', 'PROFESSIONAL_ABSENCE')),
    CONSTRAINT reference_address_kind_ck CHECK (kind IN ('OCMW', 'PRIVATE_HOST')),
    CONSTRAINT reference_address_host_ck CHECK (kind = 'OCMW' OR (host_person_id IS NOT NULL
        AND consent_date IS NOT NULL AND consent_ref IS NOT NULL)),
    CONSTRAINT reference_address_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX reference_address_person_ix ON reference_address (person_id, valid_from);
CREATE INDEX reference_address_host_ix ON reference_address (host_person_id);

-- Ex-officio removals: proposal, police report, the college's decision or the withdrawal.
CREATE TABLE removal_proposal (
    id                   UUID          NOT NULL PRIMARY KEY,
    person_id            UUID          NOT NULL REFERENCES resident (person_id),
    status               VARCHAR(20)   NOT NULL,
    absent_since         DATE          NOT NULL,
    remarks              VARCHAR(2000),
    proposed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    proposed_by          VARCHAR(100)  NOT NULL,
    police_report_ref    VARCHAR(200),
    police_finding_date  DATE,
    police_recorded_at   TIMESTAMP WITH TIME ZONE,
    police_recorded_by   VARCHAR(100),
    decision_date        DATE,
    decision_ref         VARCHAR(200),
    decided_at           TIMESTAMP WITH TIME ZONE,
    decided_by           VARCHAR(100),
    cancel_reason        VARCHAR(2000),
    cancelled_at         TIMESTAMP WITH TIME ZONE,
    cancelled_by         VARCHAR(100),
    short_absence        BOOLEAN       NOT NULL,              -- absence under the configured minimum: flagged
    version              BIGINT        NOT NULL,
    CONSTRAINT removal_proposal_status_ck CHECK (status IN ('PROPOSED', 'DECIDED', 'CANCELLED')),
    CONSTRAINT removal_proposal_decision_ck CHECK (status <> 'DECIDED' OR (police_report_ref IS NOT NULL
        AND decision_date IS NOT NULL AND decision_ref IS NOT NULL))
);
CREATE INDEX removal_proposal_person_ix ON removal_proposal (person_id, status);
