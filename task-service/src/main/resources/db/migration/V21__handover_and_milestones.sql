-- Decomposition inside a unit (issue 20 item 5).

-- 转办: the unit's officer hands the work on to a person (and department) inside the unit. The assignment
-- keeps who is in charge now; this table keeps every handover, oldest first.
alter table assignment add column handling_department varchar(200);
create table handover (
    id               uuid          primary key,
    assignment_id    uuid          not null references assignment (id),
    from_person      varchar(100),
    from_department  varchar(200),
    to_person        varchar(100)  not null,
    to_department    varchar(200),
    note             text,
    handed_over_by   varchar(200)  not null,
    handed_over_at   timestamptz   not null
);
create index handover_assignment on handover (assignment_id, handed_over_at);

-- 阶段性目标: a lead unit splits its assignment into milestones with their own dates.
create table milestone (
    id             uuid          primary key,
    assignment_id  uuid          not null references assignment (id),
    title          varchar(500)  not null,
    due_date       date          not null,
    state          varchar(10)   not null check (state in ('OPEN', 'DONE')),
    created_by     varchar(200)  not null,
    created_at     timestamptz   not null,
    done_by        varchar(200),
    done_at        timestamptz,
    done_note      text,
    version        bigint        not null default 0
);
create index milestone_assignment on milestone (assignment_id, due_date);
