#!/usr/bin/env bash
# The web console's tests drive Debian's headless Chromium through playwright-core (never a
# browser download): install the package when it is missing and this user may.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
else
  echo "ensure-chromium: /usr/bin/chromium is missing and this user cannot install it; run 'apt-get install -y chromium' as root (test/console.test.ts needs it)." >&2
fi
