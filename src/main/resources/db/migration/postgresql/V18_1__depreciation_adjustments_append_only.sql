-- PostgreSQL only: revaluations and impairments are append-only even for direct SQL.
create trigger depreciation_adjustments_append_only before update or delete on depreciation_adjustments
    for each row execute function depreciation_is_append_only();
