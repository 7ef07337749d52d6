-- Identity documents (identiteitsdocumenten / documents d'identité): eID, Kids-ID, foreigners' cards.
-- Card types are data in the application (card-types.csv), so a new type needs no migration. Biometrics are
-- never stored: only that, by whom and when they were captured. SQL shared by PostgreSQL and H2 (PG mode).

CREATE TABLE identity_document (
    id                        UUID          NOT NULL PRIMARY KEY,
    person_id                 UUID          NOT NULL REFERENCES kernel.person (id),
    card_type                 VARCHAR(10)   NOT NULL,
    card_number               VARCHAR(20),                       -- compact form; known from the production order
    chip_number               VARCHAR(40),
    status                    VARCHAR(20)   NOT NULL,
    urgent                    BOOLEAN       NOT NULL,
    applied_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_by                VARCHAR(100)  NOT NULL,
    valid_from                DATE          NOT NULL,
    valid_until               DATE          NOT NULL,           -- last valid day
    validity_rule             VARCHAR(40)   NOT NULL,           -- id of the dated legal rule (ValidityRuleTable)
    photo_captured            BOOLEAN       NOT NULL,
    photo_captured_by         VARCHAR(100),
    photo_captured_at         TIMESTAMP WITH TIME ZONE,
    fingerprints_captured     BOOLEAN       NOT NULL,
    fingerprints_captured_by  VARCHAR(100),
    fingerprints_captured_at  TIMESTAMP WITH TIME ZONE,
    declaration_ref           VARCHAR(200),                      -- loss declaration / police report
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   BIGINT        NOT NULL,
    CONSTRAINT identity_document_number_uk UNIQUE (card_number),
    CONSTRAINT identity_document_status_ck CHECK (status IN ('APPLIED', 'PRODUCTION_ORDERED', 'PIN_PUK_SENT',
        'ACTIVATED', 'EXPIRED', 'LOST', 'STOLEN', 'CANCELLED')),
    CONSTRAINT identity_document_validity_ck CHECK (valid_until > valid_from)
);
CREATE INDEX identity_document_person_ix ON identity_document (person_id, applied_at);
CREATE INDEX identity_document_expiry_ix ON identity_document (status, valid_until);

-- Status history: one row per step (the application included), never updated.
CREATE TABLE identity_document_event (
    id            UUID          NOT NULL PRIMARY KEY,
    document_id   UUID          NOT NULL REFERENCES identity_document (id),
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)   NOT NULL,
    step          VARCHAR(30),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    reason        VARCHAR(500),
    reference     VARCHAR(200)
);
CREATE INDEX identity_document_event_doc_ix ON identity_document_event (document_id, occurred_at);
