// What the contract suites import from "vitest", for a page: they register their tests here, the
// page runs them, and a Node test reads the report. `expect` is vitest's own (@vitest/expect on
// chai), so the suites' assertions mean what they mean in Node.
import {
  chai,
  type ExpectStatic,
  GLOBAL_EXPECT,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  setState,
} from "@vitest/expect";

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);

type Hook = () => unknown;
interface Block {
  name: string;
  tests: { name: string; run: Hook }[];
  blocks: Block[];
  beforeAll: Hook[];
  afterAll: Hook[];
  beforeEach: Hook[];
  afterEach: Hook[];
}

const newBlock = (name: string): Block => ({
  name,
  tests: [],
  blocks: [],
  beforeAll: [],
  afterAll: [],
  beforeEach: [],
  afterEach: [],
});
const root = newBlock("");
let current = root;

export const expect = ((value: unknown, message?: string) =>
  chai.expect(value, message)) as unknown as ExpectStatic;
Object.assign(expect, chai.expect);
setState(
  {
    assertionCalls: 0,
    isExpectingAssertions: false,
    isExpectingAssertionsError: null,
    expectedAssertionsNumber: null,
    expectedAssertionsNumberErrorGen: null,
  },
  expect,
);
(globalThis as Record<symbol, unknown>)[GLOBAL_EXPECT] = expect;

export function describe(name: string, body: () => void): void {
  const parent = current;
  const block = newBlock(name);
  parent.blocks.push(block);
  current = block;
  try {
    body();
  } finally {
    current = parent;
  }
}
export function it(name: string, run: Hook): void {
  current.tests.push({ name, run });
}
export const test = it;
export const beforeAll = (hook: Hook) => current.beforeAll.push(hook);
export const afterAll = (hook: Hook) => current.afterAll.push(hook);
export const beforeEach = (hook: Hook) => current.beforeEach.push(hook);
export const afterEach = (hook: Hook) => current.afterEach.push(hook);

export interface SuiteReport {
  passed: string[];
  failed: { name: string; error: string }[];
}

/** Runs every registered test, in order, with its hooks; whatever fails is reported, not thrown. */
export async function runRegistered(): Promise<SuiteReport> {
  const report: SuiteReport = { passed: [], failed: [] };
  const run = async (block: Block, path: string[], each: { before: Hook[]; after: Hook[] }) => {
    const names = block.name ? [...path, block.name] : path;
    const hooks = {
      before: [...each.before, ...block.beforeEach],
      after: [...block.afterEach, ...each.after],
    };
    try {
      for (const hook of block.beforeAll) await hook();
    } catch (error) {
      report.failed.push({ name: `${names.join(" > ")} (beforeAll)`, error: String(error) });
      return;
    }
    for (const test of block.tests) {
      const name = [...names, test.name].join(" > ");
      try {
        for (const hook of hooks.before) await hook();
        try {
          await test.run();
        } finally {
          for (const hook of hooks.after) await hook();
        }
        report.passed.push(name);
      } catch (error) {
        report.failed.push({
          name,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
      }
    }
    for (const child of block.blocks) await run(child, names, hooks);
    for (const hook of block.afterAll) await hook();
  };
  await run(root, [], { before: [], after: [] });
  return report;
}
