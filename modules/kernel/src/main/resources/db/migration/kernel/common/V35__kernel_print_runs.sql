-- Print runs (drukrun / tirage, issue 10): a mass mailing (e.g. 100k convocation letters) is rendered as a few PDFs
-- of many pages instead of one PDF per letter. The run's PDF is stored once; each document of the run keeps its own
-- register line (own verification code, subject, core facts) naming the run and its pages, with no PDF of its own.
-- The register line's sha256 is then the SHA-256 of the run's PDF (the bytes as issued, which hold its pages).
CREATE TABLE print_run (
    id           UUID          NOT NULL PRIMARY KEY,
    doc_type     VARCHAR(100)  NOT NULL,
    documents    INTEGER       NOT NULL,
    pages        INTEGER       NOT NULL,
    issued_by    VARCHAR(100)  NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    pdf          BYTEA         NOT NULL
);

ALTER TABLE issued_document ADD COLUMN print_run_id UUID REFERENCES print_run (id);
ALTER TABLE issued_document ADD COLUMN first_page INTEGER;
ALTER TABLE issued_document ADD COLUMN page_count INTEGER;
ALTER TABLE issued_document ALTER COLUMN pdf DROP NOT NULL;
ALTER TABLE issued_document ADD CONSTRAINT issued_document_pdf_ck CHECK ((pdf IS NOT NULL AND print_run_id IS NULL)
    OR (pdf IS NULL AND print_run_id IS NOT NULL AND first_page >= 1 AND page_count >= 1));
CREATE INDEX issued_document_print_run_ix ON issued_document (print_run_id);
