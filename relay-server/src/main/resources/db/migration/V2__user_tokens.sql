-- Importers may require a user token (a JWT minted by the host's backend) on widget requests.
alter table importers add column require_user_token boolean default false not null;
