-- Completed publications are deleted, so vacuum often finds this table empty and by default truncates it to no pages.
-- The planner then prices a sequential scan at nothing, and a session that makes its generic plan for the listener's
-- update and deletion by id in that state keeps the scan, which reads every row the table has gathered since, dead
-- ones included, until the next vacuum invalidates it (up to 2 ms a call instead of 0.03 in the signal benchmark).
-- With its pages kept, the primary key's index scan stays the cheaper plan.
alter table event_publication set (vacuum_truncate = off);
