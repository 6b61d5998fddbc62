#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Zero-downtime deploy of PATRI-TECH: installs a new release and restarts the instances one at a time.
#
#   deploy.sh                    build the jar from the checkout this script lives in, then deploy it
#   deploy.sh --jar FILE         deploy an already built jar
#   deploy.sh --source DIR       build from another checkout (./mvnw -B -q -DskipTests package)
#   deploy.sh --rollback         go back to the previous release (rolling restart)
#   deploy.sh --restart          rolling restart of the current release
#   deploy.sh --list             list the releases (* = current)
#   deploy.sh --nginx            only nginx -t and reload (e.g. after adding an instance to the upstream)
#   deploy.sh --drain            stop the draining old instances once their sessions end (or the limit passes)
#   options: --keep N (releases kept, default 5), --no-nginx (skip nginx -t / reload), --wait (wait for the drain),
#            --contract (accept migrations that drop/rename/tighten: the old release is stopped without a drain),
#            --reload-nginx (reload even when nginx's configuration did not change)
#
# Blue/green per instance: the release starts on the twin port of each instance (PORT <-> PORT+100) beside the
# old one; nginx gets it only once its readiness probe answers UP (routes file re-rendered, nginx -t, reload).
# A release that does not become ready within PATRITECH_READY_TIMEOUT (or exits) is stopped and abandoned: it
# never got a request and the old instances never stopped. Browsers whose route cookie names an old instance
# stay on it (no logout) until its sessions end or PATRITECH_DRAIN_SECONDS pass, then it stops (deploy.sh
# --drain, started in the background; --wait waits for it). Needs memory for two releases during the drain.
# Database migrations must follow the expand/contract rule of README.md section 3: both releases share the schema.
# Paths and process control come from the environment (see lib/common.sh).
set -euo pipefail

PT_SCRIPT=deploy
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
. "$here/lib/common.sh"

mode=deploy
jar=""
source_dir=""
keep=5
use_nginx=1
force_reload=0
wait_drain=0
allow_contract=0

while [ $# -gt 0 ]; do
    case "$1" in
        --jar) jar="$2"; shift 2 ;;
        --source) source_dir="$2"; shift 2 ;;
        --keep) keep="$2"; shift 2 ;;
        --rollback) mode=rollback; shift ;;
        --restart) mode=restart; shift ;;
        --list) mode=list; shift ;;
        --no-nginx) use_nginx=0; shift ;;
        --reload-nginx) force_reload=1; shift ;;
        --nginx) mode=nginx; shift ;;
        --drain) mode=drain; shift ;;
        --wait) wait_drain=1; shift ;;
        --contract) allow_contract=1; shift ;;
        -h|--help) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) pt_die "unknown argument '$1' (see --help)" ;;
    esac
done
if ! [[ "$keep" =~ ^[0-9]+$ ]] || (( keep < 2 )); then pt_die "--keep needs a number >= 2"; fi

releases="$PATRITECH_HOME/releases"
current_link="$PATRITECH_HOME/current.jar"

current_release() { if [ -L "$current_link" ]; then readlink -f "$current_link"; fi; }

# Releases sorted oldest first (names start with a UTC timestamp).
list_releases() { find "$releases" -maxdepth 1 -type f -name 'patritech-*.jar' 2>/dev/null | sort; }

switch_to() {  # atomically point current.jar at $1
    ln -sfn "$1" "$current_link.new"
    mv -Tf "$current_link.new" "$current_link"
    pt_log "current release: $(basename "$1")"
}

previous_release() {  # the newest release older than the current one
    local cur prev="" r
    cur="$(current_release)"
    while IFS= read -r r; do
        [ "$r" = "$cur" ] && break
        prev="$r"
    done < <(list_releases)
    echo "$prev"
}

check_nginx() {
    (( use_nginx )) || return 0
    pt_log "checking the nginx configuration"
    pt_nginx -t -q || pt_die "nginx -t failed; nothing was changed"
}

reload_nginx() {
    (( use_nginx )) || return 0
    pt_nginx -t -q || { pt_log "nginx -t failed: nginx NOT reloaded"; return 1; }
    local stamp="$PATRITECH_HOME/.nginx-config.sha256" sum
    sum="$(pt_nginx -T 2>/dev/null | sha256sum | cut -d' ' -f1)"
    if (( ! force_reload )) && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then
        pt_log "nginx configuration unchanged since the last reload: not reloaded (--reload-nginx forces it)"
        return 0
    fi
    pt_nginx_reload || { pt_log "nginx reload failed"; return 1; }
    echo "$sum" > "$stamp"
    pt_log "nginx reloaded"
}

# Starts release $1 beside the running instances and routes new browsers to it once every new instance is
# ready; the old ones drain. Returns 1 (and stops what it started, routing untouched) when one is not ready.
bring_up() {
    local release="$1" port home twin active new_ports="" old_ports="" started=()
    finish_drain now
    active=" $(pt_active_ports) "
    # Each configured instance (the site's "# patritech-instances:" line) runs on PORT or its twin: the new release
    # goes to whichever of the two is not serving now, beside the old one, which drains.
    for home in $(pt_instances); do
        twin=$(( home + PATRITECH_PORT_OFFSET ))
        if [[ "$active" == *" $home "* ]] && pt_ctl is-active "$home" >/dev/null 2>&1; then
            old_ports+="$home "
            new_ports+="$twin "
        elif [[ "$active" == *" $twin "* ]] && pt_ctl is-active "$twin" >/dev/null 2>&1; then
            old_ports+="$twin "
            new_ports+="$home "
        else
            new_ports+="$home "   # not running (or new in the list): nothing to drain, start it in place
        fi
    done
    # An instance removed from the list gets no successor: it drains like the others, then stops.
    for port in $active; do
        [[ " $new_ports $old_ports " == *" $port "* ]] && continue
        if pt_ctl is-active "$port" >/dev/null 2>&1; then
            pt_log "instance $port is no longer in the site's instance list: it drains and stops"
            old_ports+="$port "
        fi
    done
    new_ports="${new_ports% }"
    old_ports="${old_ports% }"
    install -d -m 0755 "$PATRITECH_HOME/instances"
    pt_log "starting $(basename "$release") on instance(s) $new_ports${old_ports:+ beside $old_ports}"
    # One at a time: half the CPU and memory peak of starting all at once, and instances never race each other
    # through first-start work (e.g. creating the first administrator on an empty database).
    for port in $new_ports; do
        ln -sfn "$release" "$PATRITECH_HOME/instances/$port.jar"
        started+=("$port")
        pt_ctl restart "$port" || { pt_log "start of $port failed"; abandon "${started[@]}"; return 1; }
        pt_wait_ready "$port" || { abandon "${started[@]}"; return 1; }
    done
    local since draining=""
    since="$(date +%s)"
    for port in $old_ports; do draining+="$port:$since "; done
    pt_route "$new_ports" "${draining% }" || { abandon "${started[@]}"; return 1; }
    for port in $new_ports; do pt_ctl enable "$port" >/dev/null 2>&1 || true; done
    for port in $old_ports; do pt_ctl disable "$port" >/dev/null 2>&1 || true; done
}

abandon() {  # stops instances that never got a request (they were never in nginx's routes)
    local port
    for port in "$@"; do
        pt_log "abandoning instance $port (never routed)"
        pt_ctl stop "$port" || true
        rm -f "$PATRITECH_HOME/instances/$port.jar"
    done
}

# Stops the draining instances whose sessions ended or whose time is up ($1 = now: all of them at once).
# Each leaves nginx's routes before it stops, so no request reaches a stopping instance.
finish_drain() {
    local state port since sessions keep="" done_ports=""
    state="$(pt_routing_state)"
    [ -n "$(pt_draining_ports)" ] || return 0
    while read -r _ port since; do
        sessions="$(pt_vaadin_sessions "$port")"
        if [ "${1:-}" = now ] || [ "${sessions:-0}" = 0 ] || (( $(date +%s) - since >= PATRITECH_DRAIN_SECONDS )); then
            if [ "${1:-}" = now ] && [ "${sessions:-0}" != 0 ]; then
                pt_log "WARNING: a new deploy ends the drain of $port early: its $sessions session(s) are signed out"
            fi
            pt_log "instance $port drained (${sessions:-?} session(s) left, $(( $(date +%s) - since ))s); stopping it"
            done_ports+="$port "
        else
            keep+="$port:$since "
            announce_new_version "$port" "$since"
        fi
    done < <(grep '^draining ' "$state")
    [ -n "$done_ports" ] || return 0
    pt_route "$(pt_active_ports)" "${keep% }" || return 1
    for port in $done_ports; do
        pt_ctl stop "$port" || true
        rm -f "$PATRITECH_HOME/instances/$port.jar" "$PATRITECH_HOME/notice-$port"
    done
}

# Once the drain limit of an old instance is PATRITECH_DRAIN_NOTICE_SECONDS away, its screens are told (once per drain)
# that a new version is ready, with the time left and a button that moves the user to it.
announce_new_version() {  # $1: port, $2: since (start of its drain)
    local port="$1" since="$2" left told notice="$PATRITECH_HOME/notice-$1"
    left=$(( PATRITECH_DRAIN_SECONDS - ($(date +%s) - since) ))
    (( left <= PATRITECH_DRAIN_NOTICE_SECONDS )) || return 0
    [ "$(cat "$notice" 2>/dev/null)" = "$since" ] && return 0
    (( left < 0 )) && left=0
    told="$(pt_announce_new_version "$port" "$left")"
    echo "$since" > "$notice"
    if [ -n "$told" ]; then
        pt_log "instance $port: told its $told open browser tab(s) that a new version is ready (this one stops in ${left}s)"
    else
        pt_log "WARNING: instance $port could not be told about the new version (no /actuator/newversion?); it stops in ${left}s"
    fi
}

drain_in_background() {
    [ -n "$(pt_draining_ports)" ] || return 0
    if (( wait_drain )); then
        exec 9>&-   # the drain takes the deploy lock itself
        "$0" --drain
        return
    fi
    local log="$PATRITECH_HOME/drain.log" pid_file="$PATRITECH_HOME/drain.pid"
    if [ -s "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
        pt_log "the running drain (pid $(cat "$pid_file")) takes over $(pt_draining_ports)"
        return 0
    fi
    nohup setsid "$0" --drain >>"$log" 2>&1 9>&- </dev/null &
    echo "$!" > "$pid_file"
    pt_log "old instance(s) $(pt_draining_ports) drain in the background (limit ${PATRITECH_DRAIN_SECONDS}s, log $log)"
}

# Migrations of the new jar that the running release does not have and that the running release may not survive
# (expand/contract rule, README section 3): drop, rename, not null, type changes. Prints "file: line" for each.
contract_migrations() {  # $1: new jar, $2: running jar
    local tmp jar_tool="$PATRITECH_HOME/jdk/bin/jar" f
    [ -x "$jar_tool" ] || jar_tool="$(command -v jar || true)"
    [ -n "$jar_tool" ] && [ -f "$2" ] || return 0
    tmp="$(mktemp -d)"
    mkdir "$tmp/new" "$tmp/old"
    (cd "$tmp/new" && "$jar_tool" xf "$1" BOOT-INF/classes/db/migration 2>/dev/null) || true
    (cd "$tmp/old" && "$jar_tool" xf "$2" BOOT-INF/classes/db/migration 2>/dev/null) || true
    while IFS= read -r f; do
        [ -f "$tmp/old/$f" ] && continue
        grep -HinE '\b(drop|rename)\b|set[[:space:]]+not[[:space:]]+null|alter[[:space:]]+column[^;]*[[:space:]]type[[:space:]]' \
            "$tmp/new/$f" | sed "s#^$tmp/new/BOOT-INF/classes/##"
    done < <(cd "$tmp/new" && find . -name '*.sql' | sed 's#^\./##' | sort)
    rm -rf "$tmp"
}

build_jar() {
    local dir="$1" built
    [ -x "$dir/mvnw" ] || pt_die "no ./mvnw in $dir; pass --jar FILE"
    # Build with the JDK the unit runs on, unless the caller chose one.
    if [ -z "${JAVA_HOME:-}" ] && [ -x "$PATRITECH_HOME/jdk/bin/javac" ]; then
        export JAVA_HOME="$PATRITECH_HOME/jdk"
    fi
    pt_log "building in $dir"
    (cd "$dir" && ./mvnw -B -q -DskipTests package) >&2 || pt_die "build failed"
    built="$(find "$dir/target" -maxdepth 1 -name 'patritech-*.jar' ! -name '*.original' | sort | tail -n 1)"
    [ -n "$built" ] || pt_die "the build produced no target/patritech-*.jar"
    echo "$built"
}

install_release() {  # copies $1 into releases/ and prints the new path
    local src="$1" name stamp revision=""
    [ -f "$src" ] || pt_die "no such jar: $src"
    [ "$(head -c 2 "$src")" = "PK" ] || pt_die "$src is not a jar"
    stamp="$(date -u +%Y%m%d-%H%M%S)"
    if [ -n "$source_dir" ] && git -C "$source_dir" rev-parse --short HEAD >/dev/null 2>&1; then
        revision="-$(git -C "$source_dir" rev-parse --short HEAD)"
    fi
    name="patritech-$stamp$revision.jar"
    install -d -m 0755 "$releases"
    install -m 0644 "$src" "$releases/$name"
    echo "$releases/$name"
}

prune_releases() {  # keeps the newest $keep, and always the current and the previous one
    local cur prev all count r
    cur="$(current_release)"
    prev="$(previous_release)"
    mapfile -t all < <(list_releases)
    count=${#all[@]}
    for r in "${all[@]}"; do
        (( count > keep )) || break
        if [ "$r" != "$cur" ] && [ "$r" != "$prev" ]; then
            rm -f -- "$r"
            pt_log "removed old release $(basename "$r")"
        fi
        count=$(( count - 1 ))
    done
}

# One deploy at a time (the drain waits for the lock only while it changes the routes).
install -d -m 0755 "$PATRITECH_HOME"
if [ "$mode" = drain ]; then
    pt_log "draining $(pt_draining_ports) (until their sessions end, at most ${PATRITECH_DRAIN_SECONDS}s)"
    while [ -n "$(pt_draining_ports)" ]; do
        sleep "${PATRITECH_DRAIN_POLL_SECONDS:-5}"
        exec 9>"$PATRITECH_HOME/.deploy.lock"
        flock 9
        finish_drain || true
        exec 9>&-
    done
    pt_log "drain done"
    exit 0
fi
exec 9>"$PATRITECH_HOME/.deploy.lock"
flock -n 9 || pt_die "another deploy is running"

case "$mode" in
    list)
        cur="$(current_release)"
        while IFS= read -r r; do
            if [ "$r" = "$cur" ]; then echo "* $(basename "$r")"; else echo "  $(basename "$r")"; fi
        done < <(list_releases)
        exit 0
        ;;
    nginx)
        check_nginx
        reload_nginx
        exit
        ;;
    restart|rollback)
        check_nginx
        target="$(current_release)"
        if [ "$mode" = rollback ]; then
            target="$(previous_release)"
            [ -n "$target" ] || pt_die "there is no release before $(basename "$(current_release)")"
            pt_log "ROLLING BACK to $(basename "$target")"
        fi
        [ -n "$target" ] || pt_die "no current release"
        bring_up "$target" || pt_die "$mode failed; the running instances were not touched"
        switch_to "$target"
        drain_in_background
        exit 0
        ;;
esac

# deploy
if [ -z "$jar" ]; then
    [ -n "$source_dir" ] || source_dir="$(cd "$here/.." && pwd)"
    jar="$(build_jar "$source_dir")"
fi
check_nginx
old="$(current_release)"
contract="$(contract_migrations "$(readlink -f "$jar")" "$old")"
if [ -n "$contract" ]; then
    pt_log "the new release has migrations the running release may not work with (expand/contract, README section 3):"
    printf '    %s\n' "$contract" >&2
    if (( ! allow_contract )); then
        pt_die "refused: ship the contract step one release later, or deploy with --contract (no drain: signed-in users of the old release are logged out)"
    fi
    PATRITECH_DRAIN_SECONDS=0
    pt_log "WARNING: --contract: the old instances stop right after the switch (no drain)"
fi
new="$(install_release "$jar")"
pt_log "installed release $(basename "$new")"
if ! bring_up "$new"; then
    rm -f -- "$new"
    pt_log "removed the failed release $(basename "$new")"
    pt_die "deploy FAILED: release never routed; still running $( [ -n "$old" ] && basename "$old" || echo 'nothing' ) on $(pt_active_ports)"
fi
switch_to "$new"
prune_releases
pt_log "deploy done: $(basename "$new") on instance(s) $(pt_active_ports)"
drain_in_background
