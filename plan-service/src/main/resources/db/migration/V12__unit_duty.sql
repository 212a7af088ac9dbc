-- A unit's duty keywords (职责: 招商引资, 营商环境, 纳税服务…), which the import uses to suggest a lead unit
-- for a measure that names none. Kept beside the unit rather than in it: the directory's own record is the
-- unit's identity; this is advice that supervisors tune. No row means no keywords.
create table unit_duty (
    unit_id     uuid         primary key references unit (id) on delete cascade,
    keywords    jsonb        not null,
    version     bigint       not null default 0,
    updated_by  varchar(200) not null,
    updated_at  timestamptz  not null
);
