-- task-service's copy of plan-service's unit directory, kept from the unit events: a dispute can be
-- reassigned to any active unit, also one that no published plan has named yet, and never to a
-- retired one. (V5 is the reporting-cycle change of the reminders work.)
create table unit (
    id          uuid primary key,
    code        varchar(64)  not null unique,
    name        varchar(200) not null,
    status      varchar(20)  not null check (status in ('ACTIVE', 'RETIRED')),
    version     bigint       not null, -- plan-service's version: an older event never overwrites a newer one
    updated_at  timestamptz  not null
);
