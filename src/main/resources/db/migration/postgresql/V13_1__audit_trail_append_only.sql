-- PostgreSQL only: the audit trail is append-only even for direct SQL (as the history and the depreciation ledger).
create function audit_entries_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit trail is append-only';
end;
$$;
create trigger audit_entries_append_only before update or delete on audit_entries
    for each row execute function audit_entries_are_append_only();
create trigger audit_entries_no_truncate before truncate on audit_entries
    for each statement execute function audit_entries_are_append_only();
-- "Who" matches the start of a login or of a name, case-insensitively: pattern indexes serve the prefix.
create index ix_audit_entries_actor_prefix on audit_entries (actor_login varchar_pattern_ops);
create index ix_audit_entries_actor_name_prefix on audit_entries (lower(actor_name) varchar_pattern_ops);
