-- Integrators and transparency (issue 9): the bodies that use the API, their clients' credentials, their
-- authorisations per information type and purpose, mutation subscriptions and the notification outbox.
-- Runs on PostgreSQL and on H2 (MODE=PostgreSQL) alike.

-- A public body or partner (overheidsinstantie / organisme public) using the API.
CREATE TABLE integrator_body (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL,
    enterprise_number  VARCHAR(10)   NOT NULL,
    contact_name       VARCHAR(200),
    contact_email      VARCHAR(200),
    contact_phone      VARCHAR(50),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT integrator_body_enterprise_uk UNIQUE (enterprise_number)
);

-- The existing API clients belong to a body, may have their own rate limit and can be revoked.
ALTER TABLE api_client ADD COLUMN body_id VARCHAR(36) REFERENCES integrator_body (id);
ALTER TABLE api_client ADD COLUMN rate_per_minute INTEGER;
ALTER TABLE api_client ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;

-- Further credentials of a client: extra secrets (rotation with overlap) and public keys for signed JWT client
-- assertions. api_client.secret_hash stays the first secret.
CREATE TABLE api_client_credential (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    client_id    VARCHAR(100)  NOT NULL REFERENCES api_client (client_id),
    kind         VARCHAR(20)   NOT NULL,
    secret_hash  VARCHAR(500),
    public_jwk   VARCHAR(4000),
    valid_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to     TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL
);
CREATE INDEX api_client_credential_client_ix ON api_client_credential (client_id);

-- What a client may read: information types for a purpose on a legal basis, in a period.
CREATE TABLE integrator_authorisation (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    client_id         VARCHAR(100)  NOT NULL REFERENCES api_client (client_id),
    purpose           VARCHAR(200)  NOT NULL,
    legal_basis       VARCHAR(500)  NOT NULL,
    valid_from        DATE          NOT NULL,
    valid_to          DATE,
    history_allowed   BOOLEAN       NOT NULL,
    population_scope  VARCHAR(20)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    ended_at          TIMESTAMP WITH TIME ZONE,
    ended_by          VARCHAR(100),
    version           BIGINT        NOT NULL
);
CREATE INDEX integrator_authorisation_client_ix ON integrator_authorisation (client_id);

CREATE TABLE integrator_authorisation_type (
    authorisation_id  VARCHAR(36)   NOT NULL REFERENCES integrator_authorisation (id),
    info_type         VARCHAR(20)   NOT NULL,
    PRIMARY KEY (authorisation_id, info_type)
);

-- Mutation subscriptions: on one person or on a category (an information type for every resident).
CREATE TABLE integrator_subscription (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    client_id     VARCHAR(100)  NOT NULL REFERENCES api_client (client_id),
    person_id     VARCHAR(36),
    category      VARCHAR(20),
    callback_url  VARCHAR(1000),
    secret        VARCHAR(100),
    purpose       VARCHAR(200)  NOT NULL,
    active        BOOLEAN       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL,
    CONSTRAINT integrator_subscription_target_ck CHECK (person_id IS NOT NULL OR category IS NOT NULL)
);
CREATE INDEX integrator_subscription_person_ix ON integrator_subscription (person_id);
CREATE INDEX integrator_subscription_category_ix ON integrator_subscription (category);
CREATE INDEX integrator_subscription_client_ix ON integrator_subscription (client_id);

-- The outbox: one row per subscription and change, written in the transaction of the change. The id is the
-- notification's public id (the same on every retry) and the feed cursor.
CREATE SEQUENCE integrator_notification_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE integrator_notification (
    id               BIGINT        NOT NULL PRIMARY KEY,
    subscription_id  VARCHAR(36)   NOT NULL REFERENCES integrator_subscription (id),
    client_id        VARCHAR(100)  NOT NULL,
    person_id        VARCHAR(36)   NOT NULL,
    event_type       VARCHAR(40)   NOT NULL,
    info_type        VARCHAR(20)   NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    payload          VARCHAR(4000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    lease_until      TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    delivered_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX integrator_notification_due_ix ON integrator_notification (status, next_attempt_at);
CREATE INDEX integrator_notification_order_ix ON integrator_notification (subscription_id, person_id, id);
CREATE INDEX integrator_notification_client_ix ON integrator_notification (client_id, id);
