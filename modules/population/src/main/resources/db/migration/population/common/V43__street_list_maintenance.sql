-- Street list maintenance (issue 3): the administrator imports a new street list (CSV). New streets are added,
-- renamed or changed ones updated, streets a full list no longer has are retired (valid_to, exclusive: the first
-- day the street is gone), never deleted: addresses keep pointing at them. Every import and every change per
-- street is kept (the name history).
ALTER TABLE street ADD COLUMN valid_to DATE;

CREATE TABLE street_list_import (
    id             UUID          NOT NULL PRIMARY KEY,
    list_version   BIGINT        NOT NULL,                -- 1, 2, ...: the list's ETag after this import
    mode           VARCHAR(10)   NOT NULL,
    retire_on      DATE,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by    VARCHAR(100)  NOT NULL,
    added          INTEGER       NOT NULL,
    renamed        INTEGER       NOT NULL,
    changed        INTEGER       NOT NULL,
    retired        INTEGER       NOT NULL,
    reinstated     INTEGER       NOT NULL,
    unchanged      INTEGER       NOT NULL,
    CONSTRAINT street_list_import_version_uk UNIQUE (list_version),
    CONSTRAINT street_list_import_mode_ck CHECK (mode IN ('REPLACE', 'MERGE'))
);

CREATE TABLE street_change (
    id             UUID          NOT NULL PRIMARY KEY,
    import_id      UUID          NOT NULL REFERENCES street_list_import (id),
    nis            VARCHAR(5)    NOT NULL,
    street_code    VARCHAR(10)   NOT NULL,
    kind           VARCHAR(12)   NOT NULL,
    old_name_nl    VARCHAR(200),
    new_name_nl    VARCHAR(200),
    old_name_fr    VARCHAR(200),
    new_name_fr    VARCHAR(200),
    old_postcode   VARCHAR(4),
    new_postcode   VARCHAR(4),
    old_district   VARCHAR(100),
    new_district   VARCHAR(100),
    valid_to       DATE,
    CONSTRAINT street_change_street_fk FOREIGN KEY (nis, street_code) REFERENCES street (nis, street_code),
    CONSTRAINT street_change_kind_ck CHECK (kind IN ('ADDED', 'RENAMED', 'CHANGED', 'RETIRED', 'REINSTATED'))
);
CREATE INDEX street_change_street_ix ON street_change (nis, street_code);
CREATE INDEX street_change_import_ix ON street_change (import_id);
