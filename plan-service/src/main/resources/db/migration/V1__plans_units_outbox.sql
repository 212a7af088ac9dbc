-- The unit directory: every responsible unit a plan can name.
create table unit (
    id          uuid primary key,
    code        varchar(64)  not null unique,
    name        varchar(200) not null unique,
    kind        varchar(40)  not null,
    created_at  timestamptz  not null default now()
);

-- Other names a plan may use for a unit (short names, former names, the full official name).
create table unit_alias (
    unit_id  uuid         not null references unit (id) on delete cascade,
    alias    varchar(200) not null unique,
    primary key (unit_id, alias)
);

create table plan (
    id          uuid primary key,
    title       varchar(500) not null,
    doc_number  varchar(100),
    issuer      varchar(200),
    year        integer      not null,
    status      varchar(20)  not null,
    version     bigint       not null default 0,
    created_by  varchar(200) not null,
    created_at  timestamptz  not null,
    published_at timestamptz
);
create index plan_created_at on plan (created_at desc);

create table measure (
    id        uuid primary key,
    plan_id   uuid         not null references plan (id) on delete cascade,
    position  integer      not null,
    number    varchar(40)  not null,
    title     text         not null,
    deadline  date,
    unique (plan_id, position)
);

-- A unit named by a measure, with its role and the text the plan used for it.
create table measure_unit (
    measure_id  uuid         not null references measure (id) on delete cascade,
    unit_id     uuid         not null references unit (id),
    role        varchar(20)  not null check (role in ('LEAD', 'COOPERATING')),
    mention     varchar(200) not null,
    primary key (measure_id, unit_id)
);

-- Transactional outbox: events are written with the change that causes them and relayed to Kafka in order.
create table outbox_event (
    seq           bigserial primary key,
    id            uuid         not null unique,
    topic         varchar(200) not null,
    aggregate_id  varchar(100) not null,
    type          varchar(200) not null,
    payload       text         not null,
    created_at    timestamptz  not null default now()
);
