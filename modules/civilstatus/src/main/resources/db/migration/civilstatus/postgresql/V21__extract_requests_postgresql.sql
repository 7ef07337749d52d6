-- PostgreSQL: the register of issued extracts is append-only: no UPDATE or DELETE.
COMMENT ON TABLE extract_request IS 'extracts and copies issued of registered civil-status acts (append-only)';

CREATE FUNCTION extract_request_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the register of issued extracts is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER extract_request_no_change BEFORE UPDATE OR DELETE ON extract_request
    FOR EACH ROW EXECUTE FUNCTION extract_request_append_only();
