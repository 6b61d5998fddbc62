-- Failed logins are now counted per account (whichever of its logins was typed) and per client address, under
-- hashed keys: the rows keyed by the typed text go (they could even hold a password typed into the login box).
delete from login_attempts;
-- Start of the counting window (the per-address count forgets failures older than the lock duration).
alter table login_attempts add column window_started_at timestamp with time zone;
