#!/usr/bin/env bash
# Mutation testing of errdocs' core with cargo-mutants: every mutant of the named modules
# must be caught by a test (or be listed as equivalent in docs/TESTING.md).
#
#   bash bench/mutants.sh                 # every group below
#   bash bench/mutants.sh locale config   # some groups
#   IN_PLACE=1 bash bench/mutants.sh ...  # mutate this tree and reuse its target/ (fast; do
#                                         # not edit the tree meanwhile; sources are restored)
#   ITERATE=1 bash bench/mutants.sh ...   # test again only what the last run of the group
#                                         # did not catch (cargo mutants --iterate)
#
# Each group names a file, an optional function filter, and the tests that judge it (the
# unit tests plus the modules of tests/it/ of that responsibility, by name filter), so a
# group takes minutes, not the hour a whole-suite run would. Results:
# target/mutants/<group>/mutants.out/ (caught.txt, missed.txt, unviable.txt, timeout.txt).
# Not part of .ci/run: too slow.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo-mutants >/dev/null || cargo install --locked cargo-mutants

# group ; files (comma-separated) ; function regex ('' = all) ; cargo test arguments ;
# regex of mutants left out ('' = none; each one is listed in docs/TESTING.md with why)
groups=(
  "locale;src/locale.rs;;--lib"
  "negotiate;src/negotiate.rs;;--lib"
  "problem;src/problem.rs;;--lib -- problem::"
  "config;src/config/mod.rs,src/config/limits.rs;;--lib"
  "catalog-args-format;src/catalog/args.rs,src/catalog/format.rs,src/catalog/facts.rs;Arg::|Args::|format|args|limit_message|limit_title;--lib"
  "catalog-input;src/catalog/input.rs;;--lib"
  # fsync (sync_tree, sync_file, sync_dir) only matters on power loss, which no test can
  # cause: its mutants are equivalent for every test and are left out, not counted.
  "build-guard;src/build/guard.rs,src/build/swap.rs;;--lib -- build::;sync_(tree|file|dir)"
)

wanted=("$@")
summary=()
for g in "${groups[@]}"; do
  IFS=';' read -r name files re tests exclude <<<"$g"
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " == *" $name "* ]]; then continue; fi
  out="target/mutants/$name"
  mkdir -p "$out"
  args=(--output "$out" --no-shuffle --timeout 60)
  IFS=',' read -r -a file_list <<<"$files"
  for file in "${file_list[@]}"; do
    if [ ! -f "$file" ]; then echo "== $name: $file does not exist"; exit 1; fi
    args+=(--file "$file")
  done
  [ -n "$re" ] && args+=(--re "$re")
  [ -n "${exclude:-}" ] && args+=(--exclude-re "$exclude")
  [ -n "${IN_PLACE:-}" ] && args+=(--in-place)
  [ -n "${ITERATE:-}" ] && args+=(--iterate)
  echo "== $name: cargo mutants ${args[*]} -- $tests"
  started=$SECONDS
  # cargo-mutants exits 2 when mutants are missed: report, do not stop the other groups.
  cargo mutants "${args[@]}" -- $tests || true
  dir="$out/mutants.out"
  # grep -c prints 0 and fails on an empty file: one number either way.
  count() { local n=0; [ -f "$dir/$1.txt" ] && n=$(grep -c . "$dir/$1.txt" || true); echo "${n:-0}"; }
  summary+=("$(printf '%-20s caught %4s  missed %4s  unviable %4s  timeout %4s  %3d min' \
    "$name" "$(count caught)" "$(count missed)" "$(count unviable)" "$(count timeout)" \
    $(((SECONDS - started + 30) / 60)))")
  if [ -s "$dir/missed.txt" ]; then sed "s/^/  missed: /" "$dir/missed.txt"; fi
done
printf '\n%s\n' "${summary[@]}"
