#!/usr/bin/env bash
# A real browser follows the URL inside an error: Debian's chromium, headless, driven by
# Playwright's playwright-core (npm; no browser download). A reader whose browser prefers
# French opens the language-neutral URL and lands on the French page; clicking English in
# the language switcher shows the English page, and a later visit to the neutral URL stays
# English (the `lang` cookie). Then, with `--watch` on another copy, the open page reloads
# by itself after an edit and shows the error overlay after a broken one, until fixed.
# Screenshots of each step go to $ARTIFACTS/browser/.
set -euo pipefail
tools="${TOOLS_DIR:-$PWD/target/ci-tools}"
bin="${CARGO_TARGET_DIR:-target}/release/errdocs"
artifacts="${ARTIFACTS:-$PWD/target/ci-artifacts}/browser"
mkdir -p "$tools" "$artifacts"
[ -x "$bin" ] || { echo "no release binary at $bin; run cargo build --release" >&2; exit 1; }
command -v chromium >/dev/null || apt-get install -y -qq --no-install-recommends chromium >/dev/null
if [ ! -f "$tools/node_modules/playwright-core/package.json" ]; then
  npm install --prefix "$tools" --no-audit --no-fund --silent playwright-core@1 >/dev/null
fi

work=$(mktemp -d)
server_pid=
watch_pid=
cleanup() {
  for pid in $server_pid $watch_pid; do
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/site"
# A private copy: a shared CARGO_TARGET_DIR may get another branch's binary mid-run.
cp "$bin" "$work/errdocs"
bin="$work/errdocs"
cp -r errdocs.toml content locales templates static "$work/site/"

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# serve SITE [--watch]: starts errdocs on a free loopback port whose URL is the site's
# base URL (the URL an error carries must be the one the browser opens). A port found free
# can be taken by someone else before errdocs binds it: then errdocs exits, and we try
# another port rather than fail or talk to a stranger. Sets $port and $pid.
serve() {
  local site=$1; shift
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    sed -i "s|^base-url = .*|base-url = \"http://127.0.0.1:$port\"|" "$site/errdocs.toml"
    ERRDOCS_LOG=warn "$bin" serve --site "$site" --addr "127.0.0.1:$port" "$@" &
    pid=$!
    for _ in $(seq 300); do
      kill -0 "$pid" 2>/dev/null || break
      if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
        kill -0 "$pid" 2>/dev/null && return 0
        break
      fi
      sleep 0.1
    done
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "errdocs did not come up on port $port; trying another" >&2
  done
  echo "errdocs serve never came up" >&2
  return 1
}

serve "$work/site"
server_pid=$pid
error=$("$bin" message registrations-per-ip --site "$work/site" --lang fr)
url=$(grep -o 'http://[^ ]*' <<<"$error")
echo "the error says: $error"

NODE_PATH="$tools/node_modules" timeout 180 node .ci/browser/walk.js "$url" "$artifacts"

# --watch, on a copy of its own.
cp -r "$work/site" "$work/watched"
serve "$work/watched" --watch
watch_pid=$pid
watch_port=$port
NODE_PATH="$tools/node_modules" timeout 180 node .ci/browser/watch.js "http://127.0.0.1:$watch_port" "$work/watched" "$artifacts"
ls "$artifacts"
