#!/usr/bin/env node
import module from "node:module";
import v8 from "node:v8";

// A one-shot run finishes long before optimised WebAssembly would pay off, and the process
// would wait at exit for those background compilations: keep the engine on its baseline tier.
if (process.argv[2] === "run") v8.setFlagsFromString("--liftoff-only");
// Node 22.1+ caches compiled JavaScript on disk: later starts skip most of the parsing.
module.enableCompileCache?.();
const { main } = await import("../dist/cli-bundle/codemode.js");
const code = await main(process.argv.slice(2));
// Exit as soon as output is flushed, rather than waiting for the engine's teardown.
process.stdout.write("", () => process.exit(code));
