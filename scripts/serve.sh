#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it on
# http://127.0.0.1:8080 (Ctrl-C to stop).
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
echo
echo "Building the release bundle, then serving it at http://127.0.0.1:8080/"
echo
# No autoreload: its injected inline script would be refused by the CSP.
exec trunk serve --release --offline=true --locked --no-autoreload --address 127.0.0.1 --port 8080
