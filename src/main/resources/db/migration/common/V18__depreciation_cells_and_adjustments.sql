-- Depreciation, second part (docs/decisions/0013-depreciation.md).

-- The asset's status and classification at closing time, so a closing's totals can be kept per list cell.
alter table depreciation_entries add column status varchar(20);
alter table depreciation_entries add column classification varchar(20);

-- Totals of each closing per unit, category, status and classification (the cells of asset_totals), written with the
-- closing: the book-value total of an asset list filter sums these few rows instead of the ledger.
create table depreciation_cell_totals (
    closing_id     bigint         not null references depreciation_closings (id),
    unit_id        bigint         not null,
    category_id    bigint         not null,
    status         varchar(20)    not null,
    classification varchar(20)    not null,
    asset_count    bigint         not null,
    base           numeric(19, 2) not null,
    amount         numeric(19, 2) not null,
    accumulated    numeric(19, 2) not null,
    book_value     numeric(19, 2) not null,
    primary key (closing_id, unit_id, category_id, status, classification)
);
create index ix_depreciation_cell_totals_category on depreciation_cell_totals (closing_id, category_id);
