-- The units seeded by migrations never had a unit event: other services (task-service keeps its own
-- copy of the directory) would know them only when a plan named them. Publish each existing unit
-- once, as the unit directory would have on creation (same envelope and data as UnitChanged).
insert into outbox_event (id, topic, aggregate_id, type, payload, created_at)
select u.event_id, 'supervision.unit.v1', u.id::text, 'supervision.unit.created.v1',
       json_build_object('specversion', '1.0', 'id', u.event_id, 'source', '/supervision/plan-service',
           'type', 'supervision.unit.created.v1', 'subject', u.id::text, 'time', now(),
           'datacontenttype', 'application/json',
           'data', json_build_object('unitId', u.id, 'code', u.code, 'name', u.name, 'shortName', u.short_name,
               'kind', u.kind, 'parentId', u.parent_id, 'status', u.status,
               'aliases', coalesce((select json_agg(a.alias order by a.alias) from unit_alias a where a.unit_id = u.id), '[]'::json),
               'version', u.version))::text,
       now()
from (select unit.*, gen_random_uuid() as event_id from unit) u; -- one new id per unit
