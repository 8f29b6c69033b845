#!/usr/bin/env bash
# Benchmark of `errdocs serve` against nginx serving the `errdocs build` output, on the same
# machine in the same run (loopback only, every run bounded in time). Not a test: figures
# go to docs/BENCHMARKS.md by hand.
#
#   bench/serve.sh            # needs wrk and nginx (Debian: apt-get install wrk nginx-light)
#
# Environment: DURATION (default 10s), THREADS (2), CONNECTIONS (64), ROUNDS (5),
# NICE (-10 as root, else 0: servers and wrk run ahead of other work on the machine, both
# servers alike), CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${DURATION:-10s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-64}"
rounds="${ROUNDS:-5}"
if [ "$(id -u)" = 0 ]; then nice_level="${NICE:--10}"; else nice_level="${NICE:-0}"; fi
bin="${CARGO_TARGET_DIR:-target}/release/errdocs"
out="bench/out"
mkdir -p "$out"
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk nginx-light" >&2; exit 1; }
done
cargo build --release --quiet
# A private copy: a shared CARGO_TARGET_DIR may get another branch's binary mid-run.
cp "$bin" "$out/errdocs"
bin="$out/errdocs"
rm -rf "$out/public"
"$bin" build --out "$out/public" 2>/dev/null

page=/fr/docs/too-many-registrations-for-this-ip/
neutral=/docs/too-many-registrations-for-this-ip/
api=/api/v1/problems/registrations-per-ip
lang='Accept-Language: fr-CA,fr;q=0.9,en;q=0.5'
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})" 2>/dev/null || python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
pids=()
cleanup() { for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_up() {
  for _ in $(seq 100); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done
  echo "server at $1 did not come up" >&2; exit 1
}
# rss PID...: resident memory in MiB, summed over processes (nginx: master + workers).
rss() { local kb=0; for p in "$@"; do kb=$((kb + $(awk '/^VmRSS/{print $2}' "/proc/$p/status"))); done; awk -v kb="$kb" 'BEGIN{printf "%.1f", kb/1024}'; }
hwm() { awk '/^VmHWM/{printf "%.1f", $2/1024}' "/proc/$1/status"; }
# run NAME URL [HEADER]: one bounded wrk run (after a 2 s warm-up); appends
# "NAME<TAB>requests/s<TAB>p50 ms<TAB>p99 ms<TAB>non-2xx/3xx" to $results.
results="$out/results.tsv"
: > "$results"
run() {
  local name=$1 url=$2 header=${3:-}
  local args=(-t"$threads" -c"$connections" --latency)
  [ -n "$header" ] && args+=(-H "$header")
  nice -n "$nice_level" wrk "${args[@]}" -d2s "$url" >/dev/null
  local report; report=$(nice -n "$nice_level" wrk "${args[@]}" -d"$duration" "$url")
  echo "$report" >> "$out/wrk-reports.txt"
  awk -v name="$name" '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /^Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx/ { bad = $NF }
    END { printf "%s\t%.0f\t%.2f\t%.2f\t%d\n", name, rps, p50, p99, bad }' <<<"$report" | tee -a "$results"
}
: > "$out/wrk-reports.txt"

start_errdocs() { # LOG_FILTER [SERVE OPTIONS...] → sets port, pid
  port=$(free_port)
  local filter=$1; shift
  ERRDOCS_LOG=$filter nice -n "$nice_level" "$bin" serve --addr "127.0.0.1:$port" "$@" 2>>"$out/errdocs.log" &
  pid=$!; pids+=("$pid")
  wait_up "http://127.0.0.1:$port/healthz"
}
start_nginx() { # WORKERS → sets port, pid
  port=$(free_port)
  local prefix="$PWD/$out/nginx-$1"
  mkdir -p "$prefix/logs"
  cat > "$prefix/nginx.conf" <<CONF
worker_processes $1;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$port;
    root $PWD/$out/public;
    index index.html;
  }
}
CONF
  nice -n "$nice_level" nginx -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off;' 2>>"$out/nginx.log" &
  pid=$!; pids+=("$pid")
  wait_up "http://127.0.0.1:$port$page"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -srm)"
echo "wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), $(nginx -v 2>&1), errdocs $(git rev-parse --short HEAD)"
# Other work on the machine (a build, another benchmark) shows up as latency tails.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (nproc $(nproc))"
echo "servers and wrk at nice $nice_level"
echo "each run: wrk -t$threads -c$connections -d$duration --latency, after a 2 s warm-up; $rounds rounds, interleaved"

# The comparison: errdocs and nginx with one worker each (the issue's nginx reference),
# access logs off in both, side by side; runs interleaved so that the machine's noise hits
# both alike.
start_errdocs warn --workers 1; e_port=$port; e_pid=$pid
echo "errdocs RSS after load: $(rss "$e_pid") MiB"
start_nginx 1; n_port=$port; n_pid=$pid
for _ in $(seq "$rounds"); do
  run "errdocs-1 page" "http://127.0.0.1:$e_port$page"
  run "nginx-1 page" "http://127.0.0.1:$n_port$page"
  run "errdocs-1 negotiated 302" "http://127.0.0.1:$e_port$neutral" "$lang"
  run "nginx-1 chooser page (static stand-in for the 302)" "http://127.0.0.1:$n_port$neutral"
  run "errdocs-1 problem API" "http://127.0.0.1:$e_port$api" "$lang"
done
echo "errdocs-1 RSS after the runs: $(rss "$e_pid") MiB (peak $(hwm "$e_pid") MiB)"
echo "nginx-1 RSS (master + worker): $(rss "$n_pid" $(pgrep -P "$n_pid")) MiB"
kill -TERM "$e_pid" "$n_pid"; wait "$e_pid" "$n_pid" || true

# For reference: both with one worker per core (errdocs' default), and errdocs with its
# access log on (ERRDOCS_LOG=info, the default, written to a file).
start_errdocs warn; e_port=$port; e_pid=$pid
start_nginx auto; n_port=$port; n_pid=$pid
start_errdocs info --workers 1; l_port=$port; l_pid=$pid
for _ in $(seq "$rounds"); do
  run "errdocs-auto page" "http://127.0.0.1:$e_port$page"
  run "nginx-auto page" "http://127.0.0.1:$n_port$page"
  run "errdocs-1 page, access log on" "http://127.0.0.1:$l_port$page"
done
echo "errdocs-auto RSS after the runs: $(rss "$e_pid") MiB (peak $(hwm "$e_pid") MiB)"
kill -TERM "$e_pid" "$n_pid" "$l_pid"; wait "$e_pid" "$n_pid" "$l_pid" || true

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "medians over $rounds rounds:"
echo
echo "| request | requests/s | p50 ms | p99 ms | non-2xx/3xx |"
echo "|---|---|---|---|---|"
sort -t$'\t' -k1,1 -s "$results" | awk -F'\t' '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return a[int((n + 1) / 2)]
  }
  { order[$1] = order[$1] ? order[$1] : ++count; names[order[$1]] = $1; r[$1] = r[$1] " " $2; p5[$1] = p5[$1] " " $3; p9[$1] = p9[$1] " " $4; bad[$1] += $5 }
  END { for (i = 1; i <= count; i++) { n = names[i]; printf "| %s | %s | %s | %s | %d |\n", n, median(r[n]), median(p5[n]), median(p9[n]), bad[n] } }'
