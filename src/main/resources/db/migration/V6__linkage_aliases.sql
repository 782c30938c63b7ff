-- How a person was written in reports that a screener confirmed to be them. The next report that spells them the
-- same way finds and matches this spelling directly: review decisions teach the linkage.
create table linkage_alias (
    id                uuid         primary key,
    person_id         uuid         not null references linkage_person (person_id) on delete cascade,
    region_code       varchar(11)  not null,
    decision_id       uuid         not null references match_decision (id),
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
    created_at        timestamptz  not null
);
create index linkage_alias_person_idx on linkage_alias (person_id);
