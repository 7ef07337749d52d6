-- Front office (issue 8): the service catalogue (dienstencatalogus / catalogue des services), the citizens' service
-- requests with their lead time, the counters with opening hours and closures, and the appointments. Runs on
-- PostgreSQL and on H2 in PostgreSQL mode.

-- One row per product the department delivers: configurable data, dated (valid_from/valid_to) so a fee or target
-- that changes by decision gets a new row version without losing the old one's meaning.
CREATE TABLE product (
    code                 VARCHAR(60)    NOT NULL PRIMARY KEY,
    name_nl              VARCHAR(200)   NOT NULL,
    name_fr              VARCHAR(200)   NOT NULL,
    name_en              VARCHAR(200)   NOT NULL,
    description_nl       VARCHAR(2000)  NOT NULL,
    description_fr       VARCHAR(2000)  NOT NULL,
    description_en       VARCHAR(2000)  NOT NULL,
    legal_basis          VARCHAR(500)   NOT NULL,
    who_may_request      VARCHAR(500)   NOT NULL,   -- human text shown to citizens and clerks
    act_for              VARCHAR(20)    NOT NULL,   -- SELF | HOUSEHOLD: for whom a citizen may ask it online
    required_documents   VARCHAR(1000)  NOT NULL,
    fee                  NUMERIC(8, 2)  NOT NULL,
    channels             VARCHAR(100)   NOT NULL,   -- comma list of COUNTER, E_COUNTER, POST
    target_days          INTEGER        NOT NULL,   -- target lead time in working days (0 = at once)
    procedure_key        VARCHAR(80)    NOT NULL,   -- the module procedure it starts (ServiceProcedure key)
    variant              VARCHAR(40),               -- certificate type, extract model, ...
    auto_fulfil          BOOLEAN        NOT NULL,   -- an own request on the e-counter is fulfilled at once
    appointment_minutes  INTEGER,                   -- NULL: no appointment needed
    valid_from           DATE           NOT NULL,
    valid_to             DATE,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100)   NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT product_act_for_ck CHECK (act_for IN ('SELF', 'HOUSEHOLD')),
    CONSTRAINT product_fee_ck CHECK (fee >= 0),
    CONSTRAINT product_target_ck CHECK (target_days >= 0),
    CONSTRAINT product_minutes_ck CHECK (appointment_minutes IS NULL OR appointment_minutes > 0)
);

-- One row per citizen question, from receipt to fulfilment, refusal or cancellation.
CREATE TABLE service_request (
    id                   UUID           NOT NULL PRIMARY KEY,
    product_code         VARCHAR(60)    NOT NULL REFERENCES product (code),
    person_id            UUID           NOT NULL,   -- kernel.person: whom the request is about
    requester_nn         VARCHAR(11),               -- e-counter: the national number the e-counter asserted
    requester_relation   VARCHAR(20)    NOT NULL,   -- SELF | HOUSEHOLD_MEMBER | REPRESENTATIVE
    channel              VARCHAR(20)    NOT NULL,
    status               VARCHAR(20)    NOT NULL,
    procedure_key        VARCHAR(80),
    procedure_ref        VARCHAR(100),              -- id of the module's procedure record (declaration, request, act)
    document_id          VARCHAR(36),               -- kernel.issued_document when handed out (VARCHAR: NULL until then)
    verification_code    VARCHAR(20),
    assigned_to          VARCHAR(100),
    note                 VARCHAR(1000),
    received_on          DATE           NOT NULL,
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by          VARCHAR(100)   NOT NULL,
    closed_on            DATE,
    closed_at            TIMESTAMP WITH TIME ZONE,
    closed_by            VARCHAR(100),
    target_days          INTEGER        NOT NULL,   -- the product's target when received
    lead_days            INTEGER,                   -- working days from receipt to closing
    first_contact        BOOLEAN        NOT NULL,   -- fulfilled at the first contact
    version              BIGINT         NOT NULL,
    CONSTRAINT service_request_channel_ck CHECK (channel IN ('COUNTER', 'E_COUNTER', 'POST')),
    CONSTRAINT service_request_status_ck CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'FULFILLED', 'REFUSED', 'CANCELLED')),
    CONSTRAINT service_request_closed_ck CHECK ((status IN ('RECEIVED', 'IN_PROGRESS')) = (closed_at IS NULL))
);
CREATE INDEX service_request_person_ix ON service_request (person_id, received_at);
CREATE INDEX service_request_product_ix ON service_request (product_code, received_on);
CREATE INDEX service_request_open_ix ON service_request (status, received_on);

-- The counters (loketten / guichets) where appointments are given, on a grid of slot_minutes.
CREATE TABLE counter (
    code                 VARCHAR(30)    NOT NULL PRIMARY KEY,
    name                 VARCHAR(200)   NOT NULL,
    location             VARCHAR(200)   NOT NULL,
    slot_minutes         INTEGER        NOT NULL,
    products             VARCHAR(2000)  NOT NULL,   -- comma list of product codes served
    active               BOOLEAN        NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT counter_slot_ck CHECK (slot_minutes BETWEEN 5 AND 120)
);

-- The weekly pattern, dated: several rows per day for a morning and an afternoon opening.
CREATE TABLE opening_hours (
    id                   UUID           NOT NULL PRIMARY KEY,
    counter_code         VARCHAR(30)    NOT NULL REFERENCES counter (code),
    weekday              INTEGER        NOT NULL,   -- ISO: 1 = Monday
    opens                TIME           NOT NULL,
    closes               TIME           NOT NULL,
    valid_from           DATE           NOT NULL,
    valid_to             DATE,
    CONSTRAINT opening_hours_weekday_ck CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT opening_hours_time_ck CHECK (opens < closes)
);
CREATE INDEX opening_hours_counter_ix ON opening_hours (counter_code, weekday);

-- Closures beyond the legal holidays of the kernel's calendar: one counter or (counter_code NULL) all of them.
CREATE TABLE closure (
    id                   UUID           NOT NULL PRIMARY KEY,
    counter_code         VARCHAR(30),
    on_day               DATE           NOT NULL,
    reason               VARCHAR(200)   NOT NULL
);
CREATE INDEX closure_day_ix ON closure (on_day);

-- Appointments (afspraken / rendez-vous).
CREATE TABLE appointment (
    id                   UUID           NOT NULL PRIMARY KEY,
    counter_code         VARCHAR(30)    NOT NULL REFERENCES counter (code),
    product_code         VARCHAR(60)    NOT NULL REFERENCES product (code),
    on_day               DATE           NOT NULL,
    starts               TIME           NOT NULL,
    minutes              INTEGER        NOT NULL,
    person_id            VARCHAR(36),               -- kernel.person (VARCHAR: may be NULL)
    citizen_name         VARCHAR(300)   NOT NULL,
    channel              VARCHAR(20)    NOT NULL,   -- COUNTER (booked by a clerk) | E_COUNTER (the city's site)
    status               VARCHAR(20)    NOT NULL,
    document_id          VARCHAR(36),               -- the confirmation (kernel.issued_document)
    verification_code    VARCHAR(20),
    first_free_days      INTEGER        NOT NULL,   -- working days from booking to the first free slot then
    booked_on            DATE           NOT NULL,
    booked_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    booked_by            VARCHAR(100)   NOT NULL,
    changed_at           TIMESTAMP WITH TIME ZONE,
    changed_by           VARCHAR(100),
    version              BIGINT         NOT NULL,
    CONSTRAINT appointment_status_ck CHECK (status IN ('BOOKED', 'CANCELLED', 'NO_SHOW', 'DONE'))
);
CREATE INDEX appointment_day_ix ON appointment (counter_code, on_day, starts);
CREATE INDEX appointment_person_ix ON appointment (person_id, on_day);
CREATE INDEX appointment_product_ix ON appointment (product_code, booked_on);

-- The grid slots an active appointment occupies: the primary key makes two bookings of one slot impossible
-- (the second transaction fails on it). A cancellation deletes its slots, so they can be booked again.
CREATE TABLE appointment_slot (
    slot_key             VARCHAR(60)    NOT NULL PRIMARY KEY,   -- counter/day/HH:MM
    appointment_id       UUID           NOT NULL REFERENCES appointment (id)
);
CREATE INDEX appointment_slot_appointment_ix ON appointment_slot (appointment_id);
