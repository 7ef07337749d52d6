-- Withdrawn proxies (ingetrokken volmachten / procurations retirées): the proxy row moves here with who withdrew it,
-- when and why, so the unique constraints of proxy (one per grantor, one per holder) stay simple and both voters are
-- free for another proxy. Written in the SQL subset shared by PostgreSQL and H2 (PostgreSQL mode).
CREATE TABLE proxy_withdrawal (
    id                UUID          NOT NULL PRIMARY KEY,    -- the proxy's id
    election_id       UUID          NOT NULL REFERENCES election (id),
    grantor_id        UUID          NOT NULL,
    holder_id         UUID          NOT NULL,
    reason            VARCHAR(20)   NOT NULL,
    certificate       VARCHAR(20)   NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by     VARCHAR(100)  NOT NULL,
    withdrawn_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_by      VARCHAR(100)  NOT NULL,
    withdrawal_reason VARCHAR(500)  NOT NULL
);
CREATE INDEX proxy_withdrawal_election_ix ON proxy_withdrawal (election_id, grantor_id);
