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

usage() { sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

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
