# shellcheck shell=bash
# Shared by deploy.sh, manage.sh and backup.sh. Every path and the process control can be changed
# through the environment, which is how deployment/test/run-tests.sh drives the same code without systemd.
#
#   PATRITECH_HOME        /opt/patritech      releases/, current.jar (symlink), jdk (symlink)
#   PATRITECH_ENV_FILE    /etc/patritech/patritech.env
#   PATRITECH_NGINX_SITE  /etc/nginx/sites-available/patritech  (its upstream lists the instance ports)
#   PATRITECH_INSTANCES   ports of the app instances; default: read from the nginx upstream
#   PATRITECH_BACKUP_DIR  /var/backups/patritech
#   PATRITECH_CTL         command called as "CMD start|stop|restart|is-active|status PORT" instead of systemctl
#   PATRITECH_NGINX       nginx command line (default "nginx"), e.g. "nginx -c /tmp/x/nginx.conf -p /tmp/x"
#   PATRITECH_NGINX_RELOAD command that reloads nginx (default: systemctl reload nginx, else nginx -s reload)
#   PATRITECH_READY_TIMEOUT seconds an instance may take to report ready (default 180)

PATRITECH_HOME="${PATRITECH_HOME:-/opt/patritech}"
PATRITECH_ENV_FILE="${PATRITECH_ENV_FILE:-/etc/patritech/patritech.env}"
PATRITECH_NGINX_SITE="${PATRITECH_NGINX_SITE:-/etc/nginx/sites-available/patritech}"
PATRITECH_BACKUP_DIR="${PATRITECH_BACKUP_DIR:-/var/backups/patritech}"
PATRITECH_READY_TIMEOUT="${PATRITECH_READY_TIMEOUT:-180}"
PATRITECH_NGINX="${PATRITECH_NGINX:-nginx}"

pt_log() { printf '%s [%s] %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "${PT_SCRIPT:-patritech}" "$*" >&2; }
pt_die() { pt_log "ERROR: $*"; exit 1; }

# The ports of the app instances: PATRITECH_INSTANCES, else the "server 127.0.0.1:PORT" lines of the
# "upstream patritech" block of the nginx site (one line per instance).
pt_instances() {
    if [ -n "${PATRITECH_INSTANCES:-}" ]; then
        echo "$PATRITECH_INSTANCES"
        return
    fi
    [ -r "$PATRITECH_NGINX_SITE" ] || pt_die "cannot read $PATRITECH_NGINX_SITE; set PATRITECH_INSTANCES"
    local ports
    ports="$(awk '
        /^[[:space:]]*upstream[[:space:]]+patritech[[:space:]]*\{/ { inside = 1; next }
        inside && /\}/ { inside = 0 }
        inside && /^[[:space:]]*server[[:space:]]+(127\.0\.0\.1|localhost|\[::1\]):[0-9]+/ {
            sub(/^[[:space:]]*server[[:space:]]+/, ""); sub(/[;[:space:]].*$/, ""); sub(/^.*:/, ""); print
        }' "$PATRITECH_NGINX_SITE" | tr '\n' ' ')"
    ports="${ports% }"
    [ -n "$ports" ] || pt_die "no 'server 127.0.0.1:PORT' line in the upstream of $PATRITECH_NGINX_SITE"
    echo "$ports"
}

# Process control: systemd in production, any command in PATRITECH_CTL (the test's background processes).
pt_ctl() {
    local action="$1" port="$2"
    if [ -n "${PATRITECH_CTL:-}" ]; then
        # fd 9 is deploy.sh's lock: started processes must not inherit it.
        "$PATRITECH_CTL" "$action" "$port" 9>&-
    elif [ "$action" = "is-active" ]; then
        systemctl is-active --quiet "patritech@$port.service"
    elif [ "$action" = "status" ]; then
        systemctl status --no-pager --lines=5 "patritech@$port.service"
    else
        systemctl "$action" "patritech@$port.service"
    fi
}

pt_readiness_url() { echo "http://127.0.0.1:$1/actuator/health/readiness"; }

pt_is_ready() {
    local body
    body="$(curl -fsS --max-time 3 "$(pt_readiness_url "$1")" 2>/dev/null)" || return 1
    [[ "$body" == *'"status":"UP"'* ]]
}

# Waits until the instance on port $1 reports ready. Fails after PATRITECH_READY_TIMEOUT seconds, or
# early when its process is gone for three checks in a row (crashed at start).
pt_wait_ready() {
    local port="$1" timeout="${2:-$PATRITECH_READY_TIMEOUT}" start dead=0
    start=$SECONDS
    while (( SECONDS - start < timeout )); do
        if pt_is_ready "$port"; then
            pt_log "instance $port is ready ($(( SECONDS - start ))s)"
            return 0
        fi
        if pt_ctl is-active "$port" >/dev/null 2>&1; then
            dead=0
        else
            dead=$(( dead + 1 ))
            if (( dead >= 3 )); then
                pt_log "instance $port is not running"
                return 1
            fi
        fi
        sleep 1
    done
    pt_log "instance $port did not become ready within ${timeout}s"
    return 1
}

pt_nginx() {
    # PATRITECH_NGINX is a command line; word splitting is intended.
    # shellcheck disable=SC2086
    $PATRITECH_NGINX "$@"
}

pt_nginx_reload() {
    if [ -n "${PATRITECH_NGINX_RELOAD:-}" ]; then
        bash -c "$PATRITECH_NGINX_RELOAD"
    elif command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet nginx 2>/dev/null; then
        systemctl reload nginx
    else
        pt_nginx -s reload
    fi
}

# Reads one variable from the environment file without executing it (values may hold any character).
pt_env_value() {
    local name="$1" line value=""
    [ -r "$PATRITECH_ENV_FILE" ] || pt_die "cannot read $PATRITECH_ENV_FILE"
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in
            "$name="*) value="${line#"$name="}" ;;
        esac
    done < "$PATRITECH_ENV_FILE"
    # strip one level of surrounding quotes, as systemd does
    if [[ "$value" == \"*\" || "$value" == \'*\' ]]; then
        value="${value:1:${#value}-2}"
    fi
    printf '%s' "$value"
}
