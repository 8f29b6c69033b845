#!/usr/bin/env bash
# Every built page must be valid HTML5: the Nu Html Checker (npm `vnu-jar`, run with Java)
# must report zero errors on the output of `errdocs build`.
set -euo pipefail
tools="${TOOLS_DIR:-$PWD/target/ci-tools}"
mkdir -p "$tools"
if [ ! -f "$tools/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  npm install --prefix "$tools" --no-audit --no-fund --silent vnu-jar@26 >/dev/null
fi
pages=$(find public -name '*.html' | wc -l)
# No pages means the build wrote nothing: that is a failure, not a clean bill of health.
[ "$pages" -gt 0 ] || { echo "vnu: no HTML files in public/; did the build run?" >&2; exit 1; }
echo "checking $pages HTML files"
java -jar "$tools/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --skip-non-html public
echo "vnu: 0 errors in $pages files"
