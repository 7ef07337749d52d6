-- PostgreSQL-only: trigram search on name keys, prefix search, and database-enforced append-only log.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE INDEX person_family_key_prefix_ix ON person (family_key varchar_pattern_ops);
CREATE INDEX person_family_key_trgm_ix ON person USING gin (family_key public.gin_trgm_ops);
CREATE INDEX person_given_key_prefix_ix ON person (given_key varchar_pattern_ops);

CREATE FUNCTION forbid_update_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER protocol_entry_no_update BEFORE UPDATE OR DELETE ON protocol_entry
    FOR EACH ROW EXECUTE FUNCTION forbid_update_delete();
CREATE TRIGGER protocol_entry_no_truncate BEFORE TRUNCATE ON protocol_entry
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_update_delete();
CREATE TRIGGER protocol_entry_person_no_update BEFORE UPDATE OR DELETE ON protocol_entry_person
    FOR EACH ROW EXECUTE FUNCTION forbid_update_delete();
CREATE TRIGGER protocol_entry_person_no_truncate BEFORE TRUNCATE ON protocol_entry_person
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_update_delete();
CREATE TRIGGER person_fact_no_update BEFORE UPDATE OR DELETE ON person_fact
    FOR EACH ROW EXECUTE FUNCTION forbid_update_delete();
