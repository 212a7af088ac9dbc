-- assignment_measure (measure_id) duplicates the leading column of the unique (measure_id, unit_id)
-- index, which serves every lookup by measure as well. One index fewer to maintain on each update:
-- the warning sweep rewrites tens of thousands of rows on a bad morning.
drop index if exists assignment_measure;
