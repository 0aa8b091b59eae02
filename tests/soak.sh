#!/usr/bin/env bash
# Soak test against MiniStack (not part of the test command; it takes a few minutes):
#   1. RUNS headless `cognito-login sign-in` processes in a row (default 1,000), none failing;
#   2. RUNS sign-ins and sign-outs in one process driving the window's core (tests/soak.rs),
#      with its resident memory sampled every 100 rounds.
# usage: bash tests/soak.sh [RUNS] [BINARY]   (BINARY default: target/debug/cognito-login)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000}"
bin="${2:-target/debug/cognito-login}"
bash tests/emulators/install.sh
[ "$bin" = target/debug/cognito-login ] && cargo build --locked --quiet
cargo test --locked --quiet --test soak --no-run
SOAK_RUNS="$runs" SOAK_BIN="$bin" .tools/venv/bin/python tests/emulators/serve.py -- bash -c '
  set -euo pipefail
  read -r endpoint pool client password < <(python3 -c "
import json, os
e = json.load(open(os.environ[\"COGNITO_LOGIN_EMULATORS\"]))[\"ministack\"]
print(e[\"endpoint\"], e[\"pool_id\"], e[\"clients\"][\"plain\"][\"id\"], e[\"password\"])")
  export XDG_CONFIG_HOME=$(mktemp -d)
  start=$(date +%s.%N)
  for i in $(seq 1 "$SOAK_RUNS"); do
    if ! printf "%s\n" "$password" | "$SOAK_BIN" sign-in --endpoint "$endpoint" \
        --pool-id "$pool" --client-id "$client" --username alice --flow password --password-stdin \
        --output id-token >/dev/null 2>"$XDG_CONFIG_HOME/err"; then
      echo "headless run $i failed:" >&2; cat "$XDG_CONFIG_HOME/err" >&2; exit 1
    fi
  done
  awk -v n="$SOAK_RUNS" -v a="$start" -v b="$(date +%s.%N)" \
    "BEGIN {printf \"%d headless sign-ins (USER_PASSWORD_AUTH, MiniStack): none failed, %.1f s, %.1f ms each\n\", n, b - a, (b - a) * 1000 / n}"
  cargo test --locked --quiet --test soak -- --ignored --nocapture 2>&1 | grep -v "^running\|^test result\|^$"
'
