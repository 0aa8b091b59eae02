#!/usr/bin/env bash
# Runs each fuzz target for a while (default 300 s each) and prints how many inputs it tried.
# Needs a nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly --profile minimal && cargo install cargo-fuzz --locked
# usage: tests/fuzz/run.sh [SECONDS] [TARGET...]   (targets: answer error jwt profile_file)
# New inputs go to tests/fuzz/corpus/<target> (ignored by git); the committed seeds stay in
# tests/fuzz/seeds/<target>. A crash leaves its input in tests/fuzz/artifacts/<target>.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-300}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(answer error jwt profile_file)
for target in "${targets[@]}"; do
  mkdir -p "tests/fuzz/corpus/$target"
  log="tests/fuzz/corpus/$target.log"
  cargo +nightly fuzz run --fuzz-dir tests/fuzz "$target" \
    "tests/fuzz/corpus/$target" "tests/fuzz/seeds/$target" \
    -- -max_total_time="$seconds" -max_len=65536 2>"$log" || { tail -n 40 "$log"; exit 1; }
  runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -n 1 | grep -o '[0-9]*' || echo '?')
  echo "$target: $runs inputs in $seconds s, no crash; corpus $(ls "tests/fuzz/corpus/$target" | wc -l) entries"
done
