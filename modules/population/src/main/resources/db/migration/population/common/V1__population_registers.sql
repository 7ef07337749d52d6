-- Population registers: the city's streets, addresses, residents with their register type, main residence
-- and household history. Written in the SQL subset shared by PostgreSQL and H2 (PostgreSQL mode); the
-- vendor folders hold the rest. Valid time is half-open everywhere: [valid_from, valid_to), valid_to NULL =
-- still valid. Periods are closed (valid_to, closed_at, closed_by), never deleted.

-- The municipality's street list (stratenlijst / liste des rues), reference data loaded from CSV.
CREATE TABLE street (
    nis           VARCHAR(5)    NOT NULL,                 -- NIS code of the municipality (24062 Leuven)
    street_code   VARCHAR(10)   NOT NULL,                 -- the city's street code
    name_nl       VARCHAR(200)  NOT NULL,
    name_fr       VARCHAR(200),
    postcode      VARCHAR(4)    NOT NULL,
    district      VARCHAR(100),                           -- deelgemeente / section
    name_key      VARCHAR(200)  NOT NULL,                 -- lower case, no diacritics, for search
    PRIMARY KEY (nis, street_code)
);
CREATE INDEX street_name_key_ix ON street (name_key);

-- A Belgian address: street of the city, house number, box. Box '' = no box (so the unique key holds).
CREATE TABLE address (
    id            UUID          NOT NULL PRIMARY KEY,
    nis           VARCHAR(5)    NOT NULL,
    street_code   VARCHAR(10)   NOT NULL,
    house_number  VARCHAR(10)   NOT NULL,
    box           VARCHAR(10)   NOT NULL DEFAULT '',
    postcode      VARCHAR(4)    NOT NULL,
    CONSTRAINT address_street_fk FOREIGN KEY (nis, street_code) REFERENCES street (nis, street_code),
    CONSTRAINT address_uk UNIQUE (nis, street_code, house_number, box)
);

-- One row per person known to the population registers (the identity stays in kernel.person).
CREATE TABLE resident (
    person_id      UUID          NOT NULL PRIMARY KEY REFERENCES kernel.person (id),
    register_type  VARCHAR(20)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    registered_on  DATE          NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT resident_register_ck CHECK (register_type IN ('POPULATION', 'FOREIGNERS', 'WAITING')),
    CONSTRAINT resident_status_ck CHECK (status IN ('REGISTERED', 'DECEASED'))
);

-- History of the register a person is inscribed in (IT 210).
CREATE TABLE register_entry (
    id             UUID          NOT NULL PRIMARY KEY,
    person_id      UUID          NOT NULL REFERENCES resident (person_id),
    register_type  VARCHAR(20)   NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_to       DATE,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    basis_kind     VARCHAR(30)   NOT NULL,
    basis_ref      VARCHAR(200),
    closed_at      TIMESTAMP WITH TIME ZONE,
    closed_by      VARCHAR(100),
    CONSTRAINT register_entry_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX register_entry_person_ix ON register_entry (person_id, valid_from);

-- Main residence history (hoofdverblijfplaats / résidence principale, IT 020).
CREATE TABLE residence (
    id                 UUID          NOT NULL PRIMARY KEY,
    person_id          UUID          NOT NULL REFERENCES resident (person_id),
    address_id         UUID          NOT NULL REFERENCES address (id),
    valid_from         DATE          NOT NULL,
    valid_to           DATE,
    origin             VARCHAR(20)   NOT NULL,            -- MUNICIPALITY, ABROAD, OTHER (where the person came from)
    origin_nis         VARCHAR(5),                        -- previous Belgian municipality
    origin_country     VARCHAR(2),                        -- previous country (ISO alpha-2)
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    basis_kind         VARCHAR(30)   NOT NULL,
    basis_ref          VARCHAR(200),
    closed_at          TIMESTAMP WITH TIME ZONE,
    closed_by          VARCHAR(100),
    CONSTRAINT residence_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
-- "address history of a person" and "residents of an address on a date"
CREATE INDEX residence_person_ix ON residence (person_id, valid_from);
CREATE INDEX residence_address_ix ON residence (address_id, valid_from, valid_to);

-- A household (gezin / ménage) at an address; collective dwellings (care homes, convents) are flagged.
CREATE TABLE household (
    id             UUID          NOT NULL PRIMARY KEY,
    address_id     UUID          NOT NULL REFERENCES address (id),
    collective     BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX household_address_ix ON household (address_id);

-- Composition history (IT 140/141): who belonged to which household, in which position, when.
CREATE TABLE household_membership (
    id             UUID          NOT NULL PRIMARY KEY,
    household_id   UUID          NOT NULL REFERENCES household (id),
    person_id      UUID          NOT NULL REFERENCES resident (person_id),
    position       VARCHAR(2)    NOT NULL,                -- HouseholdPosition code, 01 = reference person
    valid_from     DATE          NOT NULL,
    valid_to       DATE,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    closed_at      TIMESTAMP WITH TIME ZONE,
    closed_by      VARCHAR(100),
    CONSTRAINT household_membership_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX household_membership_household_ix ON household_membership (household_id, valid_from);
CREATE INDEX household_membership_person_ix ON household_membership (person_id, valid_from);
