import { createRequire } from "node:module";
import { SandboxUnavailableError } from "../../core/errors.js";

/**
 * The part of isolated-vm's API this backend uses. isolated-vm is an optional peer dependency
 * (a native addon the user installs), so its own declarations are not assumed to be present.
 */
export interface IsolatedVm {
  Isolate: new (options: {
    memoryLimit: number;
    onCatastrophicError?: (message: string) => void;
  }) => Isolate;
  Callback: new (fn: (...args: never[]) => unknown) => object;
}

export interface Isolate {
  readonly cpuTime: bigint;
  readonly isDisposed: boolean;
  createContextSync(): Context;
  compileScriptSync(code: string, options?: { filename?: string }): Script;
  dispose(): void;
}

export interface Context {
  evalClosureSync(
    code: string,
    args: unknown[],
    options: { filename: string; result: { reference: true } },
  ): Reference;
  release(): void;
}

export interface Script {
  runSync(context: Context, options: { reference: true }): Reference;
  release(): void;
}

export interface Reference {
  getSync(property: string, options: { reference: true }): Reference;
  derefInto(): object;
  apply(receiver: undefined, args: unknown[], options?: { timeout?: number }): Promise<unknown>;
  applySync(receiver: undefined, args: unknown[], options?: { timeout?: number }): unknown;
  release(): void;
}

const MIN_NODE_MAJOR = 22;
let loaded: IsolatedVm | undefined;

/**
 * Loads isolated-vm the way `require` finds it (the application's node_modules, or NODE_PATH),
 * or says what to install. Loaded once per process.
 */
export function loadIsolatedVm(): IsolatedVm {
  if (loaded) return loaded;
  const major = Number(process.versions.node.split(".")[0]);
  if (major < MIN_NODE_MAJOR)
    throw new SandboxUnavailableError(
      `The "isolate" sandbox needs Node ${MIN_NODE_MAJOR} or later (this is Node ${process.versions.node}): upgrade Node, or leave \`sandbox\` unset to use the default QuickJS sandbox.`,
    );
  try {
    loaded = createRequire(import.meta.url)("isolated-vm") as IsolatedVm;
  } catch (error) {
    throw new SandboxUnavailableError(
      `The "isolate" sandbox needs the optional package isolated-vm, which did not load (${firstLine(error)}): run \`npm install isolated-vm\` (version 6 on Node 22, 7 on Node 24), or leave \`sandbox\` unset to use the default QuickJS sandbox.`,
      { cause: error },
    );
  }
  return loaded;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
