-- The lifecycle of an assignment: who signed for it, reports, extension requests, the audit trail.

alter table assignment add column parent_measure_id uuid;
alter table assignment add column section varchar(300);
alter table assignment add column path jsonb not null default '[]';
alter table assignment add column deadline_text varchar(200);
alter table assignment add column targets jsonb not null default '[]';
alter table assignment add column group_id uuid;
alter table assignment add column person_in_charge varchar(100);
alter table assignment add column phone varchar(40);
alter table assignment add column progress_percent integer not null default 0 check (progress_percent between 0 and 100);
alter table assignment add column completed_at timestamptz;
alter table assignment add column pending_reason text;
-- state values are checked by the application's state machine; the column only refuses the unknown
alter table assignment add constraint assignment_state_known check (state in
    ('ISSUED', 'ACCEPTED', 'DISPUTED', 'IN_PROGRESS', 'COMPLETION_REQUESTED', 'COMPLETED', 'CANCELLED'));
create index assignment_measure on assignment (measure_id);
create index assignment_state_deadline on assignment (state, deadline);
create index assignment_updated on assignment (updated_at, id);

-- Append-only: every change of an assignment, with who, when, what, and the state before and after.
create table assignment_audit (
    seq            bigserial    primary key,
    assignment_id  uuid         not null references assignment (id),
    at             timestamptz  not null,
    actor          varchar(200) not null,
    action         varchar(40)  not null,
    from_state     varchar(30),
    to_state       varchar(30),
    before         jsonb,
    after          jsonb,
    reason         text
);
create index assignment_audit_assignment on assignment_audit (assignment_id, seq);
-- the trail is evidence: the application role may add to it, never change or remove it
create function assignment_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'assignment_audit is append-only';
end $$;
create trigger assignment_audit_no_update before update or delete on assignment_audit
    for each row execute function assignment_audit_append_only();

-- 进展报送: a unit's report on its assignment.
create table progress_report (
    id             uuid         primary key,
    assignment_id  uuid         not null references assignment (id),
    percent        integer      not null check (percent between 0 and 100),
    narrative      text         not null,
    figures        jsonb        not null default '[]',
    consolidated   boolean      not null default false,
    reported_by    varchar(200) not null,
    reported_at    timestamptz  not null
);
create index progress_report_assignment on progress_report (assignment_id, reported_at);

-- 延期申请: a unit asks for a later deadline; a supervisor decides.
create table extension_request (
    id                  uuid         primary key,
    assignment_id       uuid         not null references assignment (id),
    requested_deadline  date         not null,
    reason              text         not null,
    state               varchar(20)  not null check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    requested_by        varchar(200) not null,
    requested_at        timestamptz  not null,
    decided_by          varchar(200),
    decided_at          timestamptz,
    decision_note       text
);
create index extension_request_assignment on extension_request (assignment_id);
-- at most one request waits for a decision per assignment
create unique index extension_request_one_pending on extension_request (assignment_id) where state = 'PENDING';
