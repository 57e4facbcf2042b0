import { transform } from "sucrase";
import type { ScriptTranspiler } from "../core/compiler.js";
import { ScriptCompileError } from "../core/errors.js";

const POSITION = /\((\d+):(\d+)\)\s*$/;
const IMPORT = /^\s*import\s*(?:[\w*{}\s,$]+\s+from\s+)?["']/m;

/**
 * TypeScript → JavaScript with sucrase: fast to load and run, and it keeps every line where it
 * was, so the sandbox's line numbers are the model's.
 */
export const sucraseTranspiler: ScriptTranspiler = {
  transpile(source: string): string {
    const importLine = IMPORT.exec(source);
    if (importLine) {
      const line =
        source.slice(0, importLine.index).split("\n").length +
        (importLine[0].startsWith("\n") ? 1 : 0);
      throw new ScriptCompileError("syntax_error", [
        {
          line,
          column: 1,
          message:
            "import is not available in the sandbox: every API is already a global (see describe).",
        },
      ]);
    }
    try {
      return transform(source, { transforms: ["typescript"], disableESTransforms: true }).code;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = POSITION.exec(message);
      throw new ScriptCompileError("syntax_error", [
        {
          line: position ? Number(position[1]) : 1,
          ...(position ? { column: Number(position[2]) } : {}),
          message: message.replace(POSITION, "").trim(),
        },
      ]);
    }
  },
};
