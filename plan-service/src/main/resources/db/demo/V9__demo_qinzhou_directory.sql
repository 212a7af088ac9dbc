-- Demo data, not production: the unit directory of the Qinzhou demo (钦政办〔2024〕2号) with its regions.
-- Quarkus fixes the migration locations when the service is built (prod), so this location is in every
-- build; the placeholder demo_data says at run time whether it loads anything. Only the profiles local
-- (deploy/local's launcher), dev and test set it true (application.properties); elsewhere this migration
-- is recorded as run and does nothing. Until issue 19 these units were the production migration V2; a
-- database that ran it keeps its rows (on conflict do nothing) and gets their region here.
-- Codes are stable identifiers; the `unit` claim of a unit officer's token holds one.
do $$
begin
if '${demo_data}' <> 'true' then
    return;
end if;

create temp table demo_units_before on commit drop as select id from unit;

insert into region (code, name, level, parent_code, abbreviation) values
  ('450000', '广西壮族自治区', 'PROVINCE', null, '桂'),
  ('450700', '钦州市', 'CITY', '450000', '钦'),
  ('450702', '钦南区', 'COUNTY', '450700', null),
  ('450703', '钦北区', 'COUNTY', '450700', null),
  ('450721', '灵山县', 'COUNTY', '450700', '灵'),
  ('450722', '浦北县', 'COUNTY', '450700', '浦')
on conflict (code) do nothing;
insert into region_prefix (region_code, prefix) values
  ('450000', '广西壮族自治区'), ('450000', '广西'), ('450000', '自治区'),
  ('450700', '钦州市'), ('450700', '钦州'), ('450700', '市'),
  ('450702', '钦南区'), ('450702', '区'),
  ('450703', '钦北区'), ('450703', '区'),
  ('450721', '灵山县'), ('450721', '灵山'), ('450721', '县'),
  ('450722', '浦北县'), ('450722', '浦北'), ('450722', '县')
on conflict do nothing;

insert into unit (id, code, name, kind, region_code) values
  ('17bf253a-bc24-5d50-967a-2343ac3b9e98', 'QZ-FGW', '市发展改革委', 'department', '450700'),
  ('0732f101-9939-53ae-a303-394dc1ef41fa', 'QZ-SCJG', '市市场监管局', 'department', '450700'),
  ('361556ed-17e4-5da6-8e66-86e3ea57d070', 'QZ-SPJ', '市行政审批局', 'department', '450700'),
  ('2355c2cc-02b1-57f4-971e-7fc9cab19a65', 'QZ-ZJJ', '市住房城乡建设局', 'department', '450700'),
  ('242d100f-f6ae-585d-b661-dcd904937d4d', 'QZ-GXJ', '市工业和信息化局', 'department', '450700'),
  ('6fd4533e-8121-5529-bc77-b96ac7b13064', 'QZ-ZRZY', '市自然资源局', 'department', '450700'),
  ('d389ab7f-5f1a-5322-a297-d5af19fa73d4', 'QZ-CZJ', '市财政局', 'department', '450700'),
  ('067e2e53-6f3f-545a-9738-7d5ebfc20fec', 'QZ-SWJ', '市商务局', 'department', '450700'),
  ('d9de591d-c367-505a-8fdc-c6ecf369dbdb', 'QZ-GAJ', '市公安局', 'department', '450700'),
  ('4a0c8e7e-2e31-5187-9b64-6719df56d6da', 'QZ-SFJ', '市司法局', 'department', '450700'),
  ('7a44bf4d-4727-5a46-be01-4a81f4dcdb25', 'QZ-JRJG', '钦州金融监管局', 'central-vertical', '450700'),
  ('ebbf2ea7-c71c-58e3-838c-3abcb2d4a079', 'QZ-RMYH', '人民银行钦州市分行', 'central-vertical', '450700'),
  ('f2ac6535-26d4-5746-8e18-35f50690ef78', 'QZ-ZJFY', '市中级法院', 'court', '450700'),
  ('659ff062-0fb8-519f-9b32-2d5ca42e57a3', 'QZ-JTJ', '市交通运输局', 'department', '450700'),
  ('aea0e39a-c62d-53b2-955b-50c3b5faeaac', 'QZ-SW', '市税务局', 'central-vertical', '450700'),
  ('ddb730d8-884b-5fa7-8be8-f25b9aed00ca', 'QZ-TCJ', '市投资促进局', 'department', '450700'),
  ('e37bca2a-72dc-5d25-8caf-8eb1d1dc9d43', 'QZ-STHJ', '市生态环境局', 'department', '450700'),
  ('aaaa25a2-9755-544a-9356-153a4abcb505', 'QZ-HG', '钦州海关', 'central-vertical', '450700'),
  ('a1116796-a445-5daa-a851-3644b8a33697', 'QZ-NYNC', '市农业农村局', 'department', '450700'),
  ('78450517-1a0b-58a3-b43a-ac61306fe4c2', 'QZ-ZFW', '市委政法委', 'party-organ', '450700'),
  ('c1f99fb7-8714-53c9-9d9b-ed899dccc43a', 'QZ-RSJ', '市人力资源社会保障局', 'department', '450700'),
  ('b295d444-7e58-55ff-88c3-3512e8913c51', 'QZ-SLJ', '市水利局', 'department', '450700'),
  ('90fb7271-954c-5a9d-b4fa-003b3a0563e4', 'QZ-GHG', '钦州港海关', 'central-vertical', '450700'),
  ('0f77e727-fc7b-5ccb-8a5d-1d523645b598', 'QZ-JCY', '市检察院', 'procuratorate', '450700'),
  ('abf26813-2d17-5389-815a-11ce3757e18f', 'QZ-12345', '市12345热线管理中心', 'public-institution', '450700'),
  ('379ada20-2139-587f-93ec-78e7fbb8285d', 'QZ-CGZF', '市城管执法局', 'department', '450700'),
  ('1c1cb3b5-eb95-5445-b710-04200bcee6ee', 'QZ-GDJ', '钦州供电局', 'enterprise', '450700'),
  ('bdb002b2-fe8e-5aa0-91a1-ee8bde1185cb', 'QZ-GSL', '市工商联', 'people-organisation', '450700'),
  ('55aa1dc0-02f0-5310-866d-567e9a0650e2', 'QZ-KJJ', '市科技局', 'department', '450700'),
  ('cfb6312f-0e65-5be6-b3e5-661672bbe06f', 'QZ-WSB', '市外事办', 'department', '450700'),
  ('bf3e14ee-73f1-512f-85ce-2f79a49df745', 'QZ-WXB', '市委网信办', 'party-organ', '450700'),
  ('b8fae49c-8e67-5c6d-a658-6aad2e8a2dea', 'QZ-MZJ', '市民政局', 'department', '450700'),
  ('613d4faf-8c50-5384-9cd0-8f21384d5a3c', 'QZ-GZW', '市国资委', 'department', '450700'),
  ('bb755f24-7275-55b7-9f8c-d5c3c052efd6', 'QZ-YBJ', '市医保局', 'department', '450700'),
  ('c0b7a72d-2182-52a9-9e3c-229778988998', 'QZ-ZGH', '市总工会', 'people-organisation', '450700'),
  ('a7f27a5b-eaa8-58f8-b6aa-603231addccd', 'QZ-CL', '市残联', 'people-organisation', '450700'),
  ('c8dd9076-4c3f-5203-8c61-1c28c44ab050', 'QZ-FL', '市妇联', 'people-organisation', '450700'),
  ('7771c196-18c3-5c3d-992c-350f9a70397f', 'QZ-JYJ', '市教育局', 'department', '450700'),
  ('059051e6-13ed-52c4-834e-20815f2fb23e', 'QZ-TYJR', '市退役军人事务局', 'department', '450700'),
  ('52b9b2b8-052a-55a7-9140-5ac521984d62', 'QZ-HSJ', '钦州海事局', 'central-vertical', '450700'),
  ('679fa2bf-559f-5828-a2d3-9dad2e105c4a', 'QZ-BJZ', '钦州出入境边防检查站', 'central-vertical', '450700'),
  ('edf131e5-938e-5c87-b9b0-8a8f84b8a137', 'QZ-BSGBJZ', '钦州保税港区出入境边防检查站', 'central-vertical', '450700'),
  ('10b78e95-b2dc-55cd-8a3f-9f7aa1e538a1', 'QZ-GKJ', '北部湾港口管理局钦州分局', 'department', '450700'),
  ('e3ba870c-0974-5a12-a4fa-4df55217785c', 'QZ-WGTL', '市文化广电体育旅游局', 'department', '450700'),
  ('594cb688-3ede-5085-9791-8ed32223e8e4', 'QZ-WJW', '市卫生健康委', 'department', '450700'),
  ('be2f0f81-0853-5a1f-a92b-7f22cdd99b93', 'QZ-BB', '市委编办（市绩效办）', 'party-organ', '450700'),
  ('932e6398-f4b4-50e0-9c0e-927ade83aa99', 'QZ-JWJW', '市纪委监委机关', 'party-organ', '450700'),
  ('adc53c1d-dd70-5e9b-83b4-7de198ba2e78', 'QZ-SJJ', '市审计局', 'department', '450700'),
  ('9c00b2ce-a0d1-59eb-a89b-04ce6205d26f', 'QZ-QNQ', '钦南区人民政府', 'county-government', '450700'),
  ('26a1c68b-f296-5b50-90d8-81eb55ae3fdb', 'QZ-QBQ', '钦北区人民政府', 'county-government', '450700'),
  ('21e3211c-8021-5d22-9a59-a03215b67cc4', 'QZ-LSX', '灵山县人民政府', 'county-government', '450700'),
  ('228d4164-8007-5cf8-a68f-9b64f8cdda4a', 'QZ-PBX', '浦北县人民政府', 'county-government', '450700')
on conflict (id) do nothing;
insert into unit_alias (unit_id, alias) values
  ((select id from unit where code = 'QZ-FGW'), '市发改委'),
  ((select id from unit where code = 'QZ-FGW'), '市发展和改革委员会'),
  ((select id from unit where code = 'QZ-FGW'), '钦州市发展和改革委员会'),
  ((select id from unit where code = 'QZ-FGW'), '市发展改革委（市大数据发展局）'),
  ((select id from unit where code = 'QZ-FGW'), '市大数据发展局'),
  ((select id from unit where code = 'QZ-SCJG'), '市市场监督管理局'),
  ((select id from unit where code = 'QZ-SCJG'), '钦州市市场监督管理局'),
  ((select id from unit where code = 'QZ-SPJ'), '市审批局'),
  ((select id from unit where code = 'QZ-SPJ'), '钦州市行政审批局'),
  ((select id from unit where code = 'QZ-ZJJ'), '市住建局'),
  ((select id from unit where code = 'QZ-ZJJ'), '市住房和城乡建设局'),
  ((select id from unit where code = 'QZ-GXJ'), '市工信局'),
  ((select id from unit where code = 'QZ-ZRZY'), '钦州市自然资源局'),
  ((select id from unit where code = 'QZ-JRJG'), '国家金融监督管理总局钦州监管分局'),
  ((select id from unit where code = 'QZ-RMYH'), '中国人民银行钦州市分行'),
  ((select id from unit where code = 'QZ-ZJFY'), '市中级人民法院'),
  ((select id from unit where code = 'QZ-ZJFY'), '钦州市中级人民法院'),
  ((select id from unit where code = 'QZ-SW'), '钦州市税务局'),
  ((select id from unit where code = 'QZ-SW'), '国家税务总局钦州市税务局'),
  ((select id from unit where code = 'QZ-RSJ'), '市人社局'),
  ((select id from unit where code = 'QZ-RSJ'), '市人力资源和社会保障局'),
  ((select id from unit where code = 'QZ-JCY'), '市人民检察院'),
  ((select id from unit where code = 'QZ-WJW'), '市卫健委'),
  ((select id from unit where code = 'QZ-BB'), '市委编办'),
  ((select id from unit where code = 'QZ-BB'), '市绩效办'),
  ((select id from unit where code = 'QZ-JWJW'), '市纪委监委'),
  ((select id from unit where code = 'QZ-QNQ'), '钦南区'),
  ((select id from unit where code = 'QZ-QBQ'), '钦北区'),
  ((select id from unit where code = 'QZ-LSX'), '灵山县'),
  ((select id from unit where code = 'QZ-PBX'), '浦北县')
on conflict do nothing;
-- units a database had from the former V2, without a region: Qinzhou's
update unit set region_code = '450700', version = version + 1, updated_at = now()
where code like 'QZ-%' and region_code is null;

-- Qinzhou's counties as a group, so that 各县区人民政府 reaches each of them.
insert into unit_group (id, code, name, region_code) values
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', 'QZ-G-XQ', '各县区人民政府', '450700')
on conflict (id) do nothing;
update unit_group set region_code = '450700', version = version + 1 where code = 'QZ-G-XQ' and region_code is null;
insert into unit_group_alias (group_id, alias) values
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', '各县（区）人民政府'),
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', '各县区政府'),
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', '各县区'),
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', '各县（区）'),
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', '县区人民政府')
on conflict do nothing;
insert into unit_group_member (group_id, unit_id)
  select '5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', id from unit where code in ('QZ-QNQ', 'QZ-QBQ', 'QZ-LSX', 'QZ-PBX')
on conflict do nothing;

-- Other services keep a copy of the directory: each demo unit is announced as the directory would,
-- created when this migration added it, changed when it only got its region.
insert into outbox_event (id, topic, aggregate_id, type, payload, created_at)
select u.event_id, 'supervision.unit.v1', u.id::text, u.type,
       json_build_object('specversion', '1.0', 'id', u.event_id, 'source', '/supervision/plan-service',
           'type', u.type, 'subject', u.id::text, 'time', now(),
           'datacontenttype', 'application/json',
           'data', json_build_object('unitId', u.id, 'code', u.code, 'name', u.name, 'shortName', u.short_name,
               'kind', u.kind, 'parentId', u.parent_id, 'status', u.status,
               'aliases', coalesce((select json_agg(a.alias order by a.alias) from unit_alias a where a.unit_id = u.id), '[]'::json),
               'version', u.version, 'regionCode', u.region_code))::text,
       now()
from (select unit.*, gen_random_uuid() as event_id,
             case when unit.id in (select id from demo_units_before) then 'supervision.unit.changed.v1'
                  else 'supervision.unit.created.v1' end as type
      from unit where code like 'QZ-%') u;
end
$$;
