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
#   PATRITECH_READY_TIMEOUT seconds an instance may take to report ready (default 180); a release that does
#                         not answer UP by then is abandoned (it never got a request)
#   PATRITECH_NGINX_ROUTES /etc/nginx/patritech-routes.conf: the upstreams nginx routes to, rendered by deploy.sh
#                         with ready instances only (the site includes it)
#   PATRITECH_PORT_OFFSET  100: a deploy starts the new release on PORT+100 (or back on PORT) beside the old one
#   PATRITECH_DRAIN_SECONDS 3600: how long an old instance keeps serving its signed-in browsers after a deploy
#   PATRITECH_DRAIN_NOTICE_SECONDS 300: that long before the drain limit, the old instance's screens show "a new
#                         version is ready" (POST /actuator/newversion on 127.0.0.1); = PATRITECH_DRAIN_SECONDS: at once

PATRITECH_HOME="${PATRITECH_HOME:-/opt/patritech}"
PATRITECH_ENV_FILE="${PATRITECH_ENV_FILE:-/etc/patritech/patritech.env}"
PATRITECH_NGINX_SITE="${PATRITECH_NGINX_SITE:-/etc/nginx/sites-available/patritech}"
PATRITECH_BACKUP_DIR="${PATRITECH_BACKUP_DIR:-/var/backups/patritech}"
PATRITECH_READY_TIMEOUT="${PATRITECH_READY_TIMEOUT:-180}"
PATRITECH_NGINX="${PATRITECH_NGINX:-nginx}"
PATRITECH_NGINX_ROUTES="${PATRITECH_NGINX_ROUTES:-/etc/nginx/patritech-routes.conf}"
PATRITECH_PORT_OFFSET="${PATRITECH_PORT_OFFSET:-100}"
PATRITECH_DRAIN_SECONDS="${PATRITECH_DRAIN_SECONDS:-3600}"
PATRITECH_DRAIN_NOTICE_SECONDS="${PATRITECH_DRAIN_NOTICE_SECONDS:-300}"

pt_log() { printf '%s [%s] %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "${PT_SCRIPT:-patritech}" "$*" >&2; }
pt_die() { pt_log "ERROR: $*"; exit 1; }

# The configured app instances: PATRITECH_INSTANCES, else the "# patritech-instances: PORT..." line that render.sh
# writes into the nginx site (older sites: the "server 127.0.0.1:PORT" lines of its "upstream patritech" block).
# A deploy runs each on PORT or on its twin PORT+PATRITECH_PORT_OFFSET (see pt_active_ports).
pt_instances() {
    if [ -n "${PATRITECH_INSTANCES:-}" ]; then
        echo "$PATRITECH_INSTANCES"
        return
    fi
    [ -r "$PATRITECH_NGINX_SITE" ] || pt_die "cannot read $PATRITECH_NGINX_SITE; set PATRITECH_INSTANCES"
    local ports
    ports="$(sed -n 's/^# patritech-instances:[[:space:]]*//p' "$PATRITECH_NGINX_SITE" | head -n 1)"
    [ -n "$ports" ] || ports="$(awk '
        /^[[:space:]]*upstream[[:space:]]+patritech[[:space:]]*\{/ { inside = 1; next }
        inside && /\}/ { inside = 0 }
        inside && /^[[:space:]]*server[[:space:]]+(127\.0\.0\.1|localhost|\[::1\]):[0-9]+/ {
            sub(/^[[:space:]]*server[[:space:]]+/, ""); sub(/[;[:space:]].*$/, ""); sub(/^.*:/, ""); print
        }' "$PATRITECH_NGINX_SITE" | tr '\n' ' ')"
    ports="${ports% }"
    [ -n "$ports" ] || pt_die "no '# patritech-instances: PORT...' line in $PATRITECH_NGINX_SITE"
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
    elif [ "$action" = "restart" ] || [ "$action" = "start" ]; then
        # Failed deploys in a row hit the unit's start limit (StartLimitBurst): clear it first.
        systemctl reset-failed "patritech@$port.service" 2>/dev/null || true
        systemctl "$action" "patritech@$port.service"
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

# ---------------------------------------------------------------- routing (blue/green per instance)
# Each configured instance PORT has a twin PORT+PATRITECH_PORT_OFFSET. A deploy starts the new release on the
# twins that are not running, adds them to nginx only once ready, and lets the old ones drain. The state file
# lists "active PORT" and "draining PORT SINCE" lines; the nginx routes file is rendered from it.
pt_routing_state() { echo "$PATRITECH_HOME/routing.state"; }

pt_active_ports() {  # the instances nginx sends new browsers to
    local state
    state="$(pt_routing_state)"
    if [ -s "$state" ] && grep -q '^active ' "$state"; then
        awk '$1 == "active" { printf "%s%s", sep, $2; sep = " " } END { print "" }' "$state"
    else
        pt_instances
    fi
}

pt_draining_ports() {  # old instances still serving the browsers whose route cookie names them
    local state
    state="$(pt_routing_state)"
    [ -s "$state" ] || return 0
    awk '$1 == "draining" { printf "%s%s", sep, $2; sep = " " } END { print "" }' "$state"
}

# Writes the routes file for the given active and draining ports: one upstream per instance (its route cookie
# maps to it; the active ones are its backups) and the pool "patritech" of the active ones for new browsers.
pt_write_routes() {  # $1: active ports, $2: draining ports
    local active="$1" draining="$2" port other out
    out="# GENERATED by deploy.sh ($(date -u '+%Y-%m-%d %H:%M:%S') UTC): only instances whose readiness probe answered UP."
    out+=$'\n'"# active: $active; draining: ${draining:-none}"$'\n'
    out+=$'upstream patritech {\n    least_conn;\n'
    for port in $active; do out+="    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'; done
    out+=$'    keepalive 16;\n}\n'
    for port in $active $draining; do
        out+="upstream patritech_$port {"$'\n'"    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
        for other in $active; do
            [ "$other" = "$port" ] || out+="    server 127.0.0.1:$other backup;"$'\n'
        done
        out+=$'    keepalive 8;\n}\n'
    done
    out+=$'map $cookie_patritech_route $patritech_backend {\n    default patritech;\n'
    for port in $active $draining; do out+="    $port patritech_$port;"$'\n'; done
    out+=$'}\n'
    printf '%s' "$out" > "$PATRITECH_NGINX_ROUTES.new"
    mv -f "$PATRITECH_NGINX_ROUTES.new" "$PATRITECH_NGINX_ROUTES"
}

# Records the state, renders the routes and reloads nginx (after nginx -t). Returns non-zero when nginx refused.
pt_route() {  # $1: active ports, $2: draining ports ("PORT:SINCE" or PORT)
    local active="$1" draining="" entry state backup
    state="$(pt_routing_state)"
    backup="$PATRITECH_NGINX_ROUTES.previous"
    [ -f "$PATRITECH_NGINX_ROUTES" ] && cp -f "$PATRITECH_NGINX_ROUTES" "$backup"
    for entry in $2; do draining+="${entry%%:*} "; done
    pt_write_routes "$active" "${draining% }"
    if ! pt_nginx -t -q 2>/dev/null; then
        [ -f "$backup" ] && mv -f "$backup" "$PATRITECH_NGINX_ROUTES"
        pt_log "nginx -t refused the new routes: routing unchanged"
        return 1
    fi
    {
        for entry in $active; do echo "active $entry"; done
        for entry in $2; do echo "draining ${entry%%:*} ${entry#*:}"; done
    } > "$state.new"
    mv -f "$state.new" "$state"
    pt_nginx_reload || { pt_log "nginx reload failed"; return 1; }
    pt_log "nginx routes new browsers to: $active${draining:+; draining: ${draining% }}"
}

pt_vaadin_sessions() {  # number of browser sessions on an instance (its metrics, this machine only); empty if unknown
    curl -fsS --max-time 3 "http://127.0.0.1:$1/actuator/prometheus" 2>/dev/null \
        | awk '/^patritech_vaadin_sessions[ {]/ { v = $NF } END { if (v != "") printf "%d\n", v }'
}

# Tells a draining instance that a new version serves new browsers and that it stops in $2 seconds: its screens show a
# notice with a button to switch (actuator "newversion", this machine only). Prints how many browser tabs were told;
# nothing when the instance could not be told (e.g. a release older than the endpoint).
pt_announce_new_version() {
    curl -fsS --max-time 5 -X POST -H 'Content-Type: application/json' -d "{\"stopsInSeconds\":$2}" \
        "http://127.0.0.1:$1/actuator/newversion" 2>/dev/null | sed -n 's/.*"browserTabsTold":\([0-9]*\).*/\1/p'
}
