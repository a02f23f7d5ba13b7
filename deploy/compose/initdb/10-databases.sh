#!/bin/sh
# One database and one owner per service (database per service), made on the first start of the PostgreSQL container.
set -eu
psql -v ON_ERROR_STOP=1 --username postgres <<SQL
CREATE USER campaign WITH PASSWORD '${CAMPAIGN_DB_PASSWORD}';
CREATE DATABASE campaign OWNER campaign;
CREATE USER content WITH PASSWORD '${CONTENT_DB_PASSWORD}';
CREATE DATABASE content OWNER content;
SQL
