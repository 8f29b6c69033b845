#!/usr/bin/env bash
# Limiters and ACME clients in other languages, against the release binary:
# - clients/go: the Go filler of `errdocs export`, compared with `errdocs message --format
#   json` for every limit x locale (go test; standard library only);
# - clients/go/lego: lego's acme.ProblemDetails on a real `errdocs serve` (lego from Debian's
#   golang-github-xenolf-lego-dev, wired with a `replace`; no Go module proxy);
# - clients/python: certbot's `acme` library (PyPI, in a virtualenv) on a real `errdocs serve`.
# `.ci/run` installs golang-go, golang-github-xenolf-lego-dev and python3-venv. What each
# client printed per locale goes to $ARTIFACTS/clients/.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
export ERRDOCS_BIN="${ERRDOCS_BIN:-$root/target/release/errdocs}"
export ARTIFACTS="${ARTIFACTS:-$root/target/ci-artifacts}"
mkdir -p "$ARTIFACTS/clients"

# Go, offline: no proxy, no checksum database; caches under target/ (a fresh clone writes
# nothing outside it).
export GOPATH="$root/target/go/path" GOCACHE="$root/target/go/cache"
export GOFLAGS=-mod=mod GOPROXY=off GOSUMDB=off GONOSUMDB='*' GOTOOLCHAIN=local
go version
unformatted=$(gofmt -l clients/go)
if [ -n "$unformatted" ]; then
  echo "gofmt: $unformatted" >&2
  exit 1
fi
(cd clients/go && go vet ./... && go test -count=1 -v ./... | tee "$ARTIFACTS/clients/go-test.txt" | grep -E '^(--- |ok|FAIL|PASS)')
(cd clients/go/lego && go vet ./... && go test -count=1 -v ./... | tee "$ARTIFACTS/clients/lego-test.txt" | grep -E '^(--- |ok|FAIL|PASS)')

# certbot's acme library, pinned: what it prints is what the tests assert.
venv="$root/target/ci-venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check 'acme==5.9.0'
"$venv/bin/pip" show acme | grep -E '^(Name|Version)'
"$venv/bin/python" -m unittest discover -v -s clients/python -p 'test_*.py'
