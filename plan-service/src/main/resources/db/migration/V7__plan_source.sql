-- Plan intake in the formats offices send: where each imported measure stands in the original
-- (page, paragraph, row), and the original file itself, kept with the draft because the 公文 is the record.

alter table measure add column source_location varchar(200);

create table plan_source (
    plan_id     uuid primary key references plan (id) on delete cascade,
    file_name   varchar(300),
    media_type  varchar(200) not null,
    format      varchar(10)  not null,
    size_bytes  integer      not null check (size_bytes >= 0),
    sha256      char(64)     not null,
    content     bytea        not null,
    created_at  timestamptz  not null
);
