#!/usr/bin/env bash
# Renders the nginx site for PATRI-TECH from patritech.conf.template and prints it on stdout.
# Used by setup.sh (production) and by test/run-tests.sh (the test), so both check the same file.
#
#   render.sh --server-name example.org --instances "8081 8082" \
#             --cert /etc/letsencrypt/live/example.org/fullchain.pem \
#             --key /etc/letsencrypt/live/example.org/privkey.pem \
#             [--trusted-cert chain.pem] [--http-listen "80 [::]:80"] [--https-listen "443 [::]:443"] \
#             [--https-port 443] [--acme-root /var/www/letsencrypt] [--log-dir /var/log/nginx]
#             [--http2] [--template FILE] [--metrics-allow "10.0.0.5 192.0.2.0/24"]
#             [--routes-file /etc/nginx/patritech-routes.conf] [--keep-routes (never write it)]
#             [--brotli] [--real-ip-from "10.0.0.0/8 2001:db8::/32"] [--no-default-server]
#
# --brotli: Brotli compression beside gzip (needs nginx's brotli filter module; Debian 12 and Ubuntu 24.04:
# libnginx-mod-http-brotli-filter, which setup.sh installs when the distribution has it).
#
# --real-ip-from: addresses of a load balancer in front of nginx (a cloud LB): nginx then takes the client address
# from its X-Forwarded-For (the last address not in the list), for the logs, the rate limits, the metrics allow
# list and the app. Without it (the default) the connecting address is the client and X-Forwarded-For is ignored.
#
# With a real --server-name (not "_"), a default server refuses every other Host: HTTP requests are closed without
# an answer (444), TLS handshakes for another name (or none) are rejected, and a request whose Host differs from
# its TLS name gets 421. --no-default-server leaves that out (e.g. when another site on this nginx is the default).
#
# The upstreams live in the routes file, which deploy.sh renders with the ready instances only (lib/common.sh
# pt_route); render.sh writes a first one (all --instances) when the file does not exist yet.
#
# --metrics-allow: addresses (or CIDR ranges) of a Prometheus on another machine, which may then scrape each
# instance through nginx at https://SERVER/metrics/PORT; without it nobody outside can (the default).
#
# HTTP/2 is off by default: nginx's graceful reload (deploy.sh reloads it) cuts a few in-flight HTTP/2
# requests (measured with nginx 1.22: ~1 in 500 requests during 30 reloads; HTTP/1.1: none in 1,300
# during 60 reloads). Pass --http2 when that matters less than multiplexing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
template="$here/patritech.conf.template"
server_name=""
instances=""
cert=""
key=""
trusted=""
http_listen="80 [::]:80"
https_listen="443 [::]:443"
https_port="443"
acme_root="/var/www/letsencrypt"
log_dir="/var/log/nginx"
http2=""
metrics_allow=""
routes_file="/etc/nginx/patritech-routes.conf"
keep_routes=0
brotli=0
real_ip_from=""
default_server=1

usage() { sed -n '2,33p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --server-name) server_name="$2"; shift 2 ;;
        --instances) instances="$2"; shift 2 ;;
        --cert) cert="$2"; shift 2 ;;
        --key) key="$2"; shift 2 ;;
        --trusted-cert) trusted="$2"; shift 2 ;;
        --http-listen) http_listen="$2"; shift 2 ;;
        --https-listen) https_listen="$2"; shift 2 ;;
        --https-port) https_port="$2"; shift 2 ;;
        --acme-root) acme_root="$2"; shift 2 ;;
        --log-dir) log_dir="$2"; shift 2 ;;
        --http2) http2=" http2"; shift ;;
        --template) template="$2"; shift 2 ;;
        --metrics-allow) metrics_allow="$2"; shift 2 ;;
        --routes-file) routes_file="$2"; shift 2 ;;
        --keep-routes) keep_routes=1; shift ;;
        --brotli) brotli=1; shift ;;
        --real-ip-from) real_ip_from="$2"; shift 2 ;;
        --no-default-server) default_server=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "render.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
done

for required in server_name instances cert key; do
    if [ -z "${!required}" ]; then
        echo "render.sh: --${required//_/-} is required" >&2
        exit 2
    fi
done
[ -n "$trusted" ] || trusted="$cert"

for instance in $instances; do
    case "$instance" in
        ''|*[!0-9]*) echo "render.sh: --instances takes ports on 127.0.0.1, not '$instance'" >&2; exit 2 ;;
    esac
done

metrics_lines="    # (no --metrics-allow: Prometheus scrapes the instances on this machine only)"
if [ -n "$metrics_allow" ]; then
    allow_lines=""
    for source in $metrics_allow; do
        case "$source" in
            *[!0-9a-fA-F:./]*) echo "render.sh: --metrics-allow takes IP addresses or CIDR ranges, not '$source'" >&2; exit 2 ;;
        esac
        allow_lines+="        allow $source;"$'\n'
    done
    metrics_lines=""
    # each instance and its twin (a deploy runs the new release on PORT+offset beside the old one)
    for instance in $(for p in $instances; do echo "$p $(( p + ${PATRITECH_PORT_OFFSET:-100} ))"; done); do
        address="127.0.0.1:$instance"
        metrics_lines+="    location = /metrics/$instance {"$'\n'"$allow_lines"
        metrics_lines+="        deny all;"$'\n'
        metrics_lines+="        proxy_set_header Host \$host;"$'\n'
        metrics_lines+="        proxy_set_header X-Forwarded-For \"\";"$'\n'
        metrics_lines+="        proxy_set_header X-Request-Id \$request_id;"$'\n'
        metrics_lines+="        proxy_pass http://$address/actuator/prometheus;"$'\n'
        metrics_lines+="    }"$'\n'
    done
    metrics_lines="${metrics_lines%$'\n'}"
fi

listen_lines() {  # $1: addresses, $2: extra parameters
    local out="" address
    for address in $1; do
        out+="    listen $address$2;"$'\n'
    done
    printf '%s' "${out%$'\n'}"
}

real_ip_lines="    # (no --real-ip-from: the connecting address is the client; X-Forwarded-For from clients is ignored)"
if [ -n "$real_ip_from" ]; then
    real_ip_lines="    # Behind a load balancer (render.sh --real-ip-from): the client is the last X-Forwarded-For address that"
    real_ip_lines+=$'\n'"    # is not one of these; everything below (logs, rate limits, allow lists, the app) sees that address."
    for source in $real_ip_from; do
        case "$source" in
            *[!0-9a-fA-F:./]*) echo "render.sh: --real-ip-from takes IP addresses or CIDR ranges, not '$source'" >&2; exit 2 ;;
        esac
        real_ip_lines+=$'\n'"    set_real_ip_from $source;"
    done
    real_ip_lines+=$'\n'"    real_ip_header X-Forwarded-For;"$'\n'"    real_ip_recursive on;"
fi

brotli_lines="    # (no --brotli: gzip only)"
if (( brotli )); then
    brotli_lines="    # Brotli (libnginx-mod-http-brotli-filter) for browsers that accept it; gzip for the others. text/html is"
    brotli_lines+=$'\n'"    # always included."
    brotli_lines+=$'\n'"    brotli on;"$'\n'"    brotli_comp_level 5;"$'\n'"    brotli_min_length 256;"
    brotli_lines+=$'\n'"    brotli_types text/plain text/css text/javascript application/javascript application/json"
    brotli_lines+=$'\n'"                 application/problem+json application/manifest+json application/xml text/xml"
    brotli_lines+=$'\n'"                 image/svg+xml;"
fi

default_lines="# (no default server of its own: $( [ "$server_name" = _ ] && echo 'no --server-name, this site answers every Host' || echo '--no-default-server'))"
if [ "$server_name" != _ ] && (( default_server )); then
    default_lines="# Any other Host (scanners, a stranger's DNS name pointed here, forged Host headers) gets nothing: plain HTTP is
# closed without an answer (444); a TLS handshake for another name, or without one, is rejected (no certificate is
# shown); a request whose Host is not the name of its TLS handshake gets 421 Misdirected Request.
server {
$(listen_lines "$http_listen" " default_server")
    server_name _;
    server_tokens off;
    access_log $log_dir/patritech.access.log patritech;
    error_log $log_dir/patritech.error.log;
    return 444;
}
server {
$(listen_lines "$https_listen" " ssl$http2 default_server")
    server_name _;
    server_tokens off;
    access_log $log_dir/patritech.access.log patritech;
    error_log $log_dir/patritech.error.log;
    ssl_reject_handshake on;
    return 421;
}"
fi

if [ "$https_port" = "443" ]; then port_suffix=""; else port_suffix=":$https_port"; fi

text="$(cat "$template")"
text="${text//@@INSTANCES@@/$instances}"
text="${text//@@ROUTES_FILE@@/$routes_file}"
text="${text//@@HTTP_LISTEN@@/$(listen_lines "$http_listen" "")}"
text="${text//@@HTTPS_LISTEN@@/$(listen_lines "$https_listen" " ssl$http2")}"
text="${text//@@HTTPS_PORT_SUFFIX@@/$port_suffix}"
text="${text//@@SERVER_NAME@@/$server_name}"
text="${text//@@SSL_CERTIFICATE@@/$cert}"
text="${text//@@SSL_CERTIFICATE_KEY@@/$key}"
text="${text//@@SSL_TRUSTED_CERTIFICATE@@/$trusted}"
text="${text//@@ACME_ROOT@@/$acme_root}"
text="${text//@@LOG_DIR@@/$log_dir}"
text="${text//@@METRICS_LOCATIONS@@/$metrics_lines}"
text="${text//@@REAL_IP@@/$real_ip_lines}"
text="${text//@@BROTLI@@/$brotli_lines}"
text="${text//@@DEFAULT_SERVERS@@/$default_lines}"

if grep -q '@@[A-Z_]*@@' <<<"$text"; then
    echo "render.sh: placeholders left unreplaced:" >&2
    grep -o '@@[A-Z_]*@@' <<<"$text" | sort -u >&2
    exit 1
fi
if [ ! -e "$routes_file" ] && (( ! keep_routes )); then
    # shellcheck source=../lib/common.sh
    PATRITECH_NGINX_ROUTES="$routes_file" PATRITECH_INSTANCES="$instances" bash -c \
        ". '$here/../lib/common.sh'; pt_write_routes \"\$PATRITECH_INSTANCES\" ''"
fi
printf '%s\n' "$text"
