#!/usr/bin/env bash
# Differential test of errdocs' language negotiation against Apache httpd 2.4's
# mod_negotiation (MultiViews, LanguagePriority in the site's locale order,
# ForceLanguagePriority Prefer Fallback), both serving the same built pages. Every header of
# tests/data/accept-language-corpus.tsv is sent to both; every disagreement must fall in a
# policy class of docs/SERVE.md ("errdocs and Apache"), else the check fails.
# .ci/negotiation/differ.py does the sending and the classifying; counts per class are
# printed and written to $ARTIFACTS/apache-negotiation/.
# Installs apache2 (and python3) if missing. Uses the release binary .ci/run builds
# (ERRDOCS_BIN overrides it, e.g. target/debug/errdocs for a local run).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${ERRDOCS_BIN:-${CARGO_TARGET_DIR:-target}/release/errdocs}"
artifacts="${ARTIFACTS:-$PWD/target/ci-artifacts}/apache-negotiation"
mkdir -p "$artifacts"
export PATH="$PATH:/usr/sbin"

missing=()
[ -x /usr/sbin/apache2 ] || missing+=(apache2)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -x "$bin" ] || { echo "no errdocs binary at $bin (cargo build --release)" >&2; exit 1; }

work=$(mktemp -d)
chmod 755 "$work"
apache_pid= errdocs_pid=
cleanup() {
  for pid in $apache_pid $errdocs_pid; do
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

"$bin" build --site "$PWD" --out "$work/public" >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }

# errdocs serve on a free loopback port.
for _ in 1 2 3 4 5; do
  errdocs_port=$(free_port)
  ERRDOCS_LOG=warn "$bin" serve --site "$PWD" --addr "127.0.0.1:$errdocs_port" \
    >"$work/errdocs.log" 2>&1 &
  errdocs_pid=$!
  for _ in $(seq 100); do
    python3 - "$errdocs_port" <<'PY' 2>/dev/null && break
import sys, urllib.request
urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/healthz", timeout=1)
PY
    kill -0 "$errdocs_pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -0 "$errdocs_pid" 2>/dev/null && break
  wait "$errdocs_pid" 2>/dev/null || true
  errdocs_pid=
done
[ -n "$errdocs_pid" ] || { cat "$work/errdocs.log" >&2; echo "errdocs serve did not start" >&2; exit 1; }
# The site's locales in config order (reference first): the LanguagePriority.
locales=$(python3 - "$errdocs_port" <<'PY'
import json, sys, urllib.request
health = json.load(urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/healthz"))
print(" ".join(health["locales"]))
PY
)

# Apache's document root: the neutral URL of one page as a MultiViews resource. The built
# site has /<lang>/docs/<slug>/index.html; Apache gets /docs/<slug>/index.html.<lang>, one
# variant per locale, and `AddLanguage <lang> .<lang>` gives each its language.
slug=too-many-registrations-for-this-ip
mkdir -p "$work/htdocs/docs/$slug" "$work/logs"
add_language=
for lang in $locales; do
  cp "$work/public/$lang/docs/$slug/index.html" "$work/htdocs/docs/$slug/index.html.$lang"
  add_language+="AddLanguage $lang .$lang"$'\n'
done
chmod -R a+rX "$work/htdocs"
user_group=
if [ "$(id -u)" = 0 ]; then
  user_group=$'User www-data\nGroup www-data'
fi
modules=/usr/lib/apache2/modules
for _ in 1 2 3 4 5; do
  apache_port=$(free_port)
  cat >"$work/httpd.conf" <<CONF
ServerRoot "$work"
ServerName 127.0.0.1
Listen 127.0.0.1:$apache_port
PidFile "$work/httpd.pid"
ErrorLog "$work/logs/error.log"
LogLevel warn
$user_group
LoadModule mpm_prefork_module $modules/mod_mpm_prefork.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule mime_module $modules/mod_mime.so
LoadModule negotiation_module $modules/mod_negotiation.so
LoadModule dir_module $modules/mod_dir.so
TypesConfig /etc/mime.types
DocumentRoot "$work/htdocs"
DirectoryIndex index.html
<Directory "$work/htdocs">
  Options MultiViews
  AllowOverride None
  Require all granted
</Directory>
$add_language
LanguagePriority $locales
ForceLanguagePriority Prefer Fallback
CONF
  /usr/sbin/apache2 -f "$work/httpd.conf" -X >"$work/logs/stdout.log" 2>&1 &
  apache_pid=$!
  for _ in $(seq 50); do
    python3 - "$apache_port" <<'PY' 2>/dev/null && break
import socket, sys
socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1).close()
PY
    kill -0 "$apache_pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -0 "$apache_pid" 2>/dev/null && break
  wait "$apache_pid" 2>/dev/null || true
  apache_pid=
done
[ -n "$apache_pid" ] || { cat "$work/logs/"* >&2; echo "apache2 did not start" >&2; exit 1; }

python3 .ci/negotiation/differ.py \
  --corpus tests/data/accept-language-corpus.tsv \
  --errdocs "http://127.0.0.1:$errdocs_port/docs/$slug/" \
  --apache "http://127.0.0.1:$apache_port/docs/$slug/" \
  --locales "$locales" \
  --report "$artifacts/report.txt"
