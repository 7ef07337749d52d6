-- The act index (klapper) by the names an act writes, also of persons not (yet) in the person register (a child
-- before its birth act is registered, a witness typed at the counter): search keys in lower case, without
-- diacritics, letters only, searched by prefix. Rows of a registered act are immutable like its other parts.

CREATE TABLE act_name (
    id          UUID          NOT NULL PRIMARY KEY,
    act_id      UUID          NOT NULL REFERENCES act (id),
    role        VARCHAR(30)   NOT NULL,
    family_key  VARCHAR(200)  NOT NULL,
    given_key   VARCHAR(200)  NOT NULL
);
CREATE INDEX act_name_family_ix ON act_name (family_key varchar_pattern_ops, given_key varchar_pattern_ops);
CREATE INDEX act_name_act_ix ON act_name (act_id);
CREATE TRIGGER act_name_registered_no_change BEFORE UPDATE OR DELETE ON act_name
    FOR EACH ROW EXECUTE FUNCTION act_part_immutable();
