#!/usr/bin/env bash
# Installs isolated-vm (the optional native addon behind `sandbox: "isolate"`) for one Node major
# into .cache/isolated-vm/node-<major>, outside the project's own dependency tree, and prints the
# folder's node_modules path (for NODE_PATH). Run it with the Node that will load the addon first
# on PATH: the addon's prebuilt binary is chosen for that Node's ABI.
#   bash scripts/install-isolated-vm.sh            # for the `node` on PATH
set -euo pipefail
cd "$(dirname "$0")/.."
major="$(node -p 'process.versions.node.split(".")[0]')"
case "$major" in
  22|23) version="6.2.0" ;;
  24|25) version="7.0.2" ;;
  *) echo "install-isolated-vm: Node ${major} has no isolated-vm build for the isolate sandbox (it needs Node 22 or 24)" >&2; exit 1 ;;
esac
prefix=".cache/isolated-vm/node-${major}"
if [ ! -f "${prefix}/node_modules/isolated-vm/package.json" ] \
  || [ "$(node -p "require('./${prefix}/node_modules/isolated-vm/package.json').version")" != "${version}" ]; then
  mkdir -p "${prefix}"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "${prefix}" "isolated-vm@${version}" >&2
fi
echo "$(pwd)/${prefix}/node_modules"
