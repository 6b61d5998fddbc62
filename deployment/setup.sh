#!/usr/bin/env bash
# First installation of PATRI-TECH on Ubuntu 24.04 LTS or Debian 12, as root. Idempotent: run it again
# after changing the options or updating the checkout; it keeps passwords, secrets and certificates.
#
#   sudo deployment/setup.sh [--domain patrimonio.example.org --email ops@example.org]
#                            [--instances "8081 8082"] [--admin-email admin@example.org]
#                            [--java-home /usr/lib/jvm/...] [--no-firewall] [--http2] [--dry-run]
#                            [--metrics-allow "10.0.0.5"] [--real-ip-from "10.0.0.0/8"] [--no-default-server]
#
#   --domain      public name: Let's Encrypt certificate (port 80 must reach this server);
#                 without it a self-signed certificate for this host name is used
#   --email       Let's Encrypt account e-mail (expiry notices)
#   --instances   app ports on 127.0.0.1 (default: those already in the nginx site, else 8081)
#   --admin-email first administrator; a password is generated and shown once
#   --java-home   a JDK 21+ to use instead of installing one
#   --no-firewall leave ufw alone (e.g. when a cloud firewall already allows only 22, 80, 443)
#   --http2       serve HTTP/2 (off by default: nginx reloads may cut a few in-flight HTTP/2 requests)
#   --dry-run     print what would be done, change nothing
#   --metrics-allow  addresses/CIDR ranges of a Prometheus on another machine: it may scrape
#                 https://DOMAIN/metrics/PORT (default: none, scrape on this machine only)
#   --real-ip-from   addresses/CIDR ranges of a load balancer in front of nginx (a cloud LB that forwards to
#                 port 443 and adds X-Forwarded-For): nginx takes the client address from that header
#                 (default: none, the connecting address is the client)
#   --no-default-server  with --domain, nginx refuses other host names by default (444, rejected TLS
#                 handshake, 421); this leaves that out (another site is the default, or a load balancer's
#                 health check comes without the domain's name)
#
# Then deploy the application: sudo deployment/deploy.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
domain=""
email=""
instances=""
admin_email="admin@example.org"
java_home=""
firewall=1
http2=()
metrics_allow=()
real_ip_from=()
default_server=()
dry=0

while [ $# -gt 0 ]; do
    case "$1" in
        --domain) domain="$2"; shift 2 ;;
        --email) email="$2"; shift 2 ;;
        --instances) instances="$2"; shift 2 ;;
        --admin-email) admin_email="$2"; shift 2 ;;
        --java-home) java_home="$2"; shift 2 ;;
        --no-firewall) firewall=0; shift ;;
        --http2) http2=(--http2); shift ;;
        --metrics-allow) metrics_allow=(--metrics-allow "$2"); shift 2 ;;
        --real-ip-from) real_ip_from=(--real-ip-from "$2"); shift 2 ;;
        --no-default-server) default_server=(--no-default-server); shift ;;
        --dry-run) dry=1; shift ;;
        -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "setup.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

home=/opt/patritech
etc=/etc/patritech
env_file=$etc/patritech.env
state=/var/lib/patritech
backups=/var/backups/patritech
acme_root=/var/www/letsencrypt
site=/etc/nginx/sites-available/patritech
tls_dir=$etc/tls

say() { printf '==> %s\n' "$*"; }
run() {  # runs a command, or prints it in a dry run
    if (( dry )); then
        printf '+'; printf ' %q' "$@"; printf '\n'
    else
        "$@"
    fi
}
write_file() {  # write_file PATH MODE OWNER:GROUP < content
    local path="$1" mode="$2" owner="$3" tmp
    if (( dry )); then
        printf '+ write %s (mode %s, %s)\n' "$path" "$mode" "$owner"
        cat >/dev/null
        return
    fi
    tmp="$(mktemp "$path.XXXXXX")"
    cat > "$tmp"
    chmod "$mode" "$tmp"
    chown "$owner" "$tmp"
    if [ -f "$path" ] && cmp -s "$tmp" "$path"; then  # unchanged: nothing to restart or reload for it
        rm -f "$tmp"
        chmod "$mode" "$path"
        chown "$owner" "$path"
        return
    fi
    mv -f "$tmp" "$path"
    changed+=("$path")
}
changed=()
write_output() {  # write_output PATH MODE OWNER:GROUP command... : write_file with the command's output
    # Not "command | write_file": write_file would run in a subshell and its record of a change would be lost
    # (nginx was then not reloaded after the site changed, and a changed env file restarted nothing).
    local out rc=0
    out="$(mktemp)"
    "${@:4}" > "$out" || rc=$?
    if (( rc == 0 )); then write_file "$1" "$2" "$3" < "$out" || rc=$?; fi
    rm -f "$out"
    return "$rc"
}
was_changed() {  # true when a dry run, or when write_file replaced one of the paths given
    local p c
    (( dry )) && return 0
    for p in "$@"; do for c in "${changed[@]}"; do [ "$p" = "$c" ] && return 0; done; done
    return 1
}
psql_admin() {  # SQL on stdin, as the postgres superuser (peer authentication)
    if (( dry )); then
        sed 's/PASSWORD .*/PASSWORD ********;/' | sed 's/^/+ psql: /'
        return
    fi
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres
}

if (( ! dry )) && [ "$(id -u)" -ne 0 ]; then
    echo "setup.sh must run as root (sudo)" >&2
    exit 1
fi
(( dry )) && say "DRY RUN: nothing is changed"

# The first administrator's password is printed however setup.sh ends (it is generated once, before the steps
# that may fail: certbot, ufw, restarts), so that nobody has to dig it out of the environment file.
admin_password=""
print_admin_password() {
    local rc=$?
    if [ -n "$admin_password" ] && (( ! dry )); then
        (( rc == 0 )) || echo "setup.sh stopped with an error (exit $rc); fix it and run setup.sh again (it keeps everything)." >&2
        echo "  first administrator:  $admin_email / $admin_password"
        echo "                        (shown once; also in $env_file until you remove it)"
    fi
}
trap print_admin_password EXIT

# ------------------------------------------------------------------ system
. /etc/os-release
say "system: ${PRETTY_NAME:-unknown}"
case "${ID:-}:${VERSION_ID:-}" in
    ubuntu:24.04|debian:12) ;;
    *) say "warning: tested on Ubuntu 24.04 and Debian 12 only" ;;
esac

java_version() {  # major version of $1/bin/java, or 0
    local v
    v="$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
    echo "${v:-0}"
}
find_java() {  # newest JDK/JRE 21+ under /usr/lib/jvm
    local best="" best_v=0 d v
    for d in /usr/lib/jvm/*/; do
        d="${d%/}"
        [ -x "$d/bin/java" ] || continue
        v="$(java_version "$d")"
        if (( v >= 21 && v > best_v )); then best="$d"; best_v=$v; fi
    done
    echo "$best"
}

# curl is used below (Adoptium key) before the other packages are installed: install it first.
say "installing curl and ca-certificates (used by the next steps)"
run env DEBIAN_FRONTEND=noninteractive apt-get update -q
run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q curl ca-certificates

packages=(nginx postgresql postgresql-client certbot ufw openssl curl ca-certificates git)
[ -n "$java_home" ] || java_home="$(find_java)"
if [ -z "$java_home" ]; then
    if [ "${ID:-}" = ubuntu ]; then
        packages+=(openjdk-21-jdk-headless)
    else
        # Debian 12 ships Java 17 only: take Temurin 21 from the Adoptium repository.
        say "adding the Adoptium (Eclipse Temurin) apt repository for Java 21"
        run install -d -m 0755 /etc/apt/keyrings
        run curl -fsSL -o /etc/apt/keyrings/adoptium.asc https://packages.adoptium.net/artifactory/api/gpg/key/public
        echo "deb [signed-by=/etc/apt/keyrings/adoptium.asc] https://packages.adoptium.net/artifactory/deb ${VERSION_CODENAME:-bookworm} main" \
            | write_file /etc/apt/sources.list.d/adoptium.list 0644 root:root
        packages+=(temurin-21-jdk)
    fi
fi
(( firewall )) || packages=("${packages[@]/ufw/}")
# Brotli compression where the distribution ships nginx's module (Debian 12, Ubuntu 24.04); gzip only elsewhere.
brotli_package=libnginx-mod-http-brotli-filter
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so
if apt-cache show "$brotli_package" >/dev/null 2>&1; then
    packages+=("$brotli_package")
fi
say "installing packages: ${packages[*]}"
if [ -z "$java_home" ] && [ "${ID:-}" != ubuntu ]; then  # the Adoptium repository was just added
    run env DEBIAN_FRONTEND=noninteractive apt-get update -q
fi
# shellcheck disable=SC2046
run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(printf '%s ' "${packages[@]}")
if (( ! dry )); then
    [ -n "$java_home" ] || java_home="$(find_java)"
    [ -n "$java_home" ] || { echo "no Java 21+ found under /usr/lib/jvm; pass --java-home" >&2; exit 1; }
    (( $(java_version "$java_home") >= 21 )) || { echo "$java_home is not Java 21+" >&2; exit 1; }
fi
say "Java: ${java_home:-(the JDK 21 installed above)}"

# ------------------------------------------------------------------ user and directories
if id patritech >/dev/null 2>&1; then
    say "user patritech exists"
else
    say "creating the system user patritech"
    run useradd --system --user-group --home-dir "$state" --no-create-home --shell /usr/sbin/nologin \
        --comment "PATRI-TECH application" patritech
fi
say "directories: $home/releases, $state, $backups, $etc"
run install -d -m 0755 -o root -g root "$home" "$home/releases" "$acme_root"
run install -d -m 0750 -o patritech -g patritech "$state"
run install -d -m 0700 -o patritech -g patritech "$backups"   # the backup unit runs as patritech
run install -d -m 0750 -o root -g root "$etc" "$tls_dir"
run ln -sfn "${java_home:-/usr/lib/jvm/java-21}" "$home/jdk"
# The scripts at a stable place (the backup timer and manage.sh use them).
run rm -rf "$home/deployment.new"
run cp -r "$here" "$home/deployment.new"
run rm -rf "$home/deployment"
run mv "$home/deployment.new" "$home/deployment"

# ------------------------------------------------------------------ PostgreSQL
env_value() {  # value of $1 in the existing env file
    if [ -r "$env_file" ]; then sed -n "s/^$1=//p" "$env_file" | tail -n 1; fi
}
db_password="$(env_value SPRING_DATASOURCE_PASSWORD)"
if [ -z "$db_password" ] || [ "$db_password" = CHANGE_ME ]; then
    db_password="$(openssl rand -hex 24)"
fi
say "PostgreSQL: role and database patritech"
run systemctl enable --now postgresql
# CREATE ROLE / ALTER ROLE keep the password in step with the env file (generated once, then kept).
psql_admin <<SQL
SELECT 'CREATE ROLE patritech LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'patritech')\gexec
ALTER ROLE patritech LOGIN PASSWORD '$db_password';
SELECT 'CREATE DATABASE patritech OWNER patritech ENCODING ''UTF8''' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'patritech')\gexec
-- scratch database: backup.sh restores every dump into it and compares each table's checksum (backup.sh verify)
SELECT 'CREATE DATABASE patritech_verify OWNER patritech ENCODING ''UTF8''' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'patritech_verify')\gexec
SQL

# ------------------------------------------------------------------ environment file
if [ -f "$env_file" ]; then
    say "$env_file exists: kept (missing secrets filled in)"
    jwt="$(env_value PATRITECH_JWT_SECRET)"
    { [ -n "$jwt" ] && [ "$jwt" != CHANGE_ME ]; } || jwt="$(openssl rand -base64 48 | tr -d '\n')"
    if (( ! dry )); then
        write_output "$env_file" 0600 root:root sed -e "s#^SPRING_DATASOURCE_PASSWORD=.*#SPRING_DATASOURCE_PASSWORD=$db_password#" \
            -e "s#^PATRITECH_JWT_SECRET=.*#PATRITECH_JWT_SECRET=$jwt#" "$env_file"
    else
        printf '+ update %s (database password, JWT secret)\n' "$env_file"
    fi
else
    say "writing $env_file (mode 0600) from patritech.env.example with generated secrets"
    jwt="$(openssl rand -base64 48 | tr -d '\n')"
    admin_password="$(openssl rand -base64 18 | tr -d '\n/+=' | head -c 20)"
    write_output "$env_file" 0600 root:root sed -e "s#^SPRING_DATASOURCE_PASSWORD=.*#SPRING_DATASOURCE_PASSWORD=$db_password#" \
        -e "s#^PATRITECH_JWT_SECRET=.*#PATRITECH_JWT_SECRET=$jwt#" \
        -e "s#^PATRITECH_ADMIN_USERNAME=.*#PATRITECH_ADMIN_USERNAME=$admin_email#" \
        -e "s#^PATRITECH_ADMIN_PASSWORD=.*#PATRITECH_ADMIN_PASSWORD=$admin_password#" \
        "$here/patritech.env.example"
fi

# ------------------------------------------------------------------ instances
if [ -z "$instances" ] && [ -r "$site" ]; then
    instances="$(PATRITECH_NGINX_SITE=$site bash -c ". '$here/lib/common.sh'; pt_instances" 2>/dev/null || true)"
fi
instances="${instances:-8081}"
say "app instances on 127.0.0.1: $instances"

# ------------------------------------------------------------------ systemd
say "systemd: patritech@.service, daily backup timer (as patritech), its failure alert; local drop-ins (*.service.d/) are kept"
write_file /etc/systemd/system/patritech@.service 0644 root:root < "$here/systemd/patritech@.service"
write_file /etc/systemd/system/patritech-backup.service 0644 root:root < "$here/systemd/patritech-backup.service"
write_file /etc/systemd/system/patritech-backup.timer 0644 root:root < "$here/systemd/patritech-backup.timer"
write_file /etc/systemd/system/patritech-backup-failed.service 0644 root:root < "$here/systemd/patritech-backup-failed.service"
run chown -R patritech:patritech "$backups"   # dumps of earlier versions were root's
run systemctl daemon-reload
# deploy.sh runs each instance on PORT or its twin PORT+100: keep the ports it runs now enabled at boot.
boot_ports="$instances"
if [ -s "$home/routing.state" ]; then
    boot_ports="$(PATRITECH_HOME=$home PATRITECH_INSTANCES="$instances" bash -c ". '$here/lib/common.sh'; pt_active_ports")"
fi
for port in $boot_ports; do
    run systemctl enable "patritech@$port.service"
done
run systemctl enable --now patritech-backup.timer

# ------------------------------------------------------------------ TLS certificate and nginx site
cert_name="${domain:-$(hostname -f 2>/dev/null || hostname)}"
if [ ! -f "$tls_dir/selfsigned.crt" ]; then
    say "self-signed certificate for $cert_name (used until/unless Let's Encrypt is set up)"
    run openssl req -x509 -newkey rsa:2048 -sha256 -days 825 -nodes -subj "/CN=$cert_name" \
        -addext "subjectAltName=DNS:$cert_name" -keyout "$tls_dir/selfsigned.key" -out "$tls_dir/selfsigned.crt"
    run chmod 0600 "$tls_dir/selfsigned.key"
fi
ipv6=0
keep_routes=()
brotli=()
if [ -f "$brotli_module" ] || { (( dry )) && [[ " ${packages[*]} " == *" $brotli_package "* ]]; }; then
    brotli=(--brotli)
    say "nginx: brotli and gzip compression ($brotli_package)"
else
    say "nginx: gzip compression only ($brotli_package is not available here)"
fi
(( dry )) && keep_routes=(--keep-routes)   # render.sh writes a first routes file only on a real run
[ -e /proc/net/if_inet6 ] && ipv6=1
render_site() {  # $1 cert, $2 key, $3 chain
    local http="80" https="443"
    (( ipv6 )) && { http="80 [::]:80"; https="443 [::]:443"; }
    write_output "$site" 0644 root:root "$here/nginx/render.sh" --server-name "${domain:-_}" --instances "$instances" \
        --http-listen "$http" --https-listen "$https" --cert "$1" --key "$2" --trusted-cert "$3" \
        --acme-root "$acme_root" "${http2[@]}" "${metrics_allow[@]}" "${real_ip_from[@]}" "${brotli[@]}" "${default_server[@]}" \
        "${keep_routes[@]}"
}
le_live="/etc/letsencrypt/live/$domain"
if [ -n "$domain" ] && [ -f "$le_live/fullchain.pem" ]; then
    render_site "$le_live/fullchain.pem" "$le_live/privkey.pem" "$le_live/chain.pem"
else
    render_site "$tls_dir/selfsigned.crt" "$tls_dir/selfsigned.key" "$tls_dir/selfsigned.crt"
fi
say "nginx: $site enabled, default site disabled"
run ln -sfn "$site" /etc/nginx/sites-enabled/patritech
run rm -f /etc/nginx/sites-enabled/default
run nginx -t
run systemctl enable nginx
if was_changed "$site" || ! systemctl is-active --quiet nginx 2>/dev/null; then
    run systemctl reload-or-restart nginx
else
    say "nginx site unchanged: nginx not reloaded"
fi

if [ -n "$domain" ] && [ ! -f "$le_live/fullchain.pem" ]; then
    say "Let's Encrypt certificate for $domain (webroot $acme_root)"
    if [ -n "$email" ]; then account=(--email "$email"); else account=(--register-unsafely-without-email); fi
    # A failed certificate (DNS not pointed yet, port 80 closed) must not stop the setup half-way: the site
    # keeps the self-signed certificate and the steps below (firewall, password) still run.
    if ! run certbot certonly --webroot -w "$acme_root" -d "$domain" --non-interactive --agree-tos \
        "${account[@]}" --deploy-hook "systemctl reload nginx"; then
        certbot_failed=1
        say "WARNING: no Let's Encrypt certificate for $domain yet (certbot failed, see above)."
        say "         The site works with the self-signed certificate (browsers warn) and HTTP redirects to it."
        say "         Next: point the DNS A/AAAA record of $domain at this server, open port 80, then run"
        say "         setup.sh again with the same options (it retries the certificate and keeps everything else)."
    fi
    if (( dry )) || [ -f "$le_live/fullchain.pem" ]; then
        render_site "$le_live/fullchain.pem" "$le_live/privkey.pem" "$le_live/chain.pem"
        run nginx -t
        run systemctl reload nginx
    fi
fi

# ------------------------------------------------------------------ firewall
if (( firewall )); then
    # The SSH port(s) sshd really listens on, before ufw shuts everything else: a moved sshd must stay reachable.
    ssh_ports="$({ sshd -T 2>/dev/null || true; } | awk '$1 == "port" { print $2 }' | sort -u | tr '\n' ' ')"
    [ -n "$ssh_ports" ] || ssh_ports="$({ ss -ltnpH 2>/dev/null || true; } | awk '/"sshd"/ { sub(/.*:/, "", $4); print $4 }' | sort -u | tr '\n' ' ')"
    ssh_ports="${ssh_ports:-22}"
    say "firewall: ufw allows only SSH (${ssh_ports% }), 80 and 443"
    run ufw default deny incoming
    run ufw default allow outgoing
    for port in $ssh_ports; do run ufw allow "$port/tcp"; done
    run ufw allow 80/tcp
    run ufw allow 443/tcp
    run ufw --force enable
fi

# ------------------------------------------------------------------ start
if [ -e "$home/current.jar" ]; then
    # Only a changed unit or environment file needs the instances restarted, and then blue/green (deploy.sh
    # --restart: the new processes start beside the old ones, nobody is logged out).
    if was_changed /etc/systemd/system/patritech@.service "$env_file"; then
        run "$home/deployment/deploy.sh" --restart
    else
        say "unit and settings unchanged: the instances keep running"
    fi
    next="check it:             $home/deployment/manage.sh status"
else
    next="deploy the app:       $here/deploy.sh          (builds this checkout and starts the instances)"
fi
say "done."
if (( ${certbot_failed:-0} )); then
    echo "  HTTPS:                self-signed for now; re-run setup.sh once DNS for $domain points here"
fi
echo "  $next"
echo "  site:                 https://${domain:-$cert_name}/"
echo "  settings and secrets: $env_file"
if [ -n "$admin_password" ] && (( dry )); then
    echo "  first administrator:  $admin_email (password generated on the real run)"
fi
# (the generated password itself is printed by print_admin_password when the script exits, in every outcome)
