#!/usr/bin/env bash
# Installs the Cognito emulators the integration tests run against into .tools/ (git-ignored):
# moto and MiniStack into a Python venv, cognito-local into node_modules. Versions are pinned
# to the ones measured in ../shared/docs/cognito-emulators.md. Re-running is cheap: a stamp
# file per tool records what was installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/.tools"
mkdir -p "$tools"

py_pkgs=("moto[cognitoidp]==5.2.5" "flask" "flask-cors" "ministack==1.5.33" "cryptography" "boto3")
py_stamp="$tools/venv/.installed-$(printf '%s ' "${py_pkgs[@]}" | sha256sum | cut -c1-12)"
if [ ! -f "$py_stamp" ]; then
  python3 -m venv "$tools/venv"
  "$tools/venv/bin/pip" install --quiet --disable-pip-version-check "${py_pkgs[@]}"
  touch "$py_stamp"
fi

node_pkg="cognito-local@5.3.0"
if [ ! -f "$tools/node/.installed-$node_pkg" ]; then
  mkdir -p "$tools/node"
  (cd "$tools/node" && npm install --silent --no-audit --no-fund --no-save "$node_pkg" >/dev/null)
  touch "$tools/node/.installed-$node_pkg"
fi
