// Lets Node 20+ run the TypeScript examples that are Node programs (examples/agent.ts):
//   node --import ./scripts/register-typescript.mjs examples/agent.ts
// Types are stripped with sucrase, as codemode strips the scripts it runs; nothing is checked
// (`npm run typecheck` does that). Node 22.18+ can also run such a file itself.
import { register } from "node:module";

register("./typescript-hooks.mjs", import.meta.url);
