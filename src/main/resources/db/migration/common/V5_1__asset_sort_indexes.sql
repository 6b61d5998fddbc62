-- Indexes the list's sorts can walk instead of sorting the table: (column, id) for every sort on an asset
-- column, read forwards or backwards (AssetQueries breaks ties by id in the sort's direction), and
-- (unit_id, column, id) for one unit's list (a gestor's, the unit page). created_at also serves the dashboard's
-- latest assets. They replace the single-column indexes they begin with.
drop index ix_assets_name;
drop index ix_assets_value;
drop index ix_assets_status;
drop index ix_assets_created;
drop index ix_assets_unit_status;

create index ix_assets_name_id on assets (name, id);
create index ix_assets_value_id on assets (acquisition_value, id);
create index ix_assets_status_id on assets (status, id);
create index ix_assets_created_id on assets (created_at, id);

create index ix_assets_unit_id on assets (unit_id, id);
create index ix_assets_unit_tombo on assets (unit_id, tombo);
create index ix_assets_unit_name_id on assets (unit_id, name, id);
create index ix_assets_unit_value_id on assets (unit_id, acquisition_value, id);
create index ix_assets_unit_status_id on assets (unit_id, status, id);
create index ix_assets_unit_created_id on assets (unit_id, created_at, id);
