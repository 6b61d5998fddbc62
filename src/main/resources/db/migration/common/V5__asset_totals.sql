-- Count and acquisition value of the assets per unit, category, status and classification. AssetTotalsLedger
-- keeps it in the same transaction as every change that moves an asset between cells, so the list's totals and
-- the dashboard read a few hundred rows instead of scanning every asset. No foreign keys: a cell left at zero
-- must not keep a unit or category from being removed.
create table asset_totals (
    unit_id        bigint         not null,
    category_id    bigint         not null,
    status         varchar(20)    not null,
    classification varchar(20)    not null,
    asset_count    bigint         not null,
    total_value    numeric(19, 2) not null,
    primary key (unit_id, category_id, status, classification)
);

insert into asset_totals (unit_id, category_id, status, classification, asset_count, total_value)
select unit_id, category_id, status, classification, count(*), sum(acquisition_value)
from assets group by unit_id, category_id, status, classification;
