#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# PostgreSQL backups of PATRI-TECH (pg_dump custom format) with retention, and their restore.
#
#   backup.sh [backup]             dump now into $PATRITECH_BACKUP_DIR/daily/, keep a weekly copy, prune
#   backup.sh list                 list the dumps
#   backup.sh prune                apply the retention policy only
#   backup.sh verify FILE          check that FILE is a readable dump (pg_restore --list)
#   backup.sh restore FILE [--yes] [--force]
#                                  replace the database content with FILE. Stop the app first
#                                  (manage.sh restore FILE does stop, restore, start); --force skips that check.
#
# Retention: PATRITECH_KEEP_DAILY (default 7) newest daily dumps and PATRITECH_KEEP_WEEKLY (default 4)
# weekly ones; a weekly copy is taken when the newest weekly dump is 7 days old or more (or missing).
# The database, user and password come from SPRING_DATASOURCE_* in $PATRITECH_ENV_FILE.
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
    url="$(pt_env_value SPRING_DATASOURCE_URL)"
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
    PGUSER="$(pt_env_value SPRING_DATASOURCE_USERNAME)"
    PGPASSWORD="$(pt_env_value SPRING_DATASOURCE_PASSWORD)"
    if [ -z "$PGHOST" ] || [ -z "$PGDATABASE" ] || [ -z "$PGUSER" ]; then
        pt_die "incomplete database settings in $PATRITECH_ENV_FILE"
    fi
    export PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD
}

dumps_in() { find "$1" -maxdepth 1 -type f -name 'patritech-*.dump' 2>/dev/null | sort; }

prune_dir() {  # $1 directory, $2 how many newest dumps to keep
    local dir="$1" keep="$2" all count f
    mapfile -t all < <(dumps_in "$dir")
    count=${#all[@]}
    for f in "${all[@]}"; do
        (( count > keep )) || break
        rm -f -- "$f"
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
    mv -f -- "$tmp" "$file"
    pt_log "backup written: $file ($(du -h "$file" | cut -f1))"
    if [ -z "$(find "$weekly_dir" -maxdepth 1 -type f -name 'patritech-*.dump' -mtime -7 2>/dev/null)" ]; then
        ln -f "$file" "$weekly_dir/$name" 2>/dev/null || cp -p "$file" "$weekly_dir/$name"
        pt_log "weekly copy kept: $weekly_dir/$name"
    fi
    prune
    record_success "$file"
    echo "$file"
}

# The backup's own record (see the header); written to a temporary name and renamed, so readers never see half.
record_success() {
    local file="$1" status size now
    status="${PATRITECH_BACKUP_STATUS_FILE:-$(pt_env_value PATRITECH_BACKUP_STATUS_FILE)}"
    status="${status:-/var/lib/patritech/backup.status}"
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

verify() {
    [ -f "${1:-}" ] || pt_die "no such file: ${1:-}"
    pg_restore --list "$1" >/dev/null || pt_die "$1 is not a readable pg_dump archive"
    pt_log "$1: $(pg_restore --list "$1" | grep -c '^[0-9]') objects"
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
