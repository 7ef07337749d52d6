-- PostgreSQL (issue 3, task U): the statistics count sex and nationality as they were on the date. Only persons
-- with a dated NATIONALITY or SEX fact (a naturalisation, a change of registered sex) can differ from the current
-- kernel.person column; these partial indexes list exactly them, so the statistics find them without reading the
-- kernel's six facts per person (the bulk-loaded and registered facts are undated). The population module owns
-- these indexes because only its statistics query needs them; they do not change the kernel's tables.
CREATE INDEX IF NOT EXISTS population_dated_nationality_fact_ix ON kernel.person_fact (person_id)
    WHERE fact = 'NATIONALITY' AND (valid_from IS NOT NULL OR valid_to IS NOT NULL);
CREATE INDEX IF NOT EXISTS population_dated_sex_fact_ix ON kernel.person_fact (person_id)
    WHERE fact = 'SEX' AND (valid_from IS NOT NULL OR valid_to IS NOT NULL);
