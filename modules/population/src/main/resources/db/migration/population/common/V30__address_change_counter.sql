-- Change of address at the counter: how it was declared, who becomes reference person of the household left
-- behind when its reference person moves out (applied on approval), and the officer or police report the
-- residence check's outcome comes from (reports that arrive on paper). SQL shared by PostgreSQL and H2.

ALTER TABLE address_change ADD COLUMN channel VARCHAR(20) DEFAULT 'ELECTRONIC' NOT NULL;
ALTER TABLE address_change ADD CONSTRAINT address_change_channel_ck
    CHECK (channel IN ('COUNTER', 'WRITTEN', 'ELECTRONIC'));
-- a person id (uuid) staying in from_household_id; NULL = none needed. Text: see to_household_id.
ALTER TABLE address_change ADD COLUMN new_reference_person_id VARCHAR(36);
ALTER TABLE address_change ADD COLUMN check_reference VARCHAR(200);
