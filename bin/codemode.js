#!/usr/bin/env node
import module from "node:module";

// Node 22.1+ caches compiled code on disk: later starts skip most of the parsing.
module.enableCompileCache?.();
const { main } = await import("../dist/cli/main.js");
const code = await main(process.argv.slice(2));
// Exit as soon as output is flushed, rather than waiting for the engine's teardown.
process.stdout.write("", () => process.exit(code));
