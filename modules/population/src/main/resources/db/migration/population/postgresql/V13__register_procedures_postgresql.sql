-- PostgreSQL-only: at most one open reference address, one open residence abroad and one open removal proposal per
-- person, enforced by the database (partial unique indexes) besides the resident row every procedure locks.
CREATE UNIQUE INDEX reference_address_one_open_ux ON reference_address (person_id) WHERE valid_to IS NULL;
CREATE UNIQUE INDEX emigration_one_open_ux ON emigration (person_id) WHERE valid_to IS NULL;
CREATE UNIQUE INDEX removal_proposal_one_open_ux ON removal_proposal (person_id) WHERE status = 'PROPOSED';
