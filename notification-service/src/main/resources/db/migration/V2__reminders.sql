-- Automated reminders: what is known of each assignment, its persistent schedule, and every
-- delivery attempt. The schedule lives here (not in memory) so that a restart or a second replica
-- neither loses a reminder nor sends one twice.

-- A plan's reminder policy; a plan without a row uses the defaults from configuration.
create table reminder_policy (
    plan_id                     uuid primary key,
    before_working_days         varchar(100) not null, -- e.g. "7,3,1"
    on_the_day                  boolean      not null,
    overdue_every_working_days  integer      not null,
    overdue_max_reminders       integer      not null,
    escalate_after_working_days integer      not null,
    updated_at                  timestamptz  not null,
    updated_by                  varchar(200) not null
);

-- What the task events told us about an assignment: enough to word a reminder without asking task-service.
create table tracked_assignment (
    assignment_id  uuid primary key,
    plan_id        uuid         not null,
    plan_title     varchar(500),
    measure_id     uuid,
    measure_number varchar(40),
    measure_title  varchar(1000),
    unit_code      varchar(64)  not null,
    unit_name      varchar(300),
    role           varchar(20),
    deadline       date,
    open           boolean      not null,
    updated_at     timestamptz  not null
);
create index tracked_assignment_plan on tracked_assignment (plan_id) where open;

create table reminder (
    id               uuid primary key,
    assignment_id    uuid         not null references tracked_assignment (assignment_id),
    kind             varchar(20)  not null, -- BEFORE_DEADLINE, DUE_TODAY, OVERDUE, ESCALATION
    due_at           timestamptz  not null,
    deadline         date         not null, -- the deadline it was computed from
    status           varchar(20)  not null, -- PENDING, SENT, CANCELLED
    source_event_id  varchar(200) not null,
    created_at       timestamptz  not null,
    sent_at          timestamptz
);
-- a redelivered or recomputed schedule never holds the same reminder twice (cancelled ones are history)
create unique index reminder_once on reminder (assignment_id, kind, due_at) where status <> 'CANCELLED';
-- the dispatcher's claim: due pending reminders, oldest first
create index reminder_due on reminder (due_at) where status = 'PENDING';

-- E-mail addresses of a unit: officers get every reminder, leaders get escalations.
create table unit_contact (
    unit_code   varchar(64)  not null,
    email       varchar(320) not null,
    audience    varchar(20)  not null, -- OFFICER, LEADER
    primary key (unit_code, email, audience)
);

-- Other systems (SMS gateways, a province's platform) that want each reminder as a signed JSON POST.
-- The secret is kept because every delivery is signed with it; it is never returned after creation.
create table webhook_subscription (
    id          uuid primary key,
    name        varchar(200)  not null,
    url         varchar(2000) not null,
    secret      varchar(200)  not null,
    active      boolean       not null,
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null
);

-- One row per message to one recipient on one channel; its attempts, last error and next try.
create table delivery (
    id               uuid primary key,
    reminder_id      uuid references reminder (id),
    channel          varchar(20)   not null, -- INBOX, EMAIL, WEBHOOK
    recipient        varchar(2000) not null,
    subscription_id  uuid references webhook_subscription (id),
    subject          varchar(1000) not null,
    body             text          not null,
    status           varchar(20)   not null, -- PENDING, SENT, FAILED, DEAD
    attempts         integer       not null,
    last_error       varchar(2000),
    next_try_at      timestamptz,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);
create index delivery_due on delivery (next_try_at) where status in ('PENDING', 'FAILED');
create index delivery_status on delivery (status, updated_at desc);
create index delivery_reminder on delivery (reminder_id);
