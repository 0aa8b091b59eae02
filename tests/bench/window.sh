#!/usr/bin/env bash
# The window's figures under Xvfb: launch → first frame, idle CPU and frames with and without a
# countdown, resident memory after a real sign-in against MiniStack, and the binary's size.
# The table also goes to target/bench/window.md, with a screenshot of the signed-in window.
#
# usage: bash tests/bench/window.sh [LAUNCHES]     (default 20 launches timed)
#
# Installs Xvfb, xdotool and imagemagick from Debian when missing (as root or through sudo) and
# MiniStack (tests/emulators/install.sh). Builds the binary it measures with the dist profile,
# as the packages ship it.
set -euo pipefail
cd "$(dirname "$0")/../.."
launches="${1:-20}"

source tests/as-root.sh
install_debs Xvfb=xvfb xdotool=xdotool import=imagemagick

bash tests/emulators/install.sh
cargo build --profile dist --locked
mkdir -p target/bench
.tools/venv/bin/python tests/emulators/serve.py --only ministack -- \
  python3 tests/bench/window.py target/dist/cognito-login "$launches" target/bench/window.md
