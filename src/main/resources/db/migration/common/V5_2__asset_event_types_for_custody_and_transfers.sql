-- Custody (assign, return) and the two-step transfer (sent, accepted, refused, cancelled) write history too.
alter table asset_events drop constraint ck_asset_events_type;
alter table asset_events add constraint ck_asset_events_type check (type in ('CREATED', 'UPDATED', 'TRANSFERRED',
    'WRITTEN_OFF', 'WRITE_OFF_REVERTED', 'CUSTODY_ASSIGNED', 'CUSTODY_RETURNED', 'TRANSFER_SENT', 'TRANSFER_ACCEPTED',
    'TRANSFER_REFUSED', 'TRANSFER_CANCELLED'));
