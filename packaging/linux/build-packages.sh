#!/usr/bin/env bash
# Builds the Linux packages from a build with the dist profile (Cargo.toml: size first):
#   target/debian/cognito-login_<version>-1_<arch>.deb   (cargo-deb; install with dpkg -i)
#   target/dist/cognito-login-<version>-<arch>-linux.tar.gz   (portable: unpack and run)
# Needs cargo-deb on PATH (`cargo install cargo-deb`; tests/run-all.sh puts one in .tools/cargo).
set -euo pipefail
cd "$(dirname "$0")/../.."
PATH="$PWD/.tools/cargo/bin:$PATH"
# cargo-deb builds with the profile given and reads the binary from that profile's folder
# (the `target/release/` of the assets list in Cargo.toml stands for it).
cargo deb --locked --profile dist
version=$(cargo metadata --no-deps --format-version 1 | python3 -c "import json,sys; print(json.load(sys.stdin)['packages'][0]['version'])")
arch=$(uname -m)
name="cognito-login-$version-$arch-linux"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root/share/applications" "$root/share/metainfo" "$root/share/icons/hicolor/scalable/apps"
install -m 755 target/dist/cognito-login "$root/cognito-login"
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
# The .deb must carry the dist binary, not an older release build that happens to be there.
# cargo-deb strips it once more (the .comment section), so the GNU build IDs are compared.
deb=$(ls -t target/debian/cognito-login_*.deb | head -1)
build_id() { readelf -n "$1" | awk '/Build ID/ {print $3}'; }
packed="$stage/packed-binary"
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/cognito-login >"$packed"
if [ -z "$(build_id target/dist/cognito-login)" ] ||
  [ "$(build_id "$packed")" != "$(build_id target/dist/cognito-login)" ]; then
  echo "the .deb does not hold target/dist/cognito-login" >&2
  exit 1
fi
rm "$packed"
ls -l "$deb" "target/dist/$name.tar.gz" | awk '{print $5, $9}'
echo "binary: $(stat -c %s target/dist/cognito-login) bytes (stripped, dist profile)"
