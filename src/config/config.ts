import { z } from "zod";
import { APPROVAL_MODES } from "../core/approval-policy.js";
import { ConfigError } from "../core/errors.js";

const limitsSchema = z
  .object({
    timeoutMs: z.number().int().positive(),
    cpuMs: z.number().int().positive(),
    memoryMb: z.number().int().min(8).max(4096),
    maxToolCalls: z.number().int().positive(),
    maxOutputChars: z.number().int().min(100),
    maxCallBytes: z.number().int().min(1024),
    yieldAfterMs: z.number().int().min(0),
    maxRefChars: z.number().int().min(0),
    maxEmittedChars: z.number().int().min(0),
  })
  .partial()
  .strict();

const stringRecord = z.record(z.string(), z.string());

const privacySchema = z
  .object({
    /** Built-in kinds: email, phone, card, iban, ip. */
    tokenize: z.array(z.string()).optional(),
    /** More kinds, each a regular expression: `{ "employee": "E\\d{6}" }`. */
    patterns: stringRecord.optional(),
    /** Where phone numbers written without a country code are from (`"US"`). */
    phoneRegion: z.string().length(2).optional(),
  })
  .strict();

const stdioServerSchema = z
  .object({
    command: z.string().min(1),
    args: z.array(z.string()).optional(),
    env: stringRecord.optional(),
    cwd: z.string().optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict();

/** A URL, or a string that becomes one once its `${env:NAME}` references are resolved on the host. */
const serverUrl = z
  .string()
  .refine((value) => value.includes(`\${env:`) || z.url().safeParse(value).success, {
    message: `give a URL such as http://127.0.0.1:3001/mcp (it may use \${env:NAME})`,
  });

const httpServerSchema = z
  .object({
    url: serverUrl,
    headers: stringRecord.optional(),
    transport: z.enum(["streamable-http", "sse"]).optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict();

const openApiServerSchema = z
  .object({
    openapi: z.string().min(1),
    baseUrl: z.url().optional(),
    headers: stringRecord.optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict();

const serverSchema = z.unknown().transform((value, context) => {
  const kind =
    typeof value === "object" && value !== null
      ? "command" in value
        ? stdioServerSchema
        : "url" in value
          ? httpServerSchema
          : "openapi" in value
            ? openApiServerSchema
            : undefined
      : undefined;
  if (!kind) {
    context.addIssue({
      code: "custom",
      message:
        "give `command` (an MCP server started over stdio), `url` (an MCP server over HTTP) or `openapi` (an OpenAPI document)",
    });
    return z.NEVER;
  }
  const parsed = kind.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const message =
        issue.code === "unrecognized_keys"
          ? `unknown key ${issue.keys.map((key) => `"${key}"`).join(", ")}. Remove it or check its spelling`
          : issue.message;
      context.addIssue({ code: "custom", message, path: issue.path });
    }
    return z.NEVER;
  }
  return parsed.data;
});

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    servers: z.record(z.string(), serverSchema).optional(),
    /** The key MCP clients use; accepted so their configs can be pasted in. */
    mcpServers: z.record(z.string(), serverSchema).optional(),
    approval: z
      .object({
        require: z.array(z.string()).optional(),
        allow: z.array(z.string()).optional(),
        /** Calls that never run: the script gets a ToolError naming the rule. */
        block: z.array(z.string()).optional(),
        mode: z.enum(APPROVAL_MODES).optional(),
        /** Accepted from before `mode`: its meaning is now the default. */
        strict: z.boolean().optional(),
        /** A pending approval nobody decides expires (its execution becomes `rejected`) after this. */
        expireAfterMs: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /**
     * How to undo an operation on rollback: `"ns.name": { call: "ns.other", args: {...} }`, where an
     * argument value `"$args.x"` or `"$result.y.z"` is taken from the original call.
     */
    compensations: z
      .record(
        z.string().regex(/^[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*$/, "a path such as ns.name"),
        z
          .object({
            call: z
              .string()
              .regex(/^[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*$/, "give a path such as ns.name"),
            args: z.record(z.string(), z.unknown()).optional(),
          })
          .strict(),
      )
      .optional(),
    store: z.string().min(1).optional(),
    retention: z
      .object({
        /** Finished executions kept (newest first). */
        maxExecutions: z.number().int().positive().optional(),
        /** Finished executions older than this many days are deleted. */
        maxAgeDays: z.number().positive().optional(),
      })
      .strict()
      .optional(),
    limits: limitsSchema.optional(),
    /** How `search` ranks: an embeddings API to rank by meaning beside words; WordNet on or off. */
    search: z
      .object({
        /** `"offline"`: the packaged sentence encoder, in-process (an optional install). */
        embed: z
          .union(
            [
              z.literal("offline"),
              z
                .object({
                  provider: z.literal("openai"),
                  model: z.string().min(1),
                  /** Usually `${env:OPENAI_API_KEY}`. */
                  apiKey: z.string().optional(),
                  baseURL: z.string().url().optional(),
                  dimensions: z.number().int().positive().optional(),
                })
                .strict(),
            ],
            {
              error:
                'expected "offline" (the packaged sentence encoder) or an embeddings API: { "provider": "openai", "model": … }',
            },
          )
          .optional(),
        wordnet: z.boolean().optional(),
      })
      .strict()
      .optional(),
    typecheck: z.boolean().optional(),
    /** The sandbox backend: "quickjs" (WASM, default) or "isolate" (V8 through isolated-vm). */
    sandbox: z.enum(["quickjs", "isolate"]).optional(),
    /** Personal data the model sees as tokens (`[email_3]`), replaced back in calls' arguments. */
    privacy: privacySchema.optional(),
    /** Any source that fails to load is an error at start (for CI and scripted use). */
    strict: z.boolean().optional(),
    /** Saved scripts: `trust: "auto"` approves a model's drafts at once (default `"review"`). */
    scripts: z
      .object({ trust: z.enum(["review", "auto"]).optional() })
      .strict()
      .optional(),
    /** A folder of Agent Skills: one folder per skill with a SKILL.md. */
    skills: z.string().min(1).optional(),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type StdioServerConfig = z.infer<typeof stdioServerSchema>;
export type HttpServerConfig = z.infer<typeof httpServerSchema>;
export type OpenApiServerConfig = z.infer<typeof openApiServerSchema>;
export type ServerConfig = StdioServerConfig | HttpServerConfig | OpenApiServerConfig;

/**
 * Validates a config object. Throws `ConfigError` naming the first wrong key and what to do.
 *
 * @example
 * parseConfig({ limits: { timeoutMs: 5000 } }, "codemode.config.json");
 */
export function parseConfig(input: unknown, source = "config"): Config {
  const parsed = safeParseConfig(input, source);
  if (!parsed.success) throw parsed.error;
  return parsed.value;
}

export function safeParseConfig(
  input: unknown,
  source = "config",
): { success: true; value: Config } | { success: false; error: ConfigError } {
  const parsed = configSchema.safeParse(input);
  if (parsed.success) {
    const both = parsed.data.servers && parsed.data.mcpServers;
    if (both) {
      for (const key of Object.keys(parsed.data.mcpServers ?? {})) {
        if (key in (parsed.data.servers ?? {})) {
          return {
            success: false,
            error: new ConfigError(
              `${source}: "${key}" is in both servers and mcpServers; keep one.`,
            ),
          };
        }
      }
    }
    return { success: true, value: parsed.data };
  }
  let issue = parsed.error.issues[0];
  // A value that may be a word or an object (search.embed): the object's own issue says more.
  if (issue?.code === "invalid_union") {
    const deepest = issue.errors.flat().sort((a, b) => b.path.length - a.path.length)[0];
    if (deepest?.path.length) issue = { ...deepest, path: [...issue.path, ...deepest.path] };
  }
  if (!issue) return { success: false, error: new ConfigError(`${source} is not a valid config.`) };
  const path = issue.path.map(String).join(".");
  const at = path ? `${source}: ${path}` : source;
  let message: string;
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => `"${key}"`).join(", ");
    message = `${at}: unknown key ${keys}. Remove it or check its spelling.`;
  } else {
    message = `${at}: ${issue.message}.`;
  }
  return {
    success: false,
    error: new ConfigError(message, { details: { path: issue.path.map(String) } }),
  };
}
