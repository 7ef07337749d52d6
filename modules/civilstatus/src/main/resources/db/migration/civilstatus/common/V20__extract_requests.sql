-- Extracts and copies of registered acts (uittreksels en afschriften / extraits et copies): one row per issued
-- document, with who asked, their relation to the act's person, whether our data confirmed it (VERIFIED) or it
-- was declared with a basis (DECLARED: "declared, not verified"), or the act was public (PUBLIC), the dated access
-- rule that allowed it and the kernel document issued. Refused requests leave no row (the protocol log has them).
-- Rows are only inserted. No foreign key to kernel.issued_document: the kernel writes its register line in its own
-- persistence unit, which reaches the database only when that unit flushes (at the latest at commit).

CREATE TABLE extract_request (
    id                          UUID          NOT NULL PRIMARY KEY,
    act_id                      UUID          NOT NULL REFERENCES act (id),
    kind                        VARCHAR(20)   NOT NULL,
    language                    VARCHAR(2)    NOT NULL,
    requester_person_id         VARCHAR(36),                         -- a kernel person, when known
    requester_name              VARCHAR(200)  NOT NULL,
    requester_national_number   VARCHAR(11),
    relation                    VARCHAR(30)   NOT NULL,
    access_basis                VARCHAR(10)   NOT NULL,
    declared_basis              VARCHAR(500),                        -- required when DECLARED
    rule_id                     VARCHAR(80)   NOT NULL,
    public_from                 DATE          NOT NULL,
    channel                     VARCHAR(12)   NOT NULL,
    purpose                     VARCHAR(500)  NOT NULL,
    document_id                 UUID          NOT NULL,                -- kernel.issued_document (id)
    verification_code           VARCHAR(19)   NOT NULL,
    verify_url                  VARCHAR(500)  NOT NULL,              -- as printed on the document
    issued_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by                   VARCHAR(100)  NOT NULL,
    CONSTRAINT extract_request_kind_ck CHECK (kind IN ('EXTRACT', 'COPY', 'MULTILINGUAL')),
    CONSTRAINT extract_request_access_ck CHECK (access_basis IN ('PUBLIC', 'VERIFIED', 'DECLARED')),
    CONSTRAINT extract_request_declared_ck CHECK (access_basis <> 'DECLARED' OR declared_basis IS NOT NULL),
    CONSTRAINT extract_request_channel_ck CHECK (channel IN ('COUNTER', 'WRITTEN', 'ELECTRONIC')),
    CONSTRAINT extract_request_document_uk UNIQUE (document_id)
);
CREATE INDEX extract_request_act_ix ON extract_request (act_id, issued_at);
CREATE INDEX extract_request_requester_ix ON extract_request (requester_person_id, issued_at);
