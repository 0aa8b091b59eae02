#!/usr/bin/env bash
# Makes assets/screenshot-tokens.png and assets/screenshot-wide.png: the real window under Xvfb,
# signed in to MiniStack, at its opening width (560 px) and at 1280 px. Run it again whenever the token panel changes:
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
Xvfb "$display" -screen 0 1300x1000x24 -nolisten tcp >/dev/null 2>&1 &
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
# No window manager here: the window takes the keyboard through X, and the app has put the
# cursor in the password field (the first empty one), so typing needs no click at a place
# that moves whenever the form does.
xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
sleep 0.5
xdotool type --delay 15 "$password"
xdotool key Return
sleep 3
# The window as it opens (560 px wide), then as wide as a laptop screen: the fields and tokens
# widen with it.
import -window "$window" assets/screenshot-tokens.png
xdotool windowsize --sync "$window" 1280 820 2>/dev/null || xdotool windowsize "$window" 1280 820
sleep 2
import -window "$window" assets/screenshot-wide.png
echo "screenshot: assets/screenshot-tokens.png assets/screenshot-wide.png"
