-- A stopped webhook's deliveries are CANCELLED with the reason ("webhook stopped") instead of waiting
-- for a next try that would only fail; the statuses become a check, and the reason goes with CANCELLED.
alter table delivery add column cancel_reason varchar(200);
alter table delivery add constraint delivery_status_known
    check (status in ('PENDING', 'SENT', 'FAILED', 'DEAD', 'CANCELLED'));
alter table delivery add constraint delivery_cancel_reason
    check ((status = 'CANCELLED') = (cancel_reason is not null));
-- the stop's cancellation: what is still owed to one webhook
create index delivery_owed_to_subscription on delivery (subscription_id) where status in ('PENDING', 'FAILED');
