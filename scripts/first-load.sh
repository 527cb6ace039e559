#!/usr/bin/env bash
# First-load budget: builds the bare yew counter of shared/bench (copied out:
# shared/ is read-only in CI), measures what a first-time visitor fetches
# before the first usable control and before the first interview question,
# beside that counter, and fails when either size ratio exceeds the budget.
#
#   scripts/first-load.sh [RUNS]        # after `trunk build --release`
#
# The budget is the measured ratio plus 3% headroom. Lower it in the same
# commit whenever a change makes the first load smaller; never raise it
# without a line in BENCHMARKS.md saying what the bytes bought.
set -euo pipefail
source "$(dirname "$0")/env.sh"

BUDGET_SIZE_RATIO=4.27
BUDGET_QUESTION_SIZE_RATIO=4.27

RUNS=${1:-5}

# shared/ sits beside the clone in CI (../shared); a worktree one level
# further down finds it one level further up.
BENCH=${FIRST_LOAD_BENCH:-}
if [ -z "$BENCH" ]; then
  for dir in "$ROOT/../shared/bench" "$ROOT/../../shared/bench"; do
    if [ -f "$dir/first-load.mjs" ]; then BENCH=$(cd "$dir" && pwd); break; fi
  done
fi
if [ -z "$BENCH" ] || [ ! -f "$BENCH/first-load.mjs" ]; then
  echo "FAILED: shared/bench not found beside the clone (set FIRST_LOAD_BENCH)" >&2
  exit 1
fi
if [ ! -f dist/index.html ]; then
  echo "FAILED: no dist/: run trunk build --release first" >&2
  exit 1
fi

# The copy and its build directory live under target/, so the baseline's
# dependencies compile once and later runs only relink.
WORK="$ROOT/target/first-load"
rm -rf "$WORK/src" "$WORK/dist"
mkdir -p "$WORK"
cp -r "$BENCH/baseline-yew" "$WORK/src"
chmod -R u+w "$WORK/src"
(cd "$WORK/src" && CARGO_TARGET_DIR="$WORK/target" trunk build --release --offline=true --dist "$WORK/dist" >/dev/null)

OUT="$WORK/result.txt"
node "$BENCH/first-load.mjs" dist "$WORK/dist" "$RUNS" | tee "$OUT"
LINE=$(tail -n 1 "$OUT")

# Compares one ratio of the JSON line with its budget; prints the verdict.
check() {
  local key=$1 budget=$2 value
  value=$(node -e 'const o = JSON.parse(process.argv[1]); const v = o[process.argv[2]]; if (typeof v !== "number") process.exit(1); console.log(v)' "$LINE" "$key") || {
    echo "FAILED: $key missing from the measurement" >&2
    return 1
  }
  if awk -v v="$value" -v b="$budget" 'BEGIN { exit !(v > b) }'; then
    echo "FAILED: first load $key $value exceeds the budget $budget" >&2
    return 1
  fi
  echo "first load $key: $value (budget $budget)"
}
check size_ratio "$BUDGET_SIZE_RATIO"
check question_size_ratio "$BUDGET_QUESTION_SIZE_RATIO"
# Times are printed, not enforced: on a shared machine their noise is larger
# than the differences a budget would catch (BENCHMARKS.md records them).
node -e 'const o = JSON.parse(process.argv[1]); console.log(`first load time_ratio: ${o.time_ratio}, question_time_ratio: ${o.question_time_ratio} (goal 1.5)`)' "$LINE"
