#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# PostgreSQL backups of PATRI-TECH (pg_dump custom format) with retention, and their restore.
#
#   backup.sh [backup]             dump now into $PATRITECH_BACKUP_DIR/daily/, keep a weekly copy, prune
#   backup.sh list                 list the dumps
#   backup.sh prune                apply the retention policy only
#   backup.sh verify FILE          restore FILE into the scratch database and compare every table's checksum with
#                                  the manifest FILE.sha256sums written when the dump was taken
#   backup.sh restore FILE [--yes] [--force]
#                                  replace the database content with FILE. Stop the app first
#                                  (manage.sh restore FILE does stop, restore, start); --force skips that check.
#
# Retention: PATRITECH_KEEP_DAILY (default 7) newest daily dumps and PATRITECH_KEEP_WEEKLY (default 4)
# weekly ones; a weekly copy is taken when the newest weekly dump is 7 days old or more (or missing).
# The database, user and password come from SPRING_DATASOURCE_* (the environment, as the backup unit's
# EnvironmentFile= sets them, else $PATRITECH_ENV_FILE).
#
# Every dump is verified when it is taken: restored into the scratch database PATRITECH_VERIFY_DATABASE (default
# DATABASE_verify, owned by the app's role; setup.sh creates it), with one checksum per table (md5 of its sorted
# rows) kept in FILE.sha256sums. "verify" repeats the restore later and compares, so a dump that cannot be restored
# or whose data changed fails. With PATRITECH_BACKUP_AGE_RECIPIENT (an age public key, "age1..."; the private key
# stays off the server) the dump is also written encrypted as FILE.age, and PATRITECH_BACKUP_OFFSITE (an rsync
# target such as backup@host:/srv/patritech/) receives the encrypted dumps and manifests.
#
# After each good dump it writes its record, PATRITECH_BACKUP_STATUS_FILE (default /var/lib/patritech/backup.status,
# key=value: last_success_epoch, last_file, last_size_bytes), which the app exposes as the metric
# patritech_backup_last_success_timestamp_seconds and on its operator's page; and, when the directory
# PATRITECH_TEXTFILE_DIR (default /var/lib/prometheus/node-exporter) exists, the same metric for node_exporter's
# textfile collector.
set -euo pipefail

PT_SCRIPT=backup
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
. "$here/lib/common.sh"

keep_daily="${PATRITECH_KEEP_DAILY:-7}"
keep_weekly="${PATRITECH_KEEP_WEEKLY:-4}"
daily_dir="$PATRITECH_BACKUP_DIR/daily"
textfile_dir="${PATRITECH_TEXTFILE_DIR:-/var/lib/prometheus/node-exporter}"
weekly_dir="$PATRITECH_BACKUP_DIR/weekly"

# Connection settings from the JDBC URL jdbc:postgresql://host[:port]/database[?params]
load_db_settings() {
    local url rest hostport
    url="${SPRING_DATASOURCE_URL:-$(pt_env_value SPRING_DATASOURCE_URL)}"
    [[ "$url" == jdbc:postgresql://* ]] || pt_die "SPRING_DATASOURCE_URL in $PATRITECH_ENV_FILE is not jdbc:postgresql://...: '$url'"
    rest="${url#jdbc:postgresql://}"
    rest="${rest%%\?*}"
    hostport="${rest%%/*}"
    PGDATABASE="${rest#*/}"
    if [[ "$hostport" == *:* ]]; then
        PGHOST="${hostport%:*}"
        PGPORT="${hostport##*:}"
    else
        PGHOST="$hostport"
        PGPORT=5432
    fi
    PGUSER="${SPRING_DATASOURCE_USERNAME:-$(pt_env_value SPRING_DATASOURCE_USERNAME)}"
    PGPASSWORD="${SPRING_DATASOURCE_PASSWORD:-$(pt_env_value SPRING_DATASOURCE_PASSWORD)}"
    if [ -z "$PGHOST" ] || [ -z "$PGDATABASE" ] || [ -z "$PGUSER" ]; then
        pt_die "incomplete database settings in $PATRITECH_ENV_FILE"
    fi
    export PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD
    verify_db="${PATRITECH_VERIFY_DATABASE:-${PGDATABASE}_verify}"
}

# One line per table of the public schema: "table md5-of-its-sorted-rows" (empty tables: "empty").
table_checksums() {  # $1: database
    psql -X -q -A -t -v ON_ERROR_STOP=1 --no-password -d "$1" -c "select format(
            'select %L || '' '' || coalesce(md5(string_agg(t::text, ''|'' order by t::text)), ''empty'') from public.%I t;',
            table_name, table_name)
        from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name" \
        | psql -X -q -A -t -v ON_ERROR_STOP=1 --no-password -d "$1"
}

# Restores $1 into the emptied scratch database and prints its table checksums; fails when pg_restore does.
restore_into_scratch() {
    psql -X -q -v ON_ERROR_STOP=1 --no-password -d "$verify_db" \
        -c "drop schema if exists public cascade" -c "create schema public" >/dev/null \
        || pt_die "cannot empty the scratch database $verify_db (setup.sh creates it, owned by $PGUSER)"
    pg_restore --no-owner --no-privileges --single-transaction --exit-on-error --no-password \
        --dbname="$verify_db" "$1" >&2 || return 1
    table_checksums "$verify_db"
}

dumps_in() {  # plain dumps and age-encrypted ones (FILE.dump.age)
    find "$1" -maxdepth 1 -type f \( -name 'patritech-*.dump' -o -name 'patritech-*.dump.age' \) 2>/dev/null | sort
}

prune_dir() {  # $1 directory, $2 how many newest dumps to keep
    local dir="$1" keep="$2" all count f
    mapfile -t all < <(dumps_in "$dir")
    count=${#all[@]}
    for f in "${all[@]}"; do
        (( count > keep )) || break
        rm -f -- "${f%.age}" "${f%.age}.age" "${f%.age}.sha256sums"
        pt_log "removed old backup $f"
        count=$(( count - 1 ))
    done
}

prune() {
    prune_dir "$daily_dir" "$keep_daily"
    prune_dir "$weekly_dir" "$keep_weekly"
}

backup() {
    load_db_settings
    install -d -m 0700 "$daily_dir" "$weekly_dir"
    local name file tmp
    name="patritech-$(date -u +%Y%m%d-%H%M%S).dump"
    file="$daily_dir/$name"
    tmp="$file.partial"
    pt_log "dumping database $PGDATABASE on $PGHOST:$PGPORT"
    # Written to a temporary name first, so a broken dump never counts as a backup.
    if ! pg_dump --format=custom --compress=6 --no-password --file="$tmp"; then
        rm -f -- "$tmp"
        pt_die "pg_dump failed"
    fi
    chmod 0600 "$tmp"
    # The dump counts only once it restores: its table checksums become the manifest that verify compares with.
    if ! restore_into_scratch "$tmp" > "$tmp.sums" || [ ! -s "$tmp.sums" ]; then
        rm -f -- "$tmp" "$tmp.sums"
        pt_die "the new dump does not restore into $verify_db: not kept"
    fi
    chmod 0600 "$tmp.sums"
    mv -f -- "$tmp.sums" "$file.sha256sums"
    mv -f -- "$tmp" "$file"
    pt_log "restored into $verify_db: $(wc -l < "$file.sha256sums") tables checksummed"
    pt_log "backup written: $file ($(du -h "$file" | cut -f1))"
    encrypt_and_ship "$file"
    if [ -z "$(find "$weekly_dir" -maxdepth 1 -type f -name 'patritech-*.dump*' -mtime -7 2>/dev/null)" ]; then
        local part
        for part in "$file" "$file.age" "$file.sha256sums"; do
            [ -f "$part" ] || continue
            ln -f "$part" "$weekly_dir/$(basename "$part")" 2>/dev/null || cp -p "$part" "$weekly_dir/$(basename "$part")"
        done
        pt_log "weekly copy kept: $weekly_dir/$name"
    fi
    prune
    record_success "$file"
    echo "$file"
}

encrypt_and_ship() {  # optional: age encryption to a public key, rsync of the encrypted files off-site
    local file="$1" recipient offsite
    recipient="${PATRITECH_BACKUP_AGE_RECIPIENT:-$(pt_env_value PATRITECH_BACKUP_AGE_RECIPIENT 2>/dev/null || true)}"
    offsite="${PATRITECH_BACKUP_OFFSITE:-$(pt_env_value PATRITECH_BACKUP_OFFSITE 2>/dev/null || true)}"
    if [ -n "$recipient" ]; then
        command -v age >/dev/null || pt_die "PATRITECH_BACKUP_AGE_RECIPIENT is set but age is not installed (apt-get install age)"
        age --encrypt --recipient "$recipient" --output "$file.age" "$file" || pt_die "age encryption failed"
        chmod 0600 "$file.age"
        # Only the encrypted copy stays at rest; the plain dump was needed for the restore check only.
        rm -f -- "$file"
        pt_log "encrypted for $recipient: $file.age"
    fi
    if [ -n "$offsite" ]; then
        [ -n "$recipient" ] || pt_log "WARNING: PATRITECH_BACKUP_OFFSITE without PATRITECH_BACKUP_AGE_RECIPIENT ships plain dumps"
        rsync -a --chmod=F600 -- "$file"* "$offsite" || pt_die "off-site copy to $offsite failed"
        pt_log "copied off-site: $offsite"
    fi
}

# The backup's own record (see the header); written to a temporary name and renamed, so readers never see half.
record_success() {
    local file="$1" status size now
    status="${PATRITECH_BACKUP_STATUS_FILE:-$(pt_env_value PATRITECH_BACKUP_STATUS_FILE 2>/dev/null || true)}"
    status="${status:-/var/lib/patritech/backup.status}"
    [ -f "$file" ] || file="$file.age"
    size="$(stat -c %s "$file")"
    now="$(date -u +%s)"
    if [ -d "$(dirname "$status")" ]; then
        printf 'last_success_epoch=%s\nlast_file=%s\nlast_size_bytes=%s\n' "$now" "$file" "$size" > "$status.tmp"
        chmod 0644 "$status.tmp"
        mv -f -- "$status.tmp" "$status"
        pt_log "backup record written: $status"
    else
        pt_log "WARNING: $(dirname "$status") does not exist: no backup record written"
    fi
    if [ -d "$textfile_dir" ]; then
        printf '# HELP patritech_backup_last_success_timestamp_seconds When the last good backup finished.\n# TYPE patritech_backup_last_success_timestamp_seconds gauge\npatritech_backup_last_success_timestamp_seconds %s\n' \
            "$now" > "$textfile_dir/patritech_backup.prom.tmp"
        chmod 0644 "$textfile_dir/patritech_backup.prom.tmp"
        mv -f -- "$textfile_dir/patritech_backup.prom.tmp" "$textfile_dir/patritech_backup.prom"
    fi
}

verify() {  # restore into the scratch database, compare every table's checksum with the manifest
    local file="${1:-}" sums actual
    [ -f "$file" ] || pt_die "no such file: $file"
    pg_restore --list "$file" >/dev/null 2>&1 || pt_die "$file is not a readable pg_dump archive (an .age file: decrypt it first)"
    sums="$file.sha256sums"
    [ -s "$sums" ] || pt_die "no manifest $sums (dumps from before manifests: restore one into a scratch database by hand)"
    load_db_settings
    actual="$(restore_into_scratch "$file")" || pt_die "$file does not restore (pg_restore failed): the dump is damaged"
    if ! diff <(printf '%s\n' "$actual") "$sums" >&2; then
        pt_die "$file restores, but its data differ from the manifest (lines above): the dump is damaged"
    fi
    pt_log "$file: restored into $verify_db, $(wc -l < "$sums") tables identical to the manifest"
}

restore() {
    local file="" yes=0 force=0 port
    while [ $# -gt 0 ]; do
        case "$1" in
            --yes) yes=1 ;;
            --force) force=1 ;;
            *) file="$1" ;;
        esac
        shift
    done
    [ -n "$file" ] || pt_die "usage: backup.sh restore FILE [--yes]"
    verify "$file"
    load_db_settings
    if (( ! force )); then
        for port in $(pt_active_ports) $(pt_draining_ports); do
            if pt_is_ready "$port"; then
                pt_die "instance $port is running: stop the app first (manage.sh stop), or use manage.sh restore"
            fi
        done
    fi
    if (( ! yes )); then
        [ -t 0 ] || pt_die "restore replaces the database $PGDATABASE: add --yes to confirm"
        local answer
        read -r -p "Replace the content of database '$PGDATABASE' on $PGHOST with $file? [y/N] " answer
        [[ "$answer" == [yY]* ]] || pt_die "cancelled"
    fi
    pt_log "restoring $file into $PGDATABASE on $PGHOST:$PGPORT"
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
        --no-password --dbname="$PGDATABASE" "$file" || pt_die "pg_restore failed; the database is unchanged"
    pt_log "restore done"
}

case "${1:-backup}" in
    backup) backup ;;
    list)
        for d in "$daily_dir" "$weekly_dir"; do
            echo "$d:"
            dumps_in "$d" | while IFS= read -r f; do echo "  $(basename "$f")  $(du -h "$f" | cut -f1)"; done
        done
        ;;
    prune) prune ;;
    verify) shift; verify "${1:-}" ;;
    restore) shift; restore "$@" ;;
    -h|--help|help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) pt_die "unknown command '$1' (see --help)" ;;
esac
