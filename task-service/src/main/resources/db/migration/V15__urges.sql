-- 催办 by hand (issue 20): how often and when the supervision office last chased the unit about an assignment,
-- and each urge with its message. The audit trail records each as action URGE as well.
alter table assignment add column urge_count integer not null default 0 check (urge_count >= 0);
alter table assignment add column last_urged_at timestamptz;

create table assignment_urge (
    id             uuid         primary key,
    assignment_id  uuid         not null references assignment (id),
    -- the assignment's urge count after this one: 1 for the first
    ordinal        integer      not null check (ordinal >= 1),
    message        text,
    urged_by       varchar(200) not null,
    urged_at       timestamptz  not null,
    unique (assignment_id, ordinal)
);
