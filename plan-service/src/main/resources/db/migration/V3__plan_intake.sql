-- Plan intake: imported drafts, sections and sub-items, targets, unresolved and group mentions,
-- a unit directory with parents, statuses and groups.

-- Units: a mention no unit answers is added as a new unit when its plan is published.
alter table unit add column short_name varchar(100);
alter table unit add column parent_id uuid references unit (id);
alter table unit add column status varchar(20) not null default 'ACTIVE'
    check (status in ('ACTIVE', 'RETIRED'));
alter table unit add column version bigint not null default 0;
alter table unit add column updated_at timestamptz not null default now();

-- A named set of units that plans address at once (各县区人民政府 → the counties).
create table unit_group (
    id          uuid primary key,
    code        varchar(64)  not null unique,
    name        varchar(200) not null unique,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now()
);
create table unit_group_alias (
    group_id  uuid         not null references unit_group (id) on delete cascade,
    alias     varchar(200) not null unique,
    primary key (group_id, alias)
);
create table unit_group_member (
    group_id  uuid not null references unit_group (id) on delete cascade,
    unit_id   uuid not null references unit (id),
    primary key (group_id, unit_id)
);

-- Plans: header as the document states it, where it came from, what the import warned about.
alter table plan add column issued_on date;
alter table plan add column default_deadline date;
alter table plan add column source_format varchar(20);
alter table plan add column source_name varchar(300);
alter table plan add column warnings jsonb not null default '[]';
alter table plan add column published_version integer not null default 0;
alter table plan add column updated_at timestamptz;
update plan set updated_at = created_at;
alter table plan alter column updated_at set not null;
create index plan_status_year on plan (status, year);

-- Measures: sub-items (1)(2) are measures with a parent; the section path is kept as written.
alter table measure add column parent_id uuid references measure (id) on delete cascade;
alter table measure add column path jsonb not null default '[]';
alter table measure add column text text not null default '';
alter table measure add column deadline_text varchar(200);
alter table measure add column targets jsonb not null default '[]';
alter table measure add column status varchar(20) not null default 'ACTIVE'
    check (status in ('ACTIVE', 'WITHDRAWN'));
update measure set text = title;
create index measure_parent on measure (parent_id);

-- Units of a measure: in the order the plan names them; a mention may be unresolved (unit_id
-- null) until review or publish, or name a group.
alter table measure_unit drop constraint measure_unit_pkey;
alter table measure_unit add column position integer;
alter table measure_unit add column name varchar(200);
alter table measure_unit add column group_id uuid references unit_group (id);
alter table measure_unit add column open_list boolean not null default false;
update measure_unit mu set
    position = ordered.position,
    name = ordered.name
from (select m.measure_id, m.unit_id,
             row_number() over (partition by m.measure_id order by m.role desc, u.code) - 1 as position,
             u.name
      from measure_unit m join unit u on u.id = m.unit_id) ordered
where ordered.measure_id = mu.measure_id and ordered.unit_id = mu.unit_id;
alter table measure_unit alter column position set not null;
alter table measure_unit alter column name set not null;
alter table measure_unit alter column unit_id drop not null;
alter table measure_unit add primary key (measure_id, position);

-- Qinzhou's counties as a group, so that 各县区人民政府 reaches each of them.
insert into unit_group (id, code, name) values
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', 'QZ-G-XQ', '各县区人民政府');
insert into unit_group_alias (group_id, alias) values
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', '各县（区）人民政府'),
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', '各县区政府'),
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', '各县区'),
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', '各县（区）'),
  ('5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', '县区人民政府');
insert into unit_group_member (group_id, unit_id)
  select '5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01', id from unit where code in ('QZ-QNQ', 'QZ-QBQ', 'QZ-LSX', 'QZ-PBX');
