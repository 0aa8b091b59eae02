# Sourced by the test scripts: run a command as root — directly when we are root, through sudo
# when it needs no password (a CI runner, a developer's machine set up so), else not at all.
can_be_root() {
  [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null
}
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}
# Installs from Debian what is missing: each argument is COMMAND=PACKAGE, and PACKAGE is
# installed when COMMAND is not found. Without root or sudo, says what is missing and fails.
install_debs() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%=*}" >/dev/null || missing+=("${pair#*=}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! can_be_root; then
    echo "missing Debian packages: ${missing[*]} (install them, or run as root or with sudo)" >&2
    return 1
  fi
  echo "== installing ${missing[*]} from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
