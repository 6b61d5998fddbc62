-- PostgreSQL only: trigram indexes make "contains" search on tombo, name and serial number fast on
-- millions of rows; a trigger makes the asset history append-only even for direct SQL.
create extension if not exists pg_trgm;
create index ix_assets_name_trgm on assets using gin (lower(name) gin_trgm_ops);
create index ix_assets_tombo_trgm on assets using gin (lower(tombo) gin_trgm_ops);
create index ix_assets_serial_trgm on assets using gin (lower(serial_number) gin_trgm_ops);

create function asset_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'asset history is append-only';
end;
$$;
create trigger asset_events_append_only before update or delete on asset_events
    for each row execute function asset_history_is_append_only();
create trigger asset_event_changes_append_only before update or delete on asset_event_changes
    for each row execute function asset_history_is_append_only();
