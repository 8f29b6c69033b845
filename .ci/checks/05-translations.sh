#!/usr/bin/env bash
# Translation QA on the repository's own catalogs: every locale against the French
# reference (errors fail CI; the table shows translated %, outdated messages, pages).
set -euo pipefail
"${CARGO_TARGET_DIR:-target}/release/errdocs" check
