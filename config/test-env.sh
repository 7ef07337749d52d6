#!/usr/bin/env bash
# Ensures what the integration and browser tests need, on a fresh Debian/Ubuntu machine or a developer's:
#   - a PostgreSQL 15+ server: the one named by BZ_TEST_DB_URL (+ BZ_TEST_DB_USER / BZ_TEST_DB_PASSWORD) if
#     given, else the local one (Debian's `postgresql` package is installed and a cluster started when absent),
#     with a fresh database `burgerzaken_test` owned by role `burgerzaken`;
#   - Debian's `chromium` and `chromium-driver` for Selenium (never a downloaded driver).
# Called by Maven before the integration tests (pre-integration-test); safe to run again.
set -euo pipefail

log() { echo "[test-env] $*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else
    log "need root to run: $*"; return 1; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=yes
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

# --- browser ---------------------------------------------------------------------------------------
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing chromium and chromium-driver"
  apt_install chromium chromium-driver
fi
log "browser: $(/usr/bin/chromium --version 2>/dev/null | head -1)"

# --- database --------------------------------------------------------------------------------------
if [ -n "${BZ_TEST_DB_URL:-}" ]; then
  log "using the configured test database $BZ_TEST_DB_URL"
  exit 0
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing PostgreSQL (Debian package postgresql)"
  apt_install postgresql postgresql-contrib
fi

cluster=$(pg_lsclusters --no-header 2>/dev/null | awk '$2=="main"{print $1; exit}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  log "creating PostgreSQL $version cluster main"
  as_root pg_createcluster "$version" main >/dev/null
  cluster=$version
fi
if ! pg_lsclusters --no-header | awk -v v="$cluster" '$1==v && $2=="main"{print $4}' | grep -q online; then
  log "starting PostgreSQL $cluster main"
  as_root pg_ctlcluster "$cluster" main start
fi
port=$(pg_lsclusters --no-header | awk -v v="$cluster" '$1==v && $2=="main"{print $3}')
major=$(as_postgres psql -p "$port" -Atc "SHOW server_version_num" | cut -c1-2)
if [ "$major" -lt 15 ]; then
  log "PostgreSQL $major is too old: 15 or newer is needed"; exit 1
fi

as_postgres psql -p "$port" -q -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'burgerzaken') THEN
    CREATE ROLE burgerzaken LOGIN PASSWORD 'burgerzaken';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS burgerzaken_test WITH (FORCE);
CREATE DATABASE burgerzaken_test OWNER burgerzaken ENCODING 'UTF8' TEMPLATE template0;
SQL
log "database burgerzaken_test ready on localhost:$port (PostgreSQL $major)"
if [ "$port" != "5432" ]; then
  log "note: the cluster listens on $port; set BZ_TEST_DB_URL=jdbc:postgresql://localhost:$port/burgerzaken_test"
fi
