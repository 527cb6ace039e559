#!/usr/bin/env bash
# Installs what is missing, then runs every test layer:
#   1. format and lint (native and wasm32),
#   2. native cargo tests (engine, report, CLI),
#   3. wasm-bindgen-test component tests in headless Chromium,
#   4. Playwright end-to-end tests against the release dist/ on 127.0.0.1,
#   5. the first-load budget (scripts/first-load.sh).
# Fails when any layer fails, runs no test or passes fewer tests than its
# minimum in scripts/test-minimums.
set -euo pipefail
# Every cargo and trunk build is --locked: Cargo.lock is the list of what
# runs, and a build that would change it fails instead.
source "$(dirname "$0")/env.sh"
scripts/setup.sh

LOGS=$(mktemp -d)
COUNTS=""
trap 'rm -rf "$LOGS"' EXIT

section() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Runs a test layer, showing its output, and fails if it passed no test.
# $1: name; $2: regex whose first number group counts passed tests; rest: command.
layer() {
  local name=$1 pattern=$2; shift 2
  section "$name"
  local log="$LOGS/$name.log"
  "$@" 2>&1 | tee "$log"
  local passed
  passed=$({ grep -oE "$pattern" "$log" || true; } | { grep -oE '[0-9]+' || true; } | awk '{s+=$1} END {print s+0}')
  if [ "$passed" -eq 0 ]; then
    echo "FAILED: layer '$name' ran no test" >&2
    exit 1
  fi
  at_least "$name" "$passed"
}

# Fails when layer $1 passed fewer tests ($2) than its minimum in
# scripts/test-minimums (the ratchet); prints both counts.
at_least() {
  local least
  least=$(awk -v l="$1" '$1 == l { print $2 }' "$(dirname "$0")/test-minimums")
  if [ -z "$least" ] || [ "$2" -lt "$least" ]; then
    echo "FAILED: layer '$1' passed $2 tests, fewer than the ${least:-?} of scripts/test-minimums" >&2
    exit 1
  fi
  echo "layer '$1': $2 passed (minimum $least)"
  COUNTS+="$1 $2 (minimum $least); "
  if [ "$2" -gt "$least" ]; then echo "  raise '$1' to $2 in scripts/test-minimums"; fi
}

section "format"
cargo fmt --all -- --check
section "clippy (native)"
cargo clippy --locked --workspace --all-targets -- -D warnings
section "clippy (wasm32)"
cargo clippy --locked -p fusion-check --all-targets --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked -p fusion-engine --lib --target wasm32-unknown-unknown -- -D warnings
# The batch core and its Web Worker (the CLI is native only).
cargo clippy --locked -p fusion-batch --lib --bin fusion-batch-worker --target wasm32-unknown-unknown -- -D warnings
# The batch page (batch.html), its own app.
cargo clippy --locked -p fusion-batch-page --all-targets --target wasm32-unknown-unknown -- -D warnings

layer native 'test result: ok\. [0-9]+ passed' cargo test --locked --workspace
layer wasm 'test result: ok\. [0-9]+ passed' cargo test --locked -p fusion-check --target wasm32-unknown-unknown

section "release build"
trunk build --release --offline=true --locked

layer e2e '^# pass [0-9]+' node --test --test-concurrency=1 tests/e2e/

# Bytes fetched before the first control and the first question, beside a
# bare yew app built here from ../shared/bench; fails above the budget.
section "first load"
scripts/first-load.sh 5

section "all layers passed"
echo "tests passed: ${COUNTS:-none counted}"
