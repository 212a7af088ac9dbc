-- plan-service accepts measure titles of up to 10,000 characters (a measure's whole text, as plans
-- write them); a title longer than 1,000 made the assignment untrackable here, and its event went to
-- the dead-letter topic: the unit got no reminders at all.
alter table tracked_assignment alter column measure_title type text;
alter table tracked_assignment alter column plan_title type text;
