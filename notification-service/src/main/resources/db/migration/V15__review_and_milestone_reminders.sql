-- Issue 20 items 3 and 5: the office's re-inspection reminder (REVIEW_DUE, one per assignment and day, like the
-- deadline schedule) and reminders before each milestone of an assignment (several milestones of one assignment
-- may fall on one day, so theirs are once per milestone, kind and time).
alter table reminder add column milestone_id uuid;
drop index reminder_once;
create unique index reminder_once on reminder (assignment_id, kind, due_at) where status <> 'CANCELLED' and milestone_id is null;
create unique index reminder_milestone_once on reminder (milestone_id, kind, due_at)
    where milestone_id is not null and status <> 'CANCELLED';
-- a done milestone's pending reminders are cancelled by milestone
create index reminder_milestone_pending on reminder (milestone_id) where milestone_id is not null and status = 'PENDING';
