-- What linkage keeps of each current person, normalised, so that finding and comparing candidates for a subject
-- is one indexed query and no call into another module.
create table linkage_person (
    person_id         uuid         primary key,
    region_code       varchar(11)  not null,
    surname           varchar(100),
    surname_key       varchar(100),
    surname_phonetic  varchar(100),
    given_name        varchar(100),
    given_keys        text[]       not null,
    given_phonetic    varchar(100),
    patronymic        varchar(100),
    birth_date        date,
    sex               char(1),
    snils             char(11),
    birth_certificate varchar(20),
    territory_code    varchar(11),
    address           varchar(300),
    co_subject_keys   text[]       not null,
    -- false while the person is merged into another: candidates are current persons only
    active            boolean      not null default true
);

create table linkage_block_key (
    region_code varchar(11)  not null,
    block_key   varchar(200) not null,
    person_id   uuid         not null references linkage_person (person_id) on delete cascade,
    primary key (region_code, block_key, person_id)
);
create index linkage_block_key_person_idx on linkage_block_key (person_id);

-- Every linkage decision with its score and the evidence behind it, so that a screener can see why; decisions on
-- review become labelled pairs that later weight estimation can learn from.
create table match_decision (
    id           uuid         primary key,
    region_code  varchar(11)  not null,
    source       varchar(32)  not null,
    source_ref   varchar(120),
    subject      jsonb        not null,
    outcome      varchar(16)  not null
        check (outcome in ('AUTO_LINKED', 'NEEDS_REVIEW', 'CONFIRMED', 'REJECTED', 'NEW_PERSON')),
    score        double precision not null,
    decision     jsonb        not null,
    candidates   jsonb        not null,
    person_id    uuid,
    decided_at   timestamptz  not null,
    reviewed_by  varchar(64),
    reviewed_at  timestamptz,
    version      int          not null default 0
);
create index match_decision_review_idx on match_decision (region_code, decided_at) where outcome = 'NEEDS_REVIEW';
create index match_decision_person_idx on match_decision (person_id);
create unique index match_decision_source_idx on match_decision (source, source_ref) where source_ref is not null;
