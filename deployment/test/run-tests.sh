#!/usr/bin/env bash
# End-to-end test of deployment/: real nginx and PostgreSQL (Debian packages), two app instances,
# the production nginx site and systemd unit, deploy.sh, manage.sh and backup.sh, the alerting rules (promtool)
# and a real Prometheus scraping the instances.
# Run as root on Debian 12 / Ubuntu 24.04 (installs what is missing with apt-get):
#
#   bash deployment/test/run-tests.sh
#
# Environment:
#   JAVA_HOME       JDK 21+ (default /usr/lib/jvm/temurin-25-jdk-amd64)
#   PATRITECH_JAR   an already built jar (skips ./mvnw package)
#   PT_TEST_KEEP=1  keep the work directory (logs, rendered configuration) after the run
#   PT_TEST_PORT_BASE  first of the local ports used (default 18080): +0 http, +1/+2 app, +3 https,
#                      +4 TLS 1.0 control server, then the control nginx's https, +5 PostgreSQL, +6 Prometheus,
#                      +7 the control nginx's http, +101/+102 the app instances' twins (blue/green)
#
# No systemd is needed: PostgreSQL, nginx and the app instances run as background processes on
# 127.0.0.1, and deploy.sh/manage.sh drive the instances through test/proc-ctl.sh (PATRITECH_CTL).
# Prints PASS/FAIL per check and ends with "N passed, M failed"; exits non-zero on any failure.
set -uo pipefail

started=$SECONDS
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
deploy_dir="$(cd "$here/.." && pwd)"
repo="$(cd "$deploy_dir/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
case "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" in
    *'"1.'*|*'"1'[0-9]'.'*|*'"20'*) JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ;;  # too old: use 25
esac
base="${PT_TEST_PORT_BASE:-18080}"
http_port=$base
app1=$((base + 1))
app2=$((base + 2))
https_port=$((base + 3))
control_port=$((base + 4))
pg_port=$((base + 5))
prom_port=$((base + 6))
control_http_port=$((base + 7))
host=localhost
url="https://$host:$https_port"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() {  # check "description" command...
    local description="$1"
    shift
    if "$@"; then pass "$description"; else fail "$description"; fi
}
info() { echo "---- $* ($((SECONDS - started))s)"; }

if [ "$(id -u)" -ne 0 ]; then echo "run-tests.sh must run as root" >&2; exit 2; fi

# ---------------------------------------------------------------- prerequisites
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so
install_prerequisites() {
    local missing=()
    command -v nginx >/dev/null || missing+=(nginx)
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
    command -v psql >/dev/null || missing+=(postgresql-client)
    command -v openssl >/dev/null || missing+=(openssl)
    command -v curl >/dev/null || missing+=(curl)
    command -v shellcheck >/dev/null || missing+=(shellcheck)
    command -v systemd-analyze >/dev/null || missing+=(systemd)
    command -v flock >/dev/null || missing+=(util-linux)
    command -v ps >/dev/null || missing+=(procps)
    command -v promtool >/dev/null || missing+=(prometheus)
    command -v age >/dev/null || missing+=(age)
    command -v rsync >/dev/null || missing+=(rsync)
    [ -f "$brotli_module" ] || missing+=(libnginx-mod-http-brotli-filter)   # what setup.sh installs for nginx
    command -v brotli >/dev/null || missing+=(brotli)                         # to decode what nginx sends
    [ ${#missing[@]} -eq 0 ] && return 0
    info "installing ${missing[*]}"
    # Keep the packages from starting their own services (port 80, 5432) while installing.
    local policy_added=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        policy_added=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    local rc=$?
    [ "$policy_added" = 1 ] && rm -f /usr/sbin/policy-rc.d
    return $rc
}
install_prerequisites || { echo "could not install the prerequisites" >&2; exit 2; }
pg_bin="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -n 1)"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
twin1=$((app1 + 100))
twin2=$((app2 + 100))
for p in $http_port $app1 $app2 $https_port $control_port $pg_port $prom_port $control_http_port $twin1 $twin2; do
    if port_in_use "$p"; then echo "port $p is in use; set PT_TEST_PORT_BASE" >&2; exit 2; fi
done

# ---------------------------------------------------------------- work directory and clean-up
work="$(mktemp -d /tmp/patritech-deploy-test.XXXXXX)"
chmod 0755 "$work"
export PATRITECH_HOME="$work/home"
export PATRITECH_ENV_FILE="$work/etc/patritech.env"
export PATRITECH_NGINX_SITE="$work/nginx/conf/patritech.conf"
export PATRITECH_NGINX_ROUTES="$work/nginx/conf/patritech-routes.conf"
export PATRITECH_BACKUP_DIR="$work/backups"
export PATRITECH_CTL="$here/proc-ctl.sh"
export PT_TEST_RUN="$work/run"
export PT_TEST_UNIT="$work/systemd/patritech@$app1.service"   # proc-ctl.sh runs its ExecStart= line
export PATRITECH_READY_TIMEOUT=420   # a loaded CI machine starts two JVMs beside two running ones slowly
export PATRITECH_DRAIN_SECONDS=25 PATRITECH_DRAIN_POLL_SECONDS=2 PATRITECH_DRAIN_NOTICE_SECONDS=15
ngx="$work/nginx"
export PATRITECH_NGINX="nginx -c $ngx/conf/nginx.conf -p $ngx -e $ngx/logs/error.log"
export PATRITECH_NGINX_RELOAD="$PATRITECH_NGINX -s reload"
mkdir -p "$PATRITECH_HOME" "$work/etc" "$ngx/conf" "$ngx/logs" "$ngx/acme/.well-known/acme-challenge" \
    "$PT_TEST_RUN" "$work/pg-socket" "$work/tmp" "$work/state"
curl_tls=(curl -sS --max-time 20 --resolve "$host:$https_port:127.0.0.1" --cacert "$ngx/conf/cert.pem")
pgsql=(psql -X -q -t -A -h 127.0.0.1 -p "$pg_port" -U postgres)

cleanup() {
    local p
    for p in $app1 $app2 $twin1 $twin2; do "$PATRITECH_CTL" stop "$p" >/dev/null 2>&1 || true; done
    [ -s "$PATRITECH_HOME/drain.pid" ] && kill "$(cat "$PATRITECH_HOME/drain.pid")" 2>/dev/null
    [ -f "$ngx/logs/nginx.pid" ] && kill "$(cat "$ngx/logs/nginx.pid")" 2>/dev/null
    [ -n "${control_pid:-}" ] && kill "$control_pid" 2>/dev/null
    [ -s "$work/control-nginx/logs/nginx.pid" ] && kill "$(cat "$work/control-nginx/logs/nginx.pid")" 2>/dev/null
    [ -n "${prom_pid:-}" ] && kill "$prom_pid" 2>/dev/null
    for p in ${client_pids:-}; do kill "$p" 2>/dev/null; done
    [ -d "$work/pg" ] && su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D '$work/pg' -m fast -w stop" >/dev/null 2>&1
    if [ "${PT_TEST_KEEP:-0}" = 1 ]; then echo "work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- static checks of the scripts
info "static checks"
scripts=("$deploy_dir"/*.sh "$deploy_dir"/lib/*.sh "$deploy_dir"/nginx/*.sh "$here"/*.sh)
for s in "${scripts[@]}"; do
    check "bash -n ${s#"$repo"/}" bash -n "$s"
done
check "shellcheck of every deployment script" shellcheck -x -S warning "${scripts[@]}"

# What setup.sh would change, as a fingerprint (names, modes, sizes, times, contents) of its paths; a dry run must
# leave it identical, also on a machine where /etc/patritech already exists.
setup_paths=(/etc/patritech /opt/patritech /var/lib/patritech /var/backups/patritech /etc/nginx/sites-available
    /etc/nginx/sites-enabled /etc/nginx/patritech-routes.conf /etc/systemd/system /etc/passwd /etc/ufw)
fingerprint() {
    local p
    for p in "$@"; do
        [ -e "$p" ] || { echo "absent $p"; continue; }
        find "$p" -xdev -printf '%p %m %s %T@ %u\n' 2>/dev/null | sort
        find "$p" -xdev -type f -size -2M -exec sha256sum {} + 2>/dev/null | sort
    done
}
fingerprint_before="$(fingerprint "${setup_paths[@]}")"
dry="$("$deploy_dir/setup.sh" --dry-run --domain patritech.example.org --email ops@example.org 2>&1)"
dry_rc=$?
check "setup.sh --dry-run exits 0" test "$dry_rc" -eq 0
dry_covers() {
    local w
    for w in useradd patritech.env "ufw allow 22" "ufw --force enable" certbot "sites-enabled/patritech" \
        "patritech@8081" "CREATE ROLE" openssl; do
        grep -q -- "$w" <<<"$dry" || { echo "  dry run does not mention: $w"; return 1; }
    done
}
check "setup.sh --dry-run shows user, database, env file, unit, nginx site, ufw and certbot steps" dry_covers
dry_changed_nothing() { [ "$(fingerprint "${setup_paths[@]}")" = "$fingerprint_before" ]; }
check "setup.sh --dry-run changes nothing (fingerprint of /etc/patritech, /opt/patritech, nginx, units, users, ufw)" dry_changed_nothing
fingerprint_control() {  # the fingerprint does see a change inside an existing directory
    local d="$work/fingerprint-control" before
    mkdir -p "$d/etc"
    echo "A=1" > "$d/etc/patritech.env"
    before="$(fingerprint "$d")"
    sed -i 's/A=1/A=2/' "$d/etc/patritech.env"
    [ "$(fingerprint "$d")" != "$before" ]
}
check "control: the fingerprint notices a changed file in an existing directory" fingerprint_control

# ---------------------------------------------------------------- systemd unit
info "systemd unit"
unit_src="$deploy_dir/systemd/patritech@.service"
unit_dir="$work/systemd"
mkdir -p "$unit_dir"
ln -sfn "$JAVA_HOME" "$PATRITECH_HOME/jdk"
# The same unit with /opt/patritech pointing into the work directory (verify checks that the java exists).
sed "s#/opt/patritech#$PATRITECH_HOME#g" "$unit_src" > "$unit_dir/patritech@$app1.service"
verify_out="$(systemd-analyze verify "$unit_dir/patritech@$app1.service" 2>&1)"
verify_rc=$?
[ -n "$verify_out" ] && echo "$verify_out" | sed 's/^/  /'
check "systemd-analyze verify patritech@$app1.service" test "$verify_rc" -eq 0
security_out="$(systemd-analyze security --offline=true "$unit_dir/patritech@$app1.service" 2>&1)"
score="$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' <<<"$security_out")"
echo "  exposure score: ${score:-unknown}"
check "systemd-analyze security --offline=true: exposure ${score:-?} <= 3.0" \
    awk -v s="${score:-99}" 'BEGIN { exit !(s <= 3.0) }'
# The backup unit: not root, hardened, an OnFailure= alert; both units verified, the exposure score printed.
ln -sfn "$deploy_dir" "$PATRITECH_HOME/deployment"
for u in patritech-backup.service patritech-backup-failed.service; do
    sed "s#/opt/patritech#$PATRITECH_HOME#g" "$deploy_dir/systemd/$u" > "$unit_dir/$u"
done
backup_verify="$(cd "$unit_dir" && systemd-analyze verify patritech-backup.service patritech-backup-failed.service 2>&1)"
backup_verify_rc=$?
[ -n "$backup_verify" ] && echo "$backup_verify" | sed 's/^/  /'
check "systemd-analyze verify patritech-backup.service and its OnFailure= unit" test "$backup_verify_rc" -eq 0
backup_score="$(systemd-analyze security --offline=true "$unit_dir/patritech-backup.service" 2>&1 \
    | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')"
echo "  backup unit exposure score: ${backup_score:-unknown} (was 7.1 as root)"
backup_unit_ok() {
    grep -q '^User=patritech$' "$deploy_dir/systemd/patritech-backup.service" \
        && grep -q '^OnFailure=patritech-backup-failed.service$' "$deploy_dir/systemd/patritech-backup.service" \
        && grep -q 'logger -p user.err' "$deploy_dir/systemd/patritech-backup-failed.service" \
        && awk -v s="${backup_score:-99}" 'BEGIN { exit !(s <= 3.0) }'
}
check "backup unit: runs as patritech, OnFailure= alert to the journal, exposure ${backup_score:-?} <= 3.0" backup_unit_ok
sed 's/^User=patritech$//' "$unit_dir/patritech-backup.service" > "$unit_dir/root-backup.service"
root_score="$(systemd-analyze security --offline=true "$unit_dir/root-backup.service" 2>&1 \
    | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')"
check "control: the same unit as root scores worse (${root_score:-?} > ${backup_score:-?})" \
    awk -v r="${root_score:-0}" -v s="${backup_score:-99}" 'BEGIN { exit !(r > s) }'
unit_has() {
    local line
    for line in "User=patritech" "ProtectSystem=strict" "NoNewPrivileges=yes" "PrivateTmp=yes" \
        "RestrictAddressFamilies=" "MemoryMax=" "Restart=on-failure" "KillSignal=SIGTERM" \
        "--spring.profiles.active=prod" "--server.address=127.0.0.1" "--server.port=%i" \
        "EnvironmentFile=/etc/patritech/patritech.env" "StandardOutput=journal"; do
        grep -q -- "$line" "$unit_src" || { echo "  missing in unit: $line"; return 1; }
    done
    ! grep -q '^MemoryDenyWriteExecute' "$unit_src" || { echo "  MemoryDenyWriteExecute breaks the JIT"; return 1; }
}
check "unit: dedicated user, prod profile on 127.0.0.1, restart, memory limit, graceful stop, no MemoryDenyWriteExecute" unit_has

# ---------------------------------------------------------------- PostgreSQL
info "PostgreSQL ($pg_bin)"
install -d -m 0700 -o postgres -g postgres "$work/pg"
chown postgres "$work/pg-socket"
su postgres -s /bin/sh -c "$pg_bin/initdb -D '$work/pg' -A trust -U postgres -E UTF8 >/dev/null" || { echo "initdb failed"; exit 1; }
su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D '$work/pg' -l '$work/pg-socket/pg.log' -w \
    -o \"-p $pg_port -k $work/pg-socket -c listen_addresses=127.0.0.1\" start" >/dev/null || { cat "$work/pg-socket/pg.log"; exit 1; }
db_password="$(openssl rand -hex 16)"
"${pgsql[@]}" -c "create role patritech login password '$db_password'" -c "create database patritech owner patritech" \
    || { echo "could not create the database"; exit 1; }

# The same environment file setup.sh writes, from the same example file.
sed -e "s#^SPRING_DATASOURCE_URL=.*#SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$pg_port/patritech#" \
    -e "s#^SPRING_DATASOURCE_PASSWORD=.*#SPRING_DATASOURCE_PASSWORD=$db_password#" \
    -e "s#^PATRITECH_JWT_SECRET=.*#PATRITECH_JWT_SECRET=$(openssl rand -base64 48 | tr -d '\n')#" \
    -e "s#^PATRITECH_ADMIN_USERNAME=.*#PATRITECH_ADMIN_USERNAME=admin@example.org#" \
    -e "s#^PATRITECH_ADMIN_PASSWORD=.*#PATRITECH_ADMIN_PASSWORD=$(openssl rand -hex 12)#" \
    "$deploy_dir/patritech.env.example" > "$PATRITECH_ENV_FILE"
# The test machine has no systemd sandbox: keep the JVMs small and quick to start.
# The backup's record, read by the app (backup-age metric); the unit's default is /var/lib/patritech/backup.status.
echo "PATRITECH_BACKUP_STATUS_FILE=$work/state/backup.status" >> "$PATRITECH_ENV_FILE"
echo 'JAVA_OPTS="-Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.io.tmpdir='"$work/tmp"'"' >> "$PATRITECH_ENV_FILE"
chmod 0600 "$PATRITECH_ENV_FILE"

# ---------------------------------------------------------------- the jar
if [ -n "${PATRITECH_JAR:-}" ]; then
    jar="$PATRITECH_JAR"
    info "using $jar"
else
    info "building the jar"
    (cd "$repo" && ./mvnw -B -q -DskipTests package) > "$work/build.log" 2>&1 || { tail -n 50 "$work/build.log"; exit 1; }
    jar="$(find "$repo/target" -maxdepth 1 -name 'patritech-*.jar' ! -name '*.original' | sort | tail -n 1)"
fi
[ -f "$jar" ] || { echo "no jar: $jar" >&2; exit 1; }

# ---------------------------------------------------------------- nginx
info "nginx"
openssl req -x509 -newkey rsa:2048 -sha256 -days 2 -nodes -subj "/CN=$host" \
    -addext "subjectAltName=DNS:$host,IP:127.0.0.1" \
    -keyout "$ngx/conf/key.pem" -out "$ngx/conf/cert.pem" >/dev/null 2>&1
"$deploy_dir/nginx/render.sh" --server-name "$host" --instances "$app1 $app2" \
    --http-listen "127.0.0.1:$http_port" --https-listen "127.0.0.1:$https_port" --https-port "$https_port" \
    --cert "$ngx/conf/cert.pem" --key "$ngx/conf/key.pem" --acme-root "$ngx/acme" --log-dir "$ngx/logs" \
    --metrics-allow "127.0.0.2" --routes-file "$PATRITECH_NGINX_ROUTES" --brotli --real-ip-from 127.0.0.3 \
    > "$PATRITECH_NGINX_SITE"
check "render.sh renders the site template" test -s "$PATRITECH_NGINX_SITE"
# Debian's own nginx.conf, with the site included instead of sites-enabled/ and the paths moved here.
nginx_conf_ok=1
sed -e "s#^pid .*#pid $ngx/logs/nginx.pid;#" \
    -e "s#include /etc/nginx/sites-enabled/\*;#include $PATRITECH_NGINX_SITE;#" \
    -e "s#include /etc/nginx/conf.d/\*.conf;##" \
    -e "s#/var/log/nginx/#$ngx/logs/#g" /etc/nginx/nginx.conf > "$ngx/conf/nginx.conf"
grep -q "include $PATRITECH_NGINX_SITE;" "$ngx/conf/nginx.conf" || nginx_conf_ok=0
# Debian's modules-enabled/*.conf load "modules/…so" relative to the prefix (-p): the brotli filter among them.
ln -sfn /usr/lib/nginx/modules "$ngx/modules"
check "the test nginx.conf is Debian's with the site included" test "$nginx_conf_ok" = 1
nginx_t="$($PATRITECH_NGINX -t 2>&1)"
nginx_t_rc=$?
echo "$nginx_t" | grep -v 'syntax is ok\|test is successful' | sed 's/^/  /'
check "nginx -t accepts the rendered site" test "$nginx_t_rc" -eq 0
$PATRITECH_NGINX || { cat "$ngx/logs/error.log"; exit 1; }
echo "acme-token-123" > "$ngx/acme/.well-known/acme-challenge/token123"
chmod -R a+rX "$ngx/acme"

# ---------------------------------------------------------------- first deploy (starts both instances)
info "first deploy: deploy.sh --jar (instances $app1 and $app2)"
deploy_log="$work/deploy-1.log"
nginx_master="$(cat "$ngx/logs/nginx.pid")"
workers_before_first_deploy="$(pgrep -P "$nginx_master" | sort | tr '\n' ' ')"
"$deploy_dir/deploy.sh" --jar "$jar" > "$deploy_log" 2>&1
rc=$?
sed 's/^/  /' "$deploy_log"
check "deploy.sh: first deploy starts both instances and reports them ready" test "$rc" -eq 0
# "nginx -s reload" only signals the master: the old workers may still take a connection and then drop it as
# they quit (deploy.sh says so). The checks below are about the app, not that race: let the reload finish.
nginx_reload_settled() {  # $1: the workers before the reload; true once none of them is left
    local _ pid now left
    for _ in $(seq 1 50); do
        now=" $(pgrep -P "$nginx_master" | tr '\n' ' ')"
        left=0
        for pid in $1; do
            [[ "$now" == *" $pid "* ]] && left=1
        done
        (( left )) || return 0
        sleep 0.2
    done
    return 1
}
nginx_reload_settled "$workers_before_first_deploy" || echo "  (nginx's old workers were still running after 10 s)"
ready_direct() { pt_ready "$app1" && pt_ready "$app2"; }
pt_ready() { curl -fsS --max-time 5 "http://127.0.0.1:$1/actuator/health/readiness" | grep -q '"status":"UP"'; }
check "/actuator/health/readiness is UP directly on both app ports (includes the database)" ready_direct
liveness_direct() { curl -fsS --max-time 5 "http://127.0.0.1:$app1/actuator/health/liveness" | grep -q '"status":"UP"'; }
check "/actuator/health/liveness is UP directly on the app port" liveness_direct
bound_local() {  # the listening sockets of both ports, from /proc/net/tcp{,6}: only 127.0.0.1
    local port hex listeners
    for port in $app1 $app2; do
        hex="$(printf '%04X' "$port")"
        listeners="$(awk -v p=":$hex" '$4 == "0A" && substr($2, length($2) - 4) == p { print $2 }' /proc/net/tcp /proc/net/tcp6)"
        case "$listeners" in
            "0100007F:$hex"|"0000000000000000FFFF00000100007F:$hex") ;;  # 127.0.0.1 (IPv4 or IPv4-mapped)
            *) echo "  port $port listens on: ${listeners:-nothing}"; return 1 ;;
        esac
    done
}
check "the app instances listen on 127.0.0.1 only" bound_local

# The instance runs the unit's own ExecStart= (through proc-ctl.sh): its java command line ends with the unit's
# arguments for that port, from deployment/systemd/patritech@.service itself (not from the tested copy).
unit_args() {  # $1: port -> the arguments after -jar "$$jar" in the unit, %i replaced
    sed -n 's/^ExecStart=.*-jar "\$\$jar" \(.*\)'"'"'$/\1/p' "$unit_src" | sed "s/%i/$1/g"
}
runs_unit() {  # $1: the port whose unit arguments are expected, $2: the port whose process is looked at
    local cmdline
    cmdline="$(tr '\0' ' ' < "/proc/$(cat "$PT_TEST_RUN/app-$2.pid")/cmdline" 2>/dev/null)"
    [ -n "$(unit_args "$1")" ] && [[ "$cmdline" == *"java "*" -jar $PATRITECH_HOME/instances/$2.jar $(unit_args "$1") " ]]
}
check "instance $app1 runs the unit's ExecStart= (java … -jar instances/$app1.jar $(unit_args "$app1"))" runs_unit "$app1" "$app1"
check "control: instance $app2's process does not match the unit line of $app1" eval '! runs_unit "$app1" "$app2"'

# The access log (Tomcat, via the unit's fd-3 pipe) shows each request with the real client address,
# even when the client sends its own X-Forwarded-For.
"${curl_tls[@]}" -o /dev/null -H 'X-Forwarded-For: 203.0.113.7' "$url/login?probe=accesslog-$$"
access_line=""
for _ in $(seq 1 30); do  # Tomcat flushes its access log every few seconds
    access_line="$(grep -h "access .*probe=accesslog-$$" "$PT_TEST_RUN"/app-*.log | head -n 1)"
    [ -n "$access_line" ] && break
    sleep 1
done
echo "  ${access_line:-no access log line}"
check "the app's access log reaches the instance's output (journal)" test -n "$access_line"
# A client on another address (127.0.0.2) with a forged X-Forwarded-For: the app must log 127.0.0.2, nginx's view.
"${curl_tls[@]}" --interface 127.0.0.2 -o /dev/null -H 'X-Forwarded-For: 203.0.113.7' "$url/login?probe=realclient-$$"
# Control: straight to the app from 127.0.0.1 (a trusted proxy) the same header IS believed, so a proxy that passed
# the client's header on would show up in the check above.
curl -sS -o /dev/null -H 'X-Forwarded-For: 203.0.113.8' "http://127.0.0.1:$app1/login?probe=trusted-$$"
access_of() {
    local line="" _
    for _ in $(seq 1 30); do  # Tomcat flushes its access log every few seconds
        line="$(grep -h "access .*probe=$1" "$PT_TEST_RUN"/app-*.log | head -n 1)"
        [ -n "$line" ] && break
        sleep 1
    done
    echo "$line"
}
real_line="$(access_of "realclient-$$")"
trusted_line="$(access_of "trusted-$$")"
echo "  ${real_line:-no access log line}"
echo "  ${trusted_line:-no access log line}"
check "the app logs the real client address (127.0.0.2 through nginx), not the client's X-Forwarded-For" \
    eval '[[ "$real_line" == "access 127.0.0.2 "* ]]'
check "control: the app believes X-Forwarded-For from a trusted proxy (direct request logs 203.0.113.8)" \
    eval '[[ "$trusted_line" == "access 203.0.113.8 "* ]]'

# ---------------------------------------------------------------- HTTP -> HTTPS, ACME
info "HTTP and TLS"
redirect="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$http_port/login?x=1" -H "Host: $host")"
check "HTTP answers 301 to https://$host:$https_port/login?x=1 (got: $redirect)" \
    test "$redirect" = "301 https://$host:$https_port/login?x=1"
acme="$(curl -sS "http://127.0.0.1:$http_port/.well-known/acme-challenge/token123" -H "Host: $host")"
check "HTTP serves the ACME challenge path without redirect" test "$acme" = "acme-token-123"

# ---------------------------------------------------------------- TLS protocols and ciphers
tls_probe() {  # succeeds when a TLS handshake completes; args for openssl s_client
    local port="$1"
    shift
    local out
    out="$(timeout 15 openssl s_client -connect "127.0.0.1:$port" -servername "$host" "$@" </dev/null 2>&1)" || return 1
    grep -q '^New, TLSv' <<<"$out" && ! grep -q 'Cipher is (NONE)' <<<"$out"
}
refused() { ! tls_probe "$@"; }
# Control: the TLS 1.0 probe must be able to fail, so it is first run against a server that allows TLS 1.0.
openssl s_server -accept "127.0.0.1:$control_port" -cert "$ngx/conf/cert.pem" -key "$ngx/conf/key.pem" \
    -tls1 -cipher 'DEFAULT@SECLEVEL=0' -www -quiet >/dev/null 2>&1 &
control_pid=$!
sleep 1
check "control: the TLS 1.0 probe does connect to a server that allows TLS 1.0" \
    tls_probe "$control_port" -tls1 -cipher 'DEFAULT@SECLEVEL=0'
kill "$control_pid" 2>/dev/null
wait "$control_pid" 2>/dev/null
control_pid=""
check "TLS 1.0 refused" refused "$https_port" -tls1 -cipher 'DEFAULT@SECLEVEL=0'
check "TLS 1.1 refused" refused "$https_port" -tls1_1 -cipher 'DEFAULT@SECLEVEL=0'
check "TLS 1.2 accepted" tls_probe "$https_port" -tls1_2
check "TLS 1.3 accepted" tls_probe "$https_port" -tls1_3
check "TLS 1.2 with ECDHE-RSA-AES128-GCM-SHA256 (AEAD) accepted" tls_probe "$https_port" -tls1_2 -cipher ECDHE-RSA-AES128-GCM-SHA256
check "TLS 1.2 CBC ciphers (not AEAD) refused" refused "$https_port" -tls1_2 \
    -cipher 'ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384@SECLEVEL=0'
check "TLS 1.2 without ECDHE (RSA key exchange) refused" refused "$https_port" -tls1_2 \
    -cipher 'AES128-GCM-SHA256:AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256@SECLEVEL=0'
stapling_configured() { grep -q '^ *ssl_stapling on;' "$PATRITECH_NGINX_SITE" && grep -q '^ *ssl_stapling_verify on;' "$PATRITECH_NGINX_SITE"; }
check "OCSP stapling configured (ssl_stapling, ssl_stapling_verify)" stapling_configured

# ---------------------------------------------------------------- headers
info "headers, gzip, caching"
"${curl_tls[@]}" -D "$work/login.h" -o "$work/login.html" "$url/login"
login_status="$(head -n 1 "$work/login.h" | awk '{print $2}')"
header_count() { grep -ci "^$1:" "$2"; }
header_value() { grep -i "^$1:" "$2" | head -n 1 | cut -d: -f2- | sed 's/^ *//; s/\r$//'; }
header_once() {  # name expected-value-regex file
    local n v
    n="$(header_count "$1" "$3")"
    v="$(header_value "$1" "$3")"
    [ "$n" = 1 ] || { echo "  $1 appears $n times"; return 1; }
    grep -Eq "$2" <<<"$v" || { echo "  $1: $v"; return 1; }
}
check "GET /login through nginx: 200 (got $login_status)" test "$login_status" = 200
login_page() { grep -qi '<html' "$work/login.html" && grep -q 'VAADIN/build/' "$work/login.html"; }
check "the login page is the Vaadin app page" login_page
check "Strict-Transport-Security: two years, once" header_once Strict-Transport-Security '^max-age=63072000(;|$)' "$work/login.h"
check "X-Content-Type-Options: nosniff, once" header_once X-Content-Type-Options '^nosniff$' "$work/login.h"
check "X-Frame-Options: DENY, once" header_once X-Frame-Options '^DENY$' "$work/login.h"
# The screens' policy restricts scripts: script-src without 'unsafe-inline' (nor 'strict-dynamic', which lets scripts
# created by a page's scripts run without the nonce), a nonce that is new on every load and that the page's own script
# elements carry (docs/decisions/0021-content-security-policy.md).
csp_restricts_scripts() {  # $1: https port; two loads of /login
    local p="$work/csp-$1" i script nonce nonces=()
    for i in 1 2; do
        curl -sS --max-time 20 --resolve "$host:$1:127.0.0.1" --cacert "$ngx/conf/cert.pem" \
            -D "$p-$i.h" -o "$p-$i.html" "https://$host:$1/login" || return 1
        header_once Content-Security-Policy "frame-ancestors 'none'" "$p-$i.h" || return 1
        script="$(header_value Content-Security-Policy "$p-$i.h" | tr ';' '\n' | grep '^ *script-src ')"
        echo "  load $i: $script"
        [[ "$script" =~ ^\ *script-src\ \'self\'\ \'nonce-([A-Za-z0-9+/=]{22,})\'\ \'unsafe-eval\'$ ]] \
            || { echo "  not script-src 'self' 'nonce-…' 'unsafe-eval'"; return 1; }
        nonce="${BASH_REMATCH[1]}"
        nonces+=("$nonce")
        grep -q "<script[^>]* nonce=\"$nonce\"" "$p-$i.html" || { echo "  the page's scripts lack the nonce"; return 1; }
        [ "$(grep -o '<script[^>]*>' "$p-$i.html" | grep -vc "nonce=\"$nonce\"")" = 0 ] \
            || { echo "  a script element without the header's nonce"; return 1; }
    done
    [ "${nonces[0]}" != "${nonces[1]}" ] || { echo "  the same nonce twice: ${nonces[0]}"; return 1; }
}
check "the app's Content-Security-Policy restricts scripts (a fresh nonce per load, no 'unsafe-inline'), once" \
    csp_restricts_scripts "$https_port"
check "Referrer-Policy, once" header_once Referrer-Policy '^strict-origin-when-cross-origin$' "$work/login.h"
check "Permissions-Policy, once" header_once Permissions-Policy 'geolocation=\(\)' "$work/login.h"
no_version() { ! grep -Eiq '^Server: nginx/[0-9]' "$work/login.h"; }
check "Server header without nginx version" no_version
secure_cookie() { grep -i '^Set-Cookie: JSESSIONID=' "$work/login.h" | grep -qi '; *Secure' && grep -i '^Set-Cookie: JSESSIONID=' "$work/login.h" | grep -qi 'HttpOnly'; }
check "session cookie is Secure and HttpOnly" secure_cookie
route_cookie() { grep -i '^Set-Cookie: patritech_route=' "$work/login.h" | grep -qi 'Secure'; }
check "nginx sets the Secure stickiness cookie patritech_route" route_cookie
no_login_cache() { ! grep -qi '^Cache-Control:.*immutable' "$work/login.h"; }
check "the login page is not cached as immutable" no_login_cache

"${curl_tls[@]}" -D "$work/404.h" -o /dev/null "$url/actuator/health"
check "security headers also on nginx's own error responses (HSTS on 404)" \
    header_once Strict-Transport-Security '^max-age=63072000' "$work/404.h"
check "a strict Content-Security-Policy on nginx's own error responses" \
    header_once Content-Security-Policy "^default-src 'none'; frame-ancestors 'none'$" "$work/404.h"

# gzip of JavaScript: measured on a script the app sends uncompressed (Swagger UI's bundle), since Vaadin's hashed
# bundle files come already compressed from the app and would pass without nginx.
gzip_js=/api/swagger-ui/swagger-ui-bundle.js
app_sends_plain() {  # the app itself, asked for gzip, answers uncompressed: so a gzip through nginx is nginx's
    curl -sS --max-time 20 -H 'Accept-Encoding: gzip' -D "$work/js-app.h" -o /dev/null "http://127.0.0.1:$app1$gzip_js"
    head -n 1 "$work/js-app.h" | grep -q ' 200' && ! grep -qi '^Content-Encoding:' "$work/js-app.h"
}
check "the app sends $gzip_js uncompressed (200, no Content-Encoding)" app_sends_plain
gzip_js_served() {  # $1: https port
    curl -sS --max-time 20 --resolve "$host:$1:127.0.0.1" --cacert "$ngx/conf/cert.pem" -H 'Accept-Encoding: gzip' \
        -D "$work/js-$1.h" -o "$work/js-$1.gz" "https://$host:$1$gzip_js" || return 1
    header_once Content-Encoding '^gzip$' "$work/js-$1.h" || return 1
    gzip -t "$work/js-$1.gz" || { echo "  not valid gzip"; return 1; }
}
check "gzip for JavaScript ($gzip_js, valid gzip)" gzip_js_served "$https_port"
# The hashed bundle file: its cache headers (and, below, the sizes Vaadin's own compression gives).
js_path="$(grep -o 'VAADIN/build/[^"]*\.js' "$work/login.html" | head -n 1)"
"${curl_tls[@]}" -H 'Accept-Encoding: gzip' -D "$work/js.h" -o "$work/js.gz" "$url/$js_path"
check "hashed static files cached a year, immutable, once" \
    header_once Cache-Control '^public, max-age=31536000, immutable$' "$work/js.h"
not_cached_404() {  # $1: https port; a missing hashed file (not 200) must not get the one-year immutable cache
    curl -sS --max-time 20 --resolve "$host:$1:127.0.0.1" --cacert "$ngx/conf/cert.pem" -D "$work/js404-$1.h" -o /dev/null \
        "https://$host:$1/VAADIN/build/no-such-file-1234.js"
    missing_status="$(head -n 1 "$work/js404-$1.h" | awk '{ print $2 }')"
    [ -n "$missing_status" ] && [ "$missing_status" != 200 ] || { echo "  status: ${missing_status:-none}"; return 1; }
    ! grep -qi '^Cache-Control:.*immutable' "$work/js404-$1.h"
}
not_cached_404 "$https_port" >/dev/null
check "a missing hashed file (answered $missing_status, not 200) is not cached as immutable (only 200 answers are)" \
    not_cached_404 "$https_port"
"${curl_tls[@]}" -H 'Accept-Encoding: gzip' -D "$work/html.h" -o /dev/null "$url/login"
check "gzip for HTML" header_once Content-Encoding '^gzip$' "$work/html.h"
"${curl_tls[@]}" -H 'Accept-Encoding: gzip' -D "$work/css.h" -o /dev/null "$url/styles.css"
check "gzip for CSS" header_once Content-Encoding '^gzip$' "$work/css.h"
"${curl_tls[@]}" -H 'Accept-Encoding: gzip' -D "$work/json.h" -o /dev/null "$url/manifest.webmanifest"
check "gzip for JSON (manifest.webmanifest)" header_once Content-Encoding '^gzip$' "$work/json.h"
gzip_svg() { grep -q 'image/svg+xml' "$PATRITECH_NGINX_SITE" && grep -q 'application/json' "$PATRITECH_NGINX_SITE"; }
check "gzip_types lists JSON and SVG" gzip_svg
css_cache() { ! grep -qi 'immutable' "$work/css.h"; }
check "files without a content hash (styles.css) are not cached as immutable" css_cache

# Brotli (libnginx-mod-http-brotli-filter, render.sh --brotli) for browsers that accept it. Checked on the page, which
# nginx compresses: Vaadin serves its bundle files already compressed (.br, .gz) when the browser accepts it.
brotli_served() {  # $1: https port; the login page in brotli, decoding to the Vaadin page
    curl -sS --max-time 20 --resolve "$host:$1:127.0.0.1" --cacert "$ngx/conf/cert.pem" -H 'Accept-Encoding: br' \
        -D "$work/html-$1.br.h" -o "$work/html-$1.br" "https://$host:$1/login"
    header_once Content-Encoding '^br$' "$work/html-$1.br.h" || return 1
    grep -qi '^Vary:.*Accept-Encoding' "$work/html-$1.br.h" || { echo "  no Vary: Accept-Encoding"; return 1; }
    brotli -d -c "$work/html-$1.br" > "$work/html-$1.unbr" && grep -qi '<html' "$work/html-$1.unbr" \
        && grep -q 'VAADIN/build/' "$work/html-$1.unbr" || { echo "  the brotli body is not the page"; return 1; }
}
check "brotli for HTML when the browser accepts it (decodes to the Vaadin page)" brotli_served "$https_port"
"${curl_tls[@]}" -o "$work/html.plain" "$url/login"
"${curl_tls[@]}" -H 'Accept-Encoding: gzip' -o "$work/html.gz" "$url/login"
"${curl_tls[@]}" -H 'Accept-Encoding: br' -D "$work/js-br.h" -o "$work/js.br" "$url/$js_path"
echo "  /login: $(stat -c %s "$work/html.plain") bytes, gzip $(stat -c %s "$work/html.gz"), brotli $(stat -c %s "$work/html-$https_port.br");" \
    "$js_path: gzip $(stat -c %s "$work/js.gz"), brotli $(stat -c %s "$work/js.br") ($(header_value Content-Encoding "$work/js-br.h"), Vaadin's own)"

# ---------------------------------------------------------------- default server, load balancer
info "default server (unknown Host refused), client address behind a load balancer"
http_refuses_unknown_host() {  # $1: http port; nginx closes the connection without an answer (444: curl's "empty reply")
    local code rc
    code="$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -H 'Host: stranger.example' \
        "http://127.0.0.1:$1/login" 2>/dev/null)"
    rc=$?
    [ "$rc" = 52 ] && [ "$code" = 000 ]
}
tls_refuses_unknown_name() {  # $1: https port; a handshake for another name and one without a name both fail (curl 35)
    local rc1 rc2
    curl -sS --max-time 10 -k --resolve "stranger.example:$1:127.0.0.1" -o /dev/null "https://stranger.example:$1/login" 2>/dev/null
    rc1=$?
    curl -sS --max-time 10 -k -o /dev/null "https://127.0.0.1:$1/login" 2>/dev/null   # an IP address: no SNI
    rc2=$?
    [ "$rc1" = 35 ] && [ "$rc2" = 35 ]
}
misdirected_host() {  # $1: https port; the site's TLS name with another Host header: 421
    [ "$(curl -sS --max-time 10 --resolve "$host:$1:127.0.0.1" --cacert "$ngx/conf/cert.pem" -o /dev/null -w '%{http_code}' \
        -H 'Host: stranger.example' "https://$host:$1/login")" = 421 ]
}
site_serves() {  # $1: https port; the site itself answers its own name
    [ "$(curl -sS --max-time 20 --resolve "$host:$1:127.0.0.1" --cacert "$ngx/conf/cert.pem" -o /dev/null -w '%{http_code}' \
        "https://$host:$1/login")" = 200 ]
}
check "HTTP with an unknown Host header: closed without an answer (444)" http_refuses_unknown_host "$http_port"
check "HTTPS: the TLS handshake for an unknown name, or without a name (IP address), is rejected" tls_refuses_unknown_name "$https_port"
check "HTTPS: the site's TLS name with an unknown Host header gets 421" misdirected_host "$https_port"
refused_in_log() { grep -q '"GET /login HTTP/1.1" 444 ' "$ngx/logs/patritech.access.log" && grep -q '"GET /login HTTP/1.1" 421 ' "$ngx/logs/patritech.access.log"; }
check "the refusals are in nginx's access log (444, 421)" refused_in_log

# A load balancer in front of nginx (render.sh --real-ip-from 127.0.0.3 here): the client address comes from its
# X-Forwarded-For, the last address that is not the balancer's (a client's own forged first entry is ignored).
behind_lb() {  # $1: https port, $2: probe marker; true when the app logged the address the balancer added
    curl -sS --max-time 20 --resolve "$host:$1:127.0.0.1" --cacert "$ngx/conf/cert.pem" --interface 127.0.0.3 -o /dev/null \
        -H 'X-Forwarded-For: 203.0.113.66, 198.51.100.23' "https://$host:$1/login?probe=$2"
    local line
    line="$(access_of "$2")"
    echo "  ${line:-no access log line}"
    [[ "$line" == "access 198.51.100.23 "* ]]
}
check "behind a load balancer (--real-ip-from): the app logs the client from its X-Forwarded-For, not a forged entry" \
    behind_lb "$https_port" "lb-$$"
lb_in_nginx_log() { grep "probe=lb-$$" "$ngx/logs/patritech.access.log" | grep -q '^198\.51\.100\.23 '; }
check "behind a load balancer: nginx's access log (and its rate limits, allow lists) see the same client address" lb_in_nginx_log

# ---------------------------------------------------------------- negative controls with a second nginx
# Each check above is run again against a second nginx whose site lacks what the check is about: it must fail there.
control_nginx() {  # $1: sed script applied to the rendered site ('' for none), then render.sh options; (re)starts it
    local c="$work/control-nginx" sed_script="$1" _
    shift
    stop_control_nginx
    mkdir -p "$c/conf" "$c/logs"
    ln -sfn /usr/lib/nginx/modules "$c/modules"
    "$deploy_dir/nginx/render.sh" --server-name "$host" --instances "$app1 $app2" \
        --http-listen "127.0.0.1:$control_http_port" --https-listen "127.0.0.1:$control_port" --https-port "$control_port" \
        --cert "$ngx/conf/cert.pem" --key "$ngx/conf/key.pem" --acme-root "$ngx/acme" --log-dir "$c/logs" \
        --routes-file "$PATRITECH_NGINX_ROUTES" --keep-routes "$@" | sed -e "$sed_script" > "$c/conf/site.conf"
    sed -e "s#^pid .*#pid $c/logs/nginx.pid;#" -e "s#include $PATRITECH_NGINX_SITE;#include $c/conf/site.conf;#" \
        -e "s#$ngx/logs/#$c/logs/#g" "$ngx/conf/nginx.conf" > "$c/conf/nginx.conf"
    nginx -c "$c/conf/nginx.conf" -p "$c" -e "$c/logs/error.log" 2>"$c/logs/start.err" \
        || { sed 's/^/  /' "$c/logs/start.err"; return 1; }
    for _ in $(seq 1 50); do port_in_use "$control_port" && return 0; sleep 0.1; done
    return 1
}
stop_control_nginx() {
    local pid_file="$work/control-nginx/logs/nginx.pid" pid _
    [ -s "$pid_file" ] || return 0
    pid="$(cat "$pid_file")"
    kill -QUIT "$pid" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$pid_file"
}
control_nginx '' --no-default-server --brotli --real-ip-from 127.0.0.3
check "control: without the default server (--no-default-server) an unknown Host over HTTP gets an answer" \
    eval 'site_serves "$control_port" && ! http_refuses_unknown_host "$control_http_port"'
check "control: without the default server the TLS handshake for an unknown name completes" \
    eval 'site_serves "$control_port" && ! tls_refuses_unknown_name "$control_port"'
check "control: without the default server an unknown Host over TLS is served, not 421" \
    eval 'site_serves "$control_port" && ! misdirected_host "$control_port"'
control_nginx '' --real-ip-from 127.0.0.3
check "control: the same site without --brotli fails the brotli check (the app does not compress its page)" \
    eval 'site_serves "$control_port" && ! brotli_served "$control_port" >/dev/null'
control_nginx 's#"~^200:/VAADIN/build/"#"~^[0-9]+:/VAADIN/build/"#' --brotli --real-ip-from 127.0.0.3
check "control: a site that caches every /VAADIN/build/ answer for a year fails the 404 check" \
    eval 'site_serves "$control_port" && ! not_cached_404 "$control_port"'
control_nginx 's#^\( *\)gzip on;#\1gzip off;#' --real-ip-from 127.0.0.3
check "control: the same site with gzip off fails the JavaScript gzip check" \
    eval 'site_serves "$control_port" && ! gzip_js_served "$control_port" >/dev/null'
# An operator's fixed policy in nginx (the one Vaadin's documentation lists) in place of the app's: no nonce.
control_nginx "s#add_header Content-Security-Policy \\\$patritech_csp always;#proxy_hide_header Content-Security-Policy; add_header Content-Security-Policy \"default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'\" always;#" \
    --real-ip-from 127.0.0.3
check "control: a site that replaces the app's policy with script-src 'unsafe-inline' fails the Content-Security-Policy check" \
    eval 'site_serves "$control_port" && ! csp_restricts_scripts "$control_port" >/dev/null'
control_nginx '' --brotli
check "control: without --real-ip-from the balancer's X-Forwarded-For is not believed (the app logs the balancer)" \
    eval 'site_serves "$control_port" && ! behind_lb "$control_port" "lb-control-$$"'
stop_control_nginx

# ---------------------------------------------------------------- app behind the proxy
info "proxying"
"${curl_tls[@]}" -D "$work/root.h" -o /dev/null "$url/"
root_location="$(header_value Location "$work/root.h")"
check "the app builds https links behind nginx (GET / -> $root_location)" \
    test "$root_location" = "$url/login"
api_status="$("${curl_tls[@]}" -o /dev/null -D "$work/api.h" -w '%{http_code}' "$url/api/v1/me")"
api_location="$(header_value Location "$work/api.h")"
api_ok() {
    case "$api_status" in
        401|200) return 0 ;;
        302) [ "$api_location" = "$url/login" ] ;;  # until the /api chain exists the UI chain answers
        *) return 1 ;;
    esac
}
check "API call through the proxy: GET /api/v1/me -> $api_status${api_location:+ ($api_location)}" api_ok
# shellcheck disable=SC2016
ws_configured() {
    grep -q 'proxy_set_header Upgrade \$http_upgrade;' "$PATRITECH_NGINX_SITE" \
        && grep -q 'proxy_set_header Connection \$patritech_connection_upgrade;' "$PATRITECH_NGINX_SITE"
}
check "WebSocket upgrade headers passed to the app (Vaadin push)" ws_configured

hidden() {
    local path status
    for path in /actuator /actuator/ /actuator/prometheus /actuator/health /actuator/health/readiness /actuator/health/liveness \
        /actuator/info /actuator/env /%61ctuator/health '/x/..;/actuator/health' '/actuator;x=y/health' '//actuator/health'; do
        status="$("${curl_tls[@]}" --path-as-is -o "$work/hidden.body" -w '%{http_code}' "$url$path")"
        if [ "$status" = 200 ] || grep -q '"status"' "$work/hidden.body"; then
            echo "  $path -> $status $(head -c 100 "$work/hidden.body")"
            return 1
        fi
    done
}
check "actuator endpoints not reachable through nginx" hidden

# ---------------------------------------------------------------- metrics and request ids
info "metrics endpoint and request ids"
scrape_direct="$(curl -sS --max-time 10 -w '\n%{http_code}' "http://127.0.0.1:$app1/actuator/prometheus")"
direct_scrape_ok() { [ "$(tail -n 1 <<<"$scrape_direct")" = 200 ] && grep -q '^http_server_requests_seconds_count{' <<<"$scrape_direct"; }
check "the local scrape works: /actuator/prometheus on the app port has http_server_requests_seconds_count" direct_scrape_ok
forwarded_outside="$(curl -sS --max-time 10 -o "$work/fwd.body" -w '%{http_code}' -H 'X-Forwarded-For: 203.0.113.9' \
    "http://127.0.0.1:$app1/actuator/prometheus")"
app_refuses_outside() { [ "$forwarded_outside" = 404 ] && ! grep -q 'jvm_' "$work/fwd.body"; }
check "the app refuses /actuator/prometheus to a client outside the machine, forwarded by the proxy (got $forwarded_outside)" app_refuses_outside
# deploy.sh's announcement of a new version to a draining instance: this machine only, like the metrics.
newversion_outside="$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -H 'X-Forwarded-For: 203.0.113.9' -d '{"stopsInSeconds":60}' "http://127.0.0.1:$app1/actuator/newversion")"
newversion_nginx="$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -d '{"stopsInSeconds":60}' "$url/actuator/newversion")"
newversion_local="$(curl -sS --max-time 10 "http://127.0.0.1:$app1/actuator/newversion")"
check "POST /actuator/newversion is refused to an outside client (app: $newversion_outside, through nginx: $newversion_nginx)" \
    test "$newversion_outside" = 404 -a "$newversion_nginx" = 404
check "control: on the machine itself /actuator/newversion answers, and nothing was announced ($newversion_local)" \
    grep -q '"announced":false' <<<"$newversion_local"
via_nginx_denied="$("${curl_tls[@]}" -o "$work/metrics-denied.body" -w '%{http_code}' "$url/metrics/$app1")"
nginx_denies() { [ "$via_nginx_denied" = 403 ] && ! grep -q 'jvm_' "$work/metrics-denied.body"; }
check "through nginx, /metrics/$app1 from a non-allowed address (127.0.0.1) is refused (got $via_nginx_denied)" nginx_denies
via_nginx_allowed="$("${curl_tls[@]}" --interface 127.0.0.2 -o "$work/metrics-allowed.body" -w '%{http_code}' "$url/metrics/$app2")"
nginx_allows() { [ "$via_nginx_allowed" = 200 ] && grep -q '^http_server_requests_seconds_count{' "$work/metrics-allowed.body"; }
check "through nginx, /metrics/$app2 from the --metrics-allow address 127.0.0.2 is served (got $via_nginx_allowed)" nginx_allows
other_port="$("${curl_tls[@]}" --interface 127.0.0.2 -o /dev/null -w '%{http_code}' "$url/metrics/$pg_port")"
check "through nginx, /metrics/ of a port that is no instance is 404 (got $other_port)" test "$other_port" = 404

"${curl_tls[@]}" -D "$work/rid.h" -o "$work/rid.body" "$url/api/v1/me?probe=rid-$$"
rid="$(header_value X-Request-Id "$work/rid.h")"
echo "  X-Request-Id: ${rid:-none}; body: $(head -c 300 "$work/rid.body")"
rid_shared() {
    [ -n "$rid" ] && [ "$(header_count X-Request-Id "$work/rid.h")" = 1 ] \
        && grep -q "\"requestId\":\"$rid\"" "$work/rid.body" \
        && grep -q "probe=rid-$$.* rid=$rid" "$ngx/logs/patritech.access.log"
}
check "one request id in the response header, the problem+json body and nginx's access log" rid_shared
app_rid_line=""
for _ in $(seq 1 30); do  # Tomcat flushes its access log every few seconds
    app_rid_line="$(grep -h "access .*probe=rid-$$" "$PT_TEST_RUN"/app-*.log | head -n 1)"
    [ -n "$app_rid_line" ] && break
    sleep 1
done
echo "  ${app_rid_line:-no access log line}"
app_access_ok() { [[ "$app_rid_line" == "access 127.0.0.1 "*" rid=$rid" ]] && [[ "$app_rid_line" =~ \ [0-9]+ms\  ]]; }
check "the app's access log has the same request id, the client address and the time in ms" app_access_ok

# ---------------------------------------------------------------- stickiness
info "session stickiness"
upstream_of() {  # marker -> upstream addresses from nginx's access log
    grep "$1" "$ngx/logs/patritech.access.log" | sed -n 's/.* upstream=\([^ ]*\) .*/\1/p' | sort -u
}
# The route cookie names the instance that answered; with it every request goes back there.
"${curl_tls[@]}" -o /dev/null -D "$work/sticky.h" "$url/login?sticky=first"
route_value="$(grep -i '^Set-Cookie: patritech_route=' "$work/sticky.h" | sed 's/^[^=]*=\([^;]*\);.*/\1/' | tr -d '\r')"
check "the route cookie names the instance that answered (patritech_route=$route_value)" \
    test "$route_value" = "$app1" -o "$route_value" = "$app2"
for i in $(seq 1 8); do
    "${curl_tls[@]}" -o /dev/null -b "patritech_route=$route_value" "$url/login?sticky=fixed$i"
done
only_that_one() { [ "$(upstream_of 'sticky=fixed')" = "127.0.0.1:$route_value" ]; }
check "control: they reach the instance the cookie names" only_that_one
# A cookie naming no running instance goes to the pool and gets a new cookie (no error).
unknown_route="$("${curl_tls[@]}" -o /dev/null -D "$work/sticky-unknown.h" -w '%{http_code}' -b 'patritech_route=9' "$url/login")"
renamed() { [ "$unknown_route" = 200 ] && grep -qi '^Set-Cookie: patritech_route=[0-9]' "$work/sticky-unknown.h"; }
check "a route cookie naming no instance is served by the pool and replaced ($unknown_route)" renamed
sticky_one() { [ "$(grep -c 'sticky=fixed' "$ngx/logs/patritech.access.log")" = 8 ] && [ "$(upstream_of 'sticky=fixed' | wc -l)" = 1 ]; }
check "requests with the same route cookie all reach one instance ($(upstream_of 'sticky=fixed' | tr '\n' ' '))" sticky_one
for i in $(seq 1 16); do
    "${curl_tls[@]}" -o /dev/null "$url/login?sticky=new$i"
done
spread() { [ "$(upstream_of 'sticky=new' | wc -l)" = 2 ]; }
check "new browsers are spread over both instances" spread

# ---------------------------------------------------------------- rate limits
info "rate limits"
codes=""
for i in $(seq 1 25); do
    codes+="$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' -X POST -d 'username=x@example.org&password=wrong' "$url/login") "
done
echo "  POST /login x25: $codes"
check "POST /login is rate limited with 429" grep -q 429 <<<"$codes"
first_not_limited() { [ "${codes%% *}" != 429 ]; }
check "the first POST /login reaches the app" first_not_limited
get_after="$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' "$url/login")"
check "GET /login is not limited (got $get_after after the POST flood)" test "$get_after" = 200
codes=""
for i in $(seq 1 25); do
    codes+="$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        -d '{"username":"x","password":"y"}' "$url/api/v1/auth/token") "
done
echo "  POST /api/v1/auth/token x25: $codes"
check "/api/v1/auth/* is rate limited with 429" grep -q 429 <<<"$codes"
# The app has its own sign-in throttling that may also answer 429: nginx's limits must be the ones that did. nginx's
# own answers have no upstream in its access log ("upstream=-"); the app's answers name the instance.
answered_by_nginx() {  # $1: request line start, $2: status
    grep -c "\"$1 HTTP/[0-9.]*\" $2 .* upstream=- " "$ngx/logs/patritech.access.log"
}
answered_by_app() { grep -c "\"$1 HTTP/[0-9.]*\" $2 .* upstream=127" "$ngx/logs/patritech.access.log"; }
check "nginx itself answered 429 to the POST /login flood ($(answered_by_nginx 'POST /login' 429) times, without asking the app)" \
    test "$(answered_by_nginx 'POST /login' 429)" -ge 1
check "nginx itself answered 429 to the /api/v1/auth/token flood ($(answered_by_nginx 'POST /api/v1/auth/token' 429) times)" \
    test "$(answered_by_nginx 'POST /api/v1/auth/token' 429)" -ge 1
check "control: the app's own answers to the same floods name an upstream ($(answered_by_app 'POST /login' 302) × 302, $(answered_by_app 'POST /api/v1/auth/token' 401) × 401)" \
    test "$(answered_by_app 'POST /login' 302)" -ge 1 -a "$(answered_by_app 'POST /api/v1/auth/token' 401)" -ge 1

# ---------------------------------------------------------------- deploys under load
# Browsers: each keeps its cookies (route + session), opens a Vaadin screen (the init request), GETs the Vaadin page and
# checks that its server session survives (a new JSESSIONID cookie means the session was lost); one client has no
# cookies (a new browser each time).
client() {  # $1 name, $2 "jar" (a browser with cookies) or "fresh"; bounded: 10000 requests / 900 s (a loaded machine starts a JVM in minutes)
    local out="$work/client-$1.txt" n=0 t0=$SECONDS cookies=() code lost
    [ "$2" = jar ] && cookies=(-b "$work/cookies-$1" -c "$work/cookies-$1")
    : > "$out"
    while [ ! -f "$work/stop-clients" ] && (( n < 10000 && SECONDS - t0 < 900 )); do
        retried=""
        if ! code="$("${curl_tls[@]}" "${cookies[@]}" -D "$out.h" -o /dev/null -w '%{http_code}' "$url/login?client=$1" 2>"$out.err")" \
            && [ "$code" = 000 ] && grep -qE '\((35|52|56)\)' "$out.err"; then
            # nginx closes a connection that has not sent its request yet when a reload retires the old workers; a
            # browser sends an idempotent GET again on such a connection (RFC 9110, 9.2.2). So does this client,
            # once, and the summary counts it: an answer that still fails is a failure.
            retried=" retried"
            code="$("${curl_tls[@]}" "${cookies[@]}" -D "$out.h" -o /dev/null -w '%{http_code}' "$url/login?client=$1" 2>"$out.err")"
        fi
        if [ "$code" != 000 ]; then
            lost=""
            if [ "$2" = jar ] && (( n > 0 )) && grep -qi '^Set-Cookie: JSESSIONID=' "$out.h"; then lost=" lost-session"; fi
            echo "$code$lost$retried" >> "$out"
            if [ "$2" = jar ] && (( n == 0 )); then
                # What the page's script does next: Vaadin's init request, which opens a screen (a UI) on the server.
                "${curl_tls[@]}" "${cookies[@]}" -o /dev/null "$url/?v-r=init&location=login&query=&client=$1" 2>/dev/null
            fi
        else  # connection-level error: record what curl said
            echo "000 $(date +%T.%N) $(tr '\n' ' ' < "$out.err")$retried" >> "$out"
        fi
        n=$((n + 1))
        sleep 0.2
    done
}
start_clients() {
    rm -f "$work/stop-clients"
    client_pids=""
    local i
    for i in 1 2 3; do client "$1-browser$i" jar & client_pids+=" $!"; done
    client "$1-fresh" fresh &
    client_pids+=" $!"
}
stop_clients() {
    touch "$work/stop-clients"
    local p
    for p in $client_pids; do wait "$p"; done
    client_pids=""
}
client_summary() {  # prints "total failures lost-sessions"
    cat "$work/client-$1"-*.txt | awk '
        { total++; if ($1 !~ /^[23][0-9][0-9]$/) bad++; if ($2 == "lost-session") lost++ }
        END { printf "%d %d %d\n", total, bad, lost }'
}
show_failures() {
    grep -hv '^[23][0-9][0-9]\( lost-session\)\{0,1\}\( retried\)\{0,1\}$' "$work"/client-"$1"-*.txt | head -n 5 | sed 's/^/  failed: /'
    local retried
    retried="$(cat "$work"/client-"$1"-*.txt | grep -c ' retried$')"
    echo "  sent again after nginx closed a connection before its request (reload; a browser does the same): $retried"
}
pid_of() { cat "$PT_TEST_RUN/app-$1.pid" 2>/dev/null; }
requests_to() {  # $1 client marker, $2 port: requests nginx sent to that instance (first try or retry)
    grep "client=$1" "$ngx/logs/patritech.access.log" | grep -c "upstream=\([^ ]*, \)*127.0.0.1:$2[ ,]"
}
state_active() { awk '$1 == "active" { printf "%s%s", s, $2; s = " " }' "$PATRITECH_HOME/routing.state"; }
both_ready() { pt_ready "$1" && pt_ready "$2"; }

info "blue/green deploy of a new release (with a migration) while browsers use the app through nginx"
# The "new release": the same jar plus an expand-only Flyway migration, as a real next release would have.
mkdir -p "$work/v2/BOOT-INF/classes/db/migration/common"
cat > "$work/v2/BOOT-INF/classes/db/migration/common/V900__deploy_test.sql" <<'SQL'
-- expand-only: the previous release keeps working on this schema
create table deploy_test (id bigint primary key, note varchar(50));
alter table units add column deploy_test_note varchar(50);
SQL
cp "$jar" "$work/patritech-v2.jar"
"$JAVA_HOME/bin/jar" --update --no-compress --file "$work/patritech-v2.jar" -C "$work/v2" \
    BOOT-INF/classes/db/migration/common/V900__deploy_test.sql
old_release="$(readlink -f "$PATRITECH_HOME/current.jar")"
pids_before="$(pid_of "$app1") $(pid_of "$app2")"
start_clients rolling
sleep 3
"$deploy_dir/deploy.sh" --jar "$work/patritech-v2.jar" > "$work/deploy-2.log" 2>&1
rc=$?
for _ in $(seq 1 15); do  # until the cookie-less client made 5 requests after the switch (within the 25 s drain)
    [ $(( $(requests_to rolling-fresh "$twin1") + $(requests_to rolling-fresh "$twin2") )) -ge 5 ] && break
    sleep 1
done
stop_clients
sed 's/^/  /' "$work/deploy-2.log"
read -r total bad lost <<<"$(client_summary rolling)"
show_failures rolling
echo "  clients: $total requests, $bad failed, $lost lost sessions; to the new instances: $(( $(requests_to rolling "$twin1") + $(requests_to rolling "$twin2") ))"
check "deploy.sh deploy succeeds" test "$rc" -eq 0
side_by_side() {
    both_ready "$twin1" "$twin2" && [ "$(state_active)" = "$twin1 $twin2" ] \
        && [ "$("$deploy_dir/manage.sh" status 2>&1 | grep -c ": draining")" = 2 ]
}
check "the new release runs beside the old one: $twin1 and $twin2 ready and routed, $app1 and $app2 draining" side_by_side
check "zero failed requests during the deploy ($total requests, $bad failed)" test "$bad" -eq 0 -a "$total" -ge 50
check "zero lost sessions: every browser kept its server session ($lost lost)" test "$lost" -eq 0
# Memory, measured (README "memory per instance"): peak resident size of every running instance after the load.
for p in $app1 $app2 $twin1 $twin2; do
    pid="$(pid_of "$p")"
    [ -n "$pid" ] && [ -r "/proc/$pid/status" ] \
        && echo "  memory of instance $p: $(awk '/^VmHWM/ { printf "peak %d MB", $2 / 1024 } /^VmRSS/ { printf ", now %d MB", $2 / 1024 }' "/proc/$pid/status") (JAVA_OPTS of the test: -Xmx384m)"
done
# Negative control for the lost-session count: a browser whose route cookie is pointed at the other release.
sed "s/\(patritech_route\t\)[0-9]*/\1$twin1/" "$work/cookies-rolling-browser1" > "$work/cookies-control"
"${curl_tls[@]}" -b "$work/cookies-control" -D "$work/control.h" -o /dev/null "$url/login?client=control"
control_lost() { grep -qi '^Set-Cookie: JSESSIONID=' "$work/control.h"; }
check "control: the same browser sent to another instance does lose its session (new JSESSIONID)" control_lost
new_browsers_new_release() { [ "$(grep "client=rolling-fresh" "$ngx/logs/patritech.access.log" | tail -n 5 | grep -c "upstream=127.0.0.1:\($twin1\|$twin2\) ")" = 5 ]; }
check "new browsers go to the new release after the flip" new_browsers_new_release
migrated() { [ "$("${pgsql[@]}" -d patritech -c "select count(*) from flyway_schema_history where version = '900' and success")" = 1 ]; }
check "the new release migrated the database at start-up (Flyway V900)" migrated
new_release="$(readlink -f "$PATRITECH_HOME/current.jar")"
kept_previous() { [ "$new_release" != "$old_release" ] && [ -f "$old_release" ]; }
check "the new release is current and the previous one is kept" kept_previous
drained() {  # the old instances stop after PATRITECH_DRAIN_SECONDS (their browsers' sessions never end here)
    local _
    for _ in $(seq 1 $(( PATRITECH_DRAIN_SECONDS + 20 ))); do
        [ -z "$(awk '$1 == "draining"' "$PATRITECH_HOME/routing.state")" ] && ! "$PATRITECH_CTL" is-active "$app1" \
            && ! "$PATRITECH_CTL" is-active "$app2" && return 0
        sleep 1
    done
    return 1
}
check "the old instances drain and stop within the limit (${PATRITECH_DRAIN_SECONDS}s) and leave nginx's routes" drained
sed 's/^/  drain: /' "$PATRITECH_HOME/drain.log" | tail -n 8
# ${PATRITECH_DRAIN_NOTICE_SECONDS}s before the limit, deploy.sh tells each old instance (POST /actuator/newversion on
# 127.0.0.1) and its screens show "a new version is ready" (the browsers' screens: see the init requests of client()).
told_line() { grep -h "instance $1: told its [0-9]* open browser tab(s) that a new version is ready" "$PATRITECH_HOME/drain.log"; }
tabs_told() { told_line "$1" | sed -n 's/.*told its \([0-9]*\) open.*/\1/p' | tail -n 1; }
told_both() { [ "$(tabs_told "$app1")" -ge 0 ] 2>/dev/null && [ "$(tabs_told "$app2")" -ge 0 ] 2>/dev/null \
    && [ $(( $(tabs_told "$app1") + $(tabs_told "$app2") )) -ge 3 ]; }
check "${PATRITECH_DRAIN_NOTICE_SECONDS}s before the drain limit the old instances told their browsers' screens that a new version is ready ($(tabs_told "$app1") + $(tabs_told "$app2") tabs)" told_both
nginx_reload_logic() { grep -q "nginx routes new browsers to: $app1 $app2" "$deploy_log" && grep -q "nginx routes new browsers to: $twin1 $twin2; draining: $app1 $app2" "$work/deploy-2.log"; }
check "deploy.sh reloads nginx with the new routes only once the instances are ready" nginx_reload_logic

# A release whose migration contracts the schema (drops a column the running release uses) is refused.
mkdir -p "$work/v3/BOOT-INF/classes/db/migration/common"
echo "alter table units drop column deploy_test_note;" > "$work/v3/BOOT-INF/classes/db/migration/common/V901__contract.sql"
cp "$work/patritech-v2.jar" "$work/patritech-v3.jar"
"$JAVA_HOME/bin/jar" --update --no-compress --file "$work/patritech-v3.jar" -C "$work/v3" \
    BOOT-INF/classes/db/migration/common/V901__contract.sql
"$deploy_dir/deploy.sh" --jar "$work/patritech-v3.jar" > "$work/deploy-contract.log" 2>&1
rc=$?
sed 's/^/  /' "$work/deploy-contract.log" | grep -v ssl_stapling
contract_refused() {
    [ "$rc" -ne 0 ] && grep -q 'V901__contract.sql:1:alter table units drop column' "$work/deploy-contract.log" \
        && [ "$(readlink -f "$PATRITECH_HOME/current.jar")" = "$new_release" ] && ! "$PATRITECH_CTL" is-active "$app1"
}
check "deploy.sh refuses a release whose new migration drops a column (expand/contract), nothing started" contract_refused
check "control: the expand-only release (V900: create table, add column) was not refused" \
    eval '! grep -q "refused" "$work/deploy-2.log"'

# A release that opens its port but never becomes ready: 0 requests, abandoned within the readiness timeout.
info "deploy of a stalled release (port open, never ready)"
mkdir -p "$work/stalled"
cat > "$work/stalled/Stalled.java" <<'EOF'
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
public class Stalled {
    public static void main(String[] args) throws Exception {
        int port = 0;
        for (String a : args) if (a.startsWith("--server.port=")) port = Integer.parseInt(a.substring(14));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/", exchange -> {
            System.out.println("request " + exchange.getRequestURI());
            byte[] body = "{\"status\":\"OUT_OF_SERVICE\"}".getBytes();
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
EOF
"$JAVA_HOME/bin/javac" -d "$work/stalled" "$work/stalled/Stalled.java" \
    && "$JAVA_HOME/bin/jar" --create --file "$work/stalled.jar" --main-class Stalled -C "$work/stalled" .
pids_before="$(pid_of "$twin1") $(pid_of "$twin2")"
start_clients stalled
sleep 1
stalled_start=$SECONDS
PATRITECH_READY_TIMEOUT=20 "$deploy_dir/deploy.sh" --jar "$work/stalled.jar" > "$work/deploy-stalled.log" 2>&1
rc=$?
stalled_took=$(( SECONDS - stalled_start ))
sleep 2
stop_clients
sed 's/^/  /' "$work/deploy-stalled.log"
read -r total bad lost <<<"$(client_summary stalled)"
show_failures stalled
app_requests="$(cat "$PT_TEST_RUN/app-$app1.log" "$PT_TEST_RUN/app-$app2.log" 2>/dev/null | grep '^request ' | grep -vc '/actuator/')"
echo "  stalled release: abandoned after ${stalled_took}s; requests it got from users: $app_requests; clients: $total requests, $bad failed, $lost lost sessions"
check "a stalled release fails the deploy and is abandoned within the timeout (20 s + start-up: ${stalled_took}s <= 40 s)" \
    test "$rc" -ne 0 -a "$stalled_took" -le 40
check "the stalled release got 0 user requests (it got $app_requests)" test "$app_requests" = 0
stalled_readiness_seen() { grep -q '^request /actuator/health/readiness' "$PT_TEST_RUN/app-$app1.log"; }
check "control: the stalled release was running and answered the readiness probe (so the 0 above is real)" stalled_readiness_seen
untouched() {
    [ "$(pid_of "$twin1") $(pid_of "$twin2")" = "$pids_before" ] && [ "$(state_active)" = "$twin1 $twin2" ] \
        && [ "$(readlink -f "$PATRITECH_HOME/current.jar")" = "$new_release" ] \
        && ! "$PATRITECH_CTL" is-active "$app1" && ! "$PATRITECH_CTL" is-active "$app2"
}
check "the running release was never stopped, stays current, and the stalled instances were stopped" untouched
check "zero failed requests and lost sessions during the stalled deploy ($total requests, $bad failed, $lost lost)" \
    test "$bad" -eq 0 -a "$lost" -eq 0 -a "$total" -ge 20

info "deploy of a release that crashes at start-up"
mkdir -p "$work/broken"
cat > "$work/broken/Broken.java" <<'EOF'
public class Broken {
    public static void main(String[] args) {
        System.err.println("this release fails at start-up");
        System.exit(1);
    }
}
EOF
"$JAVA_HOME/bin/javac" -d "$work/broken" "$work/broken/Broken.java" \
    && "$JAVA_HOME/bin/jar" --create --file "$work/broken.jar" --main-class Broken -C "$work/broken" Broken.class
start_clients broken
sleep 1
"$deploy_dir/deploy.sh" --jar "$work/broken.jar" > "$work/deploy-3.log" 2>&1
rc=$?
sleep 2
stop_clients
sed 's/^/  /' "$work/deploy-3.log"
read -r total bad lost <<<"$(client_summary broken)"
show_failures broken
echo "  clients: $total requests, $bad failed, $lost lost sessions"
check "deploy.sh exits non-zero when the new release crashes" test "$rc" -ne 0
check "the previous release keeps running untouched, stays current" untouched
no_broken_release() { [ "$(find "$PATRITECH_HOME/releases" -name '*.jar' | wc -l)" = 2 ]; }
check "the failed releases were removed, the good ones kept" no_broken_release
check "zero failed requests and lost sessions during the crashed deploy ($total requests, $bad failed, $lost lost)" \
    test "$bad" -eq 0 -a "$lost" -eq 0 -a "$total" -ge 20

info "deploy.sh --rollback to the previous release (on the migrated schema) while browsers use the app"
start_clients rollback
sleep 2
"$deploy_dir/deploy.sh" --rollback --wait > "$work/deploy-6.log" 2>&1
rc=$?
stop_clients
sed 's/^/  /' "$work/deploy-6.log" | grep -v ssl_stapling
read -r total bad lost <<<"$(client_summary rollback)"
show_failures rollback
echo "  clients: $total requests, $bad failed, $lost lost sessions (the drain limit, ${PATRITECH_DRAIN_SECONDS}s, ends them at the end)"
rolled_back_by_hand() {
    [ "$rc" -eq 0 ] && [ "$(readlink -f "$PATRITECH_HOME/current.jar")" = "$old_release" ] && both_ready "$app1" "$app2" \
        && [ "$(state_active)" = "$app1 $app2" ] && ! "$PATRITECH_CTL" is-active "$twin1" && migrated
}
check "deploy.sh --rollback --wait: previous release on $app1 and $app2, on the newer schema, $twin1/$twin2 drained" rolled_back_by_hand
check "zero failed requests during the rollback ($total requests, $bad failed)" test "$bad" -eq 0 -a "$total" -ge 20

# An nginx change (e.g. a new upstream line) is checked and loaded by deploy.sh --nginx.
echo "# changed by the test" >> "$PATRITECH_NGINX_SITE"
nginx_workers_before="$(pgrep -P "$(cat "$ngx/logs/nginx.pid")" | sort | tr '\n' ' ')"
"$deploy_dir/deploy.sh" --nginx > "$work/deploy-4.log" 2>&1
rc=$?
sleep 1
nginx_workers_after="$(pgrep -P "$(cat "$ngx/logs/nginx.pid")" | sort | tr '\n' ' ')"
sed 's/^/  /' "$work/deploy-4.log" | grep -v ssl_stapling
nginx_changed_reloaded() {
    [ "$rc" -eq 0 ] && grep -q 'nginx reloaded' "$work/deploy-4.log" && [ "$nginx_workers_before" != "$nginx_workers_after" ]
}
check "deploy.sh --nginx runs nginx -t and reloads nginx after a configuration change (new workers)" nginx_changed_reloaded
echo "server { listen 127.0.0.1:$control_port; broken }" >> "$PATRITECH_NGINX_SITE"
broken_from="$(wc -l < "$ngx/logs/error.log")"   # nginx -t logs the intended [emerg] there
"$deploy_dir/deploy.sh" --nginx > "$work/deploy-5.log" 2>&1
rc=$?
broken_to="$(wc -l < "$ngx/logs/error.log")"
sed -i '$d' "$PATRITECH_NGINX_SITE"
nginx_broken_refused() { [ "$rc" -ne 0 ] && grep -q 'nginx -t failed' "$work/deploy-5.log" && curl_ok_login; }
curl_ok_login() { [ "$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' "$url/login")" = 200 ]; }
check "deploy.sh refuses a broken nginx configuration (nginx -t) and nginx keeps serving" nginx_broken_refused

status_out="$("$deploy_dir/manage.sh" status 2>&1)"
status_rc=$?
echo "$status_out" | sed 's/^/  /'
check "manage.sh status: both instances READY" test "$status_rc" -eq 0 -a "$(grep -c ': READY' <<<"$status_out")" -eq 2

# ---------------------------------------------------------------- backup, wipe, restore
info "backup and restore"
"${pgsql[@]}" -d patritech >/dev/null <<'EOF'
insert into units (code, name, created_at) values ('SED-001', 'Sede', now()), ('ESC-002', 'Escola 2', now()), ('ESC-003', 'Escola 3', now());
insert into rooms (unit_id, name, created_at) select id, 'Sala ' || g, now() from units, generate_series(1, 2) g;
insert into categories (name, tombo_prefix, created_at) values ('Notebook', 'NB', now()), ('Mobiliário', 'MOB', now()), ('Veículo', 'VEI', now());
EOF
counts() {
    "${pgsql[@]}" -d patritech -c "select (select count(*) from users) || ' ' || (select count(*) from units) || ' ' ||
        (select count(*) from rooms) || ' ' || (select count(*) from categories) || ' ' ||
        (select count(*) from flyway_schema_history where success)" 2>/dev/null
}
# The scratch database backup.sh restores every dump into (setup.sh creates it the same way).
"${pgsql[@]}" -c "create database patritech_verify owner patritech" >/dev/null
table_sums() {  # every table of the public schema: name and md5 of its sorted rows (computed here, not by backup.sh)
    "${pgsql[@]}" -d patritech -c "select format('select %L || '' '' || coalesce(md5(string_agg(t::text, ''|'' order by t::text)), ''-'') from public.%I t;', table_name, table_name)
        from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name" \
        | "${pgsql[@]}" -d patritech
}
before="$(counts)"
sums_before="$(table_sums)"
echo "  row counts (users units rooms categories flyway_schema_history): $before; $(wc -l <<<"$sums_before") tables checksummed"
has_rows() { read -r u un r c f <<<"$before"; [ "$u" -ge 1 ] && [ "$un" -ge 3 ] && [ "$r" -ge 6 ] && [ "$c" -ge 3 ] && [ "$f" -ge 1 ]; }
check "test data present before the backup" has_rows
dump="$("$deploy_dir/backup.sh" 2> "$work/backup.log")"
rc=$?
sed 's/^/  /' "$work/backup.log"
check "backup.sh writes a pg_dump -Fc archive ($(basename "${dump:-none}"))" test "$rc" -eq 0 -a -s "${dump:-/nonexistent}"
verify_out="$("$deploy_dir/backup.sh" verify "${dump:-/nonexistent}" 2>&1)"
verify_rc=$?
echo "$verify_out" | tail -n 1 | sed 's/^/  /'
check "backup.sh verify: the dump restores into the scratch database, every table equal to its manifest" \
    test "$verify_rc" -eq 0 -a -s "${dump:-/nonexistent}.sha256sums"
# Corrupt a copy in the middle of its data: verify must fail (pg_restore --list alone still reads the table of contents).
# The place is chosen so that the old check (pg_restore --list, the table of contents) still passes.
cp "$dump.sha256sums" "$work/corrupt.dump.sha256sums"
dump_size="$(stat -c %s "$dump")"
for pct in 98 97 96 99 94 92 90 85 80 70 60; do
    cp "$dump" "$work/corrupt.dump"
    printf 'CORRUPTCORRUPTCORRUPT' | dd of="$work/corrupt.dump" bs=1 seek=$(( dump_size * pct / 100 )) conv=notrunc status=none
    pg_restore --list "$work/corrupt.dump" >/dev/null 2>&1 && break
done
toc_still_reads() { pg_restore --list "$work/corrupt.dump" >/dev/null 2>&1; }
corrupt_out="$("$deploy_dir/backup.sh" verify "$work/corrupt.dump" 2>&1)"
corrupt_rc=$?
echo "$corrupt_out" | grep -E 'ERROR|error' | head -n 2 | sed 's/^/  /'
check "backup.sh verify fails on a corrupted dump (pg_restore --list still reads it: $(toc_still_reads && echo yes || echo no))" \
    test "$corrupt_rc" -ne 0
# A manifest that does not match (e.g. the dump of another day): verify must notice.
cp "$dump" "$work/other.dump"
awk '!done && $2 ~ /^[0-9a-f]+$/ && length($2) == 32 { $2 = "00000000000000000000000000000000"; done = 1 } { print }' \
    "$dump.sha256sums" > "$work/other.dump.sha256sums"
check "control: backup.sh verify fails when one table's checksum differs from the manifest" \
    eval '! "$deploy_dir/backup.sh" verify "$work/other.dump" >/dev/null 2>&1'
private_dump() { [ "$(stat -c %a "$dump")" = 600 ]; }
check "the dump is readable by its owner only (0600)" private_dump
check "the first backup also keeps a weekly copy" test -s "$PATRITECH_BACKUP_DIR/weekly/$(basename "${dump:-none}")"
# Retention: 7 daily and 4 weekly by default; add old dumps and prune.
for i in $(seq 10 19); do cp "$dump" "$PATRITECH_BACKUP_DIR/daily/patritech-202001$i-030000.dump"; done
for i in $(seq 10 15); do cp "$dump" "$PATRITECH_BACKUP_DIR/weekly/patritech-202001$i-030000.dump"; done
"$deploy_dir/backup.sh" prune 2>/dev/null
retention() {
    [ "$(find "$PATRITECH_BACKUP_DIR/daily" -name '*.dump' | wc -l)" = 7 ] \
        && [ "$(find "$PATRITECH_BACKUP_DIR/weekly" -name '*.dump' | wc -l)" = 4 ] && [ -f "$dump" ]
}
check "retention keeps the 7 newest daily and 4 newest weekly dumps" retention

refuses_running() { ! "$deploy_dir/backup.sh" restore "$dump" --yes >/dev/null 2>&1; }
check "backup.sh restore refuses while the app is running" refuses_running
# Restore into a NON-empty database that changed after the backup: the result must be the backup's data exactly.
"${pgsql[@]}" -d patritech -c "insert into units (code, name, created_at) values ('NEW-999', 'Depois do backup', now())" \
    -c "update categories set name = name || ' (alterada)'" >/dev/null
changed_since() { [ "$(table_sums)" != "$sums_before" ]; }
check "control: the database differs from the backup before the restore (table checksums)" changed_since
"$deploy_dir/manage.sh" stop 2>/dev/null
"$deploy_dir/manage.sh" restore "$dump" --yes > "$work/restore.log" 2>&1
rc=$?
sed 's/^/  /' "$work/restore.log"
after="$(counts)"
echo "  row counts after restore: $after"
check "manage.sh restore (stop, pg_restore, start) succeeds" test "$rc" -eq 0
check "same row counts after the restore ($before = $after)" test "$before" = "$after"
same_sums() { diff <(echo "$sums_before") <(table_sums) | head -n 5 | sed 's/^/  /'; [ "$(table_sums)" = "$sums_before" ]; }
check "every table identical to the backup after restoring into the non-empty database (checksums)" same_sums
after_restore="$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' "$url/login")"
check "the app serves through nginx again after the restore (GET /login $after_restore)" \
    test "$after_restore" = 200 -a "$(ready_direct && echo yes)" = yes

# Encrypted at rest with an age public key (the private key stays elsewhere), copied off-site with rsync.
age-keygen -o "$work/age-key.txt" 2>/dev/null
recipient="$(age-keygen -y "$work/age-key.txt")"
mkdir -p "$work/offsite"
enc="$(PATRITECH_BACKUP_AGE_RECIPIENT="$recipient" PATRITECH_BACKUP_OFFSITE="$work/offsite/" "$deploy_dir/backup.sh" 2>"$work/backup-age.log")"
rc=$?
sed 's/^/  /' "$work/backup-age.log" | tail -n 4
only_encrypted() { [ "$rc" -eq 0 ] && [ -s "$enc.age" ] && [ ! -e "$enc" ] && [ "$(stat -c %a "$enc.age")" = 600 ]; }
check "backup.sh with PATRITECH_BACKUP_AGE_RECIPIENT keeps only the encrypted dump (0600)" only_encrypted
check "control: the encrypted file is not readable as a dump without the key" eval '! pg_restore --list "$enc.age" >/dev/null 2>&1'
decrypts() { age -d -i "$work/age-key.txt" -o "$work/decrypted.dump" "$enc.age" && pg_restore --list "$work/decrypted.dump" >/dev/null; }
check "the private key decrypts it into a readable dump" decrypts
offsite_copy() { cmp -s "$enc.age" "$work/offsite/$(basename "$enc").age" && [ -s "$work/offsite/$(basename "$enc").sha256sums" ]; }
check "the encrypted dump and its manifest were copied off-site (rsync)" offsite_copy

# ---------------------------------------------------------------- alerting rules and a real Prometheus
info "alerting rules (promtool) and a Prometheus scrape"
rules="$deploy_dir/prometheus/patritech-alerts.yml"
promtool_out="$(promtool check rules "$rules" 2>&1)"
promtool_rc=$?
echo "$promtool_out" | sed 's/^/  /'
check "promtool check rules accepts patritech-alerts.yml" test "$promtool_rc" -eq 0
sed 's/expr: up{job="patritech"} == 0/expr: up{job="patritech" == 0/' "$rules" > "$work/broken-alerts.yml"
broken_rules_refused() { ! cmp -s "$rules" "$work/broken-alerts.yml" && ! promtool check rules "$work/broken-alerts.yml" >/dev/null 2>&1; }
check "control: promtool check rules refuses a broken copy" broken_rules_refused
every_alert_has_runbook() {
    local alerts runbooks name
    alerts="$(grep -c '^ *- alert:' "$rules")"
    runbooks="$(grep -c '^ *runbook: ".\{20,\}"' "$rules")"
    for name in InstanceDown HighErrorRate SlowResponses HeapNearlyFull DatabasePoolSaturated BackupTooOld \
        CertificateExpiresSoon DiskFilling; do
        grep -q "alert: Patritech$name\$" "$rules" || { echo "  missing alert Patritech$name"; return 1; }
    done
    [ "$alerts" -ge 8 ] && [ "$alerts" = "$runbooks" ] || { echo "  $alerts alerts, $runbooks runbook lines"; return 1; }
}
check "every alert (down, 5xx, p95, heap, pool, backup age, certificate, disk) has a runbook line" every_alert_has_runbook

mkdir -p "$work/prometheus"
cat > "$work/prometheus/prometheus.yml" <<PROM
global:
  scrape_interval: 2s
  evaluation_interval: 2s
rule_files:
  - $rules
scrape_configs:
  - job_name: patritech
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: ["127.0.0.1:$app1", "127.0.0.1:$app2"]
  # Negative control: through nginx from 127.0.0.1, which --metrics-allow does not list.
  - job_name: blocked
    scheme: https
    metrics_path: /metrics/$app1
    tls_config:
      ca_file: $ngx/conf/cert.pem
      server_name: $host
    static_configs:
      - targets: ["$host:$https_port"]   # the site's name: any other Host is refused by the default server
PROM
prometheus --config.file="$work/prometheus/prometheus.yml" --storage.tsdb.path="$work/prometheus/data" \
    --web.listen-address="127.0.0.1:$prom_port" > "$work/prometheus/prometheus.log" 2>&1 &
prom_pid=$!
prom_query() {  # prints the value of a query's first sample, or nothing
    curl -sS --max-time 5 "http://127.0.0.1:$prom_port/api/v1/query" --data-urlencode "query=$1" 2>/dev/null \
        | sed -n 's/.*"value":\[[0-9.]*,"\([^"]*\)"\].*/\1/p'
}
for _ in $(seq 1 30); do
    [ "$(prom_query 'count(up{job="patritech"} == 1)')" = 2 ] && [ -n "$(prom_query 'up{job="blocked"}')" ] && break
    sleep 1
done
scraped_up="$(prom_query 'count(up{job="patritech"} == 1)')"
check "Prometheus scrapes both instances: up == 1 (${scraped_up:-none} of 2)" test "${scraped_up:-0}" = 2
http_series="$(prom_query 'count(http_server_requests_seconds_count{job="patritech"})')"
check "Prometheus finds http_server_requests_seconds_count (${http_series:-no} series)" test "${http_series:-0}" -gt 0
business="$(prom_query 'count(patritech_asset_events_total{job="patritech"})')"
logins="$(prom_query 'sum(patritech_login_attempts_total{job="patritech", result="failure"})')"
backup_ts="$(prom_query 'max(patritech_backup_last_success_timestamp_seconds{job="patritech"})')"
echo "  asset event series: ${business:-none}; failed sign-ins: ${logins:-none}; last backup: ${backup_ts:-none}"
business_ok() { [ "${business:-0}" -gt 0 ] && [ -n "$logins" ] && [ -n "$backup_ts" ] && awk -v t="$backup_ts" 'BEGIN { exit !(t > 1700000000) }'; }
check "Prometheus finds the business series: asset events, sign-ins and the backup's time from backup.sh's record" business_ok
blocked_up="$(prom_query 'up{job="blocked"}')"
blocked_error="$(curl -sS --max-time 5 "http://127.0.0.1:$prom_port/api/v1/targets" | grep -o '"lastError":"[^"]*403[^"]*"' | head -n 1)"
check "control: a scrape through nginx from a non-allowed address fails (up == ${blocked_up:-none}, ${blocked_error:-no 403})" \
    test "$blocked_up" = 0 -a -n "$blocked_error"
rules_loaded() { curl -sS --max-time 5 "http://127.0.0.1:$prom_port/api/v1/rules" | grep -q '"name":"PatritechBackupTooOld"'; }
check "Prometheus loaded the alerting rules" rules_loaded
kill "$prom_pid" 2>/dev/null
prom_pid=""

# ---------------------------------------------------------------- one instance
info "one instance (what setup.sh installs by default): a deploy under load, and the memory an instance needs"
# From two instances to one, as an operator does it (README section 7): the site's instance line, then
# deploy.sh --restart; an instance no longer listed drains and stops like an old one.
# From here on the instances run with the unit's own JVM options (heap 70 % of MemoryMax=1536M; -XX:MaxRAM stands in
# for the memory limit systemd's cgroup sets), so that the memory measured below is the production figure.
sed -i "s/^# patritech-instances: .*/# patritech-instances: $app1/" "$PATRITECH_NGINX_SITE"
unit_java_opts="$(sed -n 's/^Environment="JAVA_OPTS=\(.*\)"$/\1/p' "$unit_src")"
sed -i 's#^JAVA_OPTS=.*#JAVA_OPTS="'"$unit_java_opts"' -XX:MaxRAM=1536m -Djava.io.tmpdir='"$work/tmp"'"#' "$PATRITECH_ENV_FILE"
echo "  JAVA_OPTS: $(grep '^JAVA_OPTS=' "$PATRITECH_ENV_FILE")"
PATRITECH_DRAIN_SECONDS=0 "$deploy_dir/deploy.sh" --restart --wait > "$work/deploy-7.log" 2>&1
rc=$?
sed 's/^/  /' "$work/deploy-7.log" | grep -v ssl_stapling
to_one() {
    [ "$rc" -eq 0 ] && [ "$(state_active)" = "$twin1" ] && pt_ready "$twin1" && ! "$PATRITECH_CTL" is-active "$app1" \
        && ! "$PATRITECH_CTL" is-active "$app2" && ! "$PATRITECH_CTL" is-active "$twin2"
}
check "two instances to one: deploy.sh --restart starts $twin1; $app1 and $app2 (no longer listed) drain and stop" to_one

start_clients single
sleep 3
# A drain limit long enough for the measurements below (the old instance keeps its browsers meanwhile).
PATRITECH_DRAIN_SECONDS=300 "$deploy_dir/deploy.sh" --jar "$work/patritech-v2.jar" > "$work/deploy-8.log" 2>&1
rc=$?
for _ in $(seq 1 30); do  # until the cookie-less client (a new browser each time) made 5 requests after the switch
    [ "$(requests_to single-fresh "$app1")" -ge 5 ] && break
    sleep 1
done
stop_clients
sed 's/^/  /' "$work/deploy-8.log" | grep -v ssl_stapling
read -r total bad lost <<<"$(client_summary single)"
show_failures single
echo "  one instance: clients: $total requests, $bad failed, $lost lost sessions; to the new instance $app1: $(requests_to single "$app1"), to the old one $twin1: $(requests_to single "$twin1")"
one_side_by_side() {
    [ "$rc" -eq 0 ] && pt_ready "$app1" && pt_ready "$twin1" && [ "$(state_active)" = "$app1" ] \
        && [ "$(awk '$1 == "draining" { print $2 }' "$PATRITECH_HOME/routing.state")" = "$twin1" ]
}
check "one instance: the new release runs on $app1 beside the old one on $twin1, which drains" one_side_by_side
check "one instance: zero failed requests during the deploy ($total requests, $bad failed)" test "$bad" -eq 0 -a "$total" -ge 50
check "one instance: zero lost sessions, every browser kept its server session ($lost lost)" test "$lost" -eq 0
one_new_browsers() { [ "$(grep "client=single-fresh" "$ngx/logs/patritech.access.log" | tail -n 5 | grep -c "upstream=127.0.0.1:$app1 ")" = 5 ]; }
check "one instance: new browsers go to the new release after the switch" one_new_browsers
sed "s/\(patritech_route\t\)[0-9]*/\1$app1/" "$work/cookies-single-browser1" > "$work/cookies-control-single"
"${curl_tls[@]}" -b "$work/cookies-control-single" -D "$work/control-single.h" -o /dev/null "$url/login?client=control-single"
check "control: the same browser sent to the new instance does lose its session (new JSESSIONID)" \
    grep -qi '^Set-Cookie: JSESSIONID=' "$work/control-single.h"

# Control for the count of told tabs (the drain's notice above): it follows the screens open on an instance.
announce_to() {  # $1: port -> the number of browser tabs the instance told
    curl -sS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{"stopsInSeconds":600}' \
        "http://127.0.0.1:$1/actuator/newversion" | sed -n 's/.*"browserTabsTold":\([0-9]*\).*/\1/p'
}
tabs_before="$(announce_to "$app1")"   # the new instance: page loads only, no screen opened there yet
"${curl_tls[@]}" -o /dev/null -b "patritech_route=$app1" "$url/?v-r=init&location=login&query=&client=control-screen"
tabs_after="$(announce_to "$app1")"
curl -sS --max-time 10 -o /dev/null -X DELETE "http://127.0.0.1:$app1/actuator/newversion"
check "control: the tabs told follow the screens open on an instance (none: ${tabs_before:-?}; one screen opened: ${tabs_after:-?})" \
    test "${tabs_before:-x}" = 0 -a "${tabs_after:-x}" = 1

# Memory, measured with the unit's JVM options: the peak resident size (VmHWM, /proc) of the old instance, which served
# the browsers through the deploy, and of the new one after 400 more page loads (each a new session, as new browsers).
sessions_of() { curl -sS --max-time 5 "http://127.0.0.1:$1/actuator/prometheus" | awk '/^patritech_vaadin_sessions[ {]/ { printf "%d", $NF }'; }
memory_of() {  # $1: port -> "peak N MB, now M MB, S Vaadin sessions"
    awk '/^VmHWM/ { printf "peak %d MB", $2 / 1024 } /^VmRSS/ { printf ", now %d MB", $2 / 1024 }' "/proc/$(pid_of "$1")/status" 2>/dev/null
    echo ", $(sessions_of "$1") Vaadin sessions"
}
heap_max="$(curl -sS --max-time 5 "http://127.0.0.1:$app1/actuator/prometheus" \
    | awk '/^jvm_memory_max_bytes\{.*area="heap"/ { if ($NF > 0) sum += $NF } END { printf "%d", sum / 1048576 }')"
echo "  memory of instance $twin1 (old, after the deploy's load): $(memory_of "$twin1"); heap limit ${heap_max:-?} MB"
burst() { local i; for i in $(seq 1 100); do "${curl_tls[@]}" -s -o /dev/null -w '%{http_code}\n' "$url/login?client=burst$1" 2>/dev/null; done; }
burst_start=$SECONDS
burst_pids=""
for w in 1 2 3 4; do burst "$w" > "$work/burst-$w.txt" & burst_pids+=" $!"; done
# shellcheck disable=SC2086
wait $burst_pids
echo "  400 more page loads in $((SECONDS - burst_start))s ($(cat "$work"/burst-*.txt | grep -c '^200$') answered 200)"
echo "  memory of instance $app1 (new, after them): $(memory_of "$app1"); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- summary
info "done"
nginx_alerts() {
    { awk -v a="${broken_from:-0}" -v b="${broken_to:-0}" 'FNR <= a || FNR > b' "$ngx/logs/error.log"
      cat "$ngx/logs/patritech.error.log"; } 2>/dev/null | grep -E '\[(emerg|alert|crit)\]'
}
# An old worker that exits after back-to-back reloads (the drain's, then deploy.sh --nginx) reports the
# connections it still held ("open socket #N left in connection M", then "aborting"). nginx's own report of its
# exit, not a failed request: the clients' counts above say whether anyone got an error. Counted, shown, not failed.
worker_exit_lines="$(nginx_alerts | grep -cE 'open socket #[0-9]+ left in connection|: aborting$')"
echo "  nginx workers that exited after a reload holding connections: $worker_exit_lines alert line(s)"
error_lines="$(nginx_alerts | grep -vE 'open socket #[0-9]+ left in connection|: aborting$' | head -n 5)"
check "no other emerg/alert/crit lines in nginx's error logs" test -z "$error_lines"
[ -n "$error_lines" ] && echo "$error_lines" | sed 's/^/  /'
echo "total time: $((SECONDS - started))s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
