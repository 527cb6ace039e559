#!/usr/bin/env bash
# Builds the release bundle and prints each file's raw and gzipped size.
set -euo pipefail
source "$(dirname "$0")/env.sh"
if [ "${1:-}" != "--no-build" ]; then
  trunk build --release --offline=true --locked >/dev/null
fi
total_raw=0; total_gz=0
printf '%-48s %12s %12s\n' "file (dist/)" "bytes" "gzip -9"
while IFS= read -r f; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %12d %12d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f | sort)
printf '%-48s %12d %12d\n' "TOTAL" "$total_raw" "$total_gz"
