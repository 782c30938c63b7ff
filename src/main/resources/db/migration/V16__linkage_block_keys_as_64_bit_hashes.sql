-- Blocking keys are stored as the first 64 bits of the MD5 of «region:key» (StoredBlockingKey) instead of their text
-- beside the region. The primary key was about two and a half times as large, each new person's sixteen keys land
-- all over it, and after every checkpoint nearly each of them wrote a whole index page to the WAL: half of intake's
-- full-page images. The region is inside the hash, so the table needs no column for it.
alter table linkage_block_key rename to linkage_block_key_text;
alter index linkage_block_key_pkey rename to linkage_block_key_text_pkey;
alter index linkage_block_key_person_idx rename to linkage_block_key_text_person_idx;

create table linkage_block_key (
    block_key bigint not null,
    person_id uuid   not null references linkage_person (person_id) on delete cascade,
    constraint linkage_block_key_pkey primary key (block_key, person_id)
);

-- distinct: two keys of one person that share their 64 bits are one row now
insert into linkage_block_key (block_key, person_id)
select distinct ('x' || left(md5(region_code || ':' || block_key), 16))::bit(64)::bigint, person_id
from linkage_block_key_text;

create index linkage_block_key_person_idx on linkage_block_key (person_id);

drop table linkage_block_key_text;
