-- Territories: region -> municipality -> settlement, keyed by OKTMO-like codes.
create table territory (
    code        varchar(11)  primary key,
    parent_code varchar(11)  references territory (code),
    region_code varchar(11)  not null,
    level       varchar(16)  not null check (level in ('REGION', 'MUNICIPALITY', 'SETTLEMENT')),
    name        varchar(200) not null,
    remote      boolean      not null default false,
    version     int          not null default 0,
    check ((level = 'REGION') = (parent_code is null))
);
create index territory_parent_idx on territory (parent_code);

create table organisation (
    id             uuid         primary key,
    kind           varchar(32)  not null,
    name           varchar(300) not null,
    short_name     varchar(120) not null,
    territory_code varchar(11)  not null references territory (code),
    region_code    varchar(11)  not null,
    address        varchar(300),
    phone          varchar(40),
    email          varchar(120),
    enabled        boolean      not null default true,
    version        int          not null default 0,
    created_at     timestamptz  not null
);
create index organisation_territory_idx on organisation (territory_code);
create index organisation_kind_idx on organisation (kind);

create table app_user (
    id              uuid         primary key,
    username        varchar(64)  not null,
    display_name    varchar(200) not null,
    organisation_id uuid         not null references organisation (id),
    password_hash   varchar(200) not null,
    enabled         boolean      not null default true,
    failed_logins   int          not null default 0,
    locked_until    timestamptz,
    demo            boolean      not null default false,
    version         int          not null default 0,
    created_at      timestamptz  not null
);
create unique index app_user_username_idx on app_user (lower(username));
create index app_user_organisation_idx on app_user (organisation_id);

create table app_user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(32) not null,
    primary key (user_id, role)
);

-- API tokens are stored as SHA-256 of a long random secret: a fast, exact lookup per request (bcrypt would cap
-- the API at a few dozen requests per second) that still reveals nothing if the table leaks.
create table api_client (
    id              uuid         primary key,
    organisation_id uuid         not null references organisation (id),
    name            varchar(200) not null,
    token_hash      char(64)     not null unique,
    token_hint      varchar(16)  not null,
    demo            boolean      not null default false,
    created_at      timestamptz  not null,
    created_by      varchar(64)  not null,
    revoked_at      timestamptz,
    revoked_by      varchar(64),
    last_used_at    timestamptz
);
create index api_client_organisation_idx on api_client (organisation_id);
