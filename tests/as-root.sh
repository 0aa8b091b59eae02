# Sourced by the test scripts: run a command as root — directly when we are root, through sudo
# when it needs no password (a CI runner, a developer's machine set up so), else not at all.
can_be_root() {
  [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null
}
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}
