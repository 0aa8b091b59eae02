#!/usr/bin/env bash
# Builds the Linux packages from a release build:
#   target/debian/cognito-login_<version>-1_<arch>.deb   (cargo-deb; install with dpkg -i)
#   target/dist/cognito-login-<version>-<arch>-linux.tar.gz   (portable: unpack and run)
# Needs cargo-deb on PATH (`cargo install cargo-deb`; tests/run-all.sh puts one in .tools/cargo).
set -euo pipefail
cd "$(dirname "$0")/../.."
PATH="$PWD/.tools/cargo/bin:$PATH"
cargo deb --locked
version=$(cargo metadata --no-deps --format-version 1 | python3 -c "import json,sys; print(json.load(sys.stdin)['packages'][0]['version'])")
arch=$(uname -m)
name="cognito-login-$version-$arch-linux"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root/share/applications" "$root/share/metainfo" "$root/share/icons/hicolor/scalable/apps"
install -m 755 target/release/cognito-login "$root/cognito-login"
install -m 644 packaging/linux/cognito-login.desktop "$root/share/applications/"
install -m 644 packaging/linux/*.metainfo.xml "$root/share/metainfo/"
install -m 644 assets/icon.svg "$root/share/icons/hicolor/scalable/apps/cognito-login.svg"
for png in assets/icons/*.png; do
  size=$(basename "$png" .png)
  install -D -m 644 "$png" "$root/share/icons/hicolor/${size}x${size}/apps/cognito-login.png"
done
install -m 644 README.md "$root/"
mkdir -p target/dist
tar -C "$stage" -czf "target/dist/$name.tar.gz" "$name"
ls -l target/debian/*.deb "target/dist/$name.tar.gz" | awk '{print $5, $9}'
