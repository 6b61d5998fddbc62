-- Inventory at scale (issue 13): the missing list of a 50,000-asset campaign is read a page at a time in the order of
-- its places and tombos. The snapshot keeps each expected asset's tombo (a tombo never changes), so one index walks a
-- place's expected assets in tombo order and a page stops after its rows instead of sorting the whole campaign.
alter table inventory_expected add column tombo varchar(40);
update inventory_expected set tombo = (select a.tombo from assets a where a.id = inventory_expected.asset_id);
alter table inventory_expected alter column tombo set not null;
create index ix_inventory_expected_place_tombo on inventory_expected (campaign_id, unit_id, room_id, tombo);
-- the new index starts with the old one's columns: it serves the same lookups
drop index ix_inventory_expected_place;
