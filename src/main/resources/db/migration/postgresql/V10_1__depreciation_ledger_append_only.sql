-- PostgreSQL only: the depreciation ledger and the policy history are append-only even for direct SQL.
create function depreciation_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'depreciation ledger is append-only';
end;
$$;
create trigger depreciation_entries_append_only before update or delete on depreciation_entries
    for each row execute function depreciation_is_append_only();
create trigger depreciation_policy_changes_append_only before update or delete on depreciation_policy_changes
    for each row execute function depreciation_is_append_only();
