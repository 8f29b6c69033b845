#!/usr/bin/env bash
# The static build as readers meet it on a plain static host: the output of `errdocs build`
# (public/, which .ci/run builds first) served by Debian's nginx, opened in headless
# Chromium (playwright-core, the launcher of .ci/browser/browser.js). The language-neutral
# chooser must send --lang=de-DE to /de/…, fr-CA to /fr/…, pt to /pt-BR/…, an unsupported
# language to the default locale, the `lang` cookie before the browser's language, keep the
# #fragment; without JavaScript it must show one named link per language; at 320 px the
# rate-limits overview must not scroll sideways. Installs nothing (.ci/run does).
# Screenshots go to $ARTIFACTS/static-browser/.
set -euo pipefail
tools="${TOOLS_DIR:-$PWD/target/ci-tools}"
bin="${CARGO_TARGET_DIR:-target}/release/errdocs"
public="${PUBLIC_DIR:-$PWD/public}"
artifacts="${ARTIFACTS:-$PWD/target/ci-artifacts}/static-browser"
mkdir -p "$artifacts"
export PATH="$PATH:/usr/sbin"
for tool in nginx chromium node curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing; .ci/run installs it" >&2; exit 1; }
done
[ -f "$tools/node_modules/playwright-core/package.json" ] || {
  echo "playwright-core is missing in $tools; .ci/run installs it" >&2
  exit 1
}
if [ ! -f "$public/index.html" ]; then
  [ -x "$bin" ] || { echo "no $public and no release binary at $bin" >&2; exit 1; }
  "$bin" build --out "$public"
fi
public=$(cd "$public" && pwd)

work=$(mktemp -d)
chmod 755 "$work"
nginx_pid=
cleanup() {
  if [ -n "$nginx_pid" ]; then
    kill -TERM "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# nginx on a free loopback port, in the foreground, everything it writes under $work.
# A port found free can be taken before nginx binds it: then try another.
for _ in 1 2 3 4 5; do
  port=$(free_port)
  cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $work/access.log;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  server {
    listen 127.0.0.1:$port;
    root $public;
  }
}
CONF
  nginx -p "$work" -c "$work/nginx.conf" -e "$work/error.log" &
  nginx_pid=$!
  for _ in $(seq 100); do
    kill -0 "$nginx_pid" 2>/dev/null || break
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/"; then break 2; fi
    sleep 0.1
  done
  kill -TERM "$nginx_pid" 2>/dev/null || true
  wait "$nginx_pid" 2>/dev/null || true
  nginx_pid=
  echo "nginx did not come up on port $port; trying another" >&2
  cat "$work/error.log" >&2 || true
done
[ -n "$nginx_pid" ] || { echo "nginx never came up" >&2; exit 1; }
echo "nginx serves $public on http://127.0.0.1:$port/"

# The locales and the default, as errdocs.toml publishes them.
default=$(sed -n 's/^default-locale *= *"\([^"]*\)".*/\1/p' errdocs.toml)
locales=$(sed -n 's/^locales *= *\[\(.*\)\].*/\1/p' errdocs.toml | tr -d '",' )
slug=too-many-registrations-for-this-ip
[ -f "$public/docs/$slug/index.html" ] || slug=$(ls "$public/docs" | head -n 1)

LOCALES="$locales" DEFAULT_LOCALE="$default" NODE_PATH="$tools/node_modules" timeout 300 \
  node .ci/browser/static.js "http://127.0.0.1:$port/" "/docs/$slug/" "$artifacts"
ls "$artifacts"
