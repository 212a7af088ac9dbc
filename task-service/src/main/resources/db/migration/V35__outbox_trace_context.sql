-- The W3C trace context of the change that wrote an outbox event (issue 18; the same columns as plan-service V16): the relay sends the event later,
-- on another thread, and puts these into the Kafka record's headers, so the consumers continue the request's
-- trace. Null for events written outside any trace (and for those written before this version).
alter table outbox_event add column trace_parent text;
alter table outbox_event add column trace_state text;
