-- An asset is EM_TRANSITO while a two-step transfer between units is pending.
alter table assets drop constraint ck_assets_status;
alter table assets add constraint ck_assets_status check (status in ('ATIVO', 'EM_MANUTENCAO', 'EM_TRANSITO', 'BAIXADO'));
