-- A person is a current member of a family in a role once. Adding a member checked for a current membership before
-- inserting, but two transactions at once (two signals about one family taken in together) could each find none,
-- neither having committed its own, and both insert. The index makes the second wait for the first and add nothing.
-- Duplicates already there are the same membership twice; the earliest (time-ordered id) stays.
delete from family_member m
using family_member e
where e.family_id = m.family_id and e.person_id = m.person_id and e.role = m.role
  and e.to_date is null and m.to_date is null and e.id < m.id;

create unique index family_member_current_idx on family_member (family_id, person_id, role) where to_date is null;
