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

# A free loopback port, and a copy of the site whose base URL is that port's: the URL the
# error carries must be the one the browser opens.
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
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
sed -i "s|^base-url = .*|base-url = \"http://127.0.0.1:$port\"|" "$work/site/errdocs.toml"

error=$("$bin" message registrations-per-ip --site "$work/site" --lang fr)
url=$(grep -o 'http://[^ ]*' <<<"$error")
echo "the error says: $error"

ERRDOCS_LOG=warn "$bin" serve --site "$work/site" --addr "127.0.0.1:$port" &
server_pid=$!
for _ in $(seq 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null

NODE_PATH="$tools/node_modules" timeout 180 node .ci/browser/walk.js "$url" "$artifacts"

# --watch, on a copy of its own.
cp -r "$work/site" "$work/watched"
watch_port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
ERRDOCS_LOG=warn "$bin" serve --watch --site "$work/watched" --addr "127.0.0.1:$watch_port" &
watch_pid=$!
for _ in $(seq 100); do
  curl -fsS "http://127.0.0.1:$watch_port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
NODE_PATH="$tools/node_modules" timeout 180 node .ci/browser/watch.js "http://127.0.0.1:$watch_port" "$work/watched" "$artifacts"
ls "$artifacts"
