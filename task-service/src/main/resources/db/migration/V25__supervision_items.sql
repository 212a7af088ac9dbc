-- Supervision items (督办事项): work that comes from no plan, but from a leader's instruction (批示), a 12345
-- hotline complaint, or an inspection (巡察) or audit (审计) finding to rectify. An item is its own plan of one
-- measure: its assignments carry the item's id as plan_id and measure_id, so the lifecycle, the warning sweep,
-- reporting cycles (keyed by plan id), reminders and statistics take them as they take a plan's work.
create sequence supervision_item_number;

create table supervision_item (
    id                  uuid primary key,
    number              varchar(32)   not null unique,   -- DB-<year>-<running number>, shown to units
    source              varchar(32)   not null check (source in ('LEADER_INSTRUCTION', 'HOTLINE_12345', 'INSPECTION', 'AUDIT', 'OTHER')),
    basis_title         varchar(300)  not null,          -- the basis document: 批示件, 12345 工单, 巡察/审计 report
    basis_doc_number    varchar(100),                    -- its 文号 or 工单号
    basis_date          date,
    category            varchar(100)  not null,
    priority            varchar(16)   not null check (priority in ('NORMAL', 'HIGH', 'URGENT')),
    title               varchar(500)  not null,
    content             text          not null,
    lead_unit_codes     jsonb         not null,          -- as created; the assignments are the current state
    cooperating_unit_codes jsonb      not null,
    deadline            date          not null,
    created_by          varchar(200)  not null,
    created_at          timestamptz   not null,
    version             bigint        not null default 0
);
create index supervision_item_newest on supervision_item (created_at desc, id);
create index supervision_item_source on supervision_item (source, created_at desc);

-- Where each assignment's work comes from: PLAN for the work of published plans (every assignment so far),
-- an item's source for the work of an item. A constant default adds the column without rewriting the table.
alter table assignment add column source varchar(32) not null default 'PLAN'
    check (source in ('PLAN', 'LEADER_INSTRUCTION', 'HOTLINE_12345', 'INSPECTION', 'AUDIT', 'OTHER'));
alter table assignment add column item_id uuid references supervision_item (id);
alter table assignment add constraint assignment_item_has_source check ((item_id is null) = (source = 'PLAN'));
create index assignment_item on assignment (item_id) where item_id is not null;
