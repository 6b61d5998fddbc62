#!/usr/bin/env bash
# Test stand-in for systemctl: runs app instances as background processes the way patritech@.service
# does (its Environment= and ExecStart= lines, the same environment file), for machines without
# systemd as PID 1.
# deploy.sh and manage.sh call it through PATRITECH_CTL:
#
#   proc-ctl.sh start|stop|restart|is-active|status PORT
#
# Reads PT_TEST_UNIT (the unit file), PATRITECH_ENV_FILE and PT_TEST_RUN (pid and log files).
set -euo pipefail

action="${1:?action}"
port="${2:?port}"
unit="${PT_TEST_UNIT:?}"
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
        # Environment= lines of the unit (our unit quotes each whole assignment, as the shell does).
        while IFS= read -r line; do
            eval "export ${line#Environment=}"
        done < <(grep '^Environment=' "$unit")
        # EnvironmentFile= semantics: KEY=VALUE lines, one level of quotes removed; they win over Environment=.
        while IFS= read -r line || [ -n "$line" ]; do
            case "$line" in ''|'#'*) continue ;; esac
            key="${line%%=*}"
            value="${line#*=}"
            if [[ "$value" == \"*\" || "$value" == \'*\' ]]; then value="${value:1:${#value}-2}"; fi
            export "$key=$value"
        done < "$env_file"
        # The ExecStart= line of the unit, with %i = the port and systemd's "$$" = "$". Our line uses only
        # quoting that the shell reads the same way systemd does.
        command="$(sed -n 's/^ExecStart=//p' "$unit")"
        command="${command//%i/$port}"
        command="${command//\$\$/\$}"
        argv=()
        eval "argv=($command)"
        exec "${argv[@]}"
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
    enable|disable|reset-failed) ;;   # boot-time enablement and start limits are systemd's
    status)
        if is_running; then echo "patritech@$port: running (pid $(pid_of))"; else echo "patritech@$port: stopped"; exit 3; fi
        ;;
    *) echo "proc-ctl.sh: unknown action '$action'" >&2; exit 2 ;;
esac
