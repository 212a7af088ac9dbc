-- A published bulletin (月度通报) reaches each unit it names as an inbox item that points at it.
alter table inbox_item add column bulletin_id uuid;
