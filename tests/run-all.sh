#!/usr/bin/env bash
# Runs every test: formatting and lints, unit tests, UI tests (egui_kittest), integration tests
# against three Cognito emulators over real HTTP, and the window under Xvfb. Installs what it
# needs first: Debian packages (as root, only when missing) and the emulators into .tools/.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xwininfo >/dev/null || missing+=(x11-utils)
command -v xauth >/dev/null || missing+=(xauth)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages: ${missing[*]} (install them, or run as root)" >&2
    exit 1
  fi
  echo "== installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "== installing the emulators into .tools/"
bash tests/emulators/install.sh

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo clippy"
cargo clippy --all-targets --locked -- -D warnings

echo "== building"
cargo build --all-targets --locked

echo "== tests (emulators started and stopped by serve.py)"
.tools/venv/bin/python tests/emulators/serve.py -- cargo test --all-targets --locked

echo "== the window under Xvfb"
bash tests/window-smoke.sh target/debug/cognito-login
