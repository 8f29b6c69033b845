#!/usr/bin/env bash
# Lighthouse and axe on the static build as readers meet it: public/ (which .ci/run builds
# first) served by Debian's nginx on a free loopback port. Every page of a fixed set — one
# page in each locale, the rate-limits overview (the widest page: a table and long URNs) in
# the default locale and in Hebrew (right to left), a 404 and the language-neutral chooser —
# must score 100 in Lighthouse 12's four categories on the desktop preset and the default
# mobile settings, have no axe-core 4 violation (WCAG 2.1 A/AA and best practices) in the
# light and the dark colour scheme, and fit 320 px; the rate-limits overview must fit 320 px
# in every locale. Installs lighthouse@12 and axe-core@4 next to playwright-core (the tools
# folder of .ci/run) when they are missing. Reports go to $ARTIFACTS/lighthouse/: one
# Lighthouse JSON per page and form factor, one axe JSON per page and colour scheme,
# summary.md and summary.json. The chooser is audited with its script (Lighthouse lands on
# the reader's language) and without (its own document); see .ci/browser/audit.js. Takes
# about five and a half minutes on two busy cores (30 Lighthouse runs). PAGES="/a/ /b/"
# audits only those paths.
set -euo pipefail
tools="${TOOLS_DIR:-$PWD/target/ci-tools}"
bin="${CARGO_TARGET_DIR:-target}/release/errdocs"
public="${PUBLIC_DIR:-$PWD/public}"
artifacts="${ARTIFACTS:-$PWD/target/ci-artifacts}/lighthouse"
rm -rf "$artifacts"
mkdir -p "$artifacts"
export PATH="$PATH:/usr/sbin"
for tool in nginx chromium node npm curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing; .ci/run installs it" >&2; exit 1; }
done
[ -f "$tools/node_modules/playwright-core/package.json" ] || {
  echo "playwright-core is missing in $tools; .ci/run installs it" >&2
  exit 1
}
# Lighthouse brings chrome-launcher; neither downloads a browser (CHROME_PATH is Debian's).
if [ ! -f "$tools/node_modules/lighthouse/package.json" ] || [ ! -f "$tools/node_modules/axe-core/package.json" ]; then
  npm install --prefix "$tools" --no-audit --no-fund --silent lighthouse@12 axe-core@4 >/dev/null
fi
if [ ! -f "$public/index.html" ]; then
  [ -x "$bin" ] || { echo "no $public and no release binary at $bin" >&2; exit 1; }
  "$bin" build --out "$public"
fi
public=$(cd "$public" && pwd)

work=$(mktemp -d)
chmod 755 "$work"
. .ci/lib/static-nginx.sh
trap 'stop_static_nginx; rm -rf "$work"' EXIT
start_static_nginx "$public" "$work"

# The locales and the default, as errdocs.toml publishes them.
default=$(sed -n 's/^default-locale *= *"\([^"]*\)".*/\1/p' errdocs.toml)
locales=$(sed -n 's/^locales *= *\[\(.*\)\].*/\1/p' errdocs.toml | tr -d '",' )
slug=too-many-registrations-for-this-ip
[ -f "$public/docs/$slug/index.html" ] || slug=$(ls "$public/docs" | head -n 1)

# The fixed set: each locale's page, the overview in the default locale and in Hebrew (when
# published), a path nothing answers (nginx serves no error page of ours, so the 404 page
# is opened by its file) and the chooser.
pages=""
for l in $locales; do pages="$pages /$l/docs/$slug/"; done
for l in "$default" he; do
  if [ -f "$public/$l/docs/rate-limits/index.html" ]; then pages="$pages /$l/docs/rate-limits/"; fi
done
[ -f "$public/$default/404.html" ] && pages="$pages /$default/404.html"
pages="$pages /docs/$slug/"
# PAGES narrows the run to some of them (for a measurement, e.g. PAGES=/docs/$slug/).
pages="${PAGES:-$pages}"

PAGES="$pages" CHOOSER="/docs/$slug/" LOCALES="$locales" CHROME_PATH="$(command -v chromium)" NODE_PATH="$tools/node_modules" \
  timeout 600 node .ci/browser/audit.js "http://127.0.0.1:$port/" "$artifacts"
