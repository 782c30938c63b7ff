-- Match decisions in a compact form: a decision is written for every subject of every signal, and its candidates'
-- document (five decisions with an object per feature, 3.7 KB on average at a million persons) was much of what
-- linking cost the database. The evidence becomes one line «FEATURE:LEVEL:weight,…» in feature order, and a
-- candidate no longer repeats the thresholds, which are the decision's. Existing rows are rewritten to that form.
create or replace function pg_temp.evidence_line(evidence jsonb) returns text
    language sql immutable
    as $$
        select coalesce(string_agg((e ->> 'feature') || ':' || (e ->> 'level') || ':' || (e ->> 'weight'), ','
                                   order by n), '')
        from jsonb_array_elements(evidence) with ordinality as x (e, n)
    $$;

update match_decision
set decision = jsonb_build_object(
        'outcome', decision -> 'outcome',
        'score', decision -> 'score',
        'lower', decision -> 'lowerThreshold',
        'upper', decision -> 'upperThreshold',
        'evidence', pg_temp.evidence_line(decision -> 'evidence'),
        'rules', decision -> 'rules'),
    candidates = (
        select coalesce(jsonb_agg(jsonb_build_object(
                   'personId', c -> 'personId',
                   'outcome', c -> 'decision' -> 'outcome',
                   'score', c -> 'decision' -> 'score',
                   'evidence', pg_temp.evidence_line(c -> 'decision' -> 'evidence'),
                   'rules', c -> 'decision' -> 'rules') order by n), '[]'::jsonb)
        from jsonb_array_elements(candidates) with ordinality as x (c, n))
where decision ? 'lowerThreshold';

-- Persons filed before this version get the undated full-name key «nf:<surname>:<first name>:<patronymic>» that a
-- subject without a birth date now seeks: the same name pairs as their «n:» keys, with the patronymic of the person
-- or of a spelling a screener confirmed for it (a pair with the other record's patronymic is a harmless extra key).
-- An initial is no patronymic to file under. Keys already there are kept once, so running it again changes nothing.
insert into linkage_block_key (region_code, block_key, person_id)
select k.region_code, 'nf:' || substr(k.block_key, 3) || ':' || r.patronymic, k.person_id
from linkage_block_key k
join (select person_id, patronymic from linkage_person
      union
      select person_id, patronymic from linkage_alias) r on r.person_id = k.person_id
where k.block_key like 'n:%' and length(r.patronymic) > 1
on conflict do nothing;
