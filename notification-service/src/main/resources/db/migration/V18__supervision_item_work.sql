-- Work of a supervision item (督办事项, task-service's items: a leader's instruction, a 12345 complaint, an
-- inspection or audit finding) rather than of a plan: assignment.issued tells itemId and itemSource, and texts
-- about such work name the item, not a plan. The item is its own plan (plan_id = the item's id).
alter table tracked_assignment add column item_id uuid;
alter table tracked_assignment add column item_source varchar(32);
