-- The warning sweep's transitions wait here for the relay instead of in outbox_event. A bad morning
-- moves tens of thousands of assignments at once; writing each transition as a finished CloudEvent
-- (a JSON document built per row, a random event id, two indexes) took longer than the sweep itself.
-- These rows are narrow and hold what the event says as of the transition; the relay renders and
-- sends them after the commit, oldest first, and deletes them once Kafka has them.
create table warning_transition (
    seq                     bigserial    primary key,
    assignment_id           uuid         not null,
    from_level              varchar(10)  not null,
    to_level                varchar(10)  not null,
    previous_report_missing boolean      not null,
    report_missing          boolean      not null,
    unit_code               varchar(64)  not null,
    plan_id                 uuid         not null,
    measure_id              uuid         not null,
    measure_number          varchar(40)  not null,
    measure_title           text         not null,
    deadline                date,
    state                   varchar(30)  not null,
    changed_at              timestamptz  not null
);
