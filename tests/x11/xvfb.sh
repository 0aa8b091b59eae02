# Sourced by the window scripts: starts Xvfb on a free display and points DISPLAY and the XDG
# folders at it and at "$work". Sets $xvfb to its process ID for the caller's cleanup.
start_xvfb() {
  # -displayfd picks a free display number (a fixed one can race with another server).
  exec 3>"$work/display"
  Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.05; done
  export DISPLAY=":$(head -n1 "$work/display")"
  export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  unset WAYLAND_DISPLAY
}
