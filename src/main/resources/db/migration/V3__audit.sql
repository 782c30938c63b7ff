-- Who read or changed what, when and from where. Personal data never goes here: only ids of subjects.
create table audit_event (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz  not null,
    actor            varchar(64)  not null,
    actor_kind       varchar(16)  not null check (actor_kind in ('USER', 'API_CLIENT', 'SYSTEM', 'ANONYMOUS')),
    organisation_id  uuid,
    action           varchar(32)  not null,
    subject_type     varchar(32),
    subject_id       varchar(64),
    client_address   varchar(64),
    details          varchar(500)
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (lower(actor), occurred_at desc);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, occurred_at desc);

-- The log is append-only: an audit trail that can be edited proves nothing.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
