-- H2 (embedded zero-set-up run only): a person's former numbers by person. Append-only is enforced by the
-- PostgreSQL trigger in production; the application has no update or delete path.
CREATE INDEX former_national_number_person_ix ON former_national_number (person_id);
