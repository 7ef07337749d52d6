-- H2 (local demo run): the act's content as JSON text.
ALTER TABLE act ADD COLUMN content CLOB NOT NULL DEFAULT '{}';
