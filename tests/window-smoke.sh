#!/usr/bin/env bash
# Opens the real window under Xvfb and checks that it maps with the right title, that it
# stays up, and that it is idle when nothing changes (no continuous repaint). Prints what it
# measured. usage: window-smoke.sh BINARY [SCREENSHOT.png]
set -euo pipefail
bin="$1"
shot="${2:-}"
work="$(mktemp -d)"
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

source "$(dirname "$0")/x11/xvfb.sh"
start_xvfb

start=$(date +%s.%N)
"$bin" --region eu-west-1 --client-id smokeclient --username tester >"$work/app.log" 2>&1 &
app=$!
mapped=""
for _ in $(seq 200); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Cognito Login"'; then mapped=yes; break; fi
  kill -0 "$app" 2>/dev/null || break
  sleep 0.05
done
if [ -z "$mapped" ]; then
  echo "window did not appear; app log:" >&2
  cat "$work/app.log" >&2
  exit 1
fi
echo "window mapped after $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}') s"
sleep 2  # let the first frames and font loading settle

ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks); sleep 5; after=$(ticks)
cpu=$(awk -v t=$((after - before)) -v hz="$hz" 'BEGIN {printf "%.1f", t * 100 / hz / 5}')
rss=$(awk '/VmRSS/ {print $2}' "/proc/$app/status")
echo "idle CPU over 5 s: ${cpu}% of one core; RSS ${rss} kB"
[ -n "$shot" ] && command -v import >/dev/null && import -window root "$shot" && echo "screenshot: $shot"
kill -0 "$app" 2>/dev/null || { echo "the app exited:" >&2; cat "$work/app.log" >&2; exit 1; }
# Continuous repainting on llvmpipe costs tens of percent of a core; idle egui costs ~0.
if awk -v c="$cpu" 'BEGIN {exit !(c > 20)}'; then
  echo "the window keeps repainting while idle" >&2
  exit 1
fi
echo "window smoke test: 1 passed, 0 failed"
