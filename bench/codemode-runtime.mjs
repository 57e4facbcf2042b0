// codemode as a benchmark subject, in the same shape as the peers' adapters (bench/peer/ and
// bench/peer-utcp/): one host function `bench.echo({ text }) -> { text }`, the library's
// defaults (the in-thread QuickJS sandbox, the journal in memory) and no type-check, since
// neither peer checks types. `npm run build` first.
import { createCodeMode } from "../dist/index.js";

export const ONE_CALL =
  'const r = await bench.echo({ text: "hi" });\nconsole.log(r.text);\nreturn r;';
export const manyCalls = (n) =>
  `let count = 0;\nfor (let i = 0; i < ${n}; i++) { await bench.echo({ text: "x" }); count++; }\nreturn count;`;

export const ECHO_FUNCTIONS = {
  bench: {
    echo: {
      description: "Echo the text back.",
      input: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      execute: async ({ text }) => ({ text }),
    },
  },
};

/** Throws unless `result` completed with `expected` as its value. */
export function check(result, expected) {
  if (result.status !== "completed" || JSON.stringify(result.result) !== JSON.stringify(expected))
    throw new Error(`unexpected result: ${JSON.stringify(result)}`);
}

/** @param {{ maxCalls?: number, options?: object }} [settings] extra createCodeMode options */
export async function createRuntime(settings = {}) {
  const maxCalls = settings.maxCalls ?? 1000;
  const cm = await createCodeMode({
    functions: ECHO_FUNCTIONS,
    typecheck: false,
    limits: { maxToolCalls: maxCalls + 10 },
    ...settings.options,
  });
  return {
    name: "codemode",
    codeMode: cm,
    async runOneCallAndLog() {
      const result = await cm.execute(ONE_CALL);
      check(result, { text: "hi" });
      if (result.logs[0] !== "hi") throw new Error("the log line is missing");
    },
    async runManyCalls(n) {
      check(await cm.execute(manyCalls(n)), n);
    },
    close: () => cm.close(),
  };
}
