-- 复核 after 销号 (issue 20 item 3): a completion may be accepted subject to a re-inspection on review_at;
-- the date stays set while that re-inspection is pending and is cleared when it confirms or reopens the work.
alter table assignment add column review_at date;
-- the office's list of re-inspections due
create index assignment_review_at on assignment (review_at) where review_at is not null;

-- What 销号 requires in a plan: evidence files, and the reported figures meeting the measure's parsed targets.
-- No row: nothing beyond the lifecycle's own rules.
create table completion_policy (
    plan_id              uuid          primary key,
    require_evidence     boolean       not null,
    require_targets_met  boolean       not null,
    version              bigint        not null default 0,
    updated_by           varchar(200)  not null,
    updated_at           timestamptz   not null
);

-- Append-only: every setting of a plan's completion policy, who and when (the policy's audit trail).
create table completion_policy_change (
    seq                  bigserial     primary key,
    plan_id              uuid          not null,
    version              bigint        not null,
    require_evidence     boolean       not null,
    require_targets_met  boolean       not null,
    changed_by           varchar(200)  not null,
    changed_at           timestamptz   not null
);
create index completion_policy_change_plan on completion_policy_change (plan_id, seq);
create function completion_policy_change_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'completion_policy_change is append-only';
end $$;
create trigger completion_policy_change_no_update before update or delete on completion_policy_change
    for each row execute function completion_policy_change_append_only();
