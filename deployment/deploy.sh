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
#   options: --keep N (releases kept, default 5), --no-nginx (skip nginx -t / reload),
#            --reload-nginx (reload even when nginx's configuration did not change)
#
# For each instance (ports from the nginx upstream): restart, wait for /actuator/health/readiness, then
# the next one; nginx retries the other instances meanwhile. If an instance does not become ready, the
# previous release is put back and the instances are restarted on it, and the script exits non-zero.
# nginx is checked (nginx -t) first and reloaded at the end when its configuration (nginx -T) changed
# since the last reload: a graceful reload can still cut a request that reaches nginx at that very
# moment, so a deploy that changes nothing in nginx does not reload it.
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
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

# Restarts the given instances (default: all), one at a time. Returns 1 at the first one that does not
# become ready, leaving the rest untouched; "touched" lists the instances restarted so far.
touched=()
rolling_restart() {
    local ports port
    ports="${*:-$(pt_instances)}"
    touched=()
    [ -n "$ports" ] || { pt_log "no instances found (nginx upstream or PATRITECH_INSTANCES)"; return 1; }
    pt_log "rolling restart of instance(s): $ports"
    for port in $ports; do
        if (( ${#touched[@]} > 0 )); then
            # nginx marks an instance that refused a connection as failed for fail_timeout (5s): let it
            # take the restarted one back before the next instance goes down.
            sleep "${PATRITECH_SETTLE_SECONDS:-6}"
        fi
        pt_log "restarting instance $port"
        touched+=("$port")
        pt_ctl restart "$port" || { pt_log "restart of $port failed"; return 1; }
        pt_wait_ready "$port" || return 1
    done
}

rollback_to() {  # $1: release to go back to; restarts the instances $2... (default: all) on it
    local target="$1"
    shift
    if [ -z "$target" ] || [ ! -f "$target" ]; then
        pt_log "no previous release to roll back to"
        return 1
    fi
    pt_log "ROLLING BACK to $(basename "$target")"
    switch_to "$target"
    if rolling_restart "$@"; then
        pt_log "rollback done: instances run $(basename "$target")"
        return 0
    fi
    pt_log "rollback FAILED: check 'manage.sh status' and the logs"
    return 1
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

# One deploy at a time.
install -d -m 0755 "$PATRITECH_HOME"
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
    restart)
        check_nginx
        rolling_restart || pt_die "rolling restart failed"
        reload_nginx
        exit 0
        ;;
    rollback)
        check_nginx
        prev="$(previous_release)"
        [ -n "$prev" ] || pt_die "there is no release before $(basename "$(current_release)")"
        rollback_to "$prev" || exit 1
        reload_nginx
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
new="$(install_release "$jar")"
pt_log "installed release $(basename "$new")"
switch_to "$new"
if ! rolling_restart; then
    pt_log "release $(basename "$new") did not become ready"
    if [ -n "$old" ]; then
        rollback_to "$old" "${touched[@]}" || true
        rm -f -- "$new"
        pt_log "removed the failed release $(basename "$new")"
    fi
    reload_nginx || true
    pt_die "deploy FAILED; running $( [ -n "$old" ] && basename "$old" || echo 'nothing' )"
fi
reload_nginx
prune_releases
pt_log "deploy done: $(basename "$new") on instance(s) $(pt_instances)"
