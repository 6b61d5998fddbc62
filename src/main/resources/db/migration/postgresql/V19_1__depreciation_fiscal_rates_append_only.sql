-- PostgreSQL only: the history of the fiscal rates is append-only even for direct SQL.
create trigger depreciation_fiscal_rate_changes_append_only before update or delete on depreciation_fiscal_rate_changes
    for each row execute function depreciation_is_append_only();
