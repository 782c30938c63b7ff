-- Cases (работа со случаем). Screening opens them; the case work itself (curator, team, assessments, plans, closure)
-- comes with the casework issues and extends this table. One open case per family at a time.
create table support_case (
    id          uuid         primary key,
    region_code varchar(11)  not null,
    -- Human-readable number, unique in the region: year and sequence, e.g. 2026-000042.
    number      varchar(20)  not null,
    family_id   uuid         not null,
    status      varchar(16)  not null check (status in ('OPEN', 'CLOSED')),
    opened_at   timestamptz  not null,
    opened_by   varchar(64)  not null,
    -- The family centre that works the case.
    organisation_id uuid     not null,
    version     int          not null default 0,
    unique (region_code, number)
);
create unique index support_case_open_idx on support_case (region_code, family_id) where status = 'OPEN';

-- The signals that opened a case or were attached to it.
create table case_signal (
    case_id     uuid        not null references support_case (id),
    region_code varchar(11) not null,
    signal_id   uuid        not null,
    attached_at timestamptz not null,
    primary key (case_id, signal_id)
);

create sequence support_case_number_seq;
