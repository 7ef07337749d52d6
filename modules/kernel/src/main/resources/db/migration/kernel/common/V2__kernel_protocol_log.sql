-- Protocol log (protocollering): every read or change of personal data. Append-only and hash-chained.
-- The chain is split into stripes so concurrent requests do not all queue on one lock; each entry commits to
-- the previous entry of its stripe, and the head row of each stripe commits to the last entry.

CREATE SEQUENCE protocol_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE protocol_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    stripe       INTEGER       NOT NULL,
    stripe_seq   BIGINT        NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    actor_kind   VARCHAR(20)   NOT NULL,
    channel      VARCHAR(10)   NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    info_types   VARCHAR(200)  NOT NULL,
    purpose      VARCHAR(500)  NOT NULL,
    query_text   VARCHAR(1000),
    person_ids   VARCHAR(8000) NOT NULL,
    person_count INTEGER       NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    prev_hash    VARCHAR(64)   NOT NULL,
    entry_hash   VARCHAR(64)   NOT NULL,
    CONSTRAINT protocol_entry_stripe_uk UNIQUE (stripe, stripe_seq)
);
CREATE INDEX protocol_entry_actor_ix ON protocol_entry (actor, occurred_at);
CREATE INDEX protocol_entry_time_ix ON protocol_entry (occurred_at);

-- Which persons an entry concerns (for "who looked at my data"); covered by the entry's hash.
CREATE TABLE protocol_entry_person (
    entry_id     BIGINT        NOT NULL REFERENCES protocol_entry (id),
    person_id    UUID          NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entry_id, person_id)
);
CREATE INDEX protocol_entry_person_ix ON protocol_entry_person (person_id, occurred_at);

CREATE TABLE protocol_chain_head (
    stripe       INTEGER       NOT NULL PRIMARY KEY,
    last_seq     BIGINT        NOT NULL,
    last_hash    VARCHAR(64)   NOT NULL
);
