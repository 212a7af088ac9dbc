-- notification-service's copy of plan-service's unit directory, kept from the unit events
-- (supervision.unit.v1): contacts are kept only for units the suite knows, and a retired unit's
-- contacts can be read and removed but not added to.
create table unit (
    id          uuid primary key,
    code        varchar(64)  not null unique,
    name        varchar(200) not null,
    status      varchar(20)  not null check (status in ('ACTIVE', 'RETIRED')),
    version     bigint       not null, -- plan-service's version: an older event never overwrites a newer one
    updated_at  timestamptz  not null
);
