-- Regions (issue 19 item 6): a deployment serves one city, or a province with its cities and counties.
-- Units, groups and plans belong to a region; a plan's names resolve within its region, then its parents,
-- never in a sibling region. The code is the administrative division code (450700 钦州市): stable, and
-- what other services receive in unit events.
create table region (
    code          varchar(12)  primary key,
    name          varchar(100) not null,
    level         varchar(10)  not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code   varchar(12)  references region (code),
    -- what the region's document numbers open with (钦 of 钦政办〔2024〕2号); null when unknown
    abbreviation  varchar(10),
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now()
);
create index region_parent on region (parent_code);

-- What the names of the region's units open with: its names (钦州市, 钦州) and the level word its own
-- units carry (市 of 市发展改革委).
create table region_prefix (
    region_code  varchar(12) not null references region (code) on delete cascade,
    prefix       varchar(50) not null,
    primary key (region_code, prefix)
);

-- A unit's, a group's and a plan's region; null: the deployment's home region (supervision.directory.home-region),
-- as everything stored before regions existed.
alter table unit add column region_code varchar(12) references region (code);
alter table unit_group add column region_code varchar(12) references region (code);
alter table plan add column region_code varchar(12) references region (code);

-- Names are unique within a region only: 钦州市 and 河池市 both have a 市发展改革委. The indexes keep the
-- constraint names the service maps to the field (api/UniqueKeys).
alter table unit drop constraint unit_name_key;
create unique index unit_name_key on unit (coalesce(region_code, ''), name);
alter table unit_group drop constraint unit_group_name_key;
create unique index unit_group_name_key on unit_group (coalesce(region_code, ''), name);
-- An alias is unique within its unit's region; the directory checks it (an alias row has no region).
alter table unit_alias drop constraint unit_alias_alias_key;
alter table unit_group_alias drop constraint unit_group_alias_alias_key;
create index unit_region on unit (region_code);

-- Qinzhou's units are demo data now (db/demo, loaded by the local launcher's profile). V3 also added
-- their group 各县区人民政府; where the demo units were never loaded it has no members and no plan names
-- it, so it goes too.
delete from unit_group g
where g.code = 'QZ-G-XQ'
  and not exists (select 1 from unit_group_member m where m.group_id = g.id)
  and not exists (select 1 from measure_unit mu where mu.group_id = g.id);
