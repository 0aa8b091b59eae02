#!/usr/bin/env bash
# Makes assets/screenshot-tokens.png: the real window under Xvfb, signed in to MiniStack, with
# the ID token's details open. Run it again whenever the token panel changes:
#   bash tests/screenshot.sh
# Needs what `bash tests/run-all.sh` installs, plus xdotool and imagemagick (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${COGNITO_LOGIN_EMULATORS:-}" ]; then
  cargo build --quiet
  exec .tools/venv/bin/python tests/emulators/serve.py -- bash "$0"
fi
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "screenshot: $tool is missing" >&2; exit 1; }
done
read -r endpoint pool client password < <(python3 -c "
import json, os
e = json.load(open(os.environ['COGNITO_LOGIN_EMULATORS']))['ministack']
print(e['endpoint'], e['pool_id'], e['clients']['plain']['id'], e['password'])")
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1000x1100x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
config=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$config"' EXIT
sleep 1
export DISPLAY=$display XDG_CONFIG_HOME=$config
./target/debug/cognito-login --endpoint "$endpoint" --pool-id "$pool" --client-id "$client" \
  --username alice &
app=$!
window=""
for _ in $(seq 50); do
  window=$(xdotool search --name "Cognito Login" 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 0.2
done
[ -n "$window" ] || { echo "screenshot: the window did not appear" >&2; exit 1; }
sleep 1
# No window manager here: focus by clicking into the password field (where the cursor starts).
xdotool windowfocus "$window" 2>/dev/null || true
xdotool mousemove --window "$window" 250 217 click 1
sleep 0.5
xdotool type --delay 15 "$password"
xdotool key Return
sleep 3
# Open the ID token's details (the header's place in the panel as laid out today).
xdotool mousemove --window "$window" 70 310 click 1
sleep 1
import -window "$window" assets/screenshot-tokens.png
echo "screenshot: assets/screenshot-tokens.png"
