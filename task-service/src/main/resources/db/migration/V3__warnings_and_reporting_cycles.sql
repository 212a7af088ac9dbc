-- Warning levels (green / yellow / red) and reporting cycles. The level is derived from the deadline,
-- the working-day calendar and the plan's reporting cycle; the sweep keeps the column current so that
-- lists filter on it and each transition is published once.

alter table assignment add column warning_level varchar(10) not null default 'GREEN'
    check (warning_level in ('GREEN', 'YELLOW', 'RED', 'NONE'));
alter table assignment add column report_missing boolean not null default false;
alter table assignment add column last_report_at timestamptz;
update assignment set warning_level = 'NONE' where state in ('COMPLETED', 'CANCELLED');
update assignment a set last_report_at = (select max(reported_at) from progress_report r where r.assignment_id = a.id);
create index assignment_unit_warning on assignment (unit_code, warning_level);

-- 报送周期: e.g. monthly, due on the 5th. The sweep writes the windows of the last two due dates
-- (as instants at the end of each due day in China), which the set-based update joins on.
create table reporting_cycle (
    plan_id       uuid         primary key,
    frequency     varchar(20)  not null check (frequency in ('WEEKLY', 'MONTHLY', 'QUARTERLY')),
    due_day       integer      not null check (due_day between 1 and 28),
    last_due      date,
    last_due_end  timestamptz,
    prev_due_end  timestamptz,
    version       bigint       not null default 0,
    updated_by    varchar(200) not null,
    updated_at    timestamptz  not null
);
