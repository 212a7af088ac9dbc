-- Demo data (profile local and dev, and the service's tests): the regions of the Qinzhou demo. Guangxi
-- with Qinzhou and its districts and counties; the demo units of V2 and their group are Qinzhou's.
insert into region (code, name, level, parent_code, abbreviation) values
  ('450000', '广西壮族自治区', 'PROVINCE', null, '桂'),
  ('450700', '钦州市', 'CITY', '450000', '钦'),
  ('450702', '钦南区', 'COUNTY', '450700', null),
  ('450703', '钦北区', 'COUNTY', '450700', null),
  ('450721', '灵山县', 'COUNTY', '450700', '灵'),
  ('450722', '浦北县', 'COUNTY', '450700', '浦');
insert into region_prefix (region_code, prefix) values
  ('450000', '广西壮族自治区'), ('450000', '广西'), ('450000', '自治区'),
  ('450700', '钦州市'), ('450700', '钦州'), ('450700', '市'),
  ('450702', '钦南区'), ('450702', '区'),
  ('450703', '钦北区'), ('450703', '区'),
  ('450721', '灵山县'), ('450721', '灵山'), ('450721', '县'),
  ('450722', '浦北县'), ('450722', '浦北'), ('450722', '县');

update unit set region_code = '450700', version = version + 1, updated_at = now() where code like 'QZ-%';
update unit_group set region_code = '450700', version = version + 1 where code = 'QZ-G-XQ';

-- Other services keep a copy of the directory: tell them the region, as the directory would on a change.
insert into outbox_event (id, topic, aggregate_id, type, payload, created_at)
select u.event_id, 'supervision.unit.v1', u.id::text, 'supervision.unit.changed.v1',
       json_build_object('specversion', '1.0', 'id', u.event_id, 'source', '/supervision/plan-service',
           'type', 'supervision.unit.changed.v1', 'subject', u.id::text, 'time', now(),
           'datacontenttype', 'application/json',
           'data', json_build_object('unitId', u.id, 'code', u.code, 'name', u.name, 'shortName', u.short_name,
               'kind', u.kind, 'parentId', u.parent_id, 'status', u.status,
               'aliases', coalesce((select json_agg(a.alias order by a.alias) from unit_alias a where a.unit_id = u.id), '[]'::json),
               'version', u.version, 'regionCode', u.region_code))::text,
       now()
from (select unit.*, gen_random_uuid() as event_id from unit where code like 'QZ-%') u;
