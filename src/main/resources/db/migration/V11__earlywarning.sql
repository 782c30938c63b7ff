-- Early warning. The module keeps its own copy of what it scores (which agency reported what and when; no names, no
-- personal details), each family's current score with its explanation, and the history of its changes. Families and
-- signals belong to the registry and intake: they are referred to by id, without foreign keys into their tables.
-- Every table carries region_code, the shard key of a distributed deployment.

-- Scoring parameters a region has set; a region without a row uses ScoringParameters.DEFAULTS.
create table warning_parameters (
    region_code                    varchar(11)  primary key,
    half_life_days                 int          not null check (half_life_days > 0),
    window_days                    int          not null check (window_days > 0),
    threshold                      numeric(6,2) not null check (threshold > 0),
    multi_agency_window_days       int          not null check (multi_agency_window_days > 0),
    multi_agency_points            numeric(6,2) not null check (multi_agency_points >= 0),
    repeat_window_days             int          not null check (repeat_window_days > 0),
    repeat_count                   int          not null check (repeat_count >= 2),
    repeat_points                  numeric(6,2) not null check (repeat_points >= 0),
    repeated_indicator_window_days int          not null check (repeated_indicator_window_days > 0),
    repeated_indicator_points      numeric(6,2) not null check (repeated_indicator_points >= 0),
    immediate_window_days          int          not null check (immediate_window_days > 0),
    version                        int          not null default 0,
    updated_at                     timestamptz  not null
);

-- A signal that joined a family, once per signal and family however often the event is delivered.
create table warning_signal (
    family_id   uuid        not null,
    signal_id   uuid        not null,
    region_code varchar(11) not null,
    agency      varchar(32) not null,
    urgent      boolean     not null,
    received_at timestamptz not null,
    recorded_at timestamptz not null,
    primary key (family_id, signal_id)
);
create index warning_signal_family_received_idx on warning_signal (family_id, received_at);

-- The signal's indicators with the catalogue's weight and labels at the time they were reported.
create table warning_signal_indicator (
    family_id   uuid         not null,
    signal_id   uuid         not null,
    region_code varchar(11)  not null,
    code        varchar(64)  not null,
    weight      int          not null check (weight between 0 and 10),
    immediate   boolean      not null,
    label_ru    varchar(300) not null,
    label_en    varchar(300) not null,
    primary key (family_id, signal_id, code),
    foreign key (family_id, signal_id) references warning_signal (family_id, signal_id)
);

-- Each family's current score: recomputed on every new signal, when read after a while, and daily.
create table family_warning (
    family_id      uuid             primary key,
    region_code    varchar(11)      not null,
    score          double precision not null,
    flagged        boolean          not null,
    flagged_since  timestamptz,
    computed_at    timestamptz      not null,
    last_signal_at timestamptz      not null,
    explanation    jsonb            not null
);
-- The "needs attention" list of a region, highest score first.
create index family_warning_attention_idx on family_warning (region_code, score desc) where flagged;
-- Scores still falling with time, for the daily recomputation.
create index family_warning_decaying_idx on family_warning (computed_at) where score > 0 or flagged;

-- Every change of a family's score: a new signal, a change of flag or rules, or a fall by a whole point.
create table family_warning_history (
    id             bigint generated always as identity primary key,
    family_id      uuid             not null,
    region_code    varchar(11)      not null,
    computed_at    timestamptz      not null,
    score          double precision not null,
    flagged        boolean          not null,
    -- the signal whose arrival caused the recomputation; null when time alone changed the score
    trigger_signal uuid,
    explanation    jsonb            not null
);
create index family_warning_history_family_idx on family_warning_history (family_id, computed_at desc);
