#!/usr/bin/env bash
# Negotiation on static hosts, for real: the output of `errdocs build` (public/, which .ci/run
# builds first) served by Debian's nginx and Apache httpd with the rules of
# `errdocs export --format nginx|apache`, each in its own temporary folder on a free loopback
# port. Every vector of tests/data/accept-language.tsv (the ones `errdocs serve` is tested
# with) is replayed on a language-neutral URL: the answer must be a 302 to the expected
# locale with `Vary: Accept-Language, Cookie` and `Cache-Control: private, no-cache`, or a
# difference this script lists below with its reason; any other answer fails, and so does a
# listed difference that no longer differs. Then the `lang` cookie, aliases and 404 pages.
# Installs nothing (.ci/run installs nginx and apache2).
set -euo pipefail
bin="${ERRDOCS_BIN:-${CARGO_TARGET_DIR:-target}/release/errdocs}"
public="${PUBLIC_DIR:-$PWD/public}"
vectors="$PWD/tests/data/accept-language.tsv"
export PATH="$PATH:/usr/sbin"
for tool in nginx apache2 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing; .ci/run installs it" >&2; exit 1; }
done
[ -x "$bin" ] || { echo "no release binary at $bin; .ci/run builds it" >&2; exit 1; }
if [ ! -f "$public/index.html" ]; then
  "$bin" build --out "$public"
fi
public=$(cd "$public" && pwd)
modules=/usr/lib/apache2/modules

# Differences each host is known to have with `errdocs serve`: header -> reason class.
declare -A nginx_known=(
  ["fr;q=0.2, en-US;q=0.9"]="position: a map takes the first published language of the list, not the one with the highest q"
  ["de;q=0, de-AT"]="q=0: a map skips the item with q=0 but cannot exclude its language from the items after it"
  ["ja;q=0, ja, it;q=0.9"]="q=0: a map skips the item with q=0 but cannot exclude its language from the items after it"
)
declare -A apache_known=(
  ["fr;q=0.2, en-US;q=0.9"]="region: mod_negotiation matches en-US to the variant en only as a last resort, below any exact match (fr;q=0.2)"
)

work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  if command -v node >/dev/null; then
    node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
  else
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
  fi
}

"$bin" export --format nginx --out "$work/nginx-rules"
"$bin" export --format apache --out "$work/apache-rules"

nginx_conf() { # port
  cat <<CONF
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  include $work/nginx-rules/errdocs-http.conf;
  server {
    listen 127.0.0.1:$1;
    root $public;
    include $work/nginx-rules/errdocs-server.conf;
  }
}
CONF
}

apache_conf() { # port
  cat <<CONF
ServerRoot $work/apache
ServerName 127.0.0.1
Listen 127.0.0.1:$1
PidFile $work/apache/httpd.pid
ErrorLog $work/apache/error.log
LogLevel warn
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule mime_module $modules/mod_mime.so
LoadModule dir_module $modules/mod_dir.so
LoadModule alias_module $modules/mod_alias.so
LoadModule rewrite_module $modules/mod_rewrite.so
LoadModule headers_module $modules/mod_headers.so
LoadModule negotiation_module $modules/mod_negotiation.so
TypesConfig /etc/mime.types
DocumentRoot $public
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory $public>
  Require all granted
</Directory>
DirectoryIndex index.html
Define ERRDOCS_EXPORT $work/apache-rules
Include $work/apache-rules/errdocs.conf
CONF
}

# Starts a server in the foreground (its pid in $server_pid) on a free loopback port (in
# $port); a port found free can be taken before the server binds it: then another.
start() { # name
  local name=$1
  mkdir -p "$work/$name"
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    if [ "$name" = nginx ]; then
      nginx_conf "$port" >"$work/nginx/nginx.conf"
      nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log"
      nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
    else
      apache_conf "$port" >"$work/apache/httpd.conf"
      apache2 -t -f "$work/apache/httpd.conf" 2>&1 | grep -v '^Syntax OK$' || true
      apache2 -X -f "$work/apache/httpd.conf" &
    fi
    server_pid=$!
    for _ in $(seq 100); do
      kill -0 "$server_pid" 2>/dev/null || break
      if curl -sS -o /dev/null "http://127.0.0.1:$port/fr/"; then
        pids+=("$server_pid")
        return 0
      fi
      sleep 0.1
    done
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    echo "$name did not come up on port $port; trying another" >&2
    cat "$work/$name/error.log" >&2 || true
  done
  echo "$name never came up" >&2
  exit 1
}

failures=0
fail() { echo "FAIL [$host] $*" >&2; failures=$((failures + 1)); }

# One request: sets $status, $location (the path, scheme and host dropped), $vary, $cache.
request() { # path [curl args...]
  local path=$1
  shift
  local head
  head=$(curl -sS -o /dev/null -D - "$@" "http://127.0.0.1:$port$path" | tr -d '\r')
  status=$(printf '%s\n' "$head" | sed -n '1s/^HTTP\/[0-9.]* \([0-9]*\).*/\1/p')
  location=$(printf '%s\n' "$head" | sed -n 's/^[Ll]ocation: *//p' | sed 's#^https\?://[^/]*##')
  vary=$(printf '%s\n' "$head" | sed -n 's/^[Vv]ary: *//p' | tr 'A-Z' 'a-z')
  cache=$(printf '%s\n' "$head" | sed -n 's/^[Cc]ache-[Cc]ontrol: *//p')
}

# A negotiated answer: 302 to /<locale><path>, with serve's Vary and Cache-Control.
expect_negotiated() { # what path locale
  local what=$1 path=$2 want=$3
  [ "$status" = 302 ] || { fail "$what: status $status, want 302"; return 1; }
  case "$vary" in *accept-language*) ;; *) fail "$what: Vary '$vary' lacks Accept-Language"; return 1 ;; esac
  case "$vary" in *cookie*) ;; *) fail "$what: Vary '$vary' lacks Cookie"; return 1 ;; esac
  case "$cache" in *private*no-cache*) ;; *) fail "$what: Cache-Control '$cache', want private, no-cache"; return 1 ;; esac
  [ "$location" = "/$want$path" ] || [ -z "$want" ]
}

slug=too-many-registrations-for-this-ip
neutral="/docs/$slug/"
[ -f "$public/docs/$slug/index.html" ] || { echo "no chooser page for $neutral in $public" >&2; exit 1; }

check_host() { # host
  host=$1
  local -n known="${host}_known"
  local total=0 agreed=0 differed=0
  while IFS=$'\t' read -r header expected why; do
    case "$header" in ''|'#'*) continue ;; esac
    total=$((total + 1))
    if [ "$header" = - ]; then request "$neutral"; else request "$neutral" -H "Accept-Language: $header"; fi
    expect_negotiated "Accept-Language: $header" "$neutral" "" || continue
    local got=${location#/}
    got=${got%%/*}
    [ "$location" = "/$got$neutral" ] || { fail "Accept-Language: $header: Location $location is not /<locale>$neutral"; continue; }
    if [ "$got" = "$expected" ]; then
      if [ -n "${known[$header]+x}" ]; then
        fail "Accept-Language: $header now answers $got like serve: remove it from ${host}_known"
      else
        agreed=$((agreed + 1))
      fi
    elif [ -n "${known[$header]+x}" ]; then
      differed=$((differed + 1))
      printf '  differs (known) %-28s %s instead of %s: %s\n' "$header" "$got" "$expected" "${known[$header]}"
    else
      fail "Accept-Language: $header: $got, serve answers $expected ($why)"
    fi
  done <"$vectors"
  echo "$host answers $agreed of $total vectors like errdocs serve; $differed differ as listed"

  # The cookie before Accept-Language, a regional or unknown cookie, the home page.
  request "$neutral" -H 'Accept-Language: de-DE' -H 'Cookie: theme=dark; lang=he'
  expect_negotiated "cookie lang=he" "$neutral" he || fail "cookie lang=he over de-DE: Location $location"
  request "$neutral" -H 'Cookie: lang=pt-br'
  expect_negotiated "cookie lang=pt-br" "$neutral" pt-BR || fail "cookie lang=pt-br: Location $location"
  request "$neutral" -H 'Accept-Language: de' -H 'Cookie: lang=xx'
  expect_negotiated "cookie lang=xx" "$neutral" de || fail "unknown cookie lang=xx: Location $location, want Accept-Language's de"
  request / -H 'Accept-Language: ja'
  expect_negotiated "home" / ja || fail "home with ja: Location $location"
  # Not neutral: the pages themselves are served as files, whatever the cookie says.
  request /en/docs/$slug/ -H 'Cookie: lang=he'
  [ "$status" = 200 ] || fail "/en/docs/$slug/ with lang=he: status $status, want 200"
  # Hostile headers: a long run of subtags answers at once, never a 5xx.
  local long
  long="en$(printf -- '-a1%.0s' $(seq 1300));q=0.5"
  request "$neutral" --max-time 2 -H "Accept-Language: $long"
  expect_negotiated "4 kB of subtags" "$neutral" en || fail "4 kB of subtags: Location $location, want en"
  long="en,$(printf 'xx,%.0s' $(seq 1500))"
  request "$neutral" --max-time 2 -H "Accept-Language: $long"
  if [ "$host" = nginx ]; then
    # Like serve, nginx ignores a header longer than 4096 bytes.
    expect_negotiated "over-long header" "$neutral" fr || fail "over-long header: Location $location, want the default fr"
  else
    expect_negotiated "over-long header" "$neutral" "" || true
  fi
  # Aliases move for good; each locale keeps its own 404 page.
  request /docs/duplicate-certificate-limit/
  [ "$status" = 301 ] && [ "$location" = /docs/new-certificates-per-exact-set-of-identifiers/ ] ||
    fail "alias: status $status, Location $location"
  local body
  body=$(curl -sS "http://127.0.0.1:$port/en/docs/no-such-page/")
  case "$body" in *'lang="en"'*) ;; *) fail "/en/ 404 page is not the English one" ;; esac
  body=$(curl -sS "http://127.0.0.1:$port/no-such-page")
  case "$body" in *'lang="fr"'*) ;; *) fail "the 404 page outside any locale is not the default locale's" ;; esac
}

start nginx
check_host nginx
start apache
check_host apache

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "static hosts: ok"
