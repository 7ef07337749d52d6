-- Arrival from another Belgian municipality (issue 3, task M, domain.md section 3): a change-of-address
-- declaration of a person not (yet) resident in the city. The person gets a resident row in status ARRIVING at
-- the declaration (registered on approval, from the declaration date; refused: stays ARRIVING, not registered);
-- the procedure has no household left behind, carries the previous municipality's NIS code, the register and the
-- legal basis of the registration. SQL shared by PostgreSQL and H2 (PostgreSQL mode).

ALTER TABLE resident DROP CONSTRAINT resident_status_ck;
ALTER TABLE resident ADD CONSTRAINT resident_status_ck
    CHECK (status IN ('REGISTERED', 'DECEASED', 'EMIGRATED', 'REMOVED', 'ARRIVING'));

ALTER TABLE address_change ALTER COLUMN from_household_id DROP NOT NULL;
ALTER TABLE address_change ADD COLUMN kind VARCHAR(10) DEFAULT 'MOVE' NOT NULL;
ALTER TABLE address_change ADD CONSTRAINT address_change_kind_ck CHECK (kind IN ('MOVE', 'ARRIVAL'));
ALTER TABLE address_change ADD COLUMN origin_nis VARCHAR(5);
ALTER TABLE address_change ADD COLUMN register_type VARCHAR(20);
ALTER TABLE address_change ADD COLUMN basis_kind VARCHAR(30);
ALTER TABLE address_change ADD COLUMN basis_ref VARCHAR(200);
ALTER TABLE address_change ADD CONSTRAINT address_change_arrival_ck CHECK (kind = 'MOVE'
    OR (origin_nis IS NOT NULL AND register_type IS NOT NULL AND from_household_id IS NULL));
