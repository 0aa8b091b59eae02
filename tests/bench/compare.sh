#!/usr/bin/env bash
# Times cognito-login's headless sign-in against curl, the Python `requests` recipe, the AWS CLI
# and pycognito's SRP, on one MiniStack on 127.0.0.1, and prints medians, ratios and whether the
# budget in BENCHMARKS.md is met. The table also goes to target/bench/compare.md.
#
# usage: bash tests/bench/compare.sh [RUNS] [busy]     (default 50 runs per command)
#
# With "busy", the headless sign-ins and curl are timed beside one CPU-bound loop per core (nice
# 0), as on a machine where builds share the cores; the table goes to target/bench/compare-busy.md.
#
# Installs what it needs: hyperfine and curl from Debian (as root or through sudo, when missing),
# MiniStack (tests/emulators/install.sh), and the AWS CLI, pycognito and requests into
# .tools/bench-venv (git-ignored). Builds the binary it times with the dist profile, as the
# packages ship it.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-50}"
mode="${2:-quiet}"
case "$mode" in
  quiet) report=target/bench/compare.md ;;
  busy) report=target/bench/compare-busy.md ;;
  *) echo "usage: bash tests/bench/compare.sh [RUNS] [busy]" >&2; exit 2 ;;
esac

source tests/as-root.sh
install_debs hyperfine=hyperfine curl=curl

bash tests/emulators/install.sh
# The versions measured in BENCHMARKS.md; boto3 and botocore come with them.
bench_pkgs=("awscli==1.46.3" "pycognito==2024.5.1" "requests==2.34.2")
stamp=".tools/bench-venv/.installed-$(printf '%s ' "${bench_pkgs[@]}" | sha256sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  python3 -m venv .tools/bench-venv
  .tools/bench-venv/bin/pip install --quiet --disable-pip-version-check "${bench_pkgs[@]}"
  touch "$stamp"
fi

cargo build --profile dist --locked
.tools/venv/bin/python tests/emulators/serve.py --only ministack -- \
  .tools/bench-venv/bin/python tests/bench/compare.py \
  target/dist/cognito-login .tools/bench-venv/bin "$runs" "$report" "$mode"
