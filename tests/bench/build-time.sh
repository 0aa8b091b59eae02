#!/usr/bin/env bash
# Times a clean release build (an empty target folder, the crates already downloaded) and prints
# the stripped binary's size. usage: bash tests/bench/build-time.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo fetch --locked
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
start=$SECONDS
CARGO_TARGET_DIR="$scratch" cargo build --release --locked
took=$((SECONDS - start))
size=$(stat -c %s "$scratch/release/cognito-login")
echo "clean release build: ${took} s on $(nproc) cores; binary ${size} bytes (stripped)"
