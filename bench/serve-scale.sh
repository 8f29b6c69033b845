#!/usr/bin/env bash
# Server scale benchmark (issue "Scale"): `errdocs serve` / `serve --watch` against
# `hugo server` on the twin synthetic sites of bench/gen_errdocs_site.py and
# ../shared/bench/gen_hugo_site.py, in the same run. Prints, per size: start (ready) time,
# edit -> served time (one French sentence of one page), errdocs RSS after 200 requests
# against the built site's bytes, and the ratios. Results: bench/out/serve-scale/*.json.
#
# Environment: SIZES ("200" pages; e.g. "200 2000"), LOCALES (10), ROUNDS (3), EDITS (5 per
# round), HUGO_GEN (../shared/bench/gen_hugo_site.py). Installs hugo from Debian if missing.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
OUT="$REPO/bench/out/serve-scale"
SIZES=${SIZES:-200}
LOCALES=${LOCALES:-10}
ROUNDS=${ROUNDS:-3}
EDITS=${EDITS:-5}
HUGO_GEN=${HUGO_GEN:-$REPO/../shared/bench/gen_hugo_site.py}

if ! command -v hugo >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends hugo >/dev/null
fi
hugo version
mkdir -p "$OUT/bin"
(cd "$REPO" && cargo build --release --quiet)
# A copy: another build of this checkout may replace target/release/errdocs mid-run.
cp "${CARGO_TARGET_DIR:-$REPO/target}/release/errdocs" "$OUT/bin/errdocs"

# The bundled site (11 pages x 10 locales): no Hugo twin, the goals are absolute there.
bundled="$OUT/sites/bundled"
rm -rf "$bundled" && mkdir -p "$bundled"
cp -r "$REPO"/errdocs.toml "$REPO"/content "$REPO"/locales "$REPO"/templates "$REPO"/static "$bundled"/
python3 "$REPO/bench/serve_scale.py" --errdocs "$OUT/bin/errdocs" --errdocs-site "$bundled" \
  --pages 11 --rounds "$ROUNDS" --edits "$EDITS" --label bundled \
  --edit-file locales/fr/docs/rate-limits.ftl --url-path /fr/docs/rate-limits/ \
  --out "$OUT/bundled.json"

for pages in $SIZES; do
  site="$OUT/sites/errdocs-$pages-$LOCALES"
  hsite="$OUT/sites/hugo-$pages-$LOCALES"
  python3 "$REPO/bench/gen_errdocs_site.py" --out "$site" --pages "$pages" \
    --locales "$LOCALES" --hugo-generator "$HUGO_GEN" >/dev/null
  python3 "$HUGO_GEN" --out "$hsite" --pages "$pages" --locales "$LOCALES" >/dev/null
  python3 "$REPO/bench/serve_scale.py" --errdocs "$OUT/bin/errdocs" \
    --errdocs-site "$site" --hugo-site "$hsite" --pages "$pages" --rounds "$ROUNDS" \
    --edits "$EDITS" --label "${pages}x${LOCALES}" --out "$OUT/${pages}x${LOCALES}.json"
done
