#!/usr/bin/env bash
# The systemd units, setup.sh and deploy.sh under a REAL systemd: a Debian 12 container booted with systemd as its
# init (systemd-nspawn -b), on a private network, with PostgreSQL and nginx from Debian inside it, the host's JDK
# bound read-only and the packaged jar. Run as root:
#
#   PATRITECH_JAR=target/patritech-1.0.0-SNAPSHOT.jar bash deployment/test/systemd-units.sh
#
# Environment:
#   PATRITECH_JAR        the jar to deploy (default: the newest target/patritech-*.jar)
#   JAVA_HOME            JDK 21+ bound read-only into the container under /usr/lib/jvm (default temurin-25)
#   PT_SYSTEMD_CACHE     the Debian tree, built once with debootstrap and reused (read-only: every run boots an
#                        overlay of it and throws the overlay away): default /var/cache/patritech-test/systemd-bookworm
#   PT_TEST_KEEP=1       keep the work directory (container log, the overlay's changes)
#   PT_SYSTEMD_UNIFIED=0 boot the container with the legacy/hybrid cgroup layout instead of cgroup v2
#
# Checks, each with a negative control where one can be built (a broken input the check must catch):
#   setup.sh runs in the container (--no-firewall: the container shares the host's kernel) and nginx serves its site;
#   "systemctl start" returns only once the readiness probe answers UP (control: the same unit without its
#   ExecStartPost= returns before); a release that never becomes ready fails the start after TimeoutStartSec; after
#   repeated failures the start limit refuses "systemctl start" and deploy.sh's reset-failed lets it start;
#   Restart=on-failure; the instance runs as patritech with the sandbox in effect (a write outside the allowed paths
#   fails, the same write outside the sandbox works); systemd-analyze security; the backup unit succeeds as
#   patritech and, broken, its OnFailure= unit writes the alert to the journal; setup.sh re-run restarts nothing
#   (control: a changed unit file makes it restart the instance, blue/green; so does a secret it fills in).
# Prints PASS/FAIL lines and "N passed, M failed"; exits 0 when all passed, 1 when one failed, 77 when this machine
# cannot boot a systemd container (the reason is printed).
set -uo pipefail

started=$SECONDS
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
deploy_dir="$(cd "$here/.." && pwd)"
repo="$(cd "$deploy_dir/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cache="${PT_SYSTEMD_CACHE:-/var/cache/patritech-test/systemd-bookworm}"
jar="${PATRITECH_JAR:-$(ls -t "$repo"/target/patritech-*.jar 2>/dev/null | head -n 1)}"

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
skip() { echo "SKIP: $*"; exit 77; }

[ "$(id -u)" -eq 0 ] || { echo "systemd-units.sh must run as root" >&2; exit 2; }
[ -n "$jar" ] && [ -f "$jar" ] || { echo "no jar: build it (./mvnw package) or set PATRITECH_JAR" >&2; exit 2; }
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
[ -x "$JAVA_HOME/bin/javac" ] || { echo "JAVA_HOME=$JAVA_HOME has no javac" >&2; exit 2; }

# ---------------------------------------------------------------- host tools and the cached Debian tree
info "host tools and the container tree"
missing=()
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v systemd-nspawn >/dev/null || missing+=(systemd-container)
command -v nsenter >/dev/null || missing+=(util-linux)
if [ ${#missing[@]} -gt 0 ]; then
    echo "  installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || { echo "could not install ${missing[*]}" >&2; exit 2; }
fi
# debootstrap lays down the base with systemd and PostgreSQL; apt-get in a chroot then adds what setup.sh installs
# (so that its apt-get install finds everything there: the container has no network). debootstrap's own
# --include does not resolve certbot's Python dependencies. A different list rebuilds the tree.
base_packages="systemd,systemd-sysv,dbus,procps,iproute2,curl,ca-certificates,postgresql"
packages="nginx libnginx-mod-http-brotli-filter postgresql-client certbot openssl git"
mirror="$(sed -n 's/^URIs: *//p; s/^deb \(http[^ ]*debian\) .*/\1/p' /etc/apt/sources.list /etc/apt/sources.list.d/debian.sources 2>/dev/null \
    | grep -v security | head -n 1)"
mirror="${mirror:-http://deb.debian.org/debian}"
if [ "$(cat "$cache/.patritech-packages" 2>/dev/null)" != "$base_packages $packages" ]; then
    cold=$SECONDS
    log="$(dirname "$cache")/debootstrap.log"
    echo "  building $cache with debootstrap (bookworm, $mirror); later runs reuse it"
    for m in proc sys dev/pts dev; do mountpoint -q "$cache.tmp/$m" && umount "$cache.tmp/$m"; done   # an interrupted build
    rm -rf --one-file-system "$cache.tmp"
    mkdir -p "$(dirname "$cache")"
    if ! nice -n 19 debootstrap --variant=minbase --include="$base_packages" bookworm "$cache.tmp" "$mirror" > "$log" 2>&1; then
        tail -n 20 "$log"
        echo "debootstrap failed (log: $log)" >&2
        exit 2
    fi
    # No service may start in the chroot (it would run on the host).
    printf '#!/bin/sh\nexit 101\n' > "$cache.tmp/usr/sbin/policy-rc.d"
    chmod 0755 "$cache.tmp/usr/sbin/policy-rc.d"
    mount --bind /proc "$cache.tmp/proc"
    # shellcheck disable=SC2086
    nice -n 19 chroot "$cache.tmp" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        $packages >> "$log" 2>&1
    rc=$?
    umount "$cache.tmp/proc"
    [ "$rc" -eq 0 ] || { tail -n 20 "$log"; echo "apt-get install in the tree failed (log: $log)" >&2; exit 2; }
    rm -f "$cache.tmp/usr/sbin/policy-rc.d"
    chroot "$cache.tmp" apt-get clean
    : > "$cache.tmp/etc/machine-id"   # each boot makes its own
    echo "$base_packages $packages" > "$cache.tmp/.patritech-packages"
    rm -rf "$cache"
    mv "$cache.tmp" "$cache"
    echo "  tree built in $((SECONDS - cold))s ($(du -sh "$cache" | cut -f1))"
else
    echo "  reusing $cache"
fi

# ---------------------------------------------------------------- work directory, overlay, boot
work="$(mktemp -d /var/tmp/patritech-systemd-test.XXXXXX)"
root="$work/root"
mkdir -p "$work/upper" "$work/overlay-work" "$root"
nspawn_pid=""
cleanup() {
    if [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null; then
        kill -TERM "$nspawn_pid" 2>/dev/null   # nspawn asks the container's systemd to power off
        for _ in $(seq 1 30); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 1; done
        kill -KILL "$nspawn_pid" 2>/dev/null
        wait "$nspawn_pid" 2>/dev/null
    fi
    mountpoint -q "$root" && umount "$root"
    if [ "${PT_TEST_KEEP:-0}" = 1 ]; then echo "work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount -t overlay overlay -o "lowerdir=$cache,upperdir=$work/upper,workdir=$work/overlay-work" "$root" \
    || skip "cannot mount an overlay of $cache on $root"
jdk_in_ct="/usr/lib/jvm/$(basename "$JAVA_HOME")"
mkdir -p "$root/src" "$root$jdk_in_ct"
cp "$jar" "$root/root/patritech.jar"
echo ptsd > "$root/etc/hostname"

info "booting the container (systemd-nspawn -b)"
# nice 19: everything the container's systemd starts inherits it (the machine is shared). The unified cgroup
# hierarchy (cgroup v2) inside, as on Debian 12 and Ubuntu 24.04 servers, even when the host has the hybrid layout.
SYSTEMD_NSPAWN_UNIFIED_HIERARCHY="${PT_SYSTEMD_UNIFIED:-1}" nice -n 19 systemd-nspawn --boot --directory="$root" --machine=ptsd --register=no --keep-unit \
    --private-network --console=read-only --quiet \
    --bind-ro="$JAVA_HOME:$jdk_in_ct" --bind-ro="$deploy_dir:/src/deployment" \
    > "$work/container.log" 2>&1 &
nspawn_pid=$!
leader=""
for _ in $(seq 1 60); do
    leader="$(pgrep -P "$nspawn_pid" | head -n 1)"
    [ -n "$leader" ] && [ "$(cat "/proc/$leader/comm" 2>/dev/null)" = systemd ] && break
    kill -0 "$nspawn_pid" 2>/dev/null || break
    leader=""
    sleep 1
done
if [ -z "$leader" ]; then
    sed 's/^/  /' "$work/container.log"
    skip "the container did not boot systemd (output above)"
fi
in_ct() {  # runs a command inside the container, as root, with a clean environment
    nsenter --target "$leader" --mount --uts --ipc --net --pid --cgroup --root --wd -- \
        env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        SYSTEMD_PAGER=cat SYSTEMD_COLORS=0 "$@"
}
state="$(timeout 120 nsenter --target "$leader" --mount --pid -- systemctl is-system-running --wait 2>&1)"
echo "  container's PID 1: $(in_ct cat /proc/1/comm) ($(in_ct systemctl --version | head -n 1)); state: $state"
check "systemd booted as the container's init (is-system-running: $state)" \
    test "$state" = running -o "$state" = degraded
[ "$state" = degraded ] && in_ct systemctl --failed --no-legend | sed 's/^/  failed: /'
[ "$state" = running ] || [ "$state" = degraded ] || { sed 's/^/  /' "$work/container.log" | tail -n 30; skip "systemd did not come up"; }
echo "  cgroups in the container: $(in_ct stat -fc %T /sys/fs/cgroup) on /sys/fs/cgroup, controllers: '$(in_ct cat /sys/fs/cgroup/cgroup.controllers 2>/dev/null)'"

ready_url() { echo "http://127.0.0.1:$1/actuator/health/readiness"; }
is_ready() { in_ct curl -fsS --max-time 3 "$(ready_url "$1")" 2>/dev/null | grep -q '"status":"UP"'; }
prop() { in_ct systemctl show -P "$2" "$1"; }  # prop UNIT PROPERTY

# ---------------------------------------------------------------- setup.sh
info "setup.sh --no-firewall --instances 8081 (in the container)"
# PATRITECH_DRAIN_SECONDS: a blue/green restart by setup.sh lets the old instance go at once (no browsers here).
setup() { in_ct env PATRITECH_DRAIN_SECONDS=5 PATRITECH_DRAIN_NOTICE_SECONDS=5 bash /src/deployment/setup.sh --no-firewall --instances 8081; }
setup_start=$SECONDS
setup > "$work/setup1.log" 2>&1
rc=$?
echo "  setup.sh exit $rc in $((SECONDS - setup_start))s; last lines:"
grep -v '^[.+*-]*$' "$work/setup1.log" | tail -n 6 | sed 's/^/    /'
check "setup.sh installs in the container (exit $rc)" test "$rc" -eq 0
http_code() { in_ct curl -sS -o /dev/null --max-time 10 -w '%{http_code}' "$1" 2>/dev/null; }
# "systemctl reload nginx" returns before nginx has switched to the new configuration: give it a few seconds.
for _ in $(seq 1 10); do code="$(http_code http://127.0.0.1/)"; [ "$code" = 301 ] && break; sleep 1; done
check "nginx serves the PATRI-TECH site right after setup.sh (http:// answers the site's 301, got $code; Debian's default page is 200)" \
    test "$code" = 301
check "units installed: patritech@8081 enabled, the backup timer enabled and active" \
    test "$(in_ct systemctl is-enabled patritech@8081.service)" = enabled \
        -a "$(in_ct systemctl is-active patritech-backup.timer)" = active

# ---------------------------------------------------------------- fake releases (start in a second)
# Small stand-ins for the jar, run by the same unit (instances/PORT.jar): "ready later" answers 503 on the
# readiness probe for its first 8 s, then UP; "stalled" never answers UP; "broken" is not a jar (java exits 1).
mkdir -p "$work/fake"
cat > "$work/fake/Fake.java" <<'EOF'
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
public class Fake {
    public static void main(String[] args) throws Exception {
        long readyAt = System.currentTimeMillis() + Long.getLong("fake.readyAfterMs", 8000L);
        boolean never = Boolean.getBoolean("fake.never");
        int port = 0;
        for (String a : args) if (a.startsWith("--server.port=")) port = Integer.parseInt(a.substring(14));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/", exchange -> {
            boolean up = !never && System.currentTimeMillis() >= readyAt;
            byte[] body = (up ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}").getBytes();
            exchange.sendResponseHeaders(up ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
EOF
cat > "$work/fake/Stalled.java" <<'EOF'
public class Stalled {
    public static void main(String[] args) throws Exception {
        System.setProperty("fake.never", "true");
        Fake.main(args);
    }
}
EOF
nice -n 19 "$JAVA_HOME/bin/javac" -d "$work/fake/classes" "$work/fake/Fake.java" "$work/fake/Stalled.java" \
    && nice -n 19 "$JAVA_HOME/bin/jar" --create --file "$work/fake/ready-later.jar" --main-class Fake -C "$work/fake/classes" . \
    && nice -n 19 "$JAVA_HOME/bin/jar" --create --file "$work/fake/stalled.jar" --main-class Stalled -C "$work/fake/classes" . \
    || { echo "could not build the fake releases" >&2; exit 2; }
echo "not a jar" > "$work/fake/broken.jar"
install -d -m 0755 "$root/opt/patritech/instances"
put_release() {  # put_release PORT ready-later|stalled|broken
    install -m 0644 "$work/fake/$2.jar" "$root/opt/patritech/instances/$1.jar"
}
drop_in() {  # drop_in PORT NAME < content
    mkdir -p "$root/etc/systemd/system/patritech@$1.service.d"
    cat > "$root/etc/systemd/system/patritech@$1.service.d/$2.conf"
}

# ---------------------------------------------------------------- readiness: systemctl start returns when ready
info "systemctl start waits for readiness (ExecStartPost=)"
put_release 8091 ready-later
put_release 8092 ready-later
drop_in 8092 control <<'EOF'
# control: the same unit without its readiness wait
[Service]
ExecStartPost=
EOF
in_ct systemctl daemon-reload
timed_start() {  # timed_start PORT -> "rc seconds ready-right-after(yes/no)"
    local t0 rc ready=no
    t0=$(date +%s.%N)
    in_ct systemctl start "patritech@$1.service" >/dev/null 2>&1
    rc=$?
    is_ready "$1" && ready=yes
    echo "$rc $(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { printf "%.1f", a - b }') $ready"
}
read -r rc took ready <<<"$(timed_start 8091)"
echo "  patritech@8091 (ready after 8 s): systemctl start exit $rc after ${took}s; probe UP right after: $ready"
at_least() { awk -v t="$1" -v min="$2" 'BEGIN { exit !(t >= min) }'; }
check "systemctl start patritech@8091 returns once the probe answers UP (exit $rc, ${took}s >= 8 s, UP right after: $ready)" \
    eval '[ "$rc" -eq 0 ] && [ "$ready" = yes ] && at_least "$took" 8' 
read -r rc took ready <<<"$(timed_start 8092)"
echo "  control patritech@8092 without ExecStartPost=: exit $rc after ${took}s; probe UP right after: $ready"
check "control: without ExecStartPost= the start returns before the app is ready (UP right after: $ready)" test "$ready" = no
in_ct systemctl stop patritech@8092.service

info "a release that never becomes ready"
put_release 8093 stalled
drop_in 8093 timeout <<'EOF'
# shorter than the unit's 180 s, to keep the test quick: the mechanism is the same
[Service]
TimeoutStartSec=20
Restart=no
EOF
in_ct systemctl daemon-reload
read -r rc took ready <<<"$(timed_start 8093)"
result="$(prop patritech@8093.service Result)"
echo "  stalled patritech@8093 (TimeoutStartSec=20): systemctl start exit $rc after ${took}s, Result=$result, active: $(in_ct systemctl is-active patritech@8093.service)"
check "a release that never answers UP fails the start after TimeoutStartSec (exit $rc, ${took}s, Result=$result)" \
    eval '[ "$rc" -ne 0 ] && [ "$result" = timeout ] && at_least "$took" 19 && ! at_least "$took" 40' 

# ---------------------------------------------------------------- Restart=on-failure
info "Restart=on-failure"
pid_before="$(prop patritech@8091.service MainPID)"
in_ct kill -KILL "$pid_before"
restarted=no
for _ in $(seq 1 40); do
    sleep 1
    pid_now="$(prop patritech@8091.service MainPID)"
    if [ "$pid_now" != 0 ] && [ "$pid_now" != "$pid_before" ] && is_ready 8091; then restarted=yes; break; fi
done
echo "  killed java $pid_before of patritech@8091: restarted=$restarted (MainPID now $pid_now, NRestarts=$(prop patritech@8091.service NRestarts))"
check "Restart=on-failure: a killed instance is started again and answers UP" test "$restarted" = yes
in_ct systemctl stop patritech@8091.service

# ---------------------------------------------------------------- start limit and deploy.sh's reset-failed
info "start limit (StartLimitBurst=5 in 300 s) and reset-failed"
put_release 8094 broken
read -r rc took ready <<<"$(timed_start 8094)"
echo "  a release whose java exits at once (not a jar) on 8094: systemctl start exit $rc after ${took}s"
check "a release that exits at start fails systemctl start at once, not after TimeoutStartSec (exit $rc, ${took}s < 15 s)" \
    eval '[ "$rc" -ne 0 ] && ! at_least "$took" 15' 
# systemd 252 logs the start limit ("Start request repeated too quickly") but keeps Result=exit-code (the cause).
limit_hits() { in_ct journalctl -q --no-pager -u patritech@8094.service | grep -c 'Start request repeated too quickly'; }
for _ in $(seq 1 90); do
    [ "$(limit_hits)" -ge 1 ] && [ "$(in_ct systemctl is-active patritech@8094.service)" = failed ] && break
    sleep 1
done
hits="$(limit_hits)"
echo "  broken release on 8094: NRestarts=$(prop patritech@8094.service NRestarts), Result=$(prop patritech@8094.service Result), 'Start request repeated too quickly' logged $hits time(s), state $(in_ct systemctl is-active patritech@8094.service)"
check "a release that keeps failing is restarted, then stopped by the start limit (logged $hits time(s))" \
    test "$hits" -ge 1 -a "$(in_ct systemctl is-active patritech@8094.service)" = failed
put_release 8094 ready-later   # the operator fixes the release
in_ct systemctl start patritech@8094.service > "$work/limit-start.log" 2>&1
rc=$?
echo "  plain systemctl start after the fix: exit $rc: $(head -n 1 "$work/limit-start.log")"
hits_after="$(limit_hits)"
check "control: without reset-failed, systemctl start is refused by the start limit (exit $rc, limit logged $hits -> $hits_after)" \
    test "$rc" -ne 0 -a "$hits_after" -gt "$hits"
in_ct bash -c '. /opt/patritech/deployment/lib/common.sh; pt_ctl start 8094' > "$work/limit-ptctl.log" 2>&1
rc=$?
ready=no; is_ready 8094 && ready=yes
check "deploy.sh's start (reset-failed, then start) succeeds after the start limit (exit $rc, UP: $ready)" \
    test "$rc" -eq 0 -a "$ready" = yes
in_ct systemctl stop patritech@8094.service

# ---------------------------------------------------------------- the real application, deployed by deploy.sh
info "deploy.sh --jar (the real application, under systemd)"
deploy_start=$SECONDS
in_ct env PATRITECH_DRAIN_SECONDS=5 /opt/patritech/deployment/deploy.sh --jar /root/patritech.jar > "$work/deploy.log" 2>&1
rc=$?
sed 's/^/  /' "$work/deploy.log" | grep -v 'ssl_stapling' | tail -n 8
ready_after="$(sed -n 's/.*instance 8081 is ready (\([0-9]*\)s).*/\1/p' "$work/deploy.log" | tail -n 1)"
echo "  deploy.sh exit $rc in $((SECONDS - deploy_start))s; deploy.sh waited ${ready_after:-?}s for readiness after systemctl returned"
check "deploy.sh deploys the jar under systemd (exit $rc) and finds it ready as soon as systemctl returns (${ready_after:-?}s <= 1 s)" \
    test "$rc" -eq 0 -a "${ready_after:-99}" -le 1
code="$(in_ct curl -sk -o /dev/null -w '%{http_code}' --max-time 20 https://127.0.0.1/login)"
check "the login page through nginx answers 200 (got $code)" test "$code" = 200

# ---------------------------------------------------------------- sandbox in effect
info "hardening in effect (patritech@8081)"
java_pid="$(prop patritech@8081.service MainPID)"
user="$(in_ct ps -o user= -p "$java_pid" | tr -d ' ')"
status_of() { in_ct awk -v k="$1:" '$1 == k { print $2 }' "/proc/$java_pid/status"; }
echo "  java $java_pid: user $user, NoNewPrivs $(status_of NoNewPrivs), Seccomp $(status_of Seccomp), CapEff $(status_of CapEff)"
check "the instance runs as patritech with no capabilities, no_new_privs and a seccomp filter" \
    test "$user" = patritech -a "$(status_of NoNewPrivs)" = 1 -a "$(status_of Seccomp)" = 2 \
        -a "$(status_of CapEff)" = 0000000000000000
as_patritech_in() {  # as_patritech_in PID command... : runs as patritech in the mount namespace of PID
    in_ct nsenter --target "$1" --mount -- setpriv --reuid=patritech --regid=patritech --clear-groups "${@:2}"
}
# /var/backups/patritech belongs to patritech, but only the backup unit may write there (ProtectSystem=strict).
sandbox_write="$(as_patritech_in "$java_pid" touch /var/backups/patritech/probe 2>&1)"
sandbox_rc=$?
echo "  in the unit's sandbox: touch /var/backups/patritech/probe -> exit $sandbox_rc ${sandbox_write}"
check "ProtectSystem=strict: the instance cannot write outside its paths (/var/backups/patritech: read-only file system)" \
    eval '[ "$sandbox_rc" -ne 0 ] && [[ "$sandbox_write" == *"Read-only file system"* ]]' 
as_patritech_in 1 touch /var/backups/patritech/probe
check "control: the same write as patritech outside the sandbox works" in_ct test -e /var/backups/patritech/probe
in_ct rm -f /var/backups/patritech/probe
as_patritech_in "$java_pid" touch /var/lib/patritech/probe
check "the instance can write its state directory /var/lib/patritech" in_ct test -e /var/lib/patritech/probe
in_ct rm -f /var/lib/patritech/probe
as_patritech_in "$java_pid" touch /tmp/patritech-private-probe
check "PrivateTmp=: the instance's /tmp is its own (its file is not in the system's /tmp)" \
    eval '! in_ct test -e /tmp/patritech-private-probe' 
app_score="$(in_ct systemd-analyze security patritech@8081.service 2>/dev/null | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')"
backup_score="$(in_ct systemd-analyze security patritech-backup.service 2>/dev/null | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')"
# README states both scores: offline (systemd-analyze --offline=true, run-tests.sh) and on this running systemd.
readme_app="$(sed -n 's/.*`patritech@8081.service`: \*\*[0-9.]*\*\* offline, \*\*\([0-9.]*\)\*\* on a running systemd.*/\1/p' "$deploy_dir/README.md")"
readme_backup="$(sed -n 's/.*`patritech-backup.service`: \*\*[0-9.]*\*\* offline, \*\*\([0-9.]*\)\*\* on a running systemd.*/\1/p' "$deploy_dir/README.md")"
echo "  systemd-analyze security (running systemd): patritech@8081 ${app_score:-?} (README ${readme_app:-?}), patritech-backup ${backup_score:-?} (README ${readme_backup:-?})"
check "systemd-analyze security on the running systemd as README states (${app_score:-?} = ${readme_app:-?}, ${backup_score:-?} = ${readme_backup:-?})" \
    test -n "$app_score" -a "$app_score" = "$readme_app" -a -n "$backup_score" -a "$backup_score" = "$readme_backup"
root_score="$(in_ct systemd-analyze security nginx.service 2>/dev/null | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')"
check "control: an unhardened root service (Debian's nginx.service) scores worse on the same systemd (${root_score:-?} > ${app_score:-?})" \
    awk -v a="${root_score:-0}" -v b="${app_score:-99}" 'BEGIN { exit !(a > b) }'

# ---------------------------------------------------------------- backup unit and its OnFailure= alert
info "backup unit (as patritech) and OnFailure="
alerts() { in_ct journalctl -q --no-pager -t patritech-backup -p err 2>/dev/null | grep -c 'PATRI-TECH backup FAILED'; }
alerts_before="$(alerts)"
in_ct systemctl start patritech-backup.service > "$work/backup-ok.log" 2>&1
rc=$?
dump="$(in_ct find /var/backups/patritech -name '*.dump' -user patritech | head -n 1)"
echo "  backup: exit $rc, dump ${dump:-none}; alert lines $alerts_before -> $(alerts)"
check "patritech-backup.service succeeds as patritech and writes a dump owned by patritech (exit $rc)" \
    test "$rc" -eq 0 -a -n "$dump"
check "control: a good backup raises no alert" test "$(alerts)" = "$alerts_before"
mkdir -p "$root/etc/systemd/system/patritech-backup.service.d"
cat > "$root/etc/systemd/system/patritech-backup.service.d/broken.conf" <<'EOF'
# a broken backup: its directory is missing (EnvironmentFile= would override a wrong password set here)
[Service]
Environment=PATRITECH_BACKUP_DIR=/var/backups/patritech-missing
EOF
in_ct systemctl daemon-reload
in_ct systemctl start patritech-backup.service > "$work/backup-broken.log" 2>&1
rc=$?
for _ in $(seq 1 20); do [ "$(alerts)" -gt "$alerts_before" ] && break; sleep 1; done
alert_line="$(in_ct journalctl -q --no-pager -t patritech-backup -p err -n 1 2>/dev/null)"
echo "  broken backup: exit $rc; patritech-backup-failed.service: $(prop patritech-backup-failed.service Result), journal: ${alert_line:-none}"
check "a failed backup starts patritech-backup-failed.service, which writes the alert to the journal (priority err)" \
    test "$rc" -ne 0 -a "$(alerts)" -gt "$alerts_before" -a "$(prop patritech-backup-failed.service Result)" = success
rm -rf "$root/etc/systemd/system/patritech-backup.service.d"
in_ct systemctl daemon-reload

# ---------------------------------------------------------------- setup.sh re-run
info "setup.sh re-run restarts nothing that did not change"
pids() {  # the active instance's java, nginx's master and workers
    echo "java=$(prop patritech@8081.service MainPID)/$(prop patritech@8181.service MainPID)" \
        "nginx=$(in_ct pgrep -d, nginx | tr -d '\n')"
}
before="$(pids)"
setup > "$work/setup2.log" 2>&1
rc=$?
after="$(pids)"
echo "  before: $before"
echo "  after:  $after (setup.sh exit $rc)"
check "setup.sh re-run (exit $rc) restarted neither the instance nor nginx" test "$rc" -eq 0 -a "$before" = "$after"
printf '\n# a local edit that setup.sh replaces\n' >> "$root/etc/systemd/system/patritech@.service"
setup > "$work/setup3.log" 2>&1
rc=$?
after3="$(pids)"
grep -E 'restart|deploy' "$work/setup3.log" | grep -v 'ssl_stapling' | tail -n 4 | sed 's/^/  /'
echo "  after a changed unit: $after3 (setup.sh exit $rc)"
active_new="$(in_ct systemctl is-active patritech@8181.service)"
check "control: a changed unit makes setup.sh restart the instance blue/green (exit $rc, patritech@8181 $active_new)" \
    test "$rc" -eq 0 -a "$active_new" = active -a "$before" != "$after3"

# A changed environment file restarts too (setup.sh fills in a missing secret: here the JWT secret).
sed -i 's/^PATRITECH_JWT_SECRET=.*/PATRITECH_JWT_SECRET=CHANGE_ME/' "$root/etc/patritech/patritech.env"
setup > "$work/setup4.log" 2>&1
rc=$?
after4="$(pids)"
echo "  after a missing secret in the env file: $after4 (setup.sh exit $rc)"
check "setup.sh fills in the missing secret and restarts the instance with it (exit $rc, patritech@8081 $(in_ct systemctl is-active patritech@8081.service))" \
    eval '[ "$rc" -eq 0 ] && [ "$(in_ct systemctl is-active patritech@8081.service)" = active ] && [ "$after4" != "$after3" ] \
        && ! grep -q "^PATRITECH_JWT_SECRET=CHANGE_ME" "$root/etc/patritech/patritech.env"'

info "done"
echo "total time: $((SECONDS - started))s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
