#!/usr/bin/env bash
# wrk against examples/acme_front.rs: `POST /acme/new-acct` on the allowed path (a new
# X-Forwarded-For address for every request, so every registration passes) and on the
# denied path (one address: after its 10 registrations, every answer is the 429 problem
# document, formatted in German), with the memory store and with the Redis store (a
# redis-server started here on a free loopback port, stopped at the end).
#
# Usage: bash bench/wrk-acme-front.sh   (DURATION=10s CONNECTIONS=32 WORKERS=1 to change)
# Needs: wrk, redis-server, redis-cli, python3, curl (Debian: wrk redis-server python3 curl).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
WORKERS="${WORKERS:-1}"

for tool in wrk redis-server redis-cli python3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 1; }
done

cargo build -q --release --features acme-front --example acme_front
bin=target/release/examples/acme_front

tmp=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$tmp/redis.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break
  sleep 0.1
done
redis-cli -p "$redis_port" ping | grep -q PONG

# Starts a front end with "$@" and prints its address once it says it listens.
start_front() {
  local out="$tmp/front-$RANDOM.out"
  "$bin" --addr 127.0.0.1:0 --trust-forwarded --workers "$WORKERS" "$@" >"$out" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    if grep -q '^listening on http://' "$out"; then
      sed -n 's|^listening on http://||p' "$out" | head -1
      return
    fi
    sleep 0.1
  done
  echo "the front end did not start: $(cat "$out")" >&2
  exit 1
}

# Each wrk thread has its own Lua state and counter; the thread id keeps their addresses
# apart, so no address is used twice.
cat >"$tmp/allowed.lua" <<'LUA'
local threads = 0
function setup(thread) thread:set("id", threads); threads = threads + 1 end
local n = 0
function request()
  n = n + 1
  local ip = string.format("10.%d.%d.%d", id * 64 + math.floor(n / 65536) % 64, math.floor(n / 256) % 256, n % 256)
  return wrk.format("POST", "/acme/new-acct", { ["X-Forwarded-For"] = ip, ["Accept-Language"] = "de" }, "")
end
LUA
cat >"$tmp/denied.lua" <<'LUA'
wrk.method = "POST"
wrk.path = "/acme/new-acct"
wrk.headers["X-Forwarded-For"] = "203.0.113.7"
wrk.headers["Accept-Language"] = "de"
LUA

run() {
  local name=$1 addr=$2 script=$3 expect=$4
  # Check the path answers what its name says before measuring it.
  local status
  if [ "$script" = denied ]; then
    for _ in $(seq 11); do
      status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'X-Forwarded-For: 203.0.113.7' "http://$addr/acme/new-acct")
    done
  else
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'X-Forwarded-For: 192.0.2.200' "http://$addr/acme/new-acct")
  fi
  [ "$status" = "$expect" ] || { echo "$name: got $status, expected $expect" >&2; exit 1; }
  local report
  report=$(wrk -t 1 -c "$CONNECTIONS" -d "$DURATION" --latency -s "$tmp/$script.lua" "http://$addr")
  local rps p50 p99 non2xx
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$report")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$report")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$report")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$report")
  printf '| %-16s | %10s | %8s | %8s | %9s |\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}"
}

memory=$(start_front)
redis=$(start_front --redis "redis://127.0.0.1:$redis_port/")

echo "wrk -t 1 -c $CONNECTIONS -d $DURATION; front end: --workers $WORKERS; $(nproc) cores"
echo
echo '| path             |  requests/s |     p50  |     p99  | non-2xx   |'
echo '|---|---:|---:|---:|---:|'
run "allowed, memory" "$memory" allowed 201
run "denied, memory" "$memory" denied 429
run "allowed, Redis" "$redis" allowed 201
run "denied, Redis" "$redis" denied 429
