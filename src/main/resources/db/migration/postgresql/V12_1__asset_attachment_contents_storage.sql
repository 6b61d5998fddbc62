-- Photos and PDFs are already compressed: PostgreSQL should store them out of line without trying to compress them
-- again (EXTERNAL instead of the default EXTENDED), which saves CPU on every upload and download.
alter table asset_attachment_contents alter column content set storage external;
alter table asset_attachment_contents alter column thumbnail set storage external;
