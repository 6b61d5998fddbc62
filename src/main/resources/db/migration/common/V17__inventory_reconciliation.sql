-- Inventory reconciliation (docs/decisions/0012-inventory-campaigns.md): an asset an inventory did not find is
-- NAO_LOCALIZADO (still patrimony) until found again; each of the two steps is a history kind; an unknown item noted
-- while counting remembers the asset it was registered as.
alter table assets drop constraint ck_assets_status;
alter table assets add constraint ck_assets_status
    check (status in ('ATIVO', 'EM_MANUTENCAO', 'EM_TRANSITO', 'BAIXADO', 'NAO_LOCALIZADO'));
insert into asset_event_types (code) values ('MARKED_NOT_LOCATED'), ('LOCATED');

alter table inventory_unknown_items add column registered_asset_id bigint references assets (id);
create index ix_inventory_unknown_items_asset on inventory_unknown_items (registered_asset_id);
-- the reconciliation lists walk a campaign's reads by result (misplaced ones) and its unknown items in order
create index ix_inventory_reads_result on inventory_reads (campaign_id, result, id);
