-- The working-day calendar as data the supervision office maintains (issue 17): one row per year it has
-- entered from the State Council notice (国务院办公厅关于…部分节假日安排的通知), local days included. Seeded
-- from the shipped calendar/china-mainland.txt (and supervision.calendar.extra-file) for each year not yet
-- here, at every start; after that the office changes a year with PUT /api/v1/calendar/years/{year}.
-- A year not here is counted Monday to Friday, and every deadline in it carries a warning.
create table calendar_year (
    year          integer       primary key check (year between 1 and 9999),
    notice        varchar(500)  not null,
    -- JSON arrays of {"date": "yyyy-MM-dd", "name": "…"}, sorted by date, all inside the year:
    holidays      text          not null, -- days off (法定节假日, 放假调休)
    working_days  text          not null, -- Saturdays and Sundays worked (调休上班)
    version       bigint        not null default 0,
    changed_by    varchar(200)  not null,
    changed_at    timestamptz   not null
);

-- Every change of a year, with the year before and after (JSON of notice, holidays and workingDays; before
-- is null for a year entered for the first time): who changed the calendar, when and how.
create table calendar_year_change (
    id          bigserial     primary key,
    year        integer       not null,
    version     bigint        not null,
    changed_by  varchar(200)  not null,
    changed_at  timestamptz   not null,
    before      text,
    after       text          not null,
    unique (year, version)
);

-- What has been published for each version of a year: the id of its supervision.calendar.year.v1 event,
-- written into the outbox in the change's transaction (the relay sends it).
create table calendar_publication (
    event_id    uuid          primary key,
    year        integer       not null,
    version     bigint        not null,
    written_at  timestamptz   not null,
    unique (year, version)
);
