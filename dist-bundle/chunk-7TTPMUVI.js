import { createRequire as __cr } from "node:module";
const require = __cr(import.meta.url);
var o = class extends Error {
  code;
  details;
  constructor(e, t, r) {
    super(t, r?.cause === void 0 ? void 0 : { cause: r.cause }),
      (this.name = new.target.name),
      (this.code = e),
      r?.details && (this.details = r.details);
  }
};
function f(s) {
  return s instanceof o || (s instanceof Error && typeof s.code == "string" && "details" in s);
}
var i = class extends o {
    constructor(e, t) {
      super("config_invalid", e, t);
    }
  },
  c = class extends o {
    constructor(e, t) {
      super(t?.code ?? "tool_failed", e, t);
    }
  },
  l = class extends c {
    constructor(e) {
      super(`There is no operation "${e}". Use codemode.search("...") to find the right name.`, {
        code: "unknown_operation",
        details: { path: e },
      });
    }
  },
  p = class extends o {
    diagnostics;
    constructor(e, t) {
      const r = t.map((n) => `line ${n.line}${n.column ? `:${n.column}` : ""}: ${n.message}`),
        w = e === "syntax_error" ? "Syntax error" : "Type error";
      super(
        e,
        `${w} in the script, nothing was run.
${r.join(`
`)}`,
        { details: { diagnostics: t } },
      ),
        (this.diagnostics = t);
    }
  },
  a = class extends o {
    limit;
    constructor(e, t, r) {
      super(e, r, { details: { limit: t } }), (this.limit = t);
    }
  },
  u = class extends a {
    constructor(e) {
      super(
        "timeout",
        "timeoutMs",
        `The script ran longer than ${e} ms and was stopped. Make it do less per run, or raise limits.timeoutMs.`,
      );
    }
  },
  d = class extends a {
    constructor(e) {
      super(
        "cpu_limit",
        "cpuMs",
        `The script computed for more than ${e} ms without waiting (an endless loop or a runaway regular expression?) and was stopped. Fix the loop, or raise limits.cpuMs.`,
      );
    }
  },
  m = class extends a {
    constructor(e) {
      super(
        "memory_limit",
        "memoryMb",
        `The script used more than ${e} MB of memory and was stopped. Process data in smaller pieces, or raise limits.memoryMb.`,
      );
    }
  },
  h = class extends a {
    constructor(e) {
      super(
        "tool_call_limit",
        "maxToolCalls",
        `The script made more than ${e} tool calls and was stopped. Batch the work, or raise limits.maxToolCalls.`,
      );
    }
  },
  x = class extends a {
    constructor(e) {
      super(
        "output_limit",
        "maxOutputChars",
        `The script printed more than ${e} characters and was stopped. Print a summary instead of whole values, or raise limits.maxOutputChars.`,
      );
    }
  };
export {
  a as g,
  c as d,
  d as i,
  f as b,
  h as k,
  i as c,
  l as e,
  m as j,
  o as a,
  p as f,
  u as h,
  x as l,
};
