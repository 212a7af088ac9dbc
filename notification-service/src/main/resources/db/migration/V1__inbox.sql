-- What a unit's officers see in the mobile client: one item per thing to know or do.
create table inbox_item (
    id               uuid primary key,
    unit_code        varchar(64)   not null,
    kind             varchar(40)   not null,
    title            varchar(500)  not null,
    body             text          not null,
    assignment_id    uuid,
    plan_id          uuid,
    source_event_id  varchar(200)  not null,
    created_at       timestamptz   not null,
    read_at          timestamptz,
    -- one item per event and unit, whatever happens to the consumer's own bookkeeping
    unique (source_event_id, unit_code)
);
create index inbox_item_unit_created on inbox_item (unit_code, created_at desc, id);
create index inbox_item_unit_unread on inbox_item (unit_code) where read_at is null;

create table processed_event (
    id            varchar(200) primary key,
    type          varchar(200) not null,
    processed_at  timestamptz  not null default now()
);
