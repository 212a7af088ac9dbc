-- The warning level, the missing-report flag and when they last moved get a narrow table of their own.
-- On a bad morning the sweep moves a third of all assignments at once; in the assignment row every
-- such change wrote a new version of a wide row into seven indexes (updated_at and warning_level were
-- both indexed). Here a change is a heap-only update of a 60-byte row: no index holds these columns,
-- and the free space the fill factor leaves on each page takes the new version.
create table assignment_warning (
    assignment_id  uuid         primary key references assignment (id) on delete cascade,
    warning_level  varchar(10)  not null default 'GREEN' check (warning_level in ('GREEN', 'YELLOW', 'RED', 'NONE')),
    report_missing boolean      not null default false,
    changed_at     timestamptz  not null
) with (fillfactor = 70);

insert into assignment_warning (assignment_id, warning_level, report_missing, changed_at)
select id, warning_level, report_missing, updated_at from assignment;

drop index if exists assignment_unit_warning;
alter table assignment drop column warning_level;
alter table assignment drop column report_missing;
