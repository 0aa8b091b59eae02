#!/usr/bin/env bash
# Makes the README's screenshots: the real window under Xvfb, signed in to MiniStack.
#   assets/screenshot-tokens.png, assets/screenshot-wide.png: English, the token panel at the
#     window's opening width (560 px) and at 1280 px;
#   assets/screenshot-ja-form.png, assets/screenshot-ja-error.png, assets/screenshot-ja-tokens.png:
#     Japanese (--lang ja), the form, a wrong password with its hints, the token panel.
# Run it again whenever those screens change:
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
# -noreset: the screen stays up between the windows opened one after another.
Xvfb "$display" -screen 0 1300x1000x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
config=$(mktemp -d)
app=""
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$config"' EXIT
sleep 1
export DISPLAY=$display XDG_CONFIG_HOME=$config

# Opens the window in language $1 and waits for it; sets $app and $window.
open_window() {
  ./target/debug/cognito-login --lang "$1" --endpoint "$endpoint" --pool-id "$pool" \
    --client-id "$client" --username alice &
  app=$!
  window=""
  for _ in $(seq 50); do
    window=$(xdotool search --pid "$app" --name "Cognito Login" 2>/dev/null | head -1 || true)
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
}

# Types password $1, presses Enter and waits for Cognito's answer.
sign_in() {
  xdotool type --delay 15 "$1"
  xdotool key Return
  sleep 3
}

close_window() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
  sleep 0.5
}

open_window en
sign_in "$password"
# The window as it opens (560 px wide), then as wide as a laptop screen: the fields and tokens
# widen with it.
import -window "$window" assets/screenshot-tokens.png
xdotool windowsize --sync "$window" 1280 820 2>/dev/null || xdotool windowsize "$window" 1280 820
sleep 2
import -window "$window" assets/screenshot-wide.png
close_window

open_window ja
sign_in "not-the-password"
import -window "$window" assets/screenshot-ja-error.png
close_window

open_window ja
import -window "$window" assets/screenshot-ja-form.png
sign_in "$password"
import -window "$window" assets/screenshot-ja-tokens.png
close_window
echo "screenshot: assets/screenshot-{tokens,wide,ja-form,ja-error,ja-tokens}.png"
