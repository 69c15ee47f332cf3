-- The metadata record says how many rows were handed over and how many the policy left out.
alter table imports add column imported_rows int;
alter table imports add column excluded_rows int;
