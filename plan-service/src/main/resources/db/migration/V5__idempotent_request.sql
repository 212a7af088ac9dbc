-- Creating POSTs sent with an Idempotency-Key (idempotency/IdempotentRequests): which caller sent which
-- key for which request, and the first successful answer, replayed to a retry for 24 hours. A row
-- without answered_at is a request still in flight; the answer is written in the creation's own
-- transaction, so a creation never commits without it.
create table idempotent_request (
    caller          varchar(255) not null, -- the token's subject
    idempotency_key varchar(255) not null,
    method          varchar(16)  not null,
    path            text         not null, -- path and query, as sent
    body_hash       varchar(64)  not null, -- SHA-256 of content type and body (multipart boundary taken out), hex
    attempt         uuid         not null, -- the request holding the key now
    claimed_at      timestamptz  not null,
    answered_at     timestamptz,
    status          integer,
    content_type    varchar(255),
    location        text,
    etag            varchar(255),
    body            bytea,
    primary key (caller, idempotency_key)
);

-- the purge deletes by age
create index idempotent_request_claimed_at on idempotent_request (claimed_at);
