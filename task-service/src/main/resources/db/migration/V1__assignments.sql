-- One assignment per responsible unit of a published measure (task-service's copy of the plan data it needs).
create table assignment (
    id              uuid primary key,
    plan_id         uuid          not null,
    plan_title      varchar(500)  not null,
    measure_id      uuid          not null,
    measure_number  varchar(40)   not null,
    measure_title   text          not null,
    unit_id         uuid          not null,
    unit_code       varchar(64)   not null,
    unit_name       varchar(200)  not null,
    role            varchar(20)   not null check (role in ('LEAD', 'COOPERATING')),
    deadline        date,
    state           varchar(30)   not null,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    unique (measure_id, unit_id)
);
-- a unit officer's list: their unit's assignments, nearest deadline first
create index assignment_unit_deadline on assignment (unit_code, deadline, id);
create index assignment_plan on assignment (plan_id);

-- Events this service has processed (the consumer side of exactly-once): written with the change.
create table processed_event (
    id            varchar(200) primary key,
    type          varchar(200) not null,
    processed_at  timestamptz  not null default now()
);

create table outbox_event (
    seq           bigserial primary key,
    id            uuid         not null unique,
    topic         varchar(200) not null,
    aggregate_id  varchar(100) not null,
    type          varchar(200) not null,
    payload       text         not null,
    created_at    timestamptz  not null default now()
);
