import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type ts from "typescript";
import type { ScriptChecker, ScriptDiagnostic } from "../core/compiler.js";
import { SANDBOX_GLOBALS } from "./sandbox-globals.js";

const SCRIPT = "/script.ts";
const CATALOG = "/catalog.d.ts";
const GLOBALS = "/globals.d.ts";
/** The script becomes the body of an async function on its own first line, so lines stay put. */
const PREFIX = "export {}; async function __codemode_main() {";
const CACHE_SIZE = 256;

/**
 * Type-checks scripts with a TypeScript LanguageService kept warm: the lib and the catalog's
 * declarations are parsed once; each script re-checks only itself. The check is lenient on
 * purpose (no `strict`): it blocks on what would fail at run time against the catalog (an
 * unknown operation, a misspelt or mistyped argument) and on syntax, not on style.
 */
export class TypeScriptChecker implements ScriptChecker {
  private typescript: typeof ts | undefined;
  private service: ts.LanguageService | undefined;
  private declarations = "";
  private declarationsVersion = 0;
  private script = "";
  private scriptVersion = 0;
  private readonly cache = new Map<string, readonly ScriptDiagnostic[]>();
  private readonly libFiles = new Map<string, string>();

  async check(source: string, declarations: string): Promise<readonly ScriptDiagnostic[]> {
    const key = createHash("sha256").update(declarations).update("\0").update(source).digest("hex");
    const cached = this.cache.get(key);
    if (cached) return cached;
    const diagnostics = this.checkNow(source, declarations);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, diagnostics);
    return diagnostics;
  }

  private checkNow(source: string, declarations: string): readonly ScriptDiagnostic[] {
    const typescript = this.load();
    if (declarations !== this.declarations) {
      this.declarations = declarations;
      this.declarationsVersion++;
    }
    this.script = `${PREFIX}${source}\n}`;
    this.scriptVersion++;
    const service = this.languageService(typescript);
    const program = service.getProgram();
    const file = program?.getSourceFile(SCRIPT);
    if (!program || !file) return [];
    const syntactic = service.getSyntacticDiagnostics(SCRIPT);
    const semantic =
      syntactic.length > 0
        ? []
        : service
            .getSemanticDiagnostics(SCRIPT)
            .filter((d) => this.blocks(typescript, program, file, d));
    return [...syntactic, ...semantic]
      .filter((d) => d.category === typescript.DiagnosticCategory.Error && d.start !== undefined)
      .map((d) => this.toDiagnostic(typescript, file, d));
  }

  /** A semantic error blocks the run when it is about the catalog or is a plain reference error. */
  private blocks(
    typescript: typeof ts,
    program: ts.Program,
    file: ts.SourceFile,
    diagnostic: ts.Diagnostic,
  ): boolean {
    if (diagnostic.start === undefined) return false;
    // Cannot find name 'x': would be a ReferenceError at run time.
    if (diagnostic.code === 2304 || diagnostic.code === 2552) return true;
    const checker = program.getTypeChecker();
    let node: ts.Node | undefined = findNode(typescript, file, diagnostic.start);
    for (let depth = 0; node && depth < 8; depth++, node = node.parent) {
      if (typescript.isCallExpression(node)) {
        const declaration = checker.getResolvedSignature(node)?.getDeclaration();
        const callee = checker.getSymbolAtLocation(node.expression);
        const declared =
          declaration?.getSourceFile().fileName ??
          callee?.declarations?.[0]?.getSourceFile().fileName;
        if (declared === CATALOG) return true;
        if (
          node.expression.getStart() <= diagnostic.start &&
          diagnostic.start < node.expression.getEnd()
        )
          continue;
        return false;
      }
      if (typescript.isPropertyAccessExpression(node)) {
        const target = checker.getSymbolAtLocation(node.expression);
        if (target?.declarations?.some((d) => d.getSourceFile().fileName === CATALOG)) return true;
      }
    }
    return false;
  }

  private toDiagnostic(
    typescript: typeof ts,
    file: ts.SourceFile,
    diagnostic: ts.Diagnostic,
  ): ScriptDiagnostic {
    const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const column = line === 0 ? character - PREFIX.length + 1 : character + 1;
    return {
      line: line + 1,
      column: Math.max(1, column),
      message: typescript.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    };
  }

  private load(): typeof ts {
    if (!this.typescript) {
      const require = createRequire(import.meta.url);
      this.typescript = require("typescript") as typeof ts;
    }
    return this.typescript;
  }

  private languageService(typescript: typeof ts): ts.LanguageService {
    if (this.service) return this.service;
    const libDirectory = dirname(createRequire(import.meta.url).resolve("typescript/lib/lib.d.ts"));
    const options: ts.CompilerOptions = {
      target: typescript.ScriptTarget.ES2022,
      module: typescript.ModuleKind.ESNext,
      lib: ["lib.es2023.d.ts"],
      types: [],
      strict: false,
      noImplicitAny: false,
      noEmit: true,
      skipLibCheck: true,
      allowJs: false,
    };
    const files = () => [SCRIPT, CATALOG, GLOBALS];
    const read = (fileName: string): string | undefined => {
      if (fileName === SCRIPT) return this.script;
      if (fileName === CATALOG) return this.declarations;
      if (fileName === GLOBALS) return SANDBOX_GLOBALS;
      const name = fileName.startsWith(libDirectory)
        ? fileName
        : join(libDirectory, fileName.replace(/^\//, ""));
      let text = this.libFiles.get(name);
      if (text === undefined) {
        try {
          text = readFileSync(name, "utf8");
        } catch {
          return undefined;
        }
        this.libFiles.set(name, text);
      }
      return text;
    };
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: files,
      getScriptVersion: (fileName) =>
        fileName === SCRIPT
          ? String(this.scriptVersion)
          : fileName === CATALOG
            ? String(this.declarationsVersion)
            : "1",
      getScriptSnapshot: (fileName) => {
        const text = read(fileName);
        return text === undefined ? undefined : typescript.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => "/",
      getDefaultLibFileName: () => join(libDirectory, "lib.es2023.d.ts"),
      fileExists: (fileName) => read(fileName) !== undefined,
      readFile: read,
    };
    this.service = typescript.createLanguageService(host, typescript.createDocumentRegistry());
    return this.service;
  }
}

function findNode(
  typescript: typeof ts,
  file: ts.SourceFile,
  position: number,
): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getStart(file) <= position && position < node.getEnd()) {
      found = node;
      typescript.forEachChild(node, visit);
    }
  };
  typescript.forEachChild(file, visit);
  return found;
}
