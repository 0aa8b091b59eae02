#!/usr/bin/env bash
# Runs a command with a real Secret Service to talk to: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon's secrets component on it, its login keyring
# created and unlocked with a throwaway password, so the `default` collection exists and is
# open. The daemon keeps its files in a temporary folder, never in the real home: no keyring of
# the person running this is read or touched. Needs no display.
#
# The bus has its own configuration: no service is ever started on demand. (The standard session
# bus would start a second gnome-keyring-daemon, with the real home, for the first call that
# races ours, and gcr-prompter for any prompt.) Its socket is in the temporary folder too.
#
# The command gets DBUS_SESSION_BUS_ADDRESS (set by dbus-run-session) and
# COGNITO_LOGIN_TEST_SECRET_SERVICE, the daemon's private home folder (its keyring files are in
# .local/share/keyrings/ there): tests/keychain_secret_service.rs fails under CI without it.
# Nothing else of the command's environment changes (HOME stays, so cargo and rustup work).
#
# usage: with-secret-service.sh COMMAND [ARGS...]   exits with COMMAND's status
# Needs gnome-keyring-daemon (Debian: gnome-keyring), dbus-run-session and dbus-send
# (dbus-daemon, which brings dbus-bin).
set -euo pipefail

die() {
  echo "with-secret-service.sh: $*" >&2
  exit 1
}

# A method call to the secrets service, its answer printed plainly.
secrets_call() {
  dbus-send --session --print-reply=literal --reply-timeout=2000 \
    --dest=org.freedesktop.secrets "$@" 2>/dev/null
}

# Polls (5 s at most) until the `default` alias names an unlocked collection.
wait_for_default_collection() {
  local daemon=$1 collection
  for _ in $(seq 100); do
    collection=$(secrets_call /org/freedesktop/secrets \
      org.freedesktop.Secret.Service.ReadAlias string:default | tr -d ' ') || collection=/
    if [ -n "$collection" ] && [ "$collection" != / ] &&
      secrets_call "$collection" org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked | grep -q false; then
      return 0
    fi
    kill -0 "$daemon" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

# Inside the private bus: start the daemon, wait for it, run the command, stop the daemon.
if [ "${1:-}" = --inside-bus ]; then
  shift
  home=$COGNITO_LOGIN_TEST_SECRET_SERVICE
  log=$home/../daemon.log
  # A login keyring is only created for a non-empty password (an empty one asks a prompter);
  # it is encrypted with it, so no stored secret is plaintext on disk.
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  env HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/../run" \
    gnome-keyring-daemon --foreground --unlock --components=secrets \
    <<<"$password" >"$log" 2>&1 &
  daemon=$!
  unset password
  trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true' EXIT
  if ! wait_for_default_collection "$daemon"; then
    echo "with-secret-service.sh: gnome-keyring-daemon gave no unlocked default collection; its log:" >&2
    cat "$log" >&2
    exit 1
  fi
  echo "   (Secret Service up in $((($(date +%s%N) - COGNITO_LOGIN_TEST_SECRET_SERVICE_T0) / 1000000)) ms)" >&2
  unset COGNITO_LOGIN_TEST_SECRET_SERVICE_T0
  status=0
  "$@" || status=$?
  exit "$status"
fi

[ $# -gt 0 ] || die "usage: with-secret-service.sh COMMAND [ARGS...]"
for tool in gnome-keyring-daemon dbus-run-session dbus-send; do
  command -v "$tool" >/dev/null || die "$tool is missing (Debian: gnome-keyring, dbus-daemon)"
done

export COGNITO_LOGIN_TEST_SECRET_SERVICE_T0
COGNITO_LOGIN_TEST_SECRET_SERVICE_T0=$(date +%s%N)
dir=$(mktemp -d "${TMPDIR:-/tmp}/cognito-login-keyring.XXXXXX")
# Runs after dbus-run-session has returned: the inner shell has stopped the daemon by then, and
# the bus is gone.
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$dir/home" "$dir/run"
chmod 700 "$dir" "$dir/run"
cat >"$dir/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$dir/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
export COGNITO_LOGIN_TEST_SECRET_SERVICE=$dir/home
status=0
dbus-run-session --config-file="$dir/bus.conf" -- bash "$0" --inside-bus "$@" || status=$?
exit "$status"
