#!/usr/bin/env bash
# Installs whatever this project needs that is missing, and nothing else.
# Idempotent: every step first checks the tool and its exact version.
# Sourced or run; after it, node_modules/.bin is expected on PATH (scripts/env.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
# The wasm-bindgen CLI must match the crate exactly; Cargo.toml pins it with "=".
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n1)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  rustup component list --installed | grep "^$c" >/dev/null || rustup component add "$c"
done

# Asked of dpkg, and never through `| grep -q`: under pipefail, grep's early
# exit can fail the pipe and make a present tool look missing.
need_apt=()
for pkg in chromium chromium-driver fonts-noto-cjk poppler-utils; do
  [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" = "install ok installed" ] || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" fontconfig >/dev/null
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 8 minutes, once)"
  # Built --locked against scripts/wasm-bindgen-cli.lock: the CLI's own lock
  # file, except webpki-roots 1.0.11, which this registry lacks, at 1.0.10
  # (the CLI only uses it to download test browsers, never here).
  LOCK=scripts/wasm-bindgen-cli.lock
  # After a wasm-bindgen bump, regenerate it: copy the new CLI's Cargo.lock
  # and `cargo update -p CRATE --precise VERSION` each crate the registry lacks.
  if [ "$(sed -n '/^name = "wasm-bindgen-cli"$/{n;p;}' "$LOCK")" != "version = \"$WASM_BINDGEN_VERSION\"" ]; then
    echo "setup: $LOCK is not the lock of wasm-bindgen-cli $WASM_BINDGEN_VERSION: regenerate it" >&2
    exit 1
  fi
  work=$(mktemp -d)
  # A throwaway manifest that names the CLI, so cargo fetches its source.
  mkdir -p "$work/fetch/src"
  printf '[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nwasm-bindgen-cli = "=%s"\n' \
    "$WASM_BINDGEN_VERSION" >"$work/fetch/Cargo.toml"
  : >"$work/fetch/src/lib.rs"
  manifest=$(cargo metadata --manifest-path "$work/fetch/Cargo.toml" --format-version 1 \
    | python3 -c 'import json,sys; print(next(p["manifest_path"] for p in json.load(sys.stdin)["packages"] if p["name"] == "wasm-bindgen-cli"))')
  cp -r "$(dirname "$manifest")" "$work/cli"
  cp "$LOCK" "$work/cli/Cargo.lock"
  cargo install --path "$work/cli" --locked --force
  rm -rf "$work"
fi

# Project-local npm tools: binaryen (wasm-opt), playwright-core, axe-core.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -d node_modules/@axe-core/playwright ] \
   || [ "$(node_modules/.bin/wasm-opt --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  say "installing npm packages (binaryen $BINARYEN_VERSION, playwright-core, axe-core)"
  # No package runs an install script: none of these needs one.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
say "all tools present"
