#!/usr/bin/env bash
# Cognito Login without AWS. Installs MiniStack (a Cognito emulator, into .tools/venv), builds
# the app (`cargo build --release`; the first build takes a few minutes), starts MiniStack on a
# free loopback port with a demo user pool, and opens the window on a "Demo (this computer)"
# profile, printing who can sign in. Closing the window stops MiniStack.
#
# usage: bash tests/demo.sh [--no-window] [--details FILE]
#   --no-window     set up and print, then wait until standard input closes (or Ctrl+C)
#   --details FILE  also write the pool, client, users and settings folder to FILE as JSON
# $COGNITO_LOGIN_BIN names an already built app to use instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/emulators/install.sh --python-only
app=${COGNITO_LOGIN_BIN:-}
if [ -z "$app" ]; then
  cargo build --release --locked
  app=target/release/cognito-login
fi
exec .tools/venv/bin/python tests/demo/demo.py "$app" "$@"
