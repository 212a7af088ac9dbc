-- The working-day calendar as task-service keeps it, one row per year, from its supervision.calendar.year.v1
-- events (calendar/CalendarEvents): the whole year each time, an older version never replacing a newer one.
-- Local days are in it because task-service's are. A year not here is counted Monday to Friday.
create table calendar_year (
    year          integer       primary key,
    notice        varchar(500)  not null,
    -- JSON arrays of {"date": "yyyy-MM-dd", "name": "…"}
    holidays      text          not null,
    working_days  text          not null,
    version       bigint        not null,
    changed_by    varchar(200)  not null,
    changed_at    timestamptz   not null,
    received_at   timestamptz   not null
);
