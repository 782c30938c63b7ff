-- Working-day calendar (directory). The federal production calendar is data in the code
-- (directory/working-calendar-ru.tsv); the database holds what is regional.

-- A region's time zone: deadlines "within N working days" end at the region's local midnight. Set on region rows
-- only; a region without one counts by Europe/Moscow. Municipalities and settlements follow their region.
alter table territory add column time_zone varchar(64);
alter table territory add constraint territory_time_zone_on_regions
    check (time_zone is null or level = 'REGION');

-- A region's own days off (e.g. a republic's holidays) and working days; they override the federal calendar.
create table region_calendar_day (
    region_code varchar(11)  not null references territory (code),
    day         date         not null,
    kind        varchar(16)  not null check (kind in ('DAY_OFF', 'WORKING_DAY')),
    note        varchar(200),
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null,
    primary key (region_code, day)
);
