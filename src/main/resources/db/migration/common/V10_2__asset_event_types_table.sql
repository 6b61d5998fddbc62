-- The kinds of history entry live in a table instead of a check constraint, so that each feature adds its own
-- kinds in its own migration (insert into asset_event_types) without rewriting a shared list. AssetEventTypesTests
-- keeps this table and the AssetEventType enum equal.
create table asset_event_types (
    code varchar(30) primary key
);
insert into asset_event_types (code) values ('CREATED'), ('UPDATED'), ('TRANSFERRED'), ('WRITTEN_OFF'),
    ('WRITE_OFF_REVERTED'), ('CUSTODY_ASSIGNED'), ('CUSTODY_RETURNED'), ('TRANSFER_SENT'), ('TRANSFER_ACCEPTED'),
    ('TRANSFER_REFUSED'), ('TRANSFER_CANCELLED');
alter table asset_events drop constraint ck_asset_events_type;
alter table asset_events add constraint fk_asset_events_type foreign key (type) references asset_event_types (code);
create index ix_asset_events_type on asset_events (type);
