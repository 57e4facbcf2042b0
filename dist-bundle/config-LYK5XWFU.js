import { createRequire as __cr } from "node:module";
const require = __cr(import.meta.url);

import { c as p } from "./chunk-7TTPMUVI.js";
import { Pd as e } from "./chunk-QLYK3AO5.js";
import "./chunk-7QWMKDIK.js";
var d = e
    .object({
      timeoutMs: e.number().int().positive(),
      cpuMs: e.number().int().positive(),
      memoryMb: e.number().int().min(8).max(4096),
      maxToolCalls: e.number().int().positive(),
      maxOutputChars: e.number().int().min(100),
    })
    .partial()
    .strict(),
  m = e.record(e.string(), e.string()),
  f = e
    .object({
      command: e.string().min(1),
      args: e.array(e.string()).optional(),
      env: m.optional(),
      cwd: e.string().optional(),
      timeoutMs: e.number().int().positive().optional(),
    })
    .strict(),
  g = e
    .object({
      url: e.url(),
      headers: m.optional(),
      transport: e.enum(["streamable-http", "sse"]).optional(),
      timeoutMs: e.number().int().positive().optional(),
    })
    .strict(),
  h = e
    .object({
      openapi: e.string().min(1),
      baseUrl: e.url().optional(),
      headers: m.optional(),
      timeoutMs: e.number().int().positive().optional(),
    })
    .strict(),
  l = e.unknown().transform((s, r) => {
    const t =
      typeof s == "object" && s !== null
        ? "command" in s
          ? f
          : "url" in s
            ? g
            : "openapi" in s
              ? h
              : void 0
        : void 0;
    if (!t)
      return (
        r.addIssue({
          code: "custom",
          message:
            "give `command` (an MCP server started over stdio), `url` (an MCP server over HTTP) or `openapi` (an OpenAPI document)",
        }),
        e.NEVER
      );
    const o = t.safeParse(s);
    if (!o.success) {
      for (const n of o.error.issues) {
        const a =
          n.code === "unrecognized_keys"
            ? `unknown key ${n.keys.map((i) => `"${i}"`).join(", ")}. Remove it or check its spelling`
            : n.message;
        r.addIssue({ code: "custom", message: a, path: n.path });
      }
      return e.NEVER;
    }
    return o.data;
  }),
  v = e
    .object({
      $schema: e.string().optional(),
      servers: e.record(e.string(), l).optional(),
      mcpServers: e.record(e.string(), l).optional(),
      approval: e
        .object({
          require: e.array(e.string()).optional(),
          allow: e.array(e.string()).optional(),
          strict: e.boolean().optional(),
        })
        .strict()
        .optional(),
      store: e.string().min(1).optional(),
      limits: d.optional(),
      typecheck: e.boolean().optional(),
    })
    .strict();
function S(s, r = "config") {
  const t = b(s, r);
  if (!t.success) throw t.error;
  return t.value;
}
function b(s, r = "config") {
  const t = v.safeParse(s);
  if (t.success) {
    if (t.data.servers && t.data.mcpServers) {
      for (const c of Object.keys(t.data.mcpServers ?? {}))
        if (c in (t.data.servers ?? {}))
          return {
            success: !1,
            error: new p(`${r}: "${c}" is in both servers and mcpServers; keep one.`),
          };
    }
    return { success: !0, value: t.data };
  }
  const o = t.error.issues[0];
  if (!o) return { success: !1, error: new p(`${r} is not a valid config.`) };
  let n = o.path.map(String).join("."),
    a = n ? `${r}: ${n}` : r,
    i;
  if (o.code === "unrecognized_keys") {
    const u = o.keys.map((c) => `"${c}"`).join(", ");
    i = `${a}: unknown key ${u}. Remove it or check its spelling.`;
  } else i = `${a}: ${o.message}.`;
  return { success: !1, error: new p(i, { details: { path: o.path.map(String) } }) };
}
export { b as safeParseConfig, S as parseConfig, v as configSchema };
