-- 考核: each plan's ranking rule (weights per role and kind), versioned. Every change is a new row, so every
-- version stays readable with who set it and when; the newest version is the rule in force. No row: the
-- default rule (version 0).
create table ranking_rule (
    plan_id     uuid          not null,
    version     bigint        not null check (version >= 1),
    lead        jsonb         not null,
    cooperating jsonb         not null,
    reason      text,
    changed_by  varchar(200)  not null,
    changed_at  timestamptz   not null,
    primary key (plan_id, version)
);
-- the versions are the audit of the rule: the application adds to them, never changes or removes one
create function ranking_rule_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ranking_rule is append-only';
end $$;
create trigger ranking_rule_no_update before update or delete on ranking_rule
    for each row execute function ranking_rule_append_only();
