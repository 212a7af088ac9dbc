-- The header of each published plan (supervision.plan.published.v2, or the header part of a v1 event): a
-- plan's measures arrive as events of their own, which do not repeat the plan's title; their assignments
-- take it from here.
create table plan (
    id             uuid primary key,
    title          varchar(500) not null,
    doc_number     varchar(100),
    year           integer      not null,
    version        integer      not null, -- plan-service's published version: an older event never overwrites a newer one
    measure_count  integer,               -- as the header announced it; null from a v1 event
    published_at   timestamptz,
    updated_at     timestamptz  not null
);

-- An event Kafka refuses for good (larger than it takes, a topic it rejects) is parked instead of holding
-- back every event behind it: the relay goes on with the other aggregates and retries the parked event with
-- backoff and at every start (events/ParkedEvents). Later events of its aggregate (and the warning
-- transitions of that assignment) wait behind it, so each aggregate's events stay in order.
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column park_reason varchar(500);
alter table outbox_event add column attempts integer not null default 0;
alter table outbox_event add column next_attempt_at timestamptz;
create index outbox_event_parked on outbox_event (aggregate_id, seq) where parked_at is not null;
