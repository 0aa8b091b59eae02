#!/usr/bin/env bash
# Times both release profiles from nothing (an empty target folder each, the crates already
# downloaded), then a second build with nothing changed, then a build after touching one source
# file (what a person editing and re-running pays), and prints the stripped binary's size.
#   release: what `cargo run --release` builds for a person at a checkout
#   dist:    what the packages ship (packaging/linux/build-packages.sh, the release workflow)
# usage: bash tests/bench/build-time.sh [PROFILE...]   (default: release dist)
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo fetch --locked
profiles=("$@")
[ ${#profiles[@]} -eq 0 ] && profiles=(release dist)
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# Seconds with one decimal, from bash's own clock.
timed() {
  local start=$EPOCHREALTIME
  "$@" >"$scratch/log" 2>&1 || { cat "$scratch/log"; return 1; }
  python3 -c "print(f'{$EPOCHREALTIME - $start:.1f}')"
}

for profile in "${profiles[@]}"; do
  target="$scratch/$profile"
  build=(env CARGO_TARGET_DIR="$target" cargo build --profile "$profile" --locked -v)
  clean=$(timed "${build[@]}")
  again=$(timed "${build[@]}")
  if grep -q "Compiling cognito-login\|Running .*build-script-build" "$scratch/log"; then
    echo "$profile: the second build with nothing changed rebuilt the app:" >&2
    grep "cognito-login" "$scratch/log" >&2
    exit 1
  fi
  touch src/lib.rs
  edited=$(timed "${build[@]}")
  size=$(stat -c %s "$target/$profile/cognito-login")
  echo "$profile: clean build ${clean} s, nothing changed ${again} s, after an edit ${edited} s" \
    "on $(nproc) cores; binary ${size} bytes (stripped)"
  rm -rf "$target"
done
