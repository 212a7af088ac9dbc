-- Review outcomes as immediate notices, reporting-cycle reminders, report-missing notices and daily
-- mail digests. Everything stays in the reminder table, so the one SKIP LOCKED dispatcher sends each once.

-- A reporting reminder belongs to a unit in a plan (one per plan, unit and due date, however many
-- assignments the unit has there), not to one assignment.
alter table reminder alter column assignment_id drop not null;
-- an immediate notice of an assignment without a deadline has none
alter table reminder alter column deadline drop not null;
alter table reminder alter column kind type varchar(40);
alter table reminder add column plan_id uuid;
alter table reminder add column unit_code varchar(64);
-- what the unit is told besides the facts: a reason for a return, a refusal's note
alter table reminder add column detail varchar(2000);
alter table reminder add constraint reminder_of_assignment_or_unit
    check (assignment_id is not null or (plan_id is not null and unit_code is not null));
-- as reminder_once does for assignments: a recomputed or redelivered schedule holds a unit's reminder once
create unique index reminder_unit_once on reminder (plan_id, unit_code, kind, due_at)
    where assignment_id is null and status <> 'CANCELLED';
create index reminder_unit_pending on reminder (plan_id, unit_code) where assignment_id is null and status = 'PENDING';

-- reporting reminders of a plan's policy; null: the configured default
alter table reminder_policy add column report_working_days_before integer;
alter table reminder_policy add column report_on_the_day boolean;

-- what the task events say of an assignment's state and missing report: who has to report, and on what
alter table tracked_assignment add column state varchar(30);
alter table tracked_assignment add column report_missing boolean not null default false;
create index tracked_assignment_plan_unit on tracked_assignment (plan_id, unit_code) where open;

-- A plan's reporting cycle as task-service published it (supervision.plan.reporting-cycle.changed.v1).
create table reporting_cycle (
    plan_id     uuid primary key,
    frequency   varchar(20) not null, -- WEEKLY, MONTHLY, QUARTERLY
    due_day     integer     not null,
    version     bigint      not null,
    updated_at  timestamptz not null
);

-- How a unit wants its mail: digest = one mail a day listing the day's items instead of one per item.
create table unit_mail_preference (
    unit_code  varchar(64) primary key,
    digest     boolean     not null
);

-- One digest per unit and day: the unique key is what keeps a restart or a second replica from mailing it twice.
create table mail_digest (
    id          uuid primary key,
    unit_code   varchar(64) not null,
    day         date        not null,
    items       integer     not null,
    created_at  timestamptz not null,
    unique (unit_code, day)
);

-- An officer mail held for the unit's next digest (digest_id null until it is in one).
create table digest_item (
    id           uuid primary key,
    unit_code    varchar(64)   not null,
    reminder_id  uuid          not null references reminder (id),
    subject      varchar(1000) not null,
    body         text          not null,
    created_at   timestamptz   not null,
    digest_id    uuid references mail_digest (id),
    unique (reminder_id, unit_code)
);
create index digest_item_waiting on digest_item (unit_code, created_at) where digest_id is null;

alter table delivery add column digest_id uuid references mail_digest (id);
create index delivery_digest on delivery (digest_id) where digest_id is not null;
