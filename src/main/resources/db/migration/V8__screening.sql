-- Screening: which family centre answers for a signal, by when it must decide, what it decided, and which family
-- the signal joined. The decision lives on the signal row (one decision per signal, optimistic locking by version);
-- the history of who did what is in the audit log.
alter table signal drop constraint signal_status_check;
alter table signal add constraint signal_status_check
    check (status in ('RECEIVED', 'IN_WORK', 'REFERRED', 'NO_GROUNDS'));

alter table signal
    -- The family centre whose territory covers the signal's territory (directory's organisation id).
    add column family_centre_id uuid,
    add column screening_due_at timestamptz,
    -- Set once, when the deadline passed without a decision and the centre's supervisors were told.
    add column escalated_at     timestamptz,
    add column family_id        uuid,
    add column decision         varchar(16) check (decision in ('OPEN_CASE', 'ATTACH_TO_CASE', 'REFER', 'NO_GROUNDS')),
    add column decision_reason  varchar(2000),
    add column referred_to      uuid,
    add column case_id          uuid,
    add column decided_by       varchar(64),
    add column decided_at       timestamptz,
    add column version          int not null default 0;

-- Signals stored by the previous version get a deadline three days after receipt and no centre (they stay out of
-- every queue until a centre is set); nothing of that version ran outside demos.
update signal set screening_due_at = received_at + interval '3 days' where screening_due_at is null;
alter table signal alter column screening_due_at set not null;

-- The screening queue: undecided signals of one centre by deadline.
create index signal_queue_idx on signal (region_code, family_centre_id, screening_due_at) where decision is null;
create index signal_family_idx on signal (region_code, family_id) where family_id is not null;
create index signal_received_by_idx on signal (organisation_id, received_by, received_at);

-- The family a subject was found in or placed into when the signal joined a family.
alter table signal_subject add column family_id uuid;

-- Screening deadlines per region (DESIGN.md §3); a region without a row uses the defaults 24 hours / 3 working days.
create table screening_deadline (
    region_code           varchar(11) primary key,
    immediate_hours       int         not null check (immediate_hours between 1 and 168),
    standard_working_days int         not null check (standard_working_days between 1 and 30),
    version               int         not null default 0
);
