-- The INVENTORY_MANAGE flag: a gestor who may open and close inventory campaigns in their units.
alter table user_permissions drop constraint ck_user_permissions;
alter table user_permissions add constraint ck_user_permissions check (permission in ('ASSET_CREATE', 'ASSET_EDIT',
    'ASSET_WRITE_OFF', 'ASSET_TRANSFER', 'UNIT_MANAGE', 'ROOM_MANAGE', 'CATEGORY_MANAGE', 'USER_MANAGE',
    'INVENTORY_MANAGE'));
