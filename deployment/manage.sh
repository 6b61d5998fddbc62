#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Day-to-day operation of PATRI-TECH. The instances are the active ports of deploy.sh's routing (PORT or its
# twin PORT+100 of each instance of the nginx site); each runs as the systemd unit patritech@PORT.
#
#   manage.sh status               units, readiness of each instance, nginx, current release
#   manage.sh start|stop|restart   all instances (restart = one at a time, waiting for readiness)
#   manage.sh enable|disable       start at boot (or not)
#   manage.sh logs [-f]            application + access log of all instances (journal)
#   manage.sh logs-nginx [-f]      nginx access and error logs of the site
#   manage.sh backup               backup.sh backup
#   manage.sh restore FILE [--yes] stop, restore the database from FILE, start
set -euo pipefail

PT_SCRIPT=manage
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
. "$here/lib/common.sh"

nginx_log_dir="${PATRITECH_NGINX_LOG_DIR:-/var/log/nginx}"

start_all() {
    local port failed=0
    for port in $(pt_active_ports); do
        pt_ctl start "$port"
    done
    for port in $(pt_active_ports); do
        pt_wait_ready "$port" || failed=1
    done
    return "$failed"
}

stop_all() {
    local port
    for port in $(pt_active_ports) $(pt_draining_ports); do
        pt_log "stopping instance $port"
        pt_ctl stop "$port"
    done
}

status() {
    local port rc=0 cur
    cur="$(readlink -f "$PATRITECH_HOME/current.jar" 2>/dev/null || true)"
    echo "release: ${cur:+$(basename "$cur")}"
    for port in $(pt_active_ports) $(pt_draining_ports); do
        if [[ " $(pt_draining_ports) " == *" $port "* ]]; then
            echo "instance $port: draining (old release, $(pt_vaadin_sessions "$port" || true) session(s))"
        elif pt_is_ready "$port"; then
            echo "instance $port: READY"
        elif pt_ctl is-active "$port" >/dev/null 2>&1; then
            echo "instance $port: running, NOT ready"
            rc=1
        else
            echo "instance $port: STOPPED"
            rc=1
        fi
        if [ -z "${PATRITECH_CTL:-}" ]; then
            pt_ctl status "$port" 2>/dev/null | sed 's/^/    /' || true
        fi
    done
    if pt_nginx -t -q 2>/dev/null; then echo "nginx: configuration OK"; else echo "nginx: configuration BROKEN"; rc=1; fi
    return "$rc"
}

units() { local port; for port in $(pt_active_ports); do echo "patritech@$port.service"; done; }

cmd="${1:-status}"
[ $# -gt 0 ] && shift
case "$cmd" in
    status) status ;;
    start) start_all ;;
    stop) stop_all ;;
    restart) "$here/deploy.sh" --restart ;;
    enable)
        # shellcheck disable=SC2046
        systemctl enable $(units)
        ;;
    disable)
        # shellcheck disable=SC2046
        systemctl disable $(units)
        ;;
    logs)
        # shellcheck disable=SC2046
        exec journalctl --no-pager -o short-iso $(units | sed 's/^/-u /') "$@"
        ;;
    logs-nginx)
        if [ "${1:-}" = "-f" ]; then
            exec tail -F "$nginx_log_dir/patritech.access.log" "$nginx_log_dir/patritech.error.log"
        fi
        tail -n 100 "$nginx_log_dir/patritech.access.log" "$nginx_log_dir/patritech.error.log"
        ;;
    backup) exec "$here/backup.sh" backup ;;
    restore)
        file="${1:-}"
        [ -n "$file" ] || pt_die "usage: manage.sh restore FILE [--yes]"
        "$here/backup.sh" verify "$file"
        if [ "${2:-}" != "--yes" ]; then
            [ -t 0 ] || pt_die "restore replaces the whole database: add --yes to confirm"
            read -r -p "Stop PATRI-TECH and replace its database with $file? [y/N] " answer
            [[ "$answer" == [yY]* ]] || pt_die "cancelled"
        fi
        stop_all
        rc=0
        "$here/backup.sh" restore "$file" --yes --force || rc=$?
        start_all || rc=1
        exit "$rc"
        ;;
    -h|--help|help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) pt_die "unknown command '$cmd' (see --help)" ;;
esac
