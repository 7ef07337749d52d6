-- H2 (local demo run): the application alone keeps the register of issued extracts append-only.
COMMENT ON TABLE extract_request IS 'extracts and copies issued of registered civil-status acts (append-only)';
