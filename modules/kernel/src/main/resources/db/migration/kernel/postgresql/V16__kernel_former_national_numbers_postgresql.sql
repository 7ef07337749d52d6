-- PostgreSQL: a person's former numbers by person, and former numbers are never changed or removed.
CREATE INDEX former_national_number_person_ix ON former_national_number (person_id);
CREATE TRIGGER former_national_number_no_update BEFORE UPDATE OR DELETE ON former_national_number
    FOR EACH ROW EXECUTE FUNCTION forbid_update_delete();
