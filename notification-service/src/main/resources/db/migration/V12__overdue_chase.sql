-- Overdue work is chased until it is completed or cancelled (OverdueChase, issue 20): the chase looks for open
-- assignments past their deadline, and for each the last overdue reminder and whether one is pending.
create index tracked_assignment_overdue on tracked_assignment (deadline) where open;
create index reminder_overdue_of_assignment on reminder (assignment_id, due_at) where kind = 'OVERDUE';
