-- Persons and families. Every table carries region_code, the shard key of a distributed deployment; no query joins
-- across regions. Names are kept as written and, beside them, in the normalised forms that search compares.
create table person (
    id                uuid         primary key,
    region_code       varchar(11)  not null,
    last_name         varchar(100) not null,
    first_name        varchar(100) not null,
    patronymic        varchar(100),
    birth_date        date,
    sex               char(1)      check (sex in ('M', 'F')),
    snils             char(11),
    birth_certificate varchar(20),
    phone             varchar(20),
    norm_last_name    varchar(100) not null,
    norm_first_name   varchar(100) not null,
    norm_patronymic   varchar(100),
    surname_key       varchar(100) not null,
    given_keys        text[]       not null,
    -- A duplicate merged into another person stays, pointing at the survivor, so that a merge can be undone.
    merged_into       uuid         references person (id),
    version           int          not null default 0,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    check (birth_date is null or birth_date >= date '1900-01-01')
);
create index person_name_trgm_idx on person using gin ((norm_last_name || ' ' || norm_first_name) gin_trgm_ops)
    where merged_into is null;
create index person_surname_key_idx on person (region_code, surname_key) where merged_into is null;
create index person_birth_date_idx on person (region_code, birth_date) where merged_into is null;
create index person_given_keys_idx on person using gin (given_keys) where merged_into is null;
create index person_snils_idx on person (snils) where snils is not null;
create index person_merged_into_idx on person (merged_into) where merged_into is not null;

create table family (
    id             uuid         primary key,
    region_code    varchar(11)  not null,
    territory_code varchar(11),
    address_text   varchar(300),
    version        int          not null default 0,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);
create index family_territory_idx on family (region_code, territory_code);

create table family_member (
    id          uuid        primary key,
    family_id   uuid        not null references family (id),
    person_id   uuid        not null references person (id),
    region_code varchar(11) not null,
    role        varchar(16) not null check (role in ('CHILD', 'MOTHER', 'FATHER', 'LEGAL_REP', 'OTHER_ADULT')),
    from_date   date,
    to_date     date,
    check (to_date is null or from_date is null or to_date >= from_date)
);
create index family_member_family_idx on family_member (family_id);
create index family_member_person_idx on family_member (person_id);

create table person_relationship (
    id                uuid        primary key,
    region_code       varchar(11) not null,
    person_id         uuid        not null references person (id),
    related_person_id uuid        not null references person (id),
    kind              varchar(16) not null check (kind in ('PARENT_OF', 'GUARDIAN_OF', 'SIBLING_OF', 'PARTNER_OF')),
    check (person_id <> related_person_id)
);
create index person_relationship_person_idx on person_relationship (person_id);
create index person_relationship_related_idx on person_relationship (related_person_id);
