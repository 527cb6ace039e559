#!/usr/bin/env bash
# The floor of this design (BENCHMARKS.md, "The floor of this design"): how
# small the first module gets when features are removed from it, group by
# group, down to the interview alone in one language. Each patch of
# scripts/first-load-floor/ is applied in turn to a scratch worktree of HEAD
# (removed at the end, never committed); after each, the first module is
# built and its bytes printed as gzip -9, the way the first-load budget
# counts them. A few minutes (release builds).
#
#   scripts/first-load-floor.sh
#
# The wasm here is built by cargo, wasm-bindgen and wasm-opt directly with
# the flags index.html gives Trunk; Trunk's own build of the same code came
# out 2.7 KB larger when this was written, so compare rows with each other,
# or add that back to compare with scripts/first-load.sh.
set -euo pipefail
source "$(dirname "$0")/env.sh"

SCRATCH=$(mktemp -d)
TREE="$SCRATCH/tree"
git -C "$ROOT" worktree add --quiet --detach "$TREE" HEAD
cleanup() {
  git -C "$ROOT" worktree remove --force "$TREE" >/dev/null 2>&1 || true
  rm -rf "$SCRATCH"
}
trap cleanup EXIT
# One target directory across runs: only the app (and, last, the engine)
# compile again between rows.
export CARGO_TARGET_DIR="$ROOT/target/first-load-floor"

# Prints one row: what the module holds, its wasm and its glue, gzip -9.
measure() {
  # The removals leave unused code behind: its warnings are noise here.
  if ! (cd "$TREE" && cargo build --quiet --release --locked --target wasm32-unknown-unknown \
    --bin fusion-check 2>"$SCRATCH/build.log"); then
    cat "$SCRATCH/build.log" >&2
    echo "FAILED: $1 does not build" >&2
    exit 1
  fi
  local out="$SCRATCH/out"
  rm -rf "$out" && mkdir -p "$out"
  wasm-bindgen --target web --out-dir "$out" \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/fusion-check.wasm"
  wasm-opt -Oz --one-caller-inline-max-function-size=50 --enable-bulk-memory \
    --enable-nontrapping-float-to-int "$out/fusion-check_bg.wasm" -o "$out/opt.wasm"
  printf '%-28s wasm %7d  glue %6d\n' "$1" \
    "$(gzip -9c "$out/opt.wasm" | wc -c)" "$(gzip -9c "$out/fusion-check.js" | wc -c)"
}

measure "everything"
for patch in "$ROOT"/scripts/first-load-floor/*.patch; do
  name=$(basename "$patch" .patch)
  if ! git -C "$TREE" apply "$patch"; then
    echo "FAILED: $name no longer applies to HEAD; redo its removals by hand" >&2
    exit 1
  fi
  measure "+ $name"
done
