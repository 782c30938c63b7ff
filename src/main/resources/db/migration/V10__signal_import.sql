-- Bulk import of signals from CSV and XLSX files (intake). A batch is one uploaded file: its counters advance in the
-- same transaction as each row's signal, so after a crash the counters and the stored signals agree. The file itself
-- is not kept: an interrupted batch is uploaded again, and the rows already stored are found by their idempotency key.
create table signal_import (
    id               uuid         primary key,
    region_code      varchar(11)  not null,
    -- The importing organisation; only its users and tokens see the batch.
    organisation_id  uuid         not null,
    started_by       varchar(64)  not null,
    file_name        varchar(255) not null,
    file_format      varchar(8)   not null check (file_format in ('CSV', 'XLSX')),
    status           varchar(16)  not null check (status in ('RUNNING', 'DONE', 'INTERRUPTED')),
    total_rows       int          not null check (total_rows >= 0),
    done_rows        int          not null default 0,
    accepted         int          not null default 0,
    already_known    int          not null default 0,
    rejected         int          not null default 0,
    started_at       timestamptz  not null,
    -- Moved forward with every row; a RUNNING batch whose heartbeat stopped lost its worker (restart, crash).
    heartbeat_at     timestamptz  not null,
    finished_at      timestamptz,
    check (done_rows = accepted + already_known + rejected and done_rows <= total_rows)
);
create index signal_import_organisation_idx on signal_import (organisation_id, started_at desc);
create index signal_import_running_idx on signal_import (heartbeat_at) where status = 'RUNNING';

-- What became of each row: its signal (new or found under its key), or its rejection.
create table signal_import_row (
    import_id   uuid        not null references signal_import (id),
    region_code varchar(11) not null,
    row_number  int         not null,
    outcome     varchar(16) not null check (outcome in ('ACCEPTED', 'ALREADY_KNOWN', 'REJECTED')),
    signal_id   uuid,
    primary key (import_id, row_number),
    check ((outcome = 'REJECTED') = (signal_id is null))
);

-- Why a row was rejected: the column of the file (none for a reason about the whole row), the stable code, and the
-- message key with its arguments, so that the report is shown in the reader's language.
create table signal_import_error (
    import_id   uuid         not null,
    region_code varchar(11)  not null,
    row_number  int          not null,
    position    int          not null,
    column_code varchar(64),
    -- The same place in the JSON body of POST /api/v1/signals, e.g. subjects[0].snils.
    field       varchar(100),
    code        varchar(8)   not null,
    message_key varchar(100) not null,
    arguments   jsonb        not null,
    primary key (import_id, row_number, position),
    foreign key (import_id, row_number) references signal_import_row (import_id, row_number)
);
