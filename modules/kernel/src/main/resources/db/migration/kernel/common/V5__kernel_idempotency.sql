-- Idempotency keys of create commands (REST header Idempotency-Key): a retried request with the same key
-- gets the resource the first one created instead of a duplicate.
CREATE TABLE idempotency_key (
    actor        VARCHAR(100)  NOT NULL,
    idem_key     VARCHAR(200)  NOT NULL,
    operation    VARCHAR(100)  NOT NULL,
    fingerprint  VARCHAR(64)   NOT NULL,
    resource_id  UUID          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (actor, idem_key)
);
CREATE INDEX idempotency_key_created_ix ON idempotency_key (created_at);
