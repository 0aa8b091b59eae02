#!/usr/bin/env bash
# Closes the window while a sign-in is waiting on a server that answers a byte a second, and
# checks that the app is gone within a second (nothing may keep the process alive: not the
# request, not the background runtime). Prints the time it took. usage: window-close.sh BINARY
set -euo pipefail
bin="$1"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The slow server: accepts, reads the request, then trickles a byte a second.
python3 - "$work" <<'PY' &
import socket, sys, time, threading
work = sys.argv[1]
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(4)
open(f"{work}/port", "w").write(str(s.getsockname()[1]))
def trickle(c):
    c.recv(65536)
    open(f"{work}/asked", "w").write("yes")
    for b in b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}":
        time.sleep(1)
        c.send(bytes([b]))
while True:
    c, _ = s.accept()
    threading.Thread(target=trickle, args=(c,), daemon=True).start()
PY
server=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.05; done

source "$(dirname "$0")/x11/xvfb.sh"
start_xvfb

# A pool ID, so Auto starts with SRP's InitiateAuth (no password in it): on a server that is
# not Amazon Cognito Auto sends nothing else without the person's yes.
"$bin" --endpoint "http://127.0.0.1:$(cat "$work/port")" --pool-id us-east-1_Close1 \
  --client-id closeclient --username tester >"$work/app.log" 2>&1 &
app=$!
wid=""
for _ in $(seq 200); do
  wid=$(xdotool search --name '^Cognito Login$' 2>/dev/null | head -n1 || true)
  [ -n "$wid" ] && break
  sleep 0.05
done
[ -n "$wid" ] || { echo "window did not appear" >&2; cat "$work/app.log" >&2; exit 1; }
sleep 1
# No window manager gives focus, so take it; focus starts in the empty Password field.
xdotool windowfocus --sync "$wid"
xdotool type --delay 20 "not-a-real-password"
xdotool key Return
for _ in $(seq 100); do [ -e "$work/asked" ] && break; sleep 0.05; done
[ -e "$work/asked" ] || { echo "the sign-in never reached the server" >&2; exit 1; }
sleep 0.5

start=$(date +%s.%N)
python3 "$here/x11/close-window.py" "$wid"
for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.02; done
took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
if kill -0 "$app" 2>/dev/null; then
  echo "the app was still running ${took} s after its window was closed mid-request" >&2
  exit 1
fi
echo "closed mid-request: the app exited ${took} s after the close"
if awk -v t="$took" 'BEGIN {exit !(t > 1.0)}'; then
  echo "that is more than the one second allowed" >&2
  exit 1
fi
echo "window close test: 1 passed, 0 failed"
