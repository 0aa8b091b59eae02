#!/usr/bin/env bash
# Runs every test: formatting and lints, the Linux desktop files, unit tests, UI tests
# (egui_kittest), integration tests against three Cognito emulators over real HTTP (and the
# demo, tests/demo.sh, headless), the window under Xvfb, a second build that must compile
# nothing in every checkout layout, the release workflow linted, and the Linux packages: built,
# and the .deb installed, run and removed.
# Installs what it needs first: Debian packages (as root or through sudo, only when missing)
# and the emulators into .tools/.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each phase says how long it took, so slow steps show up in CI logs, and how much disk is left:
# CI's disk is small, and a full one once failed the package build (stop 28).
phase_end() {
  echo "   (${phase_name}: $((SECONDS - phase_start)) s; target/ $(du -sh target 2>/dev/null | cut -f1)," \
    "disk free $(df -h --output=avail . | tail -1 | tr -d ' '))"
}
phase() {
  if [ -n "${phase_name:-}" ]; then phase_end; fi
  phase_name="$1"
  phase_start=$SECONDS
  echo "== $1"
}

# xdotool types into the real window; `script` gives the prompt test a terminal.
source tests/as-root.sh
install_debs Xvfb=xvfb xwininfo=x11-utils xauth=xauth xdotool=xdotool script=bsdutils \
  desktop-file-validate=desktop-file-utils appstreamcli=appstream \
  gnome-keyring-daemon=gnome-keyring dbus-run-session=dbus-daemon secret-tool=libsecret-tools

phase "installing the emulators into .tools/"
bash tests/emulators/install.sh

phase "cargo fmt --check"
cargo fmt --all -- --check

phase "the desktop entry, the AppStream metainfo and the release workflow"
desktop-file-validate packaging/linux/cognito-login.desktop
appstreamcli validate --no-net packaging/linux/*.metainfo.xml
node tests/lint-workflows.cjs

phase "cargo clippy"
cargo clippy --all-targets --locked -- -D warnings

phase "building"
cargo build --all-targets --locked

phase "tests (emulators started and stopped by serve.py)"
# Inside a private D-Bus session with gnome-keyring-daemon (tests/keychain_secret_service.rs).
.tools/venv/bin/python tests/emulators/serve.py -- \
  bash tests/keychain/with-secret-service.sh cargo test --all-targets --locked

phase "the window under Xvfb"
bash tests/window-smoke.sh target/debug/cognito-login
bash tests/window-close.sh target/debug/cognito-login

# After the window tests: it shares target/ and leaves target/debug/cognito-login rebuilt from
# a copy of the tree.
phase "a build with nothing changed compiles nothing (archive, clones, worktree)"
bash tests/build-stays-built.sh

phase "Linux packages (.deb and .tar.gz, from a build with the dist profile)"
if [ ! -x .tools/cargo/bin/cargo-deb ]; then
  cargo install --quiet --locked --root .tools/cargo cargo-deb@3.8.0
fi
bash packaging/linux/build-packages.sh

phase "the installed .deb"
bash tests/deb-install.sh
phase_end
