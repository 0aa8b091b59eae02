#!/usr/bin/env bash
# Times `cognito-login token` with a cached token and with a refresh, against the AWS CLI and
# curl, on MiniStack with the refresh token in a real Secret Service; prints medians and
# whether issue 18's budget is met (tests/bench/token.py). The table also goes to
# target/bench/token.md.
#
# usage: bash tests/bench/token.sh [RUNS]     (default 50 runs per command)
#
# Installs what it needs, as compare.sh does (hyperfine, curl, MiniStack, the AWS CLI), and
# builds the binary it times with the dist profile, as the packages ship it.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-50}"

source tests/as-root.sh
install_debs hyperfine=hyperfine curl=curl gnome-keyring-daemon=gnome-keyring \
  dbus-run-session=dbus-daemon
# The AWS CLI comes with the emulators' venv (tests/aws_cli.rs runs it too).
bash tests/emulators/install.sh --python-only

cargo build --profile dist --locked
.tools/venv/bin/python tests/emulators/serve.py -- \
  bash tests/keychain/with-secret-service.sh \
  .tools/venv/bin/python tests/bench/token.py \
  target/dist/cognito-login .tools/venv/bin "$runs" target/bench/token.md
