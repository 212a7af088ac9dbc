-- reminder_once is partial (status <> 'CANCELLED'), so neither the reminders of an assignment in all
-- states (GET /api/v1/reminders?assignmentId=) nor the foreign key check from tracked_assignment could
-- use it: each was a scan of every reminder. Deleting the benchmark's 100,000 assignments took hours.
create index reminder_assignment on reminder (assignment_id);
