-- 月度通报: bulletins the office published, each the content built for its period at publication, kept as it
-- was published (later changes of the history do not rewrite a published bulletin).
create table bulletin (
    id               uuid          primary key,
    period           varchar(7)    not null,
    plan_id          uuid,
    title            varchar(500)  not null,
    document_number  varchar(100),
    content          jsonb         not null,
    published_by     varchar(200)  not null,
    published_at     timestamptz   not null
);
create index bulletin_period on bulletin (period desc, published_at desc);
-- history queries of a period: an assignment's trail by action and time
create index assignment_audit_action_at on assignment_audit (action, at);
create index extension_request_decided on extension_request (decided_at) where state = 'APPROVED';
