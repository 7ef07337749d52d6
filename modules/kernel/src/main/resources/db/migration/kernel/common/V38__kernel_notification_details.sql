-- Notifications with details (population, issue 3 task M): an event may carry a small JSON object of facts for the
-- receiver (e.g. the previous municipality's NIS code and a refusal's motivation on a change of address), given
-- to the webhook and the feed as "details". NULL for the events without details. SQL shared by PostgreSQL and H2.
ALTER TABLE integrator_notification ADD COLUMN details VARCHAR(4000);
