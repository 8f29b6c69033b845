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
. .ci/lib/static-nginx.sh
trap 'stop_static_nginx; rm -rf "$work"' EXIT
start_static_nginx "$public" "$work"

# The locales and the default, as errdocs.toml publishes them.
default=$(sed -n 's/^default-locale *= *"\([^"]*\)".*/\1/p' errdocs.toml)
locales=$(sed -n 's/^locales *= *\[\(.*\)\].*/\1/p' errdocs.toml | tr -d '",' )
slug=too-many-registrations-for-this-ip
[ -f "$public/docs/$slug/index.html" ] || slug=$(ls "$public/docs" | head -n 1)

LOCALES="$locales" DEFAULT_LOCALE="$default" NODE_PATH="$tools/node_modules" timeout 300 \
  node .ci/browser/static.js "http://127.0.0.1:$port/" "/docs/$slug/" "$artifacts"
ls "$artifacts"
