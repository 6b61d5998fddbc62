#!/usr/bin/env bash
# Test stand-in for systemctl: runs app instances as background processes the way patritech@.service
# does (same environment file, same command line), for machines without systemd as PID 1.
# deploy.sh and manage.sh call it through PATRITECH_CTL:
#
#   proc-ctl.sh start|stop|restart|is-active|status PORT
#
# Reads PATRITECH_HOME (current.jar, jdk/), PATRITECH_ENV_FILE and PT_TEST_RUN (pid and log files).
set -euo pipefail

action="${1:?action}"
port="${2:?port}"
home="${PATRITECH_HOME:?}"
env_file="${PATRITECH_ENV_FILE:?}"
run="${PT_TEST_RUN:?}"
pid_file="$run/app-$port.pid"
log_file="$run/app-$port.log"

pid_of() { if [ -f "$pid_file" ]; then cat "$pid_file"; fi; }

alive() {  # a process that exists and is not a zombie
    local state
    [ -n "$1" ] && [ -r "/proc/$1/stat" ] || return 1
    state="$(sed 's/^.*) //' "/proc/$1/stat" | cut -d' ' -f1)"
    [ "$state" != "Z" ] && [ "$state" != "X" ]
}

is_running() { alive "$(pid_of)"; }

start() {
    if is_running; then return 0; fi
    (
        # EnvironmentFile= semantics: KEY=VALUE lines, one level of quotes removed.
        while IFS= read -r line || [ -n "$line" ]; do
            case "$line" in ''|'#'*) continue ;; esac
            key="${line%%=*}"
            value="${line#*=}"
            if [[ "$value" == \"*\" || "$value" == \'*\' ]]; then value="${value:1:${#value}-2}"; fi
            export "$key=$value"
        done < "$env_file"
        # The ExecStart= line of patritech@.service, with %i = port. JAVA_OPTS splits on spaces there too.
        # shellcheck disable=SC2086
        exec "$home/jdk/bin/java" ${JAVA_OPTS:-} -jar "$home/current.jar" \
            --server.port="$port" --server.address=127.0.0.1 --spring.profiles.active=prod
    ) >>"$log_file" 2>&1 </dev/null &
    echo $! > "$pid_file"
}

stop() {
    local pid i
    pid="$(pid_of)"
    if ! alive "$pid"; then
        rm -f "$pid_file"
        return 0
    fi
    kill -TERM "$pid"   # KillSignal=SIGTERM: graceful shutdown
    for ((i = 0; i < 450; i++)); do   # TimeoutStopSec=45
        alive "$pid" || break
        sleep 0.1
    done
    if alive "$pid"; then kill -KILL "$pid"; fi
    rm -f "$pid_file"
}

case "$action" in
    start) start ;;
    stop) stop ;;
    restart) stop; start ;;
    is-active) is_running ;;
    status)
        if is_running; then echo "patritech@$port: running (pid $(pid_of))"; else echo "patritech@$port: stopped"; exit 3; fi
        ;;
    *) echo "proc-ctl.sh: unknown action '$action'" >&2; exit 2 ;;
esac
