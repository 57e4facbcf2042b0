import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";

const OPTIONS: ts.CompilerOptions = {
  noEmit: true,
  strict: true,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts"],
  types: [],
  skipDefaultLibCheck: true,
};

const libDirectory = dirname(ts.getDefaultLibFilePath(OPTIONS));
const libCache = new Map<string, ts.SourceFile>();

/**
 * Type-checks in-memory files (`name → text`, `.ts` so they are checked, not skipped as libs) with
 * `strict` and `lib.es2022`, and returns the diagnostics as `file:line: message` strings.
 *
 * @example
 * expect(compileDiagnostics({ "types.ts": renderDeclarations(ops) })).toEqual([]);
 */
export function compileDiagnostics(files: Record<string, string>): string[] {
  const host: ts.CompilerHost = {
    getSourceFile(fileName, languageVersion) {
      if (Object.hasOwn(files, fileName)) {
        return ts.createSourceFile(fileName, files[fileName] as string, languageVersion, true);
      }
      const cached = libCache.get(fileName);
      if (cached) return cached;
      const path = join(libDirectory, fileName.replace(/^.*[\\/]/, ""));
      const source = ts.createSourceFile(fileName, readFileSync(path, "utf8"), languageVersion);
      libCache.set(fileName, source);
      return source;
    },
    getDefaultLibFileName: () => join(libDirectory, "lib.es2022.d.ts"),
    writeFile: () => {},
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (fileName) => fileName,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (fileName) => Object.hasOwn(files, fileName) || libExists(fileName),
    readFile: (fileName) => files[fileName],
  };
  const program = ts.createProgram({ rootNames: Object.keys(files), options: OPTIONS, host });
  return ts.getPreEmitDiagnostics(program).map(formatDiagnostic);
}

function libExists(fileName: string): boolean {
  try {
    readFileSync(join(libDirectory, fileName.replace(/^.*[\\/]/, "")));
    return true;
  } catch {
    return false;
  }
}

function formatDiagnostic(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const text = diagnostic.file.text.split("\n")[line]?.trim().slice(0, 200);
  return `${diagnostic.file.fileName}:${line + 1}: ${message}\n    ${text}`;
}
