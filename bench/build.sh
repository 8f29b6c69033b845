#!/usr/bin/env bash
# Build benchmark: errdocs vs Hugo (Debian's `hugo`) on the same synthetic multilingual site
# (P pages x L locales, ~3 KB of Markdown each), timed in the same run with hyperfine.
#
# What it does, all under bench/out/ (gitignored):
#   1. installs the tools it lacks from Debian (hugo, hyperfine, GNU time);
#   2. generates the Hugo site (../shared/bench/gen_hugo_site.py) and the errdocs
#      equivalent (bench/gen_errdocs_site.py, same prose, same seeds);
#   3. builds errdocs in release and copies the binary built from *this* worktree
#      (the target dir is shared with other worktrees, whose builds replace
#      target/release/errdocs at any time);
#   4. "clean build": ROUNDS hyperfine invocations, each timing every command RUNS times
#      into a fresh output directory, command order rotated every round so that errdocs
#      and Hugo alternate under the same machine load. The previous output is moved aside
#      (untimed) and all of them are deleted at the end: this disk is mounted with
#      `discard`, and deleting ~4,000 files just before a run leaves the device busy
#      trimming while the next build writes;
#   5. "rebuild": a few runs over the previous output (Hugo overwrites files in place;
#      errdocs writes a new tree, swaps it in atomically and deletes the old one);
#   6. peak RSS of each command with /usr/bin/time -v;
#   7. prints and writes bench/out/results/summary.{txt,json}: medians, pages/s, ratios.
#
# Commands timed: Hugo as configured (fenced code highlighted with Chroma: its default),
# Hugo with highlighting off (markup.highlight.codeFences=false, via a --config overlay;
# errdocs does not highlight code, so this is the like-for-like ratio), and errdocs.
#
# Environment: PAGES (200), LOCALES (10), ROUNDS (5), RUNS (2 per round), REBUILD_RUNS (3),
# RSS_RUNS (3), BASELINE_BIN (another errdocs binary to time alongside, e.g. before a
# change), HUGO_GEN (path of gen_hugo_site.py), TIME_LIMIT (whole script, seconds: 2400).
# Local only: no network except apt-get when a tool is missing and cargo fetching crates;
# nothing listens on any port.
set -euo pipefail

if [ -z "${ERRDOCS_BENCH_TIMED:-}" ]; then
  export ERRDOCS_BENCH_TIMED=1
  # Not --foreground: on expiry the whole process group (hyperfine, hugo, errdocs) goes.
  exec timeout --kill-after=30 "${TIME_LIMIT:-2400}" bash "$0" "$@"
fi

REPO=$(cd "$(dirname "$0")/.." && pwd)
OUT="$REPO/bench/out"
PAGES=${PAGES:-200}
LOCALES=${LOCALES:-10}
ROUNDS=${ROUNDS:-5}
RUNS=${RUNS:-2}
REBUILD_RUNS=${REBUILD_RUNS:-3}
RSS_RUNS=${RSS_RUNS:-3}
HUGO_GEN=${HUGO_GEN:-$REPO/../shared/bench/gen_hugo_site.py}
BASELINE_BIN=${BASELINE_BIN:-}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$REPO/target}
N=$((PAGES * LOCALES))

step() { printf '\n== %s\n' "$*"; }

cleanup() {
  # Only what this script creates and does not keep: output trees moved aside, scratch.
  if [ -d "$OUT/trash" ]; then
    echo "deleting the output trees moved aside ($(find "$OUT/trash" -mindepth 1 -maxdepth 1 | wc -l))..."
    rm -rf "$OUT/trash"
  fi
  rm -rf "$OUT/scratch"
}
trap cleanup EXIT

step "tools"
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
hugo version
hyperfine --version

mkdir -p "$OUT/bin" "$OUT/results" "$OUT/scratch" "$OUT/trash"
rm -f "$OUT"/results/*.json "$OUT"/results/*.txt
# Moves an output folder aside (a rename: instant); the trap deletes them all at the end.
cat >"$OUT/scratch/aside.sh" <<'ASIDE'
#!/usr/bin/env bash
# Moves output folder $1 into $2 under a unique name, if it exists.
set -euo pipefail
if [ -e "$1" ]; then mv "$1" "$2/$(basename "$1").$(date +%s%N)"; fi
ASIDE
aside() { bash "$OUT/scratch/aside.sh" "$1" "$OUT/trash"; }

step "sites: $PAGES pages x $LOCALES locales"
python3 "$HUGO_GEN" --out "$OUT/hugo-site" --pages "$PAGES" --locales "$LOCALES"
python3 "$REPO/bench/gen_errdocs_site.py" --out "$OUT/errdocs-site" --pages "$PAGES" \
  --locales "$LOCALES" --hugo-generator "$HUGO_GEN" --repo "$REPO"
printf '# Like-for-like overlay: errdocs does not highlight code, so neither does Hugo here.\n[markup.highlight]\n  codeFences = false\n' \
  >"$OUT/hugo-nohl.toml"

step "errdocs release build"
(cd "$REPO" && cargo build --release --locked --quiet)
bin=""
# shellcheck disable=SC2010 # cargo names these errdocs-<hex>: no odd characters
for f in $(ls -t "$CARGO_TARGET_DIR"/release/deps/errdocs-* 2>/dev/null | grep -v '\.d$'); do
  # Release builds keep line tables, which name the folder they were built from; the
  # newest such file that answers like the CLI (not a test harness) is ours.
  if grep -a -q -F "$REPO" "$f" && "$f" --version 2>/dev/null | grep -q '^errdocs '; then
    bin=$f
    break
  fi
done
[ -n "$bin" ] || { echo "no errdocs binary built from $REPO found in $CARGO_TARGET_DIR" >&2; exit 1; }
cp "$bin" "$OUT/bin/errdocs"
ERRDOCS="$OUT/bin/errdocs"
"$ERRDOCS" --version

# Commands: label | command | output directory.
labels=(hugo hugo-nohl errdocs)
cmds=(
  "hugo --quiet --source $OUT/hugo-site --destination $OUT/hugo-public"
  "hugo --quiet --source $OUT/hugo-site --destination $OUT/hugo-public-nohl --config config.toml,$OUT/hugo-nohl.toml"
  "$ERRDOCS build --site $OUT/errdocs-site --out $OUT/errdocs-public"
)
dests=("$OUT/hugo-public" "$OUT/hugo-public-nohl" "$OUT/errdocs-public")
if [ -n "$BASELINE_BIN" ]; then
  cp "$BASELINE_BIN" "$OUT/bin/errdocs-baseline"
  labels+=(errdocs-baseline)
  cmds+=("$OUT/bin/errdocs-baseline build --site $OUT/errdocs-site --out $OUT/errdocs-public-baseline")
  dests+=("$OUT/errdocs-public-baseline")
fi
count=${#labels[@]}

step "one build each, checked"
for i in $(seq 0 $((count - 1))); do
  aside "${dests[$i]}"
  # shellcheck disable=SC2086 # the command strings are split on purpose
  ${cmds[$i]} 2>"$OUT/scratch/stderr.txt" || { cat "$OUT/scratch/stderr.txt" >&2; exit 1; }
  # <lang>/docs/page-NNNN/index.html; errdocs' language-neutral choosers (one level up)
  # are not counted.
  pages=$(find "${dests[$i]}" -mindepth 4 -maxdepth 4 -path '*/docs/page-*/index.html' | wc -l)
  echo "${labels[$i]}: $(find "${dests[$i]}" -type f | wc -l) files, $pages localized doc pages"
  [ "$pages" -eq "$N" ] || { echo "${labels[$i]} built $pages pages, expected $N" >&2; exit 1; }
done

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p')"
  echo "kernel: $(uname -r)"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "hugo: $(hugo version)"
  echo "errdocs: $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet || echo '+dirty')"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT/results/machine.txt"
cat "$OUT/results/machine.txt"

step "clean builds: $ROUNDS rounds x $RUNS runs, order rotated each round"
for r in $(seq 1 "$ROUNDS"); do
  args=(-N --style basic --runs "$RUNS" --export-json "$OUT/results/clean-$r.json")
  [ "$r" -eq 1 ] && args+=(--warmup 1)
  order=()
  for k in $(seq 0 $((count - 1))); do order+=($(((k + r - 1) % count))); done
  for i in "${order[@]}"; do args+=(--prepare "bash $OUT/scratch/aside.sh ${dests[$i]} $OUT/trash"); done
  for i in "${order[@]}"; do args+=(--command-name "${labels[$i]}" "${cmds[$i]}"); done
  echo "round $r: $(for i in "${order[@]}"; do printf '%s ' "${labels[$i]}"; done)"
  hyperfine "${args[@]}" >"$OUT/results/clean-$r.log"
done

step "rebuilds over the previous output: $REBUILD_RUNS runs"
hyperfine -N --style basic --warmup 1 --runs "$REBUILD_RUNS" \
  --export-json "$OUT/results/rebuild.json" \
  --command-name hugo "${cmds[0]}" --command-name errdocs "${cmds[2]}" >"$OUT/results/rebuild.log"

step "peak RSS: $RSS_RUNS runs each"
: >"$OUT/results/rss.txt"
for _ in $(seq 1 "$RSS_RUNS"); do
  for i in $(seq 0 $((count - 1))); do
    aside "${dests[$i]}"
    # shellcheck disable=SC2086
    /usr/bin/time -v ${cmds[$i]} 2>"$OUT/scratch/time.txt" >/dev/null
    kb=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$OUT/scratch/time.txt")
    echo "${labels[$i]} $kb" >>"$OUT/results/rss.txt"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/results/machine.txt"

step "summary"
python3 - "$OUT/results" "$N" "$ROUNDS" <<'EOF'
"""Aggregates the hyperfine exports: medians over every run of every round."""
import glob, json, os, statistics, sys

results, n, rounds = sys.argv[1], int(sys.argv[2]), sys.argv[3]
times, user, system = {}, {}, {}
for path in sorted(glob.glob(os.path.join(results, "clean-*.json"))):
    for r in json.load(open(path))["results"]:
        times.setdefault(r["command"], []).extend(r["times"])
        user.setdefault(r["command"], []).append(r["user"])
        system.setdefault(r["command"], []).append(r["system"])
rebuild = {r["command"]: r["times"] for r in json.load(open(os.path.join(results, "rebuild.json")))["results"]}
rss = {}
for line in open(os.path.join(results, "rss.txt")):
    label, kb = line.split()
    rss[label] = max(rss.get(label, 0), int(kb))

def row(label, ts):
    med = statistics.median(ts)
    return {"median_s": med, "mean_s": statistics.fmean(ts), "min_s": min(ts), "max_s": max(ts),
            "stdev_s": statistics.stdev(ts) if len(ts) > 1 else 0.0, "runs": len(ts),
            "pages_per_s": n / med}

summary = {"pages": n, "clean": {}, "rebuild": {}, "peak_rss_kb": rss}
lines = [open(os.path.join(results, "machine.txt")).read().rstrip(), "",
         f"clean build into a fresh output directory ({n} localized pages; medians over "
         f"{rounds} rounds, order rotated each round)",
         f"{'command':<18}{'median':>9}{'mean':>9}{'min':>9}{'max':>9}{'runs':>6}"
         f"{'pages/s':>9}{'user+sys':>10}{'peak RSS':>10}"]
for label, ts in times.items():
    s = row(label, ts)
    s["cpu_s"] = statistics.fmean(user[label]) + statistics.fmean(system[label])
    summary["clean"][label] = s
    lines.append(f"{label:<18}{s['median_s']:>8.3f}s{s['mean_s']:>8.3f}s{s['min_s']:>8.3f}s"
                 f"{s['max_s']:>8.3f}s{s['runs']:>6}{s['pages_per_s']:>9.0f}{s['cpu_s']:>9.2f}s"
                 f"{rss.get(label, 0) / 1024:>8.0f}MB")
e = summary["clean"]["errdocs"]["median_s"]
ratios = {f"{label}/errdocs": summary["clean"][label]["median_s"] / e
          for label in summary["clean"] if label != "errdocs"}
summary["ratios"] = ratios
lines.append("")
lines.append("ratios of medians (how many times faster errdocs is; > 1 = errdocs faster):")
for k, v in ratios.items():
    lines.append(f"  {k:<28} {v:5.2f}x")
lines.append("")
lines.append("rebuild over the previous output (hugo overwrites in place; errdocs swaps a new "
             "tree in atomically and deletes the old one)")
for label, ts in rebuild.items():
    s = row(label, ts)
    summary["rebuild"][label] = s
    lines.append(f"{label:<18}{s['median_s']:>8.3f}s  min {s['min_s']:.3f}s  max {s['max_s']:.3f}s"
                 f"  runs {s['runs']}  {s['pages_per_s']:.0f} pages/s")
text = "\n".join(lines) + "\n"
open(os.path.join(results, "summary.txt"), "w").write(text)
json.dump(summary, open(os.path.join(results, "summary.json"), "w"), indent=2)
print(text, end="")
EOF
