import type ts from "typescript";
import type { ScriptChecker, ScriptDiagnostic } from "../core/compiler.js";
import { SANDBOX_GLOBALS } from "./sandbox-globals.js";
import { typescriptHost } from "./typescript-host.js";

const GLOBALS = "/globals.d.ts";
/** The script becomes the body of an async function on its own first line, so lines stay put. */
const PREFIX = "export {}; async function __codemode_main() {";
const CACHE_SIZE = 256;
let sharedRegistry: ts.DocumentRegistry | undefined;
let checkers = 0;

/**
 * Type-checks scripts with a TypeScript LanguageService kept warm: the lib and the catalog's
 * declarations are parsed once; each script re-checks only itself. The check is lenient on
 * purpose (no `strict`): it blocks on what would fail at run time against the catalog (an
 * unknown operation, a misspelt or mistyped argument) and on syntax, not on style.
 *
 * Several scripts can be checked in one program (`checkMany`): each is a module of its own, so
 * they see nothing of each other, and the types of the lib they use are worked out once for all.
 */
export class TypeScriptChecker implements ScriptChecker {
  private typescript: typeof ts | undefined;
  private service: ts.LanguageService | undefined;
  private declarations = "";
  private declarationsVersion = 0;
  private scripts: string[] = [];
  private scriptsVersion = 0;
  private readonly cache = new Map<string, readonly ScriptDiagnostic[]>();
  private readonly libFiles = new Map<string, string>();
  private readonly keys = new DeclarationsKeys();
  /**
   * Its files' names are its own: checkers share one document registry, which tells documents
   * apart by name and version.
   */
  private readonly folder = `/checker-${++checkers}`;
  private readonly catalog = `${this.folder}/catalog.d.ts`;

  async check(source: string, declarations: string): Promise<readonly ScriptDiagnostic[]> {
    return this.checkMany([source], declarations)[0] ?? [];
  }

  /** Checks each script against the declarations; identical ones come from a cache. */
  checkMany(sources: readonly string[], declarations: string): (readonly ScriptDiagnostic[])[] {
    const declarationsKey = this.keys.of(declarations);
    const keys = sources.map((source) => `${declarationsKey}\0${scriptHash(source)}`);
    const results = keys.map((key) => this.cache.get(key));
    const missing = [...new Set(sources.filter((_, index) => results[index] === undefined))];
    if (missing.length > 0) {
      const checked = this.checkNow(missing, declarations);
      missing.forEach((source, index) => {
        const key = `${declarationsKey}\0${scriptHash(source)}`;
        if (this.cache.size >= CACHE_SIZE)
          this.cache.delete(this.cache.keys().next().value as string);
        this.cache.set(key, checked[index] ?? []);
      });
    }
    return keys.map((key) => this.cache.get(key) ?? []);
  }

  private checkNow(
    sources: readonly string[],
    declarations: string,
  ): (readonly ScriptDiagnostic[])[] {
    const typescript = this.load();
    if (declarations !== this.declarations) {
      this.declarations = declarations;
      this.declarationsVersion++;
    }
    this.scripts = sources.map((source) => `${PREFIX}${source}\n}`);
    this.scriptsVersion++;
    const service = this.languageService(typescript);
    const program = service.getProgram();
    return sources.map((_, index) => {
      const name = this.scriptFile(index);
      const file = program?.getSourceFile(name);
      if (!program || !file) return [];
      const syntactic = service.getSyntacticDiagnostics(name);
      const semantic =
        syntactic.length > 0
          ? []
          : service
              .getSemanticDiagnostics(name)
              .filter((d) => this.blocks(typescript, program, file, d));
      return [...syntactic, ...semantic]
        .filter((d) => d.category === typescript.DiagnosticCategory.Error && d.start !== undefined)
        .map((d) => this.toDiagnostic(typescript, file, d));
    });
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
        if (declared === this.catalog) return true;
        if (
          node.expression.getStart() <= diagnostic.start &&
          diagnostic.start < node.expression.getEnd()
        )
          continue;
        return false;
      }
      if (typescript.isPropertyAccessExpression(node)) {
        const target = checker.getSymbolAtLocation(node.expression);
        if (target?.declarations?.some((d) => d.getSourceFile().fileName === this.catalog))
          return true;
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

  /** Lets go of its documents in the shared registry (a checker no longer used). */
  dispose(): void {
    this.service?.dispose();
    this.service = undefined;
    this.cache.clear();
  }

  private scriptFile(index: number): string {
    return `${this.folder}/script-${index}.ts`;
  }

  private scriptIndex(fileName: string): number | undefined {
    if (!fileName.startsWith(`${this.folder}/script-`)) return undefined;
    const index = Number(fileName.slice(this.folder.length + 8, -3));
    return Number.isInteger(index) ? index : undefined;
  }

  private load(): typeof ts {
    this.typescript ??= typescriptHost.load();
    return this.typescript;
  }

  private languageService(typescript: typeof ts): ts.LanguageService {
    if (this.service) return this.service;
    const libDirectory = typescriptHost.libDirectory();
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
    const files = () => [
      this.catalog,
      GLOBALS,
      ...this.scripts.map((_, index) => this.scriptFile(index)),
    ];
    const read = (fileName: string): string | undefined => {
      const script = this.scriptIndex(fileName);
      if (script !== undefined) return this.scripts[script];
      if (fileName === this.catalog) return this.declarations;
      if (fileName === GLOBALS) return SANDBOX_GLOBALS;
      const name = fileName.startsWith(libDirectory)
        ? fileName
        : `${libDirectory}/${fileName.replace(/^\//, "")}`;
      let text = this.libFiles.get(name);
      if (text === undefined) {
        text = typescriptHost.readLib(name);
        if (text === undefined) return undefined;
        this.libFiles.set(name, text);
      }
      return text;
    };
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: files,
      getScriptVersion: (fileName) =>
        this.scriptIndex(fileName) !== undefined
          ? String(this.scriptsVersion)
          : fileName === this.catalog
            ? String(this.declarationsVersion)
            : "1",
      getScriptSnapshot: (fileName) => {
        const text = read(fileName);
        return text === undefined ? undefined : typescript.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => "/",
      getDefaultLibFileName: () => `${libDirectory}/lib.es2023.d.ts`,
      fileExists: (fileName) => read(fileName) !== undefined,
      readFile: read,
    };
    // One registry for every checker of the process: the lib is parsed once, whatever the catalogs.
    sharedRegistry ??= typescript.createDocumentRegistry();
    this.service = typescript.createLanguageService(host, sharedRegistry);
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

function scriptHash(source: string): string {
  return typescriptHost.hash(source);
}

/**
 * A short key per declarations text, hashed once per distinct text: a catalog's declarations can
 * be megabytes (GitHub's), and every check names them.
 */
export class DeclarationsKeys {
  private last = "";
  private lastKey = "";

  of(declarations: string): string {
    if (declarations !== this.last || this.lastKey === "") {
      this.last = declarations;
      this.lastKey = typescriptHost.hash(declarations).slice(0, 32);
    }
    return this.lastKey;
  }
}
