-- Register of issued documents (attesten, getuigschriften, uittreksels / certificats, extraits): who issued
-- what for whom and when, the SHA-256 of the PDF and the PDF itself as handed out. The verification code is
-- stored in its display form (XXXX-XXXX-XXXX-XXXX). Only a revocation changes a row.

CREATE TABLE issued_document (
    id                 UUID          NOT NULL PRIMARY KEY,
    verification_code  VARCHAR(19)   NOT NULL,
    doc_type           VARCHAR(100)  NOT NULL,
    language           VARCHAR(2)    NOT NULL,
    subject_person_id  UUID,
    requester          VARCHAR(200)  NOT NULL,
    issued_by          VARCHAR(100)  NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sha256             VARCHAR(64)   NOT NULL,
    core_facts         VARCHAR(4000) NOT NULL,           -- JSON object of strings: what verification may show
    pdf                BYTEA         NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    revoked_at         TIMESTAMP WITH TIME ZONE,
    revoked_by         VARCHAR(100),
    revoke_reason      VARCHAR(500),
    version            BIGINT        NOT NULL,
    CONSTRAINT issued_document_code_uk UNIQUE (verification_code),
    CONSTRAINT issued_document_status_ck CHECK (status IN ('VALID', 'REVOKED'))
);
CREATE INDEX issued_document_subject_ix ON issued_document (subject_person_id, issued_at);
