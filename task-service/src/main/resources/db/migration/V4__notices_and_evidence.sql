-- 督办单: a supervisor's notice to one unit about some of its assignments, answered once by the unit.
create table notice (
    id            uuid          primary key,
    unit_code     varchar(64)   not null,
    unit_name     varchar(200)  not null,
    title         varchar(200)  not null,
    body          text          not null,
    respond_by    date          not null,
    state         varchar(20)   not null check (state in ('OPEN', 'RESPONDED', 'CLOSED')),
    issued_by     varchar(200)  not null,
    issued_at     timestamptz   not null,
    response      text,
    responded_by  varchar(200),
    responded_at  timestamptz,
    closed_by     varchar(200),
    closed_at     timestamptz,
    close_note    text,
    version       bigint        not null default 0
);
-- a unit's notices, the overdue sweep of open ones (state, respond_by), newest first
create index notice_unit on notice (unit_code, issued_at desc);
create index notice_state_respond_by on notice (state, respond_by);

-- The assignments a notice concerns, in the order the supervisor named them.
create table notice_assignment (
    notice_id      uuid     not null references notice (id),
    position       integer  not null,
    assignment_id  uuid     not null references assignment (id),
    primary key (notice_id, position),
    unique (notice_id, assignment_id)
);
-- the plan filter goes from a plan's assignments to their notices
create index notice_assignment_assignment on notice_assignment (assignment_id);

-- Evidence a unit attaches to its assignment. The bytes live in evidence_content so that a list
-- reads metadata only; sha256 makes a repeated upload of the same content find the first one.
create table evidence_file (
    id             uuid          primary key,
    assignment_id  uuid          not null references assignment (id),
    file_name      varchar(255)  not null,
    media_type     varchar(200)  not null,
    size_bytes     bigint        not null check (size_bytes > 0),
    sha256         varchar(64)   not null,
    note           text,
    uploaded_by    varchar(200)  not null,
    uploaded_at    timestamptz   not null,
    unique (assignment_id, sha256)
);
create index evidence_file_assignment on evidence_file (assignment_id, uploaded_at);

create table evidence_content (
    file_id  uuid   primary key references evidence_file (id),
    content  bytea  not null
);
