-- Who may request which population certificate (aanvrager / demandeur; issue 3, task C): dated rows instead of a
-- hard-coded table, so a change of the law is a new row with its valid_from (the old rows keep their period,
-- [valid_from, valid_to), valid_to NULL = open). One row per requester kind and certificate type allowed; a kind
-- without a row for a type on the day may not obtain that type. The flags say what the requester must declare.
-- Source: art. 3 KB 16 July 1992 (population registers' certificates) as summarised in docs/domain.md section 3;
-- UNVERIFIED against the current text of the law (verified = FALSE): edit the rows (docs/operations.md).
CREATE TABLE certificate_requester_rule (
    id                  UUID          NOT NULL PRIMARY KEY,
    requester_kind      VARCHAR(30)   NOT NULL,
    certificate_type    VARCHAR(40)   NOT NULL,
    name_required       BOOLEAN       NOT NULL,
    basis_required      BOOLEAN       NOT NULL,
    reference_required  BOOLEAN       NOT NULL,
    own_national_number BOOLEAN       NOT NULL,
    valid_from          DATE          NOT NULL,
    valid_to            DATE,
    source              VARCHAR(500)  NOT NULL,
    verified            BOOLEAN       NOT NULL,
    CONSTRAINT certificate_requester_rule_kind_ck CHECK (requester_kind IN ('SELF', 'LEGAL_REPRESENTATIVE', 'PROXY',
        'THIRD_PARTY')),
    CONSTRAINT certificate_requester_rule_type_ck CHECK (certificate_type IN ('REGISTER_EXTRACT', 'MAIN_RESIDENCE',
        'HOUSEHOLD_COMPOSITION', 'PROOF_OF_LIFE', 'NATIONALITY')),
    CONSTRAINT certificate_requester_rule_period_ck CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX certificate_requester_rule_kind_ix ON certificate_requester_rule (requester_kind, certificate_type,
    valid_from);

-- The defaults (the former hard-coded table), valid from 16 July 1992, open-ended.
INSERT INTO certificate_requester_rule (id, requester_kind, certificate_type, name_required, basis_required,
    reference_required, own_national_number, valid_from, valid_to, source, verified) VALUES
    ('5a1e0000-0000-4000-8039-000000000001', 'SELF', 'REGISTER_EXTRACT', FALSE, FALSE, FALSE, TRUE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000002', 'SELF', 'MAIN_RESIDENCE', FALSE, FALSE, FALSE, TRUE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000003', 'SELF', 'HOUSEHOLD_COMPOSITION', FALSE, FALSE, FALSE, TRUE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000004', 'SELF', 'PROOF_OF_LIFE', FALSE, FALSE, FALSE, TRUE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000005', 'SELF', 'NATIONALITY', FALSE, FALSE, FALSE, TRUE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000011', 'LEGAL_REPRESENTATIVE', 'REGISTER_EXTRACT', TRUE, TRUE, FALSE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000012', 'LEGAL_REPRESENTATIVE', 'MAIN_RESIDENCE', TRUE, TRUE, FALSE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000013', 'LEGAL_REPRESENTATIVE', 'HOUSEHOLD_COMPOSITION', TRUE, TRUE, FALSE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000014', 'LEGAL_REPRESENTATIVE', 'PROOF_OF_LIFE', TRUE, TRUE, FALSE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000015', 'LEGAL_REPRESENTATIVE', 'NATIONALITY', TRUE, TRUE, FALSE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000021', 'PROXY', 'REGISTER_EXTRACT', TRUE, TRUE, TRUE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000022', 'PROXY', 'MAIN_RESIDENCE', TRUE, TRUE, TRUE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000023', 'PROXY', 'HOUSEHOLD_COMPOSITION', TRUE, TRUE, TRUE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000024', 'PROXY', 'PROOF_OF_LIFE', TRUE, TRUE, TRUE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000025', 'PROXY', 'NATIONALITY', TRUE, TRUE, TRUE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3', FALSE),
    ('5a1e0000-0000-4000-8039-000000000031', 'THIRD_PARTY', 'REGISTER_EXTRACT', TRUE, TRUE, TRUE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3 (third party with a legal basis in a signed request)', FALSE),
    ('5a1e0000-0000-4000-8039-000000000032', 'THIRD_PARTY', 'MAIN_RESIDENCE', TRUE, TRUE, TRUE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3 (third party with a legal basis in a signed request)', FALSE),
    ('5a1e0000-0000-4000-8039-000000000033', 'THIRD_PARTY', 'NATIONALITY', TRUE, TRUE, TRUE, FALSE, DATE '1992-07-16', NULL, 'KB 16 juli 1992, art. 3 (third party with a legal basis in a signed request)', FALSE);
