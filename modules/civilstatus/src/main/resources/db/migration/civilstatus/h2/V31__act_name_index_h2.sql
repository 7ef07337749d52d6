-- The act index (klapper) by the names an act writes (see the PostgreSQL variant; H2: no pattern index, no trigger).

CREATE TABLE act_name (
    id          UUID          NOT NULL PRIMARY KEY,
    act_id      UUID          NOT NULL REFERENCES act (id),
    role        VARCHAR(30)   NOT NULL,
    family_key  VARCHAR(200)  NOT NULL,
    given_key   VARCHAR(200)  NOT NULL
);
CREATE INDEX act_name_family_ix ON act_name (family_key, given_key);
CREATE INDEX act_name_act_ix ON act_name (act_id);
