-- Person search at region scale. Trigram matching of the whole name against every person read the long posting
-- lists of common trigrams («ова», «ва ») and took 100–300 ms at a million persons. Search now corrects each word of
-- a query against the region's vocabulary of name keys — a few thousand surnames and a few hundred first names —
-- and then looks persons up by exact (surname key, first-name key) pairs, or by birth date.
create extension if not exists btree_gist;

-- Every surname key (kind S) and first-name key (kind G) the region's persons carry; names are only ever added.
create table person_name_key (
    region_code varchar(11)  not null,
    kind        varchar(1)   not null check (kind in ('S', 'G')),
    name_key    varchar(100) not null,
    primary key (region_code, kind, name_key)
);
-- Nearest keys by trigram distance within one region and kind: the spelling a misspelt word most likely meant.
create index person_name_key_trgm_idx on person_name_key using gist (region_code, kind, name_key gist_trgm_ops);
insert into person_name_key (region_code, kind, name_key)
select distinct region_code, 'S', surname_key from person
union
select distinct region_code, 'G', given_key from person, unnest(given_keys) as given_key;

-- A person's (surname key, first-name key) pairs, with the region: «54000000:семенов:наталья».
create function person_name_pairs(region varchar, surname_key varchar, given_keys text[]) returns text[]
    language sql immutable parallel safe
    as $$ select array(select region || ':' || surname_key || ':' || given_key from unnest(given_keys) as given_key) $$;
create index person_name_pairs_idx on person using gin (person_name_pairs(region_code, surname_key, given_keys))
    where merged_into is null;
-- Without statistics of its own the planner takes any few pairs for a tenth of the registry and plans a parallel scan.
create statistics person_name_pairs_stats on (person_name_pairs(region_code, surname_key, given_keys)) from person;

-- Search no longer matches trigrams over the whole registry; the index only slowed every registration down.
drop index person_name_trgm_idx;

-- Those statistics at once for a registry already full of persons, rather than after the next automatic analyze.
analyze person;
