-- A person may also want notices by SMS: the number they gave for it.
alter table citizens add column notice_phone text check (notice_phone ~ '^0[0-9]{8,9}$');
