-- processed_event is kept for a bounded window (supervision.inbox.keep-processed-events, ProcessedEventPurge);
-- the purge finds the oldest rows by processed_at.
create index processed_event_processed_at on processed_event (processed_at);
