-- Integrators and transparency, second part (issue 9): a staff account may be linked to the person it belongs to
-- (the colleague's national number, set by the administrator), so that a lookup of a colleague is flagged as a
-- misuse signal (COLLEAGUE_LOOKUP). Optional: NULL = not linked. Runs on PostgreSQL and on H2 (MODE=PostgreSQL).
ALTER TABLE app_user ADD COLUMN national_number VARCHAR(11);
CREATE INDEX app_user_national_number ON app_user (national_number);
