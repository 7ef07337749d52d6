-- H2 (embedded zero-set-up run only): plain indexes in place of PostgreSQL's trigram and pattern indexes.
-- The append-only guarantee of the protocol log is enforced by PostgreSQL triggers in production; the
-- embedded database relies on the application (which has no update/delete path) and the hash chain.
CREATE INDEX person_family_key_ix ON person (family_key);
CREATE INDEX person_given_key_ix ON person (given_key);
