#!/usr/bin/env bash
# Memory after a connection flood (issue 8, class 5): `errdocs serve` on the bundled site,
# resident memory before, right after and 5 s after ~144k connections opened and closed by
# bench/flood.py, for each allocator in the same run: glibc malloc (the default, with
# errdocs' periodic trim) and mimalloc (feature `mimalloc`). Not a test: figures go to
# docs/BENCHMARKS.md by hand.
#
#   bench/flood.sh
#
# Environment: TOTAL connections per flood (144000), CONCURRENCY (4000; the memory kept grows
# with the connections open at once, not with their number), ROUNDS floods per server (2),
# WORKERS (empty: one per core), NO_BUILD, CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
total="${TOTAL:-144000}"
concurrency="${CONCURRENCY:-4000}"
rounds="${ROUNDS:-2}"
workers="${WORKERS:-}"
target="${CARGO_TARGET_DIR:-target}"
out="bench/out/flood"
mkdir -p "$out"

# Two binaries; private copies, since a shared target directory may change under us.
# NO_BUILD=1 reuses the copies of an earlier run.
if [ -z "${NO_BUILD:-}" ]; then
  cargo build --release --quiet --no-default-features
  cp "$target/release/errdocs" "$out/errdocs-glibc"
  cargo build --release --quiet --features mimalloc
  cp "$target/release/errdocs" "$out/errdocs-mimalloc"
  cargo build --release --quiet
fi

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
pids=()
cleanup() { for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
rss() { awk '/^VmRSS/{printf "%.1f", $2/1024}' "/proc/$1/status"; }
hwm() { awk '/^VmHWM/{printf "%.1f", $2/1024}' "/proc/$1/status"; }

page=/fr/docs/too-many-registrations-for-this-ip/
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -srm)"
echo "errdocs $(git rev-parse --short HEAD); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "flood: $total connections, $concurrency at a time, $rounds floods per server; workers: ${workers:-one per core}"
echo
echo "| allocator | round | RSS before MiB | right after | 5 s after | after / before | peak MiB | flood |"
echo "|---|---|---|---|---|---|---|---|"
for alloc in glibc mimalloc; do
  port=$(free_port)
  args=(serve --addr "127.0.0.1:$port")
  [ -n "$workers" ] && args+=(--workers "$workers")
  # The bundled site: run from a directory without errdocs.toml.
  (cd "$out" && ERRDOCS_LOG=warn exec "./errdocs-$alloc" "${args[@]}") 2>>"$out/errdocs.log" &
  pid=$!; pids+=("$pid")
  for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.1; done
  # Warm-up: every worker has answered before the first reading.
  for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$port$page"; done
  before=$(rss "$pid")
  for round in $(seq "$rounds"); do
    report=$(python3 bench/flood.py 127.0.0.1 "$port" "$total" "$concurrency" "$page")
    after=$(rss "$pid")
    sleep 5
    later=$(rss "$pid")
    ratio=$(awk -v a="$later" -v b="$before" 'BEGIN{printf "%.2f", a/b}')
    echo "| $alloc | $round | $before | $after | $later | $ratio | $(hwm "$pid") | $report |"
  done
  kill -TERM "$pid"; wait "$pid" || true
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
