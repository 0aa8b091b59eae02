# Sourced by the test scripts: run a command as root — directly when we are root, through sudo
# when it needs no password (a CI runner, a developer's machine set up so), else not at all.
can_be_root() {
  [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null
}
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}
# Installs the Debian packages named (none: nothing to do), or says which are missing and fails.
install_debs() {
  [ $# -eq 0 ] && return 0
  if ! can_be_root; then
    echo "missing Debian packages: $* (install them, or run as root or with sudo)" >&2
    return 1
  fi
  echo "== installing $* from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
