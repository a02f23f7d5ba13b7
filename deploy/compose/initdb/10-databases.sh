#!/bin/sh
# One database and one owner per service (database per service), made on the first start of the PostgreSQL container,
# and each service's own role, which owns nothing: the migrations run as the owner and grant it what the service needs.
set -eu
psql -v ON_ERROR_STOP=1 --username postgres <<SQL
CREATE USER campaign WITH PASSWORD '${CAMPAIGN_DB_PASSWORD}';
CREATE DATABASE campaign OWNER campaign;
CREATE USER content WITH PASSWORD '${CONTENT_DB_PASSWORD}';
CREATE DATABASE content OWNER content;
CREATE USER campaign_app WITH PASSWORD '${CAMPAIGN_APP_DB_PASSWORD}';
CREATE USER content_app WITH PASSWORD '${CONTENT_APP_DB_PASSWORD}';
SQL
