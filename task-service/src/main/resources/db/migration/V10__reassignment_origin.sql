-- A unit that took work over after a dispute (reassignment) stands in for the unit the plan names:
-- later changes of the measure follow the plan's unit. Without this, the next measure change cancelled
-- the reassigned work as "unit withdrawn" (the plan never names the new unit), and nobody had it.
alter table assignment add column reassigned_from_unit_id uuid;

-- Work reassigned before this column: its audit trail says from which unit ("reassigned from QZ-FGW: …").
update assignment s
   set reassigned_from_unit_id = coalesce(p.reassigned_from_unit_id, p.unit_id)
  from assignment_audit au, assignment p
 where au.assignment_id = s.id
   and au.action = 'ISSUE'
   and au.reason like 'reassigned from %'
   and p.measure_id = s.measure_id
   and p.id <> s.id
   and p.state = 'CANCELLED'
   and p.unit_code = split_part(substring(au.reason from 17), ':', 1);
