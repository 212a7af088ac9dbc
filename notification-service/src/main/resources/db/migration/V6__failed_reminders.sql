-- A reminder the dispatcher cannot send (its data cannot be worded or written) used to fail its whole
-- batch, again on every run: one over-long title held back every unit's reminders. Now the batch is
-- retried in pieces, the others are sent, and that one reminder is FAILED with the reason and the time.
-- The reason is the exception's class and the database's own message, shortened by the service (never
-- the statement or its values); text, so that recording a failure can never itself fail on a length.
alter table reminder add column failure_reason text;
alter table reminder add column failed_at timestamptz;

-- The statuses the code writes (Reminder.Status); until now only a comment in V2 listed them.
alter table reminder add constraint reminder_status
    check (status in ('PENDING', 'SENT', 'CANCELLED', 'FAILED'));
-- A FAILED reminder always says why and since when. The reason and time stay after a supervisor's
-- resend (back to PENDING, then SENT), as the history of the last failure.
alter table reminder add constraint reminder_failure_recorded
    check (status <> 'FAILED' or (failure_reason is not null and failed_at is not null));

-- FAILED reminders are neither in reminder_due (PENDING only: never claimed again) nor cancelled, so
-- reminder_once and reminder_unit_once keep counting them: a recomputed schedule does not add a second
-- reminder for the same slot beside a failed one.
