-- PostgreSQL: the act's content as jsonb (queryable, GIN-indexed), and registered acts made immutable by the
-- database itself: no UPDATE or DELETE of a registered act, of its index rows or of its attachments.

ALTER TABLE act ADD COLUMN content JSONB NOT NULL DEFAULT '{}'::jsonb;
CREATE INDEX act_content_ix ON act USING gin (content jsonb_path_ops);

CREATE FUNCTION act_registered_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'REGISTERED' THEN
        RAISE EXCEPTION 'civil-status act % is registered: % is not allowed', OLD.id, TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER act_registered_no_change BEFORE UPDATE OR DELETE ON act
    FOR EACH ROW EXECUTE FUNCTION act_registered_immutable();

CREATE FUNCTION act_part_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owner_status VARCHAR(30);
BEGIN
    SELECT status INTO owner_status FROM civilstatus.act WHERE id = OLD.act_id;
    IF owner_status = 'REGISTERED' THEN
        RAISE EXCEPTION 'civil-status act % is registered: % on % is not allowed', OLD.act_id, TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER act_subject_registered_no_change BEFORE UPDATE OR DELETE ON act_subject
    FOR EACH ROW EXECUTE FUNCTION act_part_immutable();
CREATE TRIGGER act_attachment_registered_no_change BEFORE UPDATE OR DELETE ON act_attachment
    FOR EACH ROW EXECUTE FUNCTION act_part_immutable();
