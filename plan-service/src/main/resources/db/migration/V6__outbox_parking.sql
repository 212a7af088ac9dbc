-- An event Kafka refuses for good (larger than it takes, a topic it rejects) is parked instead of holding
-- back every event behind it: the relay goes on with the other aggregates and retries the parked event with
-- backoff and at every start (events/ParkedEvents). Later events of its aggregate wait behind it, so each
-- aggregate's events stay in order.
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column park_reason varchar(500);
alter table outbox_event add column attempts integer not null default 0;
alter table outbox_event add column next_attempt_at timestamptz;
create index outbox_event_parked on outbox_event (aggregate_id, seq) where parked_at is not null;
