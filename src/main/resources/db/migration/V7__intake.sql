-- Signal intake. The indicator catalogue is reference data shared by all regions and versioned, so that a signal
-- keeps the meaning of the indicators it was reported with after the catalogue changes. Every family-scoped table
-- carries region_code, the shard key of a distributed deployment. Organisations and territories belong to the
-- directory: they are referred to by id and code, checked through its API, without foreign keys into its tables.
create table indicator_catalogue (
    version   int         primary key,
    loaded_at timestamptz not null
);

create table indicator (
    catalogue_version int          not null references indicator_catalogue (version),
    code              varchar(64)  not null,
    indicator_group   varchar(32)  not null,
    label_ru          varchar(300) not null,
    label_en          varchar(300) not null,
    weight            int          not null check (weight between 0 and 10),
    -- true when the indicator alone means a threat to a child's life or health: the signal becomes IMMEDIATE
    immediate         boolean      not null,
    primary key (catalogue_version, code)
);

create table signal (
    id                uuid         primary key,
    region_code       varchar(11)  not null,
    -- The reporting organisation; only its tokens (and the region's family centre) may read the signal.
    organisation_id   uuid         not null,
    received_by       varchar(64)  not null,
    -- Header Idempotency-Key, or the body's externalId when no header was sent.
    idempotency_key   varchar(200),
    external_id       varchar(200),
    status            varchar(16)  not null check (status in ('RECEIVED')),
    reported_urgency  varchar(16)  not null check (reported_urgency in ('IMMEDIATE', 'STANDARD')),
    urgency           varchar(16)  not null check (urgency in ('IMMEDIATE', 'STANDARD')),
    catalogue_version int          not null references indicator_catalogue (version),
    description       text,
    territory_code    varchar(11)  not null,
    address_text      varchar(300),
    contact_name      varchar(200),
    contact_phone     varchar(40),
    received_at       timestamptz  not null
);
-- One signal per key and organisation: concurrent retries race on this index, and all but one insert nothing.
create unique index signal_idempotency_idx on signal (organisation_id, idempotency_key)
    where idempotency_key is not null;
create index signal_region_received_idx on signal (region_code, received_at);

create table signal_indicator (
    signal_id         uuid        not null references signal (id),
    region_code       varchar(11) not null,
    position          int         not null,
    catalogue_version int         not null,
    code              varchar(64) not null,
    primary key (signal_id, code),
    foreign key (catalogue_version, code) references indicator (catalogue_version, code)
);

-- The subjects as reported, and what linkage decided about each at intake (decision id, status, person).
create table signal_subject (
    signal_id    uuid        not null references signal (id),
    region_code  varchar(11) not null,
    position     int         not null,
    role         varchar(16) not null check (role in ('CHILD', 'MOTHER', 'FATHER', 'LEGAL_REP', 'OTHER_ADULT')),
    reported     jsonb       not null,
    decision_id  uuid        not null,
    link_status  varchar(16) not null check (link_status in ('AUTO_LINKED', 'NEEDS_REVIEW', 'CONFIRMED', 'NEW_PERSON')),
    person_id    uuid,
    primary key (signal_id, position)
);
create index signal_subject_person_idx on signal_subject (person_id) where person_id is not null;
