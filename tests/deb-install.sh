#!/usr/bin/env bash
# Installs the .deb that packaging/linux/build-packages.sh made, runs the installed app (its
# version, a headless sign-in against moto, the window under Xvfb) and removes it again.
# Needs root (or sudo without a password) for dpkg; without it, says so and skips.
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/as-root.sh
if ! can_be_root; then
  echo "deb install test: skipped (dpkg -i needs root; run the test command as root or with sudo)"
  exit 0
fi
deb=$(ls target/debian/cognito-login_*.deb | head -1)
if dpkg -s cognito-login >/dev/null 2>&1; then
  as_root dpkg -r cognito-login >/dev/null
fi
# dpkg -i leaves missing dependencies unconfigured; apt then fetches them and finishes.
if ! as_root dpkg -i "$deb" >/dev/null 2>&1; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >/dev/null
fi
dpkg -s cognito-login | grep -q '^Status: install ok installed'
test -f /usr/share/applications/cognito-login.desktop
test -f /usr/share/icons/hicolor/256x256/apps/cognito-login.png
/usr/bin/cognito-login --version
.tools/venv/bin/python tests/emulators/serve.py -- bash -c '
  read -r endpoint pool client password < <(python3 -c "
import json, os
e = json.load(open(os.environ[\"COGNITO_LOGIN_EMULATORS\"]))[\"moto\"]
print(e[\"endpoint\"], e[\"pool_id\"], e[\"clients\"][\"plain\"][\"id\"], e[\"password\"])")
  printf "%s\n" "$password" | XDG_CONFIG_HOME=$(mktemp -d) /usr/bin/cognito-login sign-in \
    --endpoint "$endpoint" --pool-id "$pool" --client-id "$client" --username alice \
    --flow password --password-stdin --output id-token | grep -q "^eyJ"'
echo "installed binary: headless sign-in against moto works"
bash tests/window-smoke.sh /usr/bin/cognito-login
as_root dpkg -r cognito-login >/dev/null
test ! -e /usr/bin/cognito-login
echo "deb install test: 1 passed, 0 failed"
