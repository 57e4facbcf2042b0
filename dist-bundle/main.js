import { createRequire as __cr } from "node:module";
const require = __cr(import.meta.url);

import {
  i as Al,
  b as Ar,
  d as At,
  e as El,
  c as Lt,
  k as Ol,
  h as Or,
  l as Pl,
  j as pi,
  a as ui,
  f as xo,
  g as zo,
} from "./chunk-7TTPMUVI.js";
import "./chunk-MPWI2H3C.js";
import { d as Sl, a as Uo, b as z } from "./chunk-7QWMKDIK.js";
import { c as di, a as Nl } from "./chunk-XNSQHAKM.js";
var Jo = z((fi) => {
  var Pr = class extends Error {
      constructor(e, n, o) {
        super(o),
          Error.captureStackTrace(this, this.constructor),
          (this.name = this.constructor.name),
          (this.code = n),
          (this.exitCode = e),
          (this.nestedError = void 0);
      }
    },
    hi = class extends Pr {
      constructor(e) {
        super(1, "commander.invalidArgument", e),
          Error.captureStackTrace(this, this.constructor),
          (this.name = this.constructor.name);
      }
    };
  fi.CommanderError = Pr;
  fi.InvalidArgumentError = hi;
});
var Nr = z((Ti) => {
  var { InvalidArgumentError: Lh } = Jo(),
    mi = class {
      constructor(e, n) {
        switch (
          ((this.description = n || ""),
          (this.variadic = !1),
          (this.parseArg = void 0),
          (this.defaultValue = void 0),
          (this.defaultValueDescription = void 0),
          (this.argChoices = void 0),
          e[0])
        ) {
          case "<":
            (this.required = !0), (this._name = e.slice(1, -1));
            break;
          case "[":
            (this.required = !1), (this._name = e.slice(1, -1));
            break;
          default:
            (this.required = !0), (this._name = e);
            break;
        }
        this._name.endsWith("...") &&
          ((this.variadic = !0), (this._name = this._name.slice(0, -3)));
      }
      name() {
        return this._name;
      }
      _collectValue(e, n) {
        return n === this.defaultValue || !Array.isArray(n) ? [e] : (n.push(e), n);
      }
      default(e, n) {
        return ((this.defaultValue = e), (this.defaultValueDescription = n), this);
      }
      argParser(e) {
        return ((this.parseArg = e), this);
      }
      choices(e) {
        return (
          (this.argChoices = e.slice()),
          (this.parseArg = (n, o) => {
            if (!this.argChoices.includes(n))
              throw new Lh(`Allowed choices are ${this.argChoices.join(", ")}.`);
            return this.variadic ? this._collectValue(n, o) : n;
          }),
          this
        );
      }
      argRequired() {
        return ((this.required = !0), this);
      }
      argOptional() {
        return ((this.required = !1), this);
      }
    };
  function Fh(t) {
    const e = t.name() + (t.variadic === !0 ? "..." : "");
    return t.required ? "<" + e + ">" : "[" + e + "]";
  }
  Ti.Argument = mi;
  Ti.humanReadableArgName = Fh;
});
var gi = z((ki) => {
  var { humanReadableArgName: qh } = Nr(),
    yi = class {
      constructor() {
        (this.helpWidth = void 0),
          (this.minWidthToWrap = 40),
          (this.sortSubcommands = !1),
          (this.sortOptions = !1),
          (this.showGlobalOptions = !1);
      }
      prepareContext(e) {
        this.helpWidth = this.helpWidth ?? e.helpWidth ?? 80;
      }
      visibleCommands(e) {
        const n = e.commands.filter((r) => !r._hidden),
          o = e._getHelpCommand();
        return (
          o && !o._hidden && n.push(o),
          this.sortSubcommands && n.sort((r, s) => r.name().localeCompare(s.name())),
          n
        );
      }
      compareOptions(e, n) {
        const o = (r) => (r.short ? r.short.replace(/^-/, "") : r.long.replace(/^--/, ""));
        return o(e).localeCompare(o(n));
      }
      visibleOptions(e) {
        const n = e.options.filter((r) => !r.hidden),
          o = e._getHelpOption();
        if (o && !o.hidden) {
          const r = o.short && e._findOption(o.short),
            s = o.long && e._findOption(o.long);
          !r && !s
            ? n.push(o)
            : o.long && !s
              ? n.push(e.createOption(o.long, o.description))
              : o.short && !r && n.push(e.createOption(o.short, o.description));
        }
        return (this.sortOptions && n.sort(this.compareOptions), n);
      }
      visibleGlobalOptions(e) {
        if (!this.showGlobalOptions) return [];
        const n = [];
        for (let o = e.parent; o; o = o.parent) {
          const r = o.options.filter((s) => !s.hidden);
          n.push(...r);
        }
        return (this.sortOptions && n.sort(this.compareOptions), n);
      }
      visibleArguments(e) {
        return (
          e._argsDescription &&
            e.registeredArguments.forEach((n) => {
              n.description = n.description || e._argsDescription[n.name()] || "";
            }),
          e.registeredArguments.find((n) => n.description) ? e.registeredArguments : []
        );
      }
      subcommandTerm(e) {
        const n = e.registeredArguments.map((o) => qh(o)).join(" ");
        return (
          e._name +
          (e._aliases[0] ? "|" + e._aliases[0] : "") +
          (e.options.length ? " [options]" : "") +
          (n ? " " + n : "")
        );
      }
      optionTerm(e) {
        return e.flags;
      }
      argumentTerm(e) {
        return e.name();
      }
      longestSubcommandTermLength(e, n) {
        return n
          .visibleCommands(e)
          .reduce(
            (o, r) => Math.max(o, this.displayWidth(n.styleSubcommandTerm(n.subcommandTerm(r)))),
            0,
          );
      }
      longestOptionTermLength(e, n) {
        return n
          .visibleOptions(e)
          .reduce((o, r) => Math.max(o, this.displayWidth(n.styleOptionTerm(n.optionTerm(r)))), 0);
      }
      longestGlobalOptionTermLength(e, n) {
        return n
          .visibleGlobalOptions(e)
          .reduce((o, r) => Math.max(o, this.displayWidth(n.styleOptionTerm(n.optionTerm(r)))), 0);
      }
      longestArgumentTermLength(e, n) {
        return n
          .visibleArguments(e)
          .reduce(
            (o, r) => Math.max(o, this.displayWidth(n.styleArgumentTerm(n.argumentTerm(r)))),
            0,
          );
      }
      commandUsage(e) {
        let n = e._name;
        e._aliases[0] && (n = n + "|" + e._aliases[0]);
        let o = "";
        for (let r = e.parent; r; r = r.parent) o = r.name() + " " + o;
        return o + n + " " + e.usage();
      }
      commandDescription(e) {
        return e.description();
      }
      subcommandDescription(e) {
        return e.summary() || e.description();
      }
      optionDescription(e) {
        const n = [];
        if (
          (e.argChoices &&
            n.push(`choices: ${e.argChoices.map((o) => JSON.stringify(o)).join(", ")}`),
          e.defaultValue !== void 0 &&
            (e.required || e.optional || (e.isBoolean() && typeof e.defaultValue == "boolean")) &&
            n.push(`default: ${e.defaultValueDescription || JSON.stringify(e.defaultValue)}`),
          e.presetArg !== void 0 && e.optional && n.push(`preset: ${JSON.stringify(e.presetArg)}`),
          e.envVar !== void 0 && n.push(`env: ${e.envVar}`),
          n.length > 0)
        ) {
          const o = `(${n.join(", ")})`;
          return e.description ? `${e.description} ${o}` : o;
        }
        return e.description;
      }
      argumentDescription(e) {
        const n = [];
        if (
          (e.argChoices &&
            n.push(`choices: ${e.argChoices.map((o) => JSON.stringify(o)).join(", ")}`),
          e.defaultValue !== void 0 &&
            n.push(`default: ${e.defaultValueDescription || JSON.stringify(e.defaultValue)}`),
          n.length > 0)
        ) {
          const o = `(${n.join(", ")})`;
          return e.description ? `${e.description} ${o}` : o;
        }
        return e.description;
      }
      formatItemList(e, n, o) {
        return n.length === 0 ? [] : [o.styleTitle(e), ...n, ""];
      }
      groupItems(e, n, o) {
        const r = new Map();
        return (
          e.forEach((s) => {
            const i = o(s);
            r.has(i) || r.set(i, []);
          }),
          n.forEach((s) => {
            const i = o(s);
            r.has(i) || r.set(i, []), r.get(i).push(s);
          }),
          r
        );
      }
      formatHelp(e, n) {
        const o = n.padWidth(e, n),
          r = n.helpWidth ?? 80;
        function s(h, f) {
          return n.formatItem(h, o, f, n);
        }
        let i = [`${n.styleTitle("Usage:")} ${n.styleUsage(n.commandUsage(e))}`, ""],
          a = n.commandDescription(e);
        a.length > 0 && (i = i.concat([n.boxWrap(n.styleCommandDescription(a), r), ""]));
        const c = n
          .visibleArguments(e)
          .map((h) =>
            s(
              n.styleArgumentTerm(n.argumentTerm(h)),
              n.styleArgumentDescription(n.argumentDescription(h)),
            ),
          );
        if (
          ((i = i.concat(this.formatItemList("Arguments:", c, n))),
          this.groupItems(
            e.options,
            n.visibleOptions(e),
            (h) => h.helpGroupHeading ?? "Options:",
          ).forEach((h, f) => {
            const _ = h.map((E) =>
              s(
                n.styleOptionTerm(n.optionTerm(E)),
                n.styleOptionDescription(n.optionDescription(E)),
              ),
            );
            i = i.concat(this.formatItemList(f, _, n));
          }),
          n.showGlobalOptions)
        ) {
          const h = n
            .visibleGlobalOptions(e)
            .map((f) =>
              s(
                n.styleOptionTerm(n.optionTerm(f)),
                n.styleOptionDescription(n.optionDescription(f)),
              ),
            );
          i = i.concat(this.formatItemList("Global Options:", h, n));
        }
        return (
          this.groupItems(
            e.commands,
            n.visibleCommands(e),
            (h) => h.helpGroup() || "Commands:",
          ).forEach((h, f) => {
            const _ = h.map((E) =>
              s(
                n.styleSubcommandTerm(n.subcommandTerm(E)),
                n.styleSubcommandDescription(n.subcommandDescription(E)),
              ),
            );
            i = i.concat(this.formatItemList(f, _, n));
          }),
          i.join(`
`)
        );
      }
      displayWidth(e) {
        return Rl(e).length;
      }
      styleTitle(e) {
        return e;
      }
      styleUsage(e) {
        return e
          .split(" ")
          .map((n) =>
            n === "[options]"
              ? this.styleOptionText(n)
              : n === "[command]"
                ? this.styleSubcommandText(n)
                : n[0] === "[" || n[0] === "<"
                  ? this.styleArgumentText(n)
                  : this.styleCommandText(n),
          )
          .join(" ");
      }
      styleCommandDescription(e) {
        return this.styleDescriptionText(e);
      }
      styleOptionDescription(e) {
        return this.styleDescriptionText(e);
      }
      styleSubcommandDescription(e) {
        return this.styleDescriptionText(e);
      }
      styleArgumentDescription(e) {
        return this.styleDescriptionText(e);
      }
      styleDescriptionText(e) {
        return e;
      }
      styleOptionTerm(e) {
        return this.styleOptionText(e);
      }
      styleSubcommandTerm(e) {
        return e
          .split(" ")
          .map((n) =>
            n === "[options]"
              ? this.styleOptionText(n)
              : n[0] === "[" || n[0] === "<"
                ? this.styleArgumentText(n)
                : this.styleSubcommandText(n),
          )
          .join(" ");
      }
      styleArgumentTerm(e) {
        return this.styleArgumentText(e);
      }
      styleOptionText(e) {
        return e;
      }
      styleArgumentText(e) {
        return e;
      }
      styleSubcommandText(e) {
        return e;
      }
      styleCommandText(e) {
        return e;
      }
      padWidth(e, n) {
        return Math.max(
          n.longestOptionTermLength(e, n),
          n.longestGlobalOptionTermLength(e, n),
          n.longestSubcommandTermLength(e, n),
          n.longestArgumentTermLength(e, n),
        );
      }
      preformatted(e) {
        return /\n[^\S\r\n]/.test(e);
      }
      formatItem(e, n, o, r) {
        const i = " ".repeat(2);
        if (!o) return i + e;
        let a = e.padEnd(n + e.length - r.displayWidth(e)),
          c = 2,
          d = (this.helpWidth ?? 80) - n - c - 2,
          h;
        return (
          d < this.minWidthToWrap || r.preformatted(o)
            ? (h = o)
            : (h = r.boxWrap(o, d).replace(
                /\n/g,
                `
` + " ".repeat(n + c),
              )),
          i +
            a +
            " ".repeat(c) +
            h.replace(
              /\n/g,
              `
${i}`,
            )
        );
      }
      boxWrap(e, n) {
        if (n < this.minWidthToWrap) return e;
        const o = e.split(/\r\n|\n/),
          r = /[\s]*[^\s]+/g,
          s = [];
        return (
          o.forEach((i) => {
            const a = i.match(r);
            if (a === null) {
              s.push("");
              return;
            }
            let c = [a.shift()],
              u = this.displayWidth(c[0]);
            a.forEach((d) => {
              const h = this.displayWidth(d);
              if (u + h <= n) {
                c.push(d), (u += h);
                return;
              }
              s.push(c.join(""));
              const f = d.trimStart();
              (c = [f]), (u = this.displayWidth(f));
            }),
              s.push(c.join(""));
          }),
          s.join(`
`)
        );
      }
    };
  function Rl(t) {
    const e = /\x1b\[\d*(;\d*)*m/g;
    return t.replace(e, "");
  }
  ki.Help = yi;
  ki.stripColor = Rl;
});
var wi = z((_i) => {
  var { InvalidArgumentError: $h } = Jo(),
    vi = class {
      constructor(e, n) {
        (this.flags = e),
          (this.description = n || ""),
          (this.required = e.includes("<")),
          (this.optional = e.includes("[")),
          (this.variadic = /\w\.\.\.[>\]]$/.test(e)),
          (this.mandatory = !1);
        const o = jh(e);
        (this.short = o.shortFlag),
          (this.long = o.longFlag),
          (this.negate = !1),
          this.long && (this.negate = this.long.startsWith("--no-")),
          (this.defaultValue = void 0),
          (this.defaultValueDescription = void 0),
          (this.presetArg = void 0),
          (this.envVar = void 0),
          (this.parseArg = void 0),
          (this.hidden = !1),
          (this.argChoices = void 0),
          (this.conflictsWith = []),
          (this.implied = void 0),
          (this.helpGroupHeading = void 0);
      }
      default(e, n) {
        return ((this.defaultValue = e), (this.defaultValueDescription = n), this);
      }
      preset(e) {
        return ((this.presetArg = e), this);
      }
      conflicts(e) {
        return ((this.conflictsWith = this.conflictsWith.concat(e)), this);
      }
      implies(e) {
        let n = e;
        return (
          typeof e == "string" && (n = { [e]: !0 }),
          (this.implied = Object.assign(this.implied || {}, n)),
          this
        );
      }
      env(e) {
        return ((this.envVar = e), this);
      }
      argParser(e) {
        return ((this.parseArg = e), this);
      }
      makeOptionMandatory(e = !0) {
        return ((this.mandatory = !!e), this);
      }
      hideHelp(e = !0) {
        return ((this.hidden = !!e), this);
      }
      _collectValue(e, n) {
        return n === this.defaultValue || !Array.isArray(n) ? [e] : (n.push(e), n);
      }
      choices(e) {
        return (
          (this.argChoices = e.slice()),
          (this.parseArg = (n, o) => {
            if (!this.argChoices.includes(n))
              throw new $h(`Allowed choices are ${this.argChoices.join(", ")}.`);
            return this.variadic ? this._collectValue(n, o) : n;
          }),
          this
        );
      }
      name() {
        return this.long ? this.long.replace(/^--/, "") : this.short.replace(/^-/, "");
      }
      attributeName() {
        return this.negate ? Ml(this.name().replace(/^no-/, "")) : Ml(this.name());
      }
      helpGroup(e) {
        return ((this.helpGroupHeading = e), this);
      }
      is(e) {
        return this.short === e || this.long === e;
      }
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    },
    xi = class {
      constructor(e) {
        (this.positiveOptions = new Map()),
          (this.negativeOptions = new Map()),
          (this.dualOptions = new Set()),
          e.forEach((n) => {
            n.negate
              ? this.negativeOptions.set(n.attributeName(), n)
              : this.positiveOptions.set(n.attributeName(), n);
          }),
          this.negativeOptions.forEach((n, o) => {
            this.positiveOptions.has(o) && this.dualOptions.add(o);
          });
      }
      valueFromOption(e, n) {
        const o = n.attributeName();
        if (!this.dualOptions.has(o)) return !0;
        const r = this.negativeOptions.get(o).presetArg,
          s = r !== void 0 ? r : !1;
        return n.negate === (s === e);
      }
    };
  function Ml(t) {
    return t.split("-").reduce((e, n) => e + n[0].toUpperCase() + n.slice(1));
  }
  function jh(t) {
    let e,
      n,
      o = /^-[^-]$/,
      r = /^--[^-]/,
      s = t.split(/[ |,]+/).concat("guard");
    if (
      (o.test(s[0]) && (e = s.shift()),
      r.test(s[0]) && (n = s.shift()),
      !e && o.test(s[0]) && (e = s.shift()),
      !e && r.test(s[0]) && ((e = n), (n = s.shift())),
      s[0].startsWith("-"))
    ) {
      const i = s[0],
        a = `option creation failed due to '${i}' in option flags '${t}'`;
      throw /^-[^-][^-]/.test(i)
        ? new Error(`${a}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`)
        : o.test(i)
          ? new Error(`${a}
- too many short flags`)
          : r.test(i)
            ? new Error(`${a}
- too many long flags`)
            : new Error(`${a}
- unrecognised flag format`);
    }
    if (e === void 0 && n === void 0)
      throw new Error(`option creation failed due to no flags found in '${t}'.`);
    return { shortFlag: e, longFlag: n };
  }
  _i.Option = vi;
  _i.DualOptions = xi;
});
var Ll = z((Dl) => {
  function Bh(t, e) {
    if (Math.abs(t.length - e.length) > 3) return Math.max(t.length, e.length);
    const n = [];
    for (let o = 0; o <= t.length; o++) n[o] = [o];
    for (let o = 0; o <= e.length; o++) n[0][o] = o;
    for (let o = 1; o <= e.length; o++)
      for (let r = 1; r <= t.length; r++) {
        let s = 1;
        t[r - 1] === e[o - 1] ? (s = 0) : (s = 1),
          (n[r][o] = Math.min(n[r - 1][o] + 1, n[r][o - 1] + 1, n[r - 1][o - 1] + s)),
          r > 1 &&
            o > 1 &&
            t[r - 1] === e[o - 2] &&
            t[r - 2] === e[o - 1] &&
            (n[r][o] = Math.min(n[r][o], n[r - 2][o - 2] + 1));
      }
    return n[t.length][e.length];
  }
  function Vh(t, e) {
    if (!e || e.length === 0) return "";
    e = Array.from(new Set(e));
    const n = t.startsWith("--");
    n && ((t = t.slice(2)), (e = e.map((i) => i.slice(2))));
    let o = [],
      r = 3,
      s = 0.4;
    return (
      e.forEach((i) => {
        if (i.length <= 1) return;
        const a = Bh(t, i),
          c = Math.max(t.length, i.length);
        (c - a) / c > s && (a < r ? ((r = a), (o = [i])) : a === r && o.push(i));
      }),
      o.sort((i, a) => i.localeCompare(a)),
      n && (o = o.map((i) => `--${i}`)),
      o.length > 1
        ? `
(Did you mean one of ${o.join(", ")}?)`
        : o.length === 1
          ? `
(Did you mean ${o[0]}?)`
          : ""
    );
  }
  Dl.suggestSimilar = Vh;
});
var jl = z((Ei) => {
  var Kh = Uo("node:events").EventEmitter,
    bi = Uo("node:child_process"),
    En = Uo("node:path"),
    Rr = Uo("node:fs"),
    $e = Uo("node:process"),
    { Argument: Hh, humanReadableArgName: Wh } = Nr(),
    { CommanderError: Ci } = Jo(),
    { Help: Uh, stripColor: zh } = gi(),
    { Option: Fl, DualOptions: Jh } = wi(),
    { suggestSimilar: ql } = Ll(),
    Ii = class t extends Kh {
      constructor(e) {
        super(),
          (this.commands = []),
          (this.options = []),
          (this.parent = null),
          (this._allowUnknownOption = !1),
          (this._allowExcessArguments = !1),
          (this.registeredArguments = []),
          (this._args = this.registeredArguments),
          (this.args = []),
          (this.rawArgs = []),
          (this.processedArgs = []),
          (this._scriptPath = null),
          (this._name = e || ""),
          (this._optionValues = {}),
          (this._optionValueSources = {}),
          (this._storeOptionsAsProperties = !1),
          (this._actionHandler = null),
          (this._executableHandler = !1),
          (this._executableFile = null),
          (this._executableDir = null),
          (this._defaultCommandName = null),
          (this._exitCallback = null),
          (this._aliases = []),
          (this._combineFlagAndOptionalValue = !0),
          (this._description = ""),
          (this._summary = ""),
          (this._argsDescription = void 0),
          (this._enablePositionalOptions = !1),
          (this._passThroughOptions = !1),
          (this._lifeCycleHooks = {}),
          (this._showHelpAfterError = !1),
          (this._showSuggestionAfterError = !0),
          (this._savedState = null),
          (this._outputConfiguration = {
            writeOut: (n) => $e.stdout.write(n),
            writeErr: (n) => $e.stderr.write(n),
            outputError: (n, o) => o(n),
            getOutHelpWidth: () => ($e.stdout.isTTY ? $e.stdout.columns : void 0),
            getErrHelpWidth: () => ($e.stderr.isTTY ? $e.stderr.columns : void 0),
            getOutHasColors: () => Si() ?? ($e.stdout.isTTY && $e.stdout.hasColors?.()),
            getErrHasColors: () => Si() ?? ($e.stderr.isTTY && $e.stderr.hasColors?.()),
            stripColor: (n) => zh(n),
          }),
          (this._hidden = !1),
          (this._helpOption = void 0),
          (this._addImplicitHelpCommand = void 0),
          (this._helpCommand = void 0),
          (this._helpConfiguration = {}),
          (this._helpGroupHeading = void 0),
          (this._defaultCommandGroup = void 0),
          (this._defaultOptionGroup = void 0);
      }
      copyInheritedSettings(e) {
        return (
          (this._outputConfiguration = e._outputConfiguration),
          (this._helpOption = e._helpOption),
          (this._helpCommand = e._helpCommand),
          (this._helpConfiguration = e._helpConfiguration),
          (this._exitCallback = e._exitCallback),
          (this._storeOptionsAsProperties = e._storeOptionsAsProperties),
          (this._combineFlagAndOptionalValue = e._combineFlagAndOptionalValue),
          (this._allowExcessArguments = e._allowExcessArguments),
          (this._enablePositionalOptions = e._enablePositionalOptions),
          (this._showHelpAfterError = e._showHelpAfterError),
          (this._showSuggestionAfterError = e._showSuggestionAfterError),
          this
        );
      }
      _getCommandAndAncestors() {
        const e = [];
        for (let n = this; n; n = n.parent) e.push(n);
        return e;
      }
      command(e, n, o) {
        let r = n,
          s = o;
        typeof r == "object" && r !== null && ((s = r), (r = null)), (s = s || {});
        const [, i, a] = e.match(/([^ ]+) *(.*)/),
          c = this.createCommand(i);
        return (
          r && (c.description(r), (c._executableHandler = !0)),
          s.isDefault && (this._defaultCommandName = c._name),
          (c._hidden = !!(s.noHelp || s.hidden)),
          (c._executableFile = s.executableFile || null),
          a && c.arguments(a),
          this._registerCommand(c),
          (c.parent = this),
          c.copyInheritedSettings(this),
          r ? this : c
        );
      }
      createCommand(e) {
        return new t(e);
      }
      createHelp() {
        return Object.assign(new Uh(), this.configureHelp());
      }
      configureHelp(e) {
        return e === void 0 ? this._helpConfiguration : ((this._helpConfiguration = e), this);
      }
      configureOutput(e) {
        return e === void 0
          ? this._outputConfiguration
          : ((this._outputConfiguration = { ...this._outputConfiguration, ...e }), this);
      }
      showHelpAfterError(e = !0) {
        return (typeof e != "string" && (e = !!e), (this._showHelpAfterError = e), this);
      }
      showSuggestionAfterError(e = !0) {
        return ((this._showSuggestionAfterError = !!e), this);
      }
      addCommand(e, n) {
        if (!e._name)
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        return (
          (n = n || {}),
          n.isDefault && (this._defaultCommandName = e._name),
          (n.noHelp || n.hidden) && (e._hidden = !0),
          this._registerCommand(e),
          (e.parent = this),
          e._checkForBrokenPassThrough(),
          this
        );
      }
      createArgument(e, n) {
        return new Hh(e, n);
      }
      argument(e, n, o, r) {
        const s = this.createArgument(e, n);
        return (
          typeof o == "function" ? s.default(r).argParser(o) : s.default(o),
          this.addArgument(s),
          this
        );
      }
      arguments(e) {
        return (
          e
            .trim()
            .split(/ +/)
            .forEach((n) => {
              this.argument(n);
            }),
          this
        );
      }
      addArgument(e) {
        const n = this.registeredArguments.slice(-1)[0];
        if (n?.variadic) throw new Error(`only the last argument can be variadic '${n.name()}'`);
        if (e.required && e.defaultValue !== void 0 && e.parseArg === void 0)
          throw new Error(`a default value for a required argument is never used: '${e.name()}'`);
        return (this.registeredArguments.push(e), this);
      }
      helpCommand(e, n) {
        if (typeof e == "boolean")
          return (
            (this._addImplicitHelpCommand = e),
            e && this._defaultCommandGroup && this._initCommandGroup(this._getHelpCommand()),
            this
          );
        const o = e ?? "help [command]",
          [, r, s] = o.match(/([^ ]+) *(.*)/),
          i = n ?? "display help for command",
          a = this.createCommand(r);
        return (
          a.helpOption(!1),
          s && a.arguments(s),
          i && a.description(i),
          (this._addImplicitHelpCommand = !0),
          (this._helpCommand = a),
          (e || n) && this._initCommandGroup(a),
          this
        );
      }
      addHelpCommand(e, n) {
        return typeof e != "object"
          ? (this.helpCommand(e, n), this)
          : ((this._addImplicitHelpCommand = !0),
            (this._helpCommand = e),
            this._initCommandGroup(e),
            this);
      }
      _getHelpCommand() {
        return (this._addImplicitHelpCommand ??
          (this.commands.length && !this._actionHandler && !this._findCommand("help")))
          ? (this._helpCommand === void 0 && this.helpCommand(void 0, void 0), this._helpCommand)
          : null;
      }
      hook(e, n) {
        const o = ["preSubcommand", "preAction", "postAction"];
        if (!o.includes(e))
          throw new Error(`Unexpected value for event passed to hook : '${e}'.
Expecting one of '${o.join("', '")}'`);
        return (
          this._lifeCycleHooks[e]
            ? this._lifeCycleHooks[e].push(n)
            : (this._lifeCycleHooks[e] = [n]),
          this
        );
      }
      exitOverride(e) {
        return (
          e
            ? (this._exitCallback = e)
            : (this._exitCallback = (n) => {
                if (n.code !== "commander.executeSubCommandAsync") throw n;
              }),
          this
        );
      }
      _exit(e, n, o) {
        this._exitCallback && this._exitCallback(new Ci(e, n, o)), $e.exit(e);
      }
      action(e) {
        const n = (o) => {
          const r = this.registeredArguments.length,
            s = o.slice(0, r);
          return (
            this._storeOptionsAsProperties ? (s[r] = this) : (s[r] = this.opts()),
            s.push(this),
            e.apply(this, s)
          );
        };
        return ((this._actionHandler = n), this);
      }
      createOption(e, n) {
        return new Fl(e, n);
      }
      _callParseArg(e, n, o, r) {
        try {
          return e.parseArg(n, o);
        } catch (s) {
          if (s.code === "commander.invalidArgument") {
            const i = `${r} ${s.message}`;
            this.error(i, { exitCode: s.exitCode, code: s.code });
          }
          throw s;
        }
      }
      _registerOption(e) {
        const n = (e.short && this._findOption(e.short)) || (e.long && this._findOption(e.long));
        if (n) {
          const o = e.long && this._findOption(e.long) ? e.long : e.short;
          throw new Error(`Cannot add option '${e.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${o}'
-  already used by option '${n.flags}'`);
        }
        this._initOptionGroup(e), this.options.push(e);
      }
      _registerCommand(e) {
        const n = (r) => [r.name()].concat(r.aliases()),
          o = n(e).find((r) => this._findCommand(r));
        if (o) {
          const r = n(this._findCommand(o)).join("|"),
            s = n(e).join("|");
          throw new Error(`cannot add command '${s}' as already have command '${r}'`);
        }
        this._initCommandGroup(e), this.commands.push(e);
      }
      addOption(e) {
        this._registerOption(e);
        const n = e.name(),
          o = e.attributeName();
        if (e.negate) {
          const s = e.long.replace(/^--no-/, "--");
          this._findOption(s) ||
            this.setOptionValueWithSource(
              o,
              e.defaultValue === void 0 ? !0 : e.defaultValue,
              "default",
            );
        } else
          e.defaultValue !== void 0 && this.setOptionValueWithSource(o, e.defaultValue, "default");
        const r = (s, i, a) => {
          s == null && e.presetArg !== void 0 && (s = e.presetArg);
          const c = this.getOptionValue(o);
          s !== null && e.parseArg
            ? (s = this._callParseArg(e, s, c, i))
            : s !== null && e.variadic && (s = e._collectValue(s, c)),
            s == null && (e.negate ? (s = !1) : e.isBoolean() || e.optional ? (s = !0) : (s = "")),
            this.setOptionValueWithSource(o, s, a);
        };
        return (
          this.on("option:" + n, (s) => {
            const i = `error: option '${e.flags}' argument '${s}' is invalid.`;
            r(s, i, "cli");
          }),
          e.envVar &&
            this.on("optionEnv:" + n, (s) => {
              const i = `error: option '${e.flags}' value '${s}' from env '${e.envVar}' is invalid.`;
              r(s, i, "env");
            }),
          this
        );
      }
      _optionEx(e, n, o, r, s) {
        if (typeof n == "object" && n instanceof Fl)
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()",
          );
        const i = this.createOption(n, o);
        if ((i.makeOptionMandatory(!!e.mandatory), typeof r == "function"))
          i.default(s).argParser(r);
        else if (r instanceof RegExp) {
          const a = r;
          (r = (c, u) => {
            const d = a.exec(c);
            return d ? d[0] : u;
          }),
            i.default(s).argParser(r);
        } else i.default(r);
        return this.addOption(i);
      }
      option(e, n, o, r) {
        return this._optionEx({}, e, n, o, r);
      }
      requiredOption(e, n, o, r) {
        return this._optionEx({ mandatory: !0 }, e, n, o, r);
      }
      combineFlagAndOptionalValue(e = !0) {
        return ((this._combineFlagAndOptionalValue = !!e), this);
      }
      allowUnknownOption(e = !0) {
        return ((this._allowUnknownOption = !!e), this);
      }
      allowExcessArguments(e = !0) {
        return ((this._allowExcessArguments = !!e), this);
      }
      enablePositionalOptions(e = !0) {
        return ((this._enablePositionalOptions = !!e), this);
      }
      passThroughOptions(e = !0) {
        return ((this._passThroughOptions = !!e), this._checkForBrokenPassThrough(), this);
      }
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions)
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
          );
      }
      storeOptionsAsProperties(e = !0) {
        if (this.options.length)
          throw new Error("call .storeOptionsAsProperties() before adding options");
        if (Object.keys(this._optionValues).length)
          throw new Error("call .storeOptionsAsProperties() before setting option values");
        return ((this._storeOptionsAsProperties = !!e), this);
      }
      getOptionValue(e) {
        return this._storeOptionsAsProperties ? this[e] : this._optionValues[e];
      }
      setOptionValue(e, n) {
        return this.setOptionValueWithSource(e, n, void 0);
      }
      setOptionValueWithSource(e, n, o) {
        return (
          this._storeOptionsAsProperties ? (this[e] = n) : (this._optionValues[e] = n),
          (this._optionValueSources[e] = o),
          this
        );
      }
      getOptionValueSource(e) {
        return this._optionValueSources[e];
      }
      getOptionValueSourceWithGlobals(e) {
        let n;
        return (
          this._getCommandAndAncestors().forEach((o) => {
            o.getOptionValueSource(e) !== void 0 && (n = o.getOptionValueSource(e));
          }),
          n
        );
      }
      _prepareUserArgs(e, n) {
        if (e !== void 0 && !Array.isArray(e))
          throw new Error("first parameter to parse must be array or undefined");
        if (((n = n || {}), e === void 0 && n.from === void 0)) {
          $e.versions?.electron && (n.from = "electron");
          const r = $e.execArgv ?? [];
          (r.includes("-e") || r.includes("--eval") || r.includes("-p") || r.includes("--print")) &&
            (n.from = "eval");
        }
        e === void 0 && (e = $e.argv), (this.rawArgs = e.slice());
        let o;
        switch (n.from) {
          case void 0:
          case "node":
            (this._scriptPath = e[1]), (o = e.slice(2));
            break;
          case "electron":
            $e.defaultApp ? ((this._scriptPath = e[1]), (o = e.slice(2))) : (o = e.slice(1));
            break;
          case "user":
            o = e.slice(0);
            break;
          case "eval":
            o = e.slice(1);
            break;
          default:
            throw new Error(`unexpected parse option { from: '${n.from}' }`);
        }
        return (
          !this._name && this._scriptPath && this.nameFromFilename(this._scriptPath),
          (this._name = this._name || "program"),
          o
        );
      }
      parse(e, n) {
        this._prepareForParse();
        const o = this._prepareUserArgs(e, n);
        return (this._parseCommand([], o), this);
      }
      async parseAsync(e, n) {
        this._prepareForParse();
        const o = this._prepareUserArgs(e, n);
        return (await this._parseCommand([], o), this);
      }
      _prepareForParse() {
        this._savedState === null ? this.saveStateBeforeParse() : this.restoreStateBeforeParse();
      }
      saveStateBeforeParse() {
        this._savedState = {
          _name: this._name,
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources },
        };
      }
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        (this._name = this._savedState._name),
          (this._scriptPath = null),
          (this.rawArgs = []),
          (this._optionValues = { ...this._savedState._optionValues }),
          (this._optionValueSources = { ...this._savedState._optionValueSources }),
          (this.args = []),
          (this.processedArgs = []);
      }
      _checkForMissingExecutable(e, n, o) {
        if (Rr.existsSync(e)) return;
        const r = n
            ? `searched for local subcommand relative to directory '${n}'`
            : "no directory for search for local subcommand, use .executableDir() to supply a custom directory",
          s = `'${e}' does not exist
 - if '${o}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${r}`;
        throw new Error(s);
      }
      _executeSubCommand(e, n) {
        n = n.slice();
        let o = !1,
          r = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function s(d, h) {
          const f = En.resolve(d, h);
          if (Rr.existsSync(f)) return f;
          if (r.includes(En.extname(h))) return;
          const _ = r.find((E) => Rr.existsSync(`${f}${E}`));
          if (_) return `${f}${_}`;
        }
        this._checkForMissingMandatoryOptions(), this._checkForConflictingOptions();
        let i = e._executableFile || `${this._name}-${e._name}`,
          a = this._executableDir || "";
        if (this._scriptPath) {
          let d;
          try {
            d = Rr.realpathSync(this._scriptPath);
          } catch {
            d = this._scriptPath;
          }
          a = En.resolve(En.dirname(d), a);
        }
        if (a) {
          let d = s(a, i);
          if (!d && !e._executableFile && this._scriptPath) {
            const h = En.basename(this._scriptPath, En.extname(this._scriptPath));
            h !== this._name && (d = s(a, `${h}-${e._name}`));
          }
          i = d || i;
        }
        o = r.includes(En.extname(i));
        let c;
        $e.platform !== "win32"
          ? o
            ? (n.unshift(i),
              (n = $l($e.execArgv).concat(n)),
              (c = bi.spawn($e.argv[0], n, { stdio: "inherit" })))
            : (c = bi.spawn(i, n, { stdio: "inherit" }))
          : (this._checkForMissingExecutable(i, a, e._name),
            n.unshift(i),
            (n = $l($e.execArgv).concat(n)),
            (c = bi.spawn($e.execPath, n, { stdio: "inherit" }))),
          c.killed ||
            ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"].forEach((h) => {
              $e.on(h, () => {
                c.killed === !1 && c.exitCode === null && c.kill(h);
              });
            });
        const u = this._exitCallback;
        c.on("close", (d) => {
          (d = d ?? 1),
            u ? u(new Ci(d, "commander.executeSubCommandAsync", "(close)")) : $e.exit(d);
        }),
          c.on("error", (d) => {
            if (d.code === "ENOENT") this._checkForMissingExecutable(i, a, e._name);
            else if (d.code === "EACCES") throw new Error(`'${i}' not executable`);
            if (!u) $e.exit(1);
            else {
              const h = new Ci(1, "commander.executeSubCommandAsync", "(error)");
              (h.nestedError = d), u(h);
            }
          }),
          (this.runningCommand = c);
      }
      _dispatchSubcommand(e, n, o) {
        const r = this._findCommand(e);
        r || this.help({ error: !0 }), r._prepareForParse();
        let s;
        return (
          (s = this._chainOrCallSubCommandHook(s, r, "preSubcommand")),
          (s = this._chainOrCall(s, () => {
            if (r._executableHandler) this._executeSubCommand(r, n.concat(o));
            else return r._parseCommand(n, o);
          })),
          s
        );
      }
      _dispatchHelpCommand(e) {
        e || this.help();
        const n = this._findCommand(e);
        return (
          n && !n._executableHandler && n.help(),
          this._dispatchSubcommand(
            e,
            [],
            [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"],
          )
        );
      }
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((e, n) => {
          e.required && this.args[n] == null && this.missingArgument(e.name());
        }),
          !(
            this.registeredArguments.length > 0 &&
            this.registeredArguments[this.registeredArguments.length - 1].variadic
          ) &&
            this.args.length > this.registeredArguments.length &&
            this._excessArguments(this.args);
      }
      _processArguments() {
        const e = (o, r, s) => {
          let i = r;
          if (r !== null && o.parseArg) {
            const a = `error: command-argument value '${r}' is invalid for argument '${o.name()}'.`;
            i = this._callParseArg(o, r, s, a);
          }
          return i;
        };
        this._checkNumberOfArguments();
        const n = [];
        this.registeredArguments.forEach((o, r) => {
          let s = o.defaultValue;
          o.variadic
            ? r < this.args.length
              ? ((s = this.args.slice(r)),
                o.parseArg && (s = s.reduce((i, a) => e(o, a, i), o.defaultValue)))
              : s === void 0 && (s = [])
            : r < this.args.length &&
              ((s = this.args[r]), o.parseArg && (s = e(o, s, o.defaultValue))),
            (n[r] = s);
        }),
          (this.processedArgs = n);
      }
      _chainOrCall(e, n) {
        return e?.then && typeof e.then == "function" ? e.then(() => n()) : n();
      }
      _chainOrCallHooks(e, n) {
        let o = e,
          r = [];
        return (
          this._getCommandAndAncestors()
            .reverse()
            .filter((s) => s._lifeCycleHooks[n] !== void 0)
            .forEach((s) => {
              s._lifeCycleHooks[n].forEach((i) => {
                r.push({ hookedCommand: s, callback: i });
              });
            }),
          n === "postAction" && r.reverse(),
          r.forEach((s) => {
            o = this._chainOrCall(o, () => s.callback(s.hookedCommand, this));
          }),
          o
        );
      }
      _chainOrCallSubCommandHook(e, n, o) {
        let r = e;
        return (
          this._lifeCycleHooks[o] !== void 0 &&
            this._lifeCycleHooks[o].forEach((s) => {
              r = this._chainOrCall(r, () => s(this, n));
            }),
          r
        );
      }
      _parseCommand(e, n) {
        const o = this.parseOptions(n);
        if (
          (this._parseOptionsEnv(),
          this._parseOptionsImplied(),
          (e = e.concat(o.operands)),
          (n = o.unknown),
          (this.args = e.concat(n)),
          e && this._findCommand(e[0]))
        )
          return this._dispatchSubcommand(e[0], e.slice(1), n);
        if (this._getHelpCommand() && e[0] === this._getHelpCommand().name())
          return this._dispatchHelpCommand(e[1]);
        if (this._defaultCommandName)
          return (
            this._outputHelpIfRequested(n), this._dispatchSubcommand(this._defaultCommandName, e, n)
          );
        this.commands.length &&
          this.args.length === 0 &&
          !this._actionHandler &&
          !this._defaultCommandName &&
          this.help({ error: !0 }),
          this._outputHelpIfRequested(o.unknown),
          this._checkForMissingMandatoryOptions(),
          this._checkForConflictingOptions();
        const r = () => {
            o.unknown.length > 0 && this.unknownOption(o.unknown[0]);
          },
          s = `command:${this.name()}`;
        if (this._actionHandler) {
          r(), this._processArguments();
          let i;
          return (
            (i = this._chainOrCallHooks(i, "preAction")),
            (i = this._chainOrCall(i, () => this._actionHandler(this.processedArgs))),
            this.parent &&
              (i = this._chainOrCall(i, () => {
                this.parent.emit(s, e, n);
              })),
            (i = this._chainOrCallHooks(i, "postAction")),
            i
          );
        }
        if (this.parent?.listenerCount(s)) r(), this._processArguments(), this.parent.emit(s, e, n);
        else if (e.length) {
          if (this._findCommand("*")) return this._dispatchSubcommand("*", e, n);
          this.listenerCount("command:*")
            ? this.emit("command:*", e, n)
            : this.commands.length
              ? this.unknownCommand()
              : (r(), this._processArguments());
        } else
          this.commands.length ? (r(), this.help({ error: !0 })) : (r(), this._processArguments());
      }
      _findCommand(e) {
        if (e) return this.commands.find((n) => n._name === e || n._aliases.includes(e));
      }
      _findOption(e) {
        return this.options.find((n) => n.is(e));
      }
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((e) => {
          e.options.forEach((n) => {
            n.mandatory &&
              e.getOptionValue(n.attributeName()) === void 0 &&
              e.missingMandatoryOptionValue(n);
          });
        });
      }
      _checkForConflictingLocalOptions() {
        const e = this.options.filter((o) => {
          const r = o.attributeName();
          return this.getOptionValue(r) === void 0
            ? !1
            : this.getOptionValueSource(r) !== "default";
        });
        e.filter((o) => o.conflictsWith.length > 0).forEach((o) => {
          const r = e.find((s) => o.conflictsWith.includes(s.attributeName()));
          r && this._conflictingOption(o, r);
        });
      }
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((e) => {
          e._checkForConflictingLocalOptions();
        });
      }
      parseOptions(e) {
        let n = [],
          o = [],
          r = n;
        function s(d) {
          return d.length > 1 && d[0] === "-";
        }
        let i = (d) =>
            /^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(d)
              ? !this._getCommandAndAncestors().some((h) =>
                  h.options.map((f) => f.short).some((f) => /^-\d$/.test(f)),
                )
              : !1,
          a = null,
          c = null,
          u = 0;
        for (; u < e.length || c; ) {
          const d = c ?? e[u++];
          if (((c = null), d === "--")) {
            r === o && r.push(d), r.push(...e.slice(u));
            break;
          }
          if (a && (!s(d) || i(d))) {
            this.emit(`option:${a.name()}`, d);
            continue;
          }
          if (((a = null), s(d))) {
            const h = this._findOption(d);
            if (h) {
              if (h.required) {
                const f = e[u++];
                f === void 0 && this.optionMissingArgument(h), this.emit(`option:${h.name()}`, f);
              } else if (h.optional) {
                let f = null;
                u < e.length && (!s(e[u]) || i(e[u])) && (f = e[u++]),
                  this.emit(`option:${h.name()}`, f);
              } else this.emit(`option:${h.name()}`);
              a = h.variadic ? h : null;
              continue;
            }
          }
          if (d.length > 2 && d[0] === "-" && d[1] !== "-") {
            const h = this._findOption(`-${d[1]}`);
            if (h) {
              h.required || (h.optional && this._combineFlagAndOptionalValue)
                ? this.emit(`option:${h.name()}`, d.slice(2))
                : (this.emit(`option:${h.name()}`), (c = `-${d.slice(2)}`));
              continue;
            }
          }
          if (/^--[^=]+=/.test(d)) {
            const h = d.indexOf("="),
              f = this._findOption(d.slice(0, h));
            if (f && (f.required || f.optional)) {
              this.emit(`option:${f.name()}`, d.slice(h + 1));
              continue;
            }
          }
          if (
            (r === n && s(d) && !(this.commands.length === 0 && i(d)) && (r = o),
            (this._enablePositionalOptions || this._passThroughOptions) &&
              n.length === 0 &&
              o.length === 0)
          ) {
            if (this._findCommand(d)) {
              n.push(d), o.push(...e.slice(u));
              break;
            } else if (this._getHelpCommand() && d === this._getHelpCommand().name()) {
              n.push(d, ...e.slice(u));
              break;
            } else if (this._defaultCommandName) {
              o.push(d, ...e.slice(u));
              break;
            }
          }
          if (this._passThroughOptions) {
            r.push(d, ...e.slice(u));
            break;
          }
          r.push(d);
        }
        return { operands: n, unknown: o };
      }
      opts() {
        if (this._storeOptionsAsProperties) {
          const e = {},
            n = this.options.length;
          for (let o = 0; o < n; o++) {
            const r = this.options[o].attributeName();
            e[r] = r === this._versionOptionName ? this._version : this[r];
          }
          return e;
        }
        return this._optionValues;
      }
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce((e, n) => Object.assign(e, n.opts()), {});
      }
      error(e, n) {
        this._outputConfiguration.outputError(
          `${e}
`,
          this._outputConfiguration.writeErr,
        ),
          typeof this._showHelpAfterError == "string"
            ? this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`)
            : this._showHelpAfterError &&
              (this._outputConfiguration.writeErr(`
`),
              this.outputHelp({ error: !0 }));
        const o = n || {},
          r = o.exitCode || 1,
          s = o.code || "commander.error";
        this._exit(r, s, e);
      }
      _parseOptionsEnv() {
        this.options.forEach((e) => {
          if (e.envVar && e.envVar in $e.env) {
            const n = e.attributeName();
            (this.getOptionValue(n) === void 0 ||
              ["default", "config", "env"].includes(this.getOptionValueSource(n))) &&
              (e.required || e.optional
                ? this.emit(`optionEnv:${e.name()}`, $e.env[e.envVar])
                : this.emit(`optionEnv:${e.name()}`));
          }
        });
      }
      _parseOptionsImplied() {
        const e = new Jh(this.options),
          n = (o) =>
            this.getOptionValue(o) !== void 0 &&
            !["default", "implied"].includes(this.getOptionValueSource(o));
        this.options
          .filter(
            (o) =>
              o.implied !== void 0 &&
              n(o.attributeName()) &&
              e.valueFromOption(this.getOptionValue(o.attributeName()), o),
          )
          .forEach((o) => {
            Object.keys(o.implied)
              .filter((r) => !n(r))
              .forEach((r) => {
                this.setOptionValueWithSource(r, o.implied[r], "implied");
              });
          });
      }
      missingArgument(e) {
        const n = `error: missing required argument '${e}'`;
        this.error(n, { code: "commander.missingArgument" });
      }
      optionMissingArgument(e) {
        const n = `error: option '${e.flags}' argument missing`;
        this.error(n, { code: "commander.optionMissingArgument" });
      }
      missingMandatoryOptionValue(e) {
        const n = `error: required option '${e.flags}' not specified`;
        this.error(n, { code: "commander.missingMandatoryOptionValue" });
      }
      _conflictingOption(e, n) {
        const o = (i) => {
            const a = i.attributeName(),
              c = this.getOptionValue(a),
              u = this.options.find((h) => h.negate && a === h.attributeName()),
              d = this.options.find((h) => !h.negate && a === h.attributeName());
            return u &&
              ((u.presetArg === void 0 && c === !1) ||
                (u.presetArg !== void 0 && c === u.presetArg))
              ? u
              : d || i;
          },
          r = (i) => {
            const a = o(i),
              c = a.attributeName();
            return this.getOptionValueSource(c) === "env"
              ? `environment variable '${a.envVar}'`
              : `option '${a.flags}'`;
          },
          s = `error: ${r(e)} cannot be used with ${r(n)}`;
        this.error(s, { code: "commander.conflictingOption" });
      }
      unknownOption(e) {
        if (this._allowUnknownOption) return;
        let n = "";
        if (e.startsWith("--") && this._showSuggestionAfterError) {
          let r = [],
            s = this;
          do {
            const i = s
              .createHelp()
              .visibleOptions(s)
              .filter((a) => a.long)
              .map((a) => a.long);
            (r = r.concat(i)), (s = s.parent);
          } while (s && !s._enablePositionalOptions);
          n = ql(e, r);
        }
        const o = `error: unknown option '${e}'${n}`;
        this.error(o, { code: "commander.unknownOption" });
      }
      _excessArguments(e) {
        if (this._allowExcessArguments) return;
        const n = this.registeredArguments.length,
          o = n === 1 ? "" : "s",
          s = `error: too many arguments${this.parent ? ` for '${this.name()}'` : ""}. Expected ${n} argument${o} but got ${e.length}.`;
        this.error(s, { code: "commander.excessArguments" });
      }
      unknownCommand() {
        let e = this.args[0],
          n = "";
        if (this._showSuggestionAfterError) {
          const r = [];
          this.createHelp()
            .visibleCommands(this)
            .forEach((s) => {
              r.push(s.name()), s.alias() && r.push(s.alias());
            }),
            (n = ql(e, r));
        }
        const o = `error: unknown command '${e}'${n}`;
        this.error(o, { code: "commander.unknownCommand" });
      }
      version(e, n, o) {
        if (e === void 0) return this._version;
        (this._version = e), (n = n || "-V, --version"), (o = o || "output the version number");
        const r = this.createOption(n, o);
        return (
          (this._versionOptionName = r.attributeName()),
          this._registerOption(r),
          this.on("option:" + r.name(), () => {
            this._outputConfiguration.writeOut(`${e}
`),
              this._exit(0, "commander.version", e);
          }),
          this
        );
      }
      description(e, n) {
        return e === void 0 && n === void 0
          ? this._description
          : ((this._description = e), n && (this._argsDescription = n), this);
      }
      summary(e) {
        return e === void 0 ? this._summary : ((this._summary = e), this);
      }
      alias(e) {
        if (e === void 0) return this._aliases[0];
        let n = this;
        if (
          (this.commands.length !== 0 &&
            this.commands[this.commands.length - 1]._executableHandler &&
            (n = this.commands[this.commands.length - 1]),
          e === n._name)
        )
          throw new Error("Command alias can't be the same as its name");
        const o = this.parent?._findCommand(e);
        if (o) {
          const r = [o.name()].concat(o.aliases()).join("|");
          throw new Error(
            `cannot add alias '${e}' to command '${this.name()}' as already have command '${r}'`,
          );
        }
        return (n._aliases.push(e), this);
      }
      aliases(e) {
        return e === void 0 ? this._aliases : (e.forEach((n) => this.alias(n)), this);
      }
      usage(e) {
        if (e === void 0) {
          if (this._usage) return this._usage;
          const n = this.registeredArguments.map((o) => Wh(o));
          return []
            .concat(
              this.options.length || this._helpOption !== null ? "[options]" : [],
              this.commands.length ? "[command]" : [],
              this.registeredArguments.length ? n : [],
            )
            .join(" ");
        }
        return ((this._usage = e), this);
      }
      name(e) {
        return e === void 0 ? this._name : ((this._name = e), this);
      }
      helpGroup(e) {
        return e === void 0 ? (this._helpGroupHeading ?? "") : ((this._helpGroupHeading = e), this);
      }
      commandsGroup(e) {
        return e === void 0
          ? (this._defaultCommandGroup ?? "")
          : ((this._defaultCommandGroup = e), this);
      }
      optionsGroup(e) {
        return e === void 0
          ? (this._defaultOptionGroup ?? "")
          : ((this._defaultOptionGroup = e), this);
      }
      _initOptionGroup(e) {
        this._defaultOptionGroup && !e.helpGroupHeading && e.helpGroup(this._defaultOptionGroup);
      }
      _initCommandGroup(e) {
        this._defaultCommandGroup && !e.helpGroup() && e.helpGroup(this._defaultCommandGroup);
      }
      nameFromFilename(e) {
        return ((this._name = En.basename(e, En.extname(e))), this);
      }
      executableDir(e) {
        return e === void 0 ? this._executableDir : ((this._executableDir = e), this);
      }
      helpInformation(e) {
        const n = this.createHelp(),
          o = this._getOutputContext(e);
        n.prepareContext({ error: o.error, helpWidth: o.helpWidth, outputHasColors: o.hasColors });
        const r = n.formatHelp(this, n);
        return o.hasColors ? r : this._outputConfiguration.stripColor(r);
      }
      _getOutputContext(e) {
        e = e || {};
        let n = !!e.error,
          o,
          r,
          s;
        return (
          n
            ? ((o = (a) => this._outputConfiguration.writeErr(a)),
              (r = this._outputConfiguration.getErrHasColors()),
              (s = this._outputConfiguration.getErrHelpWidth()))
            : ((o = (a) => this._outputConfiguration.writeOut(a)),
              (r = this._outputConfiguration.getOutHasColors()),
              (s = this._outputConfiguration.getOutHelpWidth())),
          {
            error: n,
            write: (a) => (r || (a = this._outputConfiguration.stripColor(a)), o(a)),
            hasColors: r,
            helpWidth: s,
          }
        );
      }
      outputHelp(e) {
        let n;
        typeof e == "function" && ((n = e), (e = void 0));
        const o = this._getOutputContext(e),
          r = { error: o.error, write: o.write, command: this };
        this._getCommandAndAncestors()
          .reverse()
          .forEach((i) => i.emit("beforeAllHelp", r)),
          this.emit("beforeHelp", r);
        let s = this.helpInformation({ error: o.error });
        if (n && ((s = n(s)), typeof s != "string" && !Buffer.isBuffer(s)))
          throw new Error("outputHelp callback must return a string or a Buffer");
        o.write(s),
          this._getHelpOption()?.long && this.emit(this._getHelpOption().long),
          this.emit("afterHelp", r),
          this._getCommandAndAncestors().forEach((i) => i.emit("afterAllHelp", r));
      }
      helpOption(e, n) {
        return typeof e == "boolean"
          ? (e
              ? (this._helpOption === null && (this._helpOption = void 0),
                this._defaultOptionGroup && this._initOptionGroup(this._getHelpOption()))
              : (this._helpOption = null),
            this)
          : ((this._helpOption = this.createOption(
              e ?? "-h, --help",
              n ?? "display help for command",
            )),
            (e || n) && this._initOptionGroup(this._helpOption),
            this);
      }
      _getHelpOption() {
        return (this._helpOption === void 0 && this.helpOption(void 0, void 0), this._helpOption);
      }
      addHelpOption(e) {
        return ((this._helpOption = e), this._initOptionGroup(e), this);
      }
      help(e) {
        this.outputHelp(e);
        let n = Number($e.exitCode ?? 0);
        n === 0 && e && typeof e != "function" && e.error && (n = 1),
          this._exit(n, "commander.help", "(outputHelp)");
      }
      addHelpText(e, n) {
        const o = ["beforeAll", "before", "after", "afterAll"];
        if (!o.includes(e))
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${o.join("', '")}'`);
        const r = `${e}Help`;
        return (
          this.on(r, (s) => {
            let i;
            typeof n == "function" ? (i = n({ error: s.error, command: s.command })) : (i = n),
              i &&
                s.write(`${i}
`);
          }),
          this
        );
      }
      _outputHelpIfRequested(e) {
        const n = this._getHelpOption();
        n &&
          e.find((r) => n.is(r)) &&
          (this.outputHelp(), this._exit(0, "commander.helpDisplayed", "(outputHelp)"));
      }
    };
  function $l(t) {
    return t.map((e) => {
      if (!e.startsWith("--inspect")) return e;
      let n,
        o = "127.0.0.1",
        r = "9229",
        s;
      return (
        (s = e.match(/^(--inspect(-brk)?)$/)) !== null
          ? (n = s[1])
          : (s = e.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
            ? ((n = s[1]), /^\d+$/.test(s[3]) ? (r = s[3]) : (o = s[3]))
            : (s = e.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null &&
              ((n = s[1]), (o = s[3]), (r = s[4])),
        n && r !== "0" ? `${n}=${o}:${parseInt(r) + 1}` : e
      );
    });
  }
  function Si() {
    if ($e.env.NO_COLOR || $e.env.FORCE_COLOR === "0" || $e.env.FORCE_COLOR === "false") return !1;
    if ($e.env.FORCE_COLOR || $e.env.CLICOLOR_FORCE !== void 0) return !0;
  }
  Ei.Command = Ii;
  Ei.useColor = Si;
});
var Hl = z((nn) => {
  var { Argument: Bl } = Nr(),
    { Command: Ai } = jl(),
    { CommanderError: Gh, InvalidArgumentError: Vl } = Jo(),
    { Help: Xh } = gi(),
    { Option: Kl } = wi();
  nn.program = new Ai();
  nn.createCommand = (t) => new Ai(t);
  nn.createOption = (t, e) => new Kl(t, e);
  nn.createArgument = (t, e) => new Bl(t, e);
  nn.Command = Ai;
  nn.Option = Kl;
  nn.Argument = Bl;
  nn.Help = Xh;
  nn.CommanderError = Gh;
  nn.InvalidArgumentError = Vl;
  nn.InvalidOptionArgumentError = Vl;
});
var yt = z(($i) => {
  Object.defineProperty($i, "__esModule", { value: !0 });
  var x1;
  ((t) => {
    t[(t.NONE = 0)] = "NONE";
    const n = 1;
    t[(t._abstract = n)] = "_abstract";
    const o = n + 1;
    t[(t._accessor = o)] = "_accessor";
    const r = o + 1;
    t[(t._as = r)] = "_as";
    const s = r + 1;
    t[(t._assert = s)] = "_assert";
    const i = s + 1;
    t[(t._asserts = i)] = "_asserts";
    const a = i + 1;
    t[(t._async = a)] = "_async";
    const c = a + 1;
    t[(t._await = c)] = "_await";
    const u = c + 1;
    t[(t._checks = u)] = "_checks";
    const d = u + 1;
    t[(t._constructor = d)] = "_constructor";
    const h = d + 1;
    t[(t._declare = h)] = "_declare";
    const f = h + 1;
    t[(t._enum = f)] = "_enum";
    const _ = f + 1;
    t[(t._exports = _)] = "_exports";
    const E = _ + 1;
    t[(t._from = E)] = "_from";
    const V = E + 1;
    t[(t._get = V)] = "_get";
    const b = V + 1;
    t[(t._global = b)] = "_global";
    const L = b + 1;
    t[(t._implements = L)] = "_implements";
    const J = L + 1;
    t[(t._infer = J)] = "_infer";
    const ke = J + 1;
    t[(t._interface = ke)] = "_interface";
    const le = ke + 1;
    t[(t._is = le)] = "_is";
    const se = le + 1;
    t[(t._keyof = se)] = "_keyof";
    const Se = se + 1;
    t[(t._mixins = Se)] = "_mixins";
    const ze = Se + 1;
    t[(t._module = ze)] = "_module";
    const ot = ze + 1;
    t[(t._namespace = ot)] = "_namespace";
    const pt = ot + 1;
    t[(t._of = pt)] = "_of";
    const Ct = pt + 1;
    t[(t._opaque = Ct)] = "_opaque";
    const Nt = Ct + 1;
    t[(t._out = Nt)] = "_out";
    const jt = Nt + 1;
    t[(t._override = jt)] = "_override";
    const It = jt + 1;
    t[(t._private = It)] = "_private";
    const Rt = It + 1;
    t[(t._protected = Rt)] = "_protected";
    const ln = Rt + 1;
    t[(t._proto = ln)] = "_proto";
    const Bt = ln + 1;
    t[(t._public = Bt)] = "_public";
    const en = Bt + 1;
    t[(t._readonly = en)] = "_readonly";
    const Tt = en + 1;
    t[(t._require = Tt)] = "_require";
    const tn = Tt + 1;
    t[(t._satisfies = tn)] = "_satisfies";
    const Vt = tn + 1;
    t[(t._set = Vt)] = "_set";
    const B = Vt + 1;
    t[(t._static = B)] = "_static";
    const $ = B + 1;
    t[(t._symbol = $)] = "_symbol";
    const I = $ + 1;
    t[(t._type = I)] = "_type";
    const W = I + 1;
    t[(t._unique = W)] = "_unique";
    const oe = W + 1;
    t[(t._using = oe)] = "_using";
  })(x1 || ($i.ContextualKeyword = x1 = {}));
});
var xe = z((Wr) => {
  Object.defineProperty(Wr, "__esModule", { value: !0 });
  var P;
  ((t) => {
    t[(t.PRECEDENCE_MASK = 15)] = "PRECEDENCE_MASK";
    const n = 16;
    t[(t.IS_KEYWORD = n)] = "IS_KEYWORD";
    const o = 32;
    t[(t.IS_ASSIGN = o)] = "IS_ASSIGN";
    const r = 64;
    t[(t.IS_RIGHT_ASSOCIATIVE = r)] = "IS_RIGHT_ASSOCIATIVE";
    const s = 128;
    t[(t.IS_PREFIX = s)] = "IS_PREFIX";
    const i = 256;
    t[(t.IS_POSTFIX = i)] = "IS_POSTFIX";
    const a = 512;
    t[(t.IS_EXPRESSION_START = a)] = "IS_EXPRESSION_START";
    const c = 512;
    t[(t.num = c)] = "num";
    const u = 1536;
    t[(t.bigint = u)] = "bigint";
    const d = 2560;
    t[(t.decimal = d)] = "decimal";
    const h = 3584;
    t[(t.regexp = h)] = "regexp";
    const f = 4608;
    t[(t.string = f)] = "string";
    const _ = 5632;
    t[(t.name = _)] = "name";
    const E = 6144;
    t[(t.eof = E)] = "eof";
    const V = 7680;
    t[(t.bracketL = V)] = "bracketL";
    const b = 8192;
    t[(t.bracketR = b)] = "bracketR";
    const L = 9728;
    t[(t.braceL = L)] = "braceL";
    const J = 10752;
    t[(t.braceBarL = J)] = "braceBarL";
    const ke = 11264;
    t[(t.braceR = ke)] = "braceR";
    const le = 12288;
    t[(t.braceBarR = le)] = "braceBarR";
    const se = 13824;
    t[(t.parenL = se)] = "parenL";
    const Se = 14336;
    t[(t.parenR = Se)] = "parenR";
    const ze = 15360;
    t[(t.comma = ze)] = "comma";
    const ot = 16384;
    t[(t.semi = ot)] = "semi";
    const pt = 17408;
    t[(t.colon = pt)] = "colon";
    const Ct = 18432;
    t[(t.doubleColon = Ct)] = "doubleColon";
    const Nt = 19456;
    t[(t.dot = Nt)] = "dot";
    const jt = 20480;
    t[(t.question = jt)] = "question";
    const It = 21504;
    t[(t.questionDot = It)] = "questionDot";
    const Rt = 22528;
    t[(t.arrow = Rt)] = "arrow";
    const ln = 23552;
    t[(t.template = ln)] = "template";
    const Bt = 24576;
    t[(t.ellipsis = Bt)] = "ellipsis";
    const en = 25600;
    t[(t.backQuote = en)] = "backQuote";
    const Tt = 27136;
    t[(t.dollarBraceL = Tt)] = "dollarBraceL";
    const tn = 27648;
    t[(t.at = tn)] = "at";
    const Vt = 29184;
    t[(t.hash = Vt)] = "hash";
    const B = 29728;
    t[(t.eq = B)] = "eq";
    const $ = 30752;
    t[(t.assign = $)] = "assign";
    const I = 32640;
    t[(t.preIncDec = I)] = "preIncDec";
    const W = 33664;
    t[(t.postIncDec = W)] = "postIncDec";
    const oe = 34432;
    t[(t.bang = oe)] = "bang";
    const ue = 35456;
    t[(t.tilde = ue)] = "tilde";
    const Ne = 35841;
    t[(t.pipeline = Ne)] = "pipeline";
    const Ee = 36866;
    t[(t.nullishCoalescing = Ee)] = "nullishCoalescing";
    const Ye = 37890;
    t[(t.logicalOR = Ye)] = "logicalOR";
    const je = 38915;
    t[(t.logicalAND = je)] = "logicalAND";
    const ve = 39940;
    t[(t.bitwiseOR = ve)] = "bitwiseOR";
    const Fe = 40965;
    t[(t.bitwiseXOR = Fe)] = "bitwiseXOR";
    const Be = 41990;
    t[(t.bitwiseAND = Be)] = "bitwiseAND";
    const me = 43015;
    t[(t.equality = me)] = "equality";
    const Ge = 44040;
    t[(t.lessThan = Ge)] = "lessThan";
    const q = 45064;
    t[(t.greaterThan = q)] = "greaterThan";
    const F = 46088;
    t[(t.relationalOrEqual = F)] = "relationalOrEqual";
    const U = 47113;
    t[(t.bitShiftL = U)] = "bitShiftL";
    const ee = 48137;
    t[(t.bitShiftR = ee)] = "bitShiftR";
    const de = 49802;
    t[(t.plus = de)] = "plus";
    const pe = 50826;
    t[(t.minus = pe)] = "minus";
    const he = 51723;
    t[(t.modulo = he)] = "modulo";
    const Re = 52235;
    t[(t.star = Re)] = "star";
    const rt = 53259;
    t[(t.slash = rt)] = "slash";
    const St = 54348;
    t[(t.exponent = St)] = "exponent";
    const Kt = 55296;
    t[(t.jsxName = Kt)] = "jsxName";
    const Ht = 56320;
    t[(t.jsxText = Ht)] = "jsxText";
    const yn = 57344;
    t[(t.jsxEmptyText = yn)] = "jsxEmptyText";
    const Wt = 58880;
    t[(t.jsxTagStart = Wt)] = "jsxTagStart";
    const Ut = 59392;
    t[(t.jsxTagEnd = Ut)] = "jsxTagEnd";
    const Et = 60928;
    t[(t.typeParameterStart = Et)] = "typeParameterStart";
    const un = 61440;
    t[(t.nonNullAssertion = un)] = "nonNullAssertion";
    const Ho = 62480;
    t[(t._break = Ho)] = "_break";
    const mo = 63504;
    t[(t._case = mo)] = "_case";
    const v = 64528;
    t[(t._catch = v)] = "_catch";
    const N = 65552;
    t[(t._continue = N)] = "_continue";
    const M = 66576;
    t[(t._debugger = M)] = "_debugger";
    const K = 67600;
    t[(t._default = K)] = "_default";
    const ne = 68624;
    t[(t._do = ne)] = "_do";
    const Y = 69648;
    t[(t._else = Y)] = "_else";
    const Te = 70672;
    t[(t._finally = Te)] = "_finally";
    const qe = 71696;
    t[(t._for = qe)] = "_for";
    const fe = 73232;
    t[(t._function = fe)] = "_function";
    const et = 73744;
    t[(t._if = et)] = "_if";
    const st = 74768;
    t[(t._return = st)] = "_return";
    const it = 75792;
    t[(t._switch = it)] = "_switch";
    const kt = 77456;
    t[(t._throw = kt)] = "_throw";
    const vt = 77840;
    t[(t._try = vt)] = "_try";
    const Mt = 78864;
    t[(t._var = Mt)] = "_var";
    const Dt = 79888;
    t[(t._let = Dt)] = "_let";
    const zt = 80912;
    t[(t._const = zt)] = "_const";
    const kn = 81936;
    t[(t._while = kn)] = "_while";
    const ro = 82960;
    t[(t._with = ro)] = "_with";
    const xt = 84496;
    t[(t._new = xt)] = "_new";
    const so = 85520;
    t[(t._this = so)] = "_this";
    const To = 86544;
    t[(t._super = To)] = "_super";
    const Wo = 87568;
    t[(t._class = Wo)] = "_class";
    const yo = 88080;
    t[(t._extends = yo)] = "_extends";
    const io = 89104;
    t[(t._export = io)] = "_export";
    const pn = 90640;
    t[(t._import = pn)] = "_import";
    const $n = 91664;
    t[(t._yield = $n)] = "_yield";
    const ko = 92688;
    t[(t._null = ko)] = "_null";
    const go = 93712;
    t[(t._true = go)] = "_true";
    const vo = 94736;
    t[(t._false = vo)] = "_false";
    const ii = 95256;
    t[(t._in = ii)] = "_in";
    const ai = 96280;
    t[(t._instanceof = ai)] = "_instanceof";
    const ci = 97936;
    t[(t._typeof = ci)] = "_typeof";
    const li = 98960;
    t[(t._void = li)] = "_void";
    const vh = 99984;
    t[(t._delete = vh)] = "_delete";
    const xh = 100880;
    t[(t._async = xh)] = "_async";
    const _h = 101904;
    t[(t._get = _h)] = "_get";
    const wh = 102928;
    t[(t._set = wh)] = "_set";
    const bh = 103952;
    t[(t._declare = bh)] = "_declare";
    const Ch = 104976;
    t[(t._readonly = Ch)] = "_readonly";
    const Ih = 106e3;
    t[(t._abstract = Ih)] = "_abstract";
    const Sh = 107024;
    t[(t._static = Sh)] = "_static";
    const Eh = 107536;
    t[(t._public = Eh)] = "_public";
    const Ah = 108560;
    t[(t._private = Ah)] = "_private";
    const Oh = 109584;
    t[(t._protected = Oh)] = "_protected";
    const Ph = 110608;
    t[(t._override = Ph)] = "_override";
    const Nh = 112144;
    t[(t._as = Nh)] = "_as";
    const Rh = 113168;
    t[(t._enum = Rh)] = "_enum";
    const Mh = 114192;
    t[(t._type = Mh)] = "_type";
    const Dh = 115216;
    t[(t._implements = Dh)] = "_implements";
  })(P || (Wr.TokenType = P = {}));
  function Df(t) {
    switch (t) {
      case P.num:
        return "num";
      case P.bigint:
        return "bigint";
      case P.decimal:
        return "decimal";
      case P.regexp:
        return "regexp";
      case P.string:
        return "string";
      case P.name:
        return "name";
      case P.eof:
        return "eof";
      case P.bracketL:
        return "[";
      case P.bracketR:
        return "]";
      case P.braceL:
        return "{";
      case P.braceBarL:
        return "{|";
      case P.braceR:
        return "}";
      case P.braceBarR:
        return "|}";
      case P.parenL:
        return "(";
      case P.parenR:
        return ")";
      case P.comma:
        return ",";
      case P.semi:
        return ";";
      case P.colon:
        return ":";
      case P.doubleColon:
        return "::";
      case P.dot:
        return ".";
      case P.question:
        return "?";
      case P.questionDot:
        return "?.";
      case P.arrow:
        return "=>";
      case P.template:
        return "template";
      case P.ellipsis:
        return "...";
      case P.backQuote:
        return "`";
      case P.dollarBraceL:
        return "${";
      case P.at:
        return "@";
      case P.hash:
        return "#";
      case P.eq:
        return "=";
      case P.assign:
        return "_=";
      case P.preIncDec:
        return "++/--";
      case P.postIncDec:
        return "++/--";
      case P.bang:
        return "!";
      case P.tilde:
        return "~";
      case P.pipeline:
        return "|>";
      case P.nullishCoalescing:
        return "??";
      case P.logicalOR:
        return "||";
      case P.logicalAND:
        return "&&";
      case P.bitwiseOR:
        return "|";
      case P.bitwiseXOR:
        return "^";
      case P.bitwiseAND:
        return "&";
      case P.equality:
        return "==/!=";
      case P.lessThan:
        return "<";
      case P.greaterThan:
        return ">";
      case P.relationalOrEqual:
        return "<=/>=";
      case P.bitShiftL:
        return "<<";
      case P.bitShiftR:
        return ">>/>>>";
      case P.plus:
        return "+";
      case P.minus:
        return "-";
      case P.modulo:
        return "%";
      case P.star:
        return "*";
      case P.slash:
        return "/";
      case P.exponent:
        return "**";
      case P.jsxName:
        return "jsxName";
      case P.jsxText:
        return "jsxText";
      case P.jsxEmptyText:
        return "jsxEmptyText";
      case P.jsxTagStart:
        return "jsxTagStart";
      case P.jsxTagEnd:
        return "jsxTagEnd";
      case P.typeParameterStart:
        return "typeParameterStart";
      case P.nonNullAssertion:
        return "nonNullAssertion";
      case P._break:
        return "break";
      case P._case:
        return "case";
      case P._catch:
        return "catch";
      case P._continue:
        return "continue";
      case P._debugger:
        return "debugger";
      case P._default:
        return "default";
      case P._do:
        return "do";
      case P._else:
        return "else";
      case P._finally:
        return "finally";
      case P._for:
        return "for";
      case P._function:
        return "function";
      case P._if:
        return "if";
      case P._return:
        return "return";
      case P._switch:
        return "switch";
      case P._throw:
        return "throw";
      case P._try:
        return "try";
      case P._var:
        return "var";
      case P._let:
        return "let";
      case P._const:
        return "const";
      case P._while:
        return "while";
      case P._with:
        return "with";
      case P._new:
        return "new";
      case P._this:
        return "this";
      case P._super:
        return "super";
      case P._class:
        return "class";
      case P._extends:
        return "extends";
      case P._export:
        return "export";
      case P._import:
        return "import";
      case P._yield:
        return "yield";
      case P._null:
        return "null";
      case P._true:
        return "true";
      case P._false:
        return "false";
      case P._in:
        return "in";
      case P._instanceof:
        return "instanceof";
      case P._typeof:
        return "typeof";
      case P._void:
        return "void";
      case P._delete:
        return "delete";
      case P._async:
        return "async";
      case P._get:
        return "get";
      case P._set:
        return "set";
      case P._declare:
        return "declare";
      case P._readonly:
        return "readonly";
      case P._abstract:
        return "abstract";
      case P._static:
        return "static";
      case P._public:
        return "public";
      case P._private:
        return "private";
      case P._protected:
        return "protected";
      case P._override:
        return "override";
      case P._as:
        return "as";
      case P._enum:
        return "enum";
      case P._type:
        return "type";
      case P._implements:
        return "implements";
      default:
        return "";
    }
  }
  Wr.formatTokenType = Df;
});
var zr = z((Qo) => {
  Object.defineProperty(Qo, "__esModule", { value: !0 });
  var Lf = yt(),
    Ff = xe(),
    ji = class {
      constructor(e, n, o) {
        (this.startTokenIndex = e), (this.endTokenIndex = n), (this.isFunctionScope = o);
      }
    };
  Qo.Scope = ji;
  var Ur = class {
    constructor(e, n, o, r, s, i, a, c, u, d, h, f, _) {
      (this.potentialArrowAt = e),
        (this.noAnonFunctionType = n),
        (this.inDisallowConditionalTypesContext = o),
        (this.tokensLength = r),
        (this.scopesLength = s),
        (this.pos = i),
        (this.type = a),
        (this.contextualKeyword = c),
        (this.start = u),
        (this.end = d),
        (this.isType = h),
        (this.scopeDepth = f),
        (this.error = _);
    }
  };
  Qo.StateSnapshot = Ur;
  var Bi = class t {
    constructor() {
      t.prototype.__init.call(this),
        t.prototype.__init2.call(this),
        t.prototype.__init3.call(this),
        t.prototype.__init4.call(this),
        t.prototype.__init5.call(this),
        t.prototype.__init6.call(this),
        t.prototype.__init7.call(this),
        t.prototype.__init8.call(this),
        t.prototype.__init9.call(this),
        t.prototype.__init10.call(this),
        t.prototype.__init11.call(this),
        t.prototype.__init12.call(this),
        t.prototype.__init13.call(this);
    }
    __init() {
      this.potentialArrowAt = -1;
    }
    __init2() {
      this.noAnonFunctionType = !1;
    }
    __init3() {
      this.inDisallowConditionalTypesContext = !1;
    }
    __init4() {
      this.tokens = [];
    }
    __init5() {
      this.scopes = [];
    }
    __init6() {
      this.pos = 0;
    }
    __init7() {
      this.type = Ff.TokenType.eof;
    }
    __init8() {
      this.contextualKeyword = Lf.ContextualKeyword.NONE;
    }
    __init9() {
      this.start = 0;
    }
    __init10() {
      this.end = 0;
    }
    __init11() {
      this.isType = !1;
    }
    __init12() {
      this.scopeDepth = 0;
    }
    __init13() {
      this.error = null;
    }
    snapshot() {
      return new Ur(
        this.potentialArrowAt,
        this.noAnonFunctionType,
        this.inDisallowConditionalTypesContext,
        this.tokens.length,
        this.scopes.length,
        this.pos,
        this.type,
        this.contextualKeyword,
        this.start,
        this.end,
        this.isType,
        this.scopeDepth,
        this.error,
      );
    }
    restoreFromSnapshot(e) {
      (this.potentialArrowAt = e.potentialArrowAt),
        (this.noAnonFunctionType = e.noAnonFunctionType),
        (this.inDisallowConditionalTypesContext = e.inDisallowConditionalTypesContext),
        (this.tokens.length = e.tokensLength),
        (this.scopes.length = e.scopesLength),
        (this.pos = e.pos),
        (this.type = e.type),
        (this.contextualKeyword = e.contextualKeyword),
        (this.start = e.start),
        (this.end = e.end),
        (this.isType = e.isType),
        (this.scopeDepth = e.scopeDepth),
        (this.error = e.error);
    }
  };
  Qo.default = Bi;
});
var Jt = z((Jr) => {
  Object.defineProperty(Jr, "__esModule", { value: !0 });
  var Bn;
  ((t) => {
    t[(t.backSpace = 8)] = "backSpace";
    const n = 10;
    t[(t.lineFeed = n)] = "lineFeed";
    const o = 9;
    t[(t.tab = o)] = "tab";
    const r = 13;
    t[(t.carriageReturn = r)] = "carriageReturn";
    const s = 14;
    t[(t.shiftOut = s)] = "shiftOut";
    const i = 32;
    t[(t.space = i)] = "space";
    const a = 33;
    t[(t.exclamationMark = a)] = "exclamationMark";
    const c = 34;
    t[(t.quotationMark = c)] = "quotationMark";
    const u = 35;
    t[(t.numberSign = u)] = "numberSign";
    const d = 36;
    t[(t.dollarSign = d)] = "dollarSign";
    const h = 37;
    t[(t.percentSign = h)] = "percentSign";
    const f = 38;
    t[(t.ampersand = f)] = "ampersand";
    const _ = 39;
    t[(t.apostrophe = _)] = "apostrophe";
    const E = 40;
    t[(t.leftParenthesis = E)] = "leftParenthesis";
    const V = 41;
    t[(t.rightParenthesis = V)] = "rightParenthesis";
    const b = 42;
    t[(t.asterisk = b)] = "asterisk";
    const L = 43;
    t[(t.plusSign = L)] = "plusSign";
    const J = 44;
    t[(t.comma = J)] = "comma";
    const ke = 45;
    t[(t.dash = ke)] = "dash";
    const le = 46;
    t[(t.dot = le)] = "dot";
    const se = 47;
    t[(t.slash = se)] = "slash";
    const Se = 48;
    t[(t.digit0 = Se)] = "digit0";
    const ze = 49;
    t[(t.digit1 = ze)] = "digit1";
    const ot = 50;
    t[(t.digit2 = ot)] = "digit2";
    const pt = 51;
    t[(t.digit3 = pt)] = "digit3";
    const Ct = 52;
    t[(t.digit4 = Ct)] = "digit4";
    const Nt = 53;
    t[(t.digit5 = Nt)] = "digit5";
    const jt = 54;
    t[(t.digit6 = jt)] = "digit6";
    const It = 55;
    t[(t.digit7 = It)] = "digit7";
    const Rt = 56;
    t[(t.digit8 = Rt)] = "digit8";
    const ln = 57;
    t[(t.digit9 = ln)] = "digit9";
    const Bt = 58;
    t[(t.colon = Bt)] = "colon";
    const en = 59;
    t[(t.semicolon = en)] = "semicolon";
    const Tt = 60;
    t[(t.lessThan = Tt)] = "lessThan";
    const tn = 61;
    t[(t.equalsTo = tn)] = "equalsTo";
    const Vt = 62;
    t[(t.greaterThan = Vt)] = "greaterThan";
    const B = 63;
    t[(t.questionMark = B)] = "questionMark";
    const $ = 64;
    t[(t.atSign = $)] = "atSign";
    const I = 65;
    t[(t.uppercaseA = I)] = "uppercaseA";
    const W = 66;
    t[(t.uppercaseB = W)] = "uppercaseB";
    const oe = 67;
    t[(t.uppercaseC = oe)] = "uppercaseC";
    const ue = 68;
    t[(t.uppercaseD = ue)] = "uppercaseD";
    const Ne = 69;
    t[(t.uppercaseE = Ne)] = "uppercaseE";
    const Ee = 70;
    t[(t.uppercaseF = Ee)] = "uppercaseF";
    const Ye = 71;
    t[(t.uppercaseG = Ye)] = "uppercaseG";
    const je = 72;
    t[(t.uppercaseH = je)] = "uppercaseH";
    const ve = 73;
    t[(t.uppercaseI = ve)] = "uppercaseI";
    const Fe = 74;
    t[(t.uppercaseJ = Fe)] = "uppercaseJ";
    const Be = 75;
    t[(t.uppercaseK = Be)] = "uppercaseK";
    const me = 76;
    t[(t.uppercaseL = me)] = "uppercaseL";
    const Ge = 77;
    t[(t.uppercaseM = Ge)] = "uppercaseM";
    const q = 78;
    t[(t.uppercaseN = q)] = "uppercaseN";
    const F = 79;
    t[(t.uppercaseO = F)] = "uppercaseO";
    const U = 80;
    t[(t.uppercaseP = U)] = "uppercaseP";
    const ee = 81;
    t[(t.uppercaseQ = ee)] = "uppercaseQ";
    const de = 82;
    t[(t.uppercaseR = de)] = "uppercaseR";
    const pe = 83;
    t[(t.uppercaseS = pe)] = "uppercaseS";
    const he = 84;
    t[(t.uppercaseT = he)] = "uppercaseT";
    const Re = 85;
    t[(t.uppercaseU = Re)] = "uppercaseU";
    const rt = 86;
    t[(t.uppercaseV = rt)] = "uppercaseV";
    const St = 87;
    t[(t.uppercaseW = St)] = "uppercaseW";
    const Kt = 88;
    t[(t.uppercaseX = Kt)] = "uppercaseX";
    const Ht = 89;
    t[(t.uppercaseY = Ht)] = "uppercaseY";
    const yn = 90;
    t[(t.uppercaseZ = yn)] = "uppercaseZ";
    const Wt = 91;
    t[(t.leftSquareBracket = Wt)] = "leftSquareBracket";
    const Ut = 92;
    t[(t.backslash = Ut)] = "backslash";
    const Et = 93;
    t[(t.rightSquareBracket = Et)] = "rightSquareBracket";
    const un = 94;
    t[(t.caret = un)] = "caret";
    const Ho = 95;
    t[(t.underscore = Ho)] = "underscore";
    const mo = 96;
    t[(t.graveAccent = mo)] = "graveAccent";
    const v = 97;
    t[(t.lowercaseA = v)] = "lowercaseA";
    const N = 98;
    t[(t.lowercaseB = N)] = "lowercaseB";
    const M = 99;
    t[(t.lowercaseC = M)] = "lowercaseC";
    const K = 100;
    t[(t.lowercaseD = K)] = "lowercaseD";
    const ne = 101;
    t[(t.lowercaseE = ne)] = "lowercaseE";
    const Y = 102;
    t[(t.lowercaseF = Y)] = "lowercaseF";
    const Te = 103;
    t[(t.lowercaseG = Te)] = "lowercaseG";
    const qe = 104;
    t[(t.lowercaseH = qe)] = "lowercaseH";
    const fe = 105;
    t[(t.lowercaseI = fe)] = "lowercaseI";
    const et = 106;
    t[(t.lowercaseJ = et)] = "lowercaseJ";
    const st = 107;
    t[(t.lowercaseK = st)] = "lowercaseK";
    const it = 108;
    t[(t.lowercaseL = it)] = "lowercaseL";
    const kt = 109;
    t[(t.lowercaseM = kt)] = "lowercaseM";
    const vt = 110;
    t[(t.lowercaseN = vt)] = "lowercaseN";
    const Mt = 111;
    t[(t.lowercaseO = Mt)] = "lowercaseO";
    const Dt = 112;
    t[(t.lowercaseP = Dt)] = "lowercaseP";
    const zt = 113;
    t[(t.lowercaseQ = zt)] = "lowercaseQ";
    const kn = 114;
    t[(t.lowercaseR = kn)] = "lowercaseR";
    const ro = 115;
    t[(t.lowercaseS = ro)] = "lowercaseS";
    const xt = 116;
    t[(t.lowercaseT = xt)] = "lowercaseT";
    const so = 117;
    t[(t.lowercaseU = so)] = "lowercaseU";
    const To = 118;
    t[(t.lowercaseV = To)] = "lowercaseV";
    const Wo = 119;
    t[(t.lowercaseW = Wo)] = "lowercaseW";
    const yo = 120;
    t[(t.lowercaseX = yo)] = "lowercaseX";
    const io = 121;
    t[(t.lowercaseY = io)] = "lowercaseY";
    const pn = 122;
    t[(t.lowercaseZ = pn)] = "lowercaseZ";
    const $n = 123;
    t[(t.leftCurlyBrace = $n)] = "leftCurlyBrace";
    const ko = 124;
    t[(t.verticalBar = ko)] = "verticalBar";
    const go = 125;
    t[(t.rightCurlyBrace = go)] = "rightCurlyBrace";
    const vo = 126;
    t[(t.tilde = vo)] = "tilde";
    const ii = 160;
    t[(t.nonBreakingSpace = ii)] = "nonBreakingSpace";
    const ai = 5760;
    t[(t.oghamSpaceMark = ai)] = "oghamSpaceMark";
    const ci = 8232;
    t[(t.lineSeparator = ci)] = "lineSeparator";
    const li = 8233;
    t[(t.paragraphSeparator = li)] = "paragraphSeparator";
  })(Bn || (Jr.charCodes = Bn = {}));
  function qf(t) {
    return (
      (t >= Bn.digit0 && t <= Bn.digit9) ||
      (t >= Bn.lowercaseA && t <= Bn.lowercaseF) ||
      (t >= Bn.uppercaseA && t <= Bn.uppercaseF)
    );
  }
  Jr.isDigit = qf;
});
var Gt = z((lt) => {
  Object.defineProperty(lt, "__esModule", { value: !0 });
  function $f(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var jf = zr(),
    Bf = $f(jf),
    Vf = Jt();
  lt.isJSXEnabled;
  lt.isTypeScriptEnabled;
  lt.isFlowEnabled;
  lt.state;
  lt.input;
  lt.nextContextId;
  function Kf() {
    return lt.nextContextId++;
  }
  lt.getNextContextId = Kf;
  function Hf(t) {
    if ("pos" in t) {
      const e = _1(t.pos);
      (t.message += ` (${e.line}:${e.column})`), (t.loc = e);
    }
    return t;
  }
  lt.augmentError = Hf;
  var Gr = class {
    constructor(e, n) {
      (this.line = e), (this.column = n);
    }
  };
  lt.Loc = Gr;
  function _1(t) {
    let e = 1,
      n = 1;
    for (let o = 0; o < t; o++)
      lt.input.charCodeAt(o) === Vf.charCodes.lineFeed ? (e++, (n = 1)) : n++;
    return new Gr(e, n);
  }
  lt.locationForIndex = _1;
  function Wf(t, e, n, o) {
    (lt.input = t),
      (lt.state = new Bf.default()),
      (lt.nextContextId = 1),
      (lt.isJSXEnabled = e),
      (lt.isTypeScriptEnabled = n),
      (lt.isFlowEnabled = o);
  }
  lt.initParser = Wf;
});
var Kn = z((Qt) => {
  Object.defineProperty(Qt, "__esModule", { value: !0 });
  var Vn = ft(),
    ao = xe(),
    Xr = Jt(),
    Xt = Gt();
  function Uf(t) {
    return Xt.state.contextualKeyword === t;
  }
  Qt.isContextual = Uf;
  function zf(t) {
    const e = Vn.lookaheadTypeAndKeyword.call(void 0);
    return e.type === ao.TokenType.name && e.contextualKeyword === t;
  }
  Qt.isLookaheadContextual = zf;
  function w1(t) {
    return Xt.state.contextualKeyword === t && Vn.eat.call(void 0, ao.TokenType.name);
  }
  Qt.eatContextual = w1;
  function Jf(t) {
    w1(t) || Qr();
  }
  Qt.expectContextual = Jf;
  function b1() {
    return (
      Vn.match.call(void 0, ao.TokenType.eof) || Vn.match.call(void 0, ao.TokenType.braceR) || C1()
    );
  }
  Qt.canInsertSemicolon = b1;
  function C1() {
    const t = Xt.state.tokens[Xt.state.tokens.length - 1],
      e = t ? t.end : 0;
    for (let n = e; n < Xt.state.start; n++) {
      const o = Xt.input.charCodeAt(n);
      if (
        o === Xr.charCodes.lineFeed ||
        o === Xr.charCodes.carriageReturn ||
        o === 8232 ||
        o === 8233
      )
        return !0;
    }
    return !1;
  }
  Qt.hasPrecedingLineBreak = C1;
  function Gf() {
    const t = Vn.nextTokenStart.call(void 0);
    for (let e = Xt.state.end; e < t; e++) {
      const n = Xt.input.charCodeAt(e);
      if (
        n === Xr.charCodes.lineFeed ||
        n === Xr.charCodes.carriageReturn ||
        n === 8232 ||
        n === 8233
      )
        return !0;
    }
    return !1;
  }
  Qt.hasFollowingLineBreak = Gf;
  function I1() {
    return Vn.eat.call(void 0, ao.TokenType.semi) || b1();
  }
  Qt.isLineTerminator = I1;
  function Xf() {
    I1() || Qr('Unexpected token, expected ";"');
  }
  Qt.semicolon = Xf;
  function Qf(t) {
    Vn.eat.call(void 0, t) ||
      Qr(`Unexpected token, expected "${ao.formatTokenType.call(void 0, t)}"`);
  }
  Qt.expect = Qf;
  function Qr(t = "Unexpected token", e = Xt.state.start) {
    if (Xt.state.error) return;
    const n = new SyntaxError(t);
    (n.pos = e),
      (Xt.state.error = n),
      (Xt.state.pos = Xt.input.length),
      Vn.finishToken.call(void 0, ao.TokenType.eof);
  }
  Qt.unexpected = Qr;
});
var Ki = z((co) => {
  Object.defineProperty(co, "__esModule", { value: !0 });
  var Vi = Jt(),
    Yf = [
      9,
      11,
      12,
      Vi.charCodes.space,
      Vi.charCodes.nonBreakingSpace,
      Vi.charCodes.oghamSpaceMark,
      8192,
      8193,
      8194,
      8195,
      8196,
      8197,
      8198,
      8199,
      8200,
      8201,
      8202,
      8239,
      8287,
      12288,
      65279,
    ];
  co.WHITESPACE_CHARS = Yf;
  var Zf = /(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g;
  co.skipWhiteSpace = Zf;
  var em = new Uint8Array(65536);
  co.IS_WHITESPACE = em;
  for (const t of co.WHITESPACE_CHARS) co.IS_WHITESPACE[t] = 1;
});
var wo = z((dn) => {
  Object.defineProperty(dn, "__esModule", { value: !0 });
  var S1 = Jt(),
    tm = Ki();
  function nm(t) {
    if (t < 48) return t === 36;
    if (t < 58) return !0;
    if (t < 65) return !1;
    if (t < 91) return !0;
    if (t < 97) return t === 95;
    if (t < 123) return !0;
    if (t < 128) return !1;
    throw new Error("Should not be called with non-ASCII char code.");
  }
  var om = new Uint8Array(65536);
  dn.IS_IDENTIFIER_CHAR = om;
  for (let t = 0; t < 128; t++) dn.IS_IDENTIFIER_CHAR[t] = nm(t) ? 1 : 0;
  for (let t = 128; t < 65536; t++) dn.IS_IDENTIFIER_CHAR[t] = 1;
  for (const t of tm.WHITESPACE_CHARS) dn.IS_IDENTIFIER_CHAR[t] = 0;
  dn.IS_IDENTIFIER_CHAR[8232] = 0;
  dn.IS_IDENTIFIER_CHAR[8233] = 0;
  var rm = dn.IS_IDENTIFIER_CHAR.slice();
  dn.IS_IDENTIFIER_START = rm;
  for (let t = S1.charCodes.digit0; t <= S1.charCodes.digit9; t++) dn.IS_IDENTIFIER_START[t] = 0;
});
var E1 = z((Hi) => {
  Object.defineProperty(Hi, "__esModule", { value: !0 });
  var ye = yt(),
    _e = xe(),
    sm = new Int32Array([
      -1,
      27,
      783,
      918,
      1755,
      2376,
      2862,
      3483,
      -1,
      3699,
      -1,
      4617,
      4752,
      4833,
      5130,
      5508,
      5940,
      -1,
      6480,
      6939,
      7749,
      8181,
      8451,
      8613,
      -1,
      8829,
      -1,
      -1,
      -1,
      54,
      243,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      432,
      -1,
      -1,
      -1,
      675,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      81,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      108,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      135,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      162,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      189,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      216,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._abstract << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      270,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      297,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      324,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      351,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      378,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      405,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._accessor << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._as << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      459,
      -1,
      -1,
      -1,
      -1,
      -1,
      594,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      486,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      513,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      540,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._assert << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      567,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._asserts << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      621,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      648,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._async << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      702,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      729,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      756,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._await << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      810,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      837,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      864,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      891,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._break << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      945,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1107,
      -1,
      -1,
      -1,
      1242,
      -1,
      -1,
      1350,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      972,
      1026,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      999,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._case << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1053,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1080,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._catch << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1134,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1161,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1188,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1215,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._checks << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1269,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1296,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1323,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._class << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1377,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1404,
      1620,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1431,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._const << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1458,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1485,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1512,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1539,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1566,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1593,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._constructor << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1647,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1674,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1701,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1728,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._continue << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1782,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2349,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1809,
      1971,
      -1,
      -1,
      2106,
      -1,
      -1,
      -1,
      -1,
      -1,
      2241,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1836,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1863,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1890,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1917,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1944,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._debugger << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      1998,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2025,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2052,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2079,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._declare << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2133,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2160,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2187,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2214,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._default << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2268,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2295,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2322,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._delete << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._do << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2403,
      -1,
      2484,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2565,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2430,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2457,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._else << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2511,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2538,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._enum << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2592,
      -1,
      -1,
      -1,
      2727,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2619,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2646,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2673,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._export << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2700,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._exports << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2754,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2781,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2808,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2835,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._extends << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2889,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2997,
      -1,
      -1,
      -1,
      -1,
      -1,
      3159,
      -1,
      -1,
      3213,
      -1,
      -1,
      3294,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2916,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2943,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      2970,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._false << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3024,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3051,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3078,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3105,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3132,
      -1,
      (_e.TokenType._finally << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3186,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._for << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3240,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3267,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._from << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3321,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3348,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3375,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3402,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3429,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3456,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._function << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3510,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3564,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3537,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._get << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3591,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3618,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3645,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3672,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._global << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3726,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3753,
      4077,
      -1,
      -1,
      -1,
      -1,
      4590,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._if << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3780,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3807,
      -1,
      -1,
      3996,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3834,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3861,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3888,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3915,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3942,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      3969,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._implements << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4023,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4050,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._import << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._in << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4104,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4185,
      4401,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4131,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4158,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._infer << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4212,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4239,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4266,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4293,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4320,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4347,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4374,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._instanceof << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4428,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4455,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4482,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4509,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4536,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4563,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._interface << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._is << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4644,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4671,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4698,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4725,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._keyof << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4779,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4806,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._let << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4860,
      -1,
      -1,
      -1,
      -1,
      -1,
      4995,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4887,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4914,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4941,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      4968,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._mixins << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5022,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5049,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5076,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5103,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._module << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5157,
      -1,
      -1,
      -1,
      5373,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5427,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5184,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5211,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5238,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5265,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5292,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5319,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5346,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._namespace << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5400,
      -1,
      -1,
      -1,
      (_e.TokenType._new << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5454,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5481,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._null << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5535,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5562,
      -1,
      -1,
      -1,
      -1,
      5697,
      5751,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._of << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5589,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5616,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5643,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5670,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._opaque << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5724,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._out << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5778,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5805,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5832,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5859,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5886,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5913,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._override << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5967,
      -1,
      -1,
      6345,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      5994,
      -1,
      -1,
      -1,
      -1,
      -1,
      6129,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6021,
      -1,
      -1,
      -1,
      -1,
      -1,
      6048,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6075,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6102,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._private << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6156,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6183,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6318,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6210,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6237,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6264,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6291,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._protected << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._proto << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6372,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6399,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6426,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6453,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._public << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6507,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6534,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6696,
      -1,
      -1,
      6831,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6561,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6588,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6615,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6642,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6669,
      -1,
      ye.ContextualKeyword._readonly << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6723,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6750,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6777,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6804,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._require << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6858,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6885,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6912,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._return << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6966,
      -1,
      -1,
      -1,
      7182,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7236,
      7371,
      -1,
      7479,
      -1,
      7614,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      6993,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7020,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7047,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7074,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7101,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7128,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7155,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._satisfies << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7209,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._set << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7263,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7290,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7317,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7344,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._static << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7398,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7425,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7452,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._super << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7506,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7533,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7560,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7587,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._switch << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7641,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7668,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7695,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7722,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._symbol << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7776,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7938,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8046,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7803,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7857,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7830,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._this << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7884,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7911,
      -1,
      -1,
      -1,
      (_e.TokenType._throw << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7965,
      -1,
      -1,
      -1,
      8019,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      7992,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._true << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._try << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8073,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8100,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._type << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8127,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8154,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._typeof << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8208,
      -1,
      -1,
      -1,
      -1,
      8343,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8235,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8262,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8289,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8316,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._unique << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8370,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8397,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8424,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      ye.ContextualKeyword._using << 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8478,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8532,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8505,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._var << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8559,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8586,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._void << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8640,
      8748,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8667,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8694,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8721,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._while << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8775,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8802,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._with << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8856,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8883,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8910,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      8937,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      (_e.TokenType._yield << 1) + 1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
    ]);
  Hi.READ_WORD_TREE = sm;
});
var N1 = z((Ui) => {
  Object.defineProperty(Ui, "__esModule", { value: !0 });
  var hn = Gt(),
    Hn = Jt(),
    A1 = wo(),
    Wi = ft(),
    O1 = E1(),
    P1 = xe();
  function im() {
    let t = 0,
      e = 0,
      n = hn.state.pos;
    for (
      ;
      n < hn.input.length &&
      ((e = hn.input.charCodeAt(n)), !(e < Hn.charCodes.lowercaseA || e > Hn.charCodes.lowercaseZ));
    ) {
      const r = O1.READ_WORD_TREE[t + (e - Hn.charCodes.lowercaseA) + 1];
      if (r === -1) break;
      (t = r), n++;
    }
    const o = O1.READ_WORD_TREE[t];
    if (o > -1 && !A1.IS_IDENTIFIER_CHAR[e]) {
      (hn.state.pos = n),
        o & 1
          ? Wi.finishToken.call(void 0, o >>> 1)
          : Wi.finishToken.call(void 0, P1.TokenType.name, o >>> 1);
      return;
    }
    for (; n < hn.input.length; ) {
      const r = hn.input.charCodeAt(n);
      if (A1.IS_IDENTIFIER_CHAR[r]) n++;
      else if (r === Hn.charCodes.backslash) {
        if (((n += 2), hn.input.charCodeAt(n) === Hn.charCodes.leftCurlyBrace)) {
          for (; n < hn.input.length && hn.input.charCodeAt(n) !== Hn.charCodes.rightCurlyBrace; )
            n++;
          n++;
        }
      } else if (r === Hn.charCodes.atSign && hn.input.charCodeAt(n + 1) === Hn.charCodes.atSign)
        n += 2;
      else break;
    }
    (hn.state.pos = n), Wi.finishToken.call(void 0, P1.TokenType.name);
  }
  Ui.default = im;
});
var ft = z((Le) => {
  Object.defineProperty(Le, "__esModule", { value: !0 });
  function am(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var T = Gt(),
    bo = Kn(),
    C = Jt(),
    M1 = wo(),
    Ji = Ki(),
    cm = yt(),
    lm = N1(),
    um = am(lm),
    G = xe(),
    tt;
  ((t) => {
    t[(t.Access = 0)] = "Access";
    const n = 1;
    t[(t.ExportAccess = n)] = "ExportAccess";
    const o = n + 1;
    t[(t.TopLevelDeclaration = o)] = "TopLevelDeclaration";
    const r = o + 1;
    t[(t.FunctionScopedDeclaration = r)] = "FunctionScopedDeclaration";
    const s = r + 1;
    t[(t.BlockScopedDeclaration = s)] = "BlockScopedDeclaration";
    const i = s + 1;
    t[(t.ObjectShorthandTopLevelDeclaration = i)] = "ObjectShorthandTopLevelDeclaration";
    const a = i + 1;
    t[(t.ObjectShorthandFunctionScopedDeclaration = a)] =
      "ObjectShorthandFunctionScopedDeclaration";
    const c = a + 1;
    t[(t.ObjectShorthandBlockScopedDeclaration = c)] = "ObjectShorthandBlockScopedDeclaration";
    const u = c + 1;
    t[(t.ObjectShorthand = u)] = "ObjectShorthand";
    const d = u + 1;
    t[(t.ImportDeclaration = d)] = "ImportDeclaration";
    const h = d + 1;
    t[(t.ObjectKey = h)] = "ObjectKey";
    const f = h + 1;
    t[(t.ImportAccess = f)] = "ImportAccess";
  })(tt || (Le.IdentifierRole = tt = {}));
  var R1;
  ((t) => {
    t[(t.NoChildren = 0)] = "NoChildren";
    const n = 1;
    t[(t.OneChild = n)] = "OneChild";
    const o = n + 1;
    t[(t.StaticChildren = o)] = "StaticChildren";
    const r = o + 1;
    t[(t.KeyAfterPropSpread = r)] = "KeyAfterPropSpread";
  })(R1 || (Le.JSXRole = R1 = {}));
  function pm(t) {
    const e = t.identifierRole;
    return (
      e === tt.TopLevelDeclaration ||
      e === tt.FunctionScopedDeclaration ||
      e === tt.BlockScopedDeclaration ||
      e === tt.ObjectShorthandTopLevelDeclaration ||
      e === tt.ObjectShorthandFunctionScopedDeclaration ||
      e === tt.ObjectShorthandBlockScopedDeclaration
    );
  }
  Le.isDeclaration = pm;
  function dm(t) {
    const e = t.identifierRole;
    return (
      e === tt.FunctionScopedDeclaration ||
      e === tt.BlockScopedDeclaration ||
      e === tt.ObjectShorthandFunctionScopedDeclaration ||
      e === tt.ObjectShorthandBlockScopedDeclaration
    );
  }
  Le.isNonTopLevelDeclaration = dm;
  function hm(t) {
    const e = t.identifierRole;
    return (
      e === tt.TopLevelDeclaration ||
      e === tt.ObjectShorthandTopLevelDeclaration ||
      e === tt.ImportDeclaration
    );
  }
  Le.isTopLevelDeclaration = hm;
  function fm(t) {
    const e = t.identifierRole;
    return (
      e === tt.TopLevelDeclaration ||
      e === tt.BlockScopedDeclaration ||
      e === tt.ObjectShorthandTopLevelDeclaration ||
      e === tt.ObjectShorthandBlockScopedDeclaration
    );
  }
  Le.isBlockScopedDeclaration = fm;
  function mm(t) {
    const e = t.identifierRole;
    return e === tt.FunctionScopedDeclaration || e === tt.ObjectShorthandFunctionScopedDeclaration;
  }
  Le.isFunctionScopedDeclaration = mm;
  function Tm(t) {
    return (
      t.identifierRole === tt.ObjectShorthandTopLevelDeclaration ||
      t.identifierRole === tt.ObjectShorthandBlockScopedDeclaration ||
      t.identifierRole === tt.ObjectShorthandFunctionScopedDeclaration
    );
  }
  Le.isObjectShorthandDeclaration = Tm;
  var Yo = class {
    constructor() {
      (this.type = T.state.type),
        (this.contextualKeyword = T.state.contextualKeyword),
        (this.start = T.state.start),
        (this.end = T.state.end),
        (this.scopeDepth = T.state.scopeDepth),
        (this.isType = T.state.isType),
        (this.identifierRole = null),
        (this.jsxRole = null),
        (this.shadowsGlobal = !1),
        (this.isAsyncOperation = !1),
        (this.contextId = null),
        (this.rhsEndIndex = null),
        (this.isExpression = !1),
        (this.numNullishCoalesceStarts = 0),
        (this.numNullishCoalesceEnds = 0),
        (this.isOptionalChainStart = !1),
        (this.isOptionalChainEnd = !1),
        (this.subscriptStartIndex = null),
        (this.nullishStartIndex = null);
    }
  };
  Le.Token = Yo;
  function Zr() {
    T.state.tokens.push(new Yo()), q1();
  }
  Le.next = Zr;
  function ym() {
    T.state.tokens.push(new Yo()), (T.state.start = T.state.pos), jm();
  }
  Le.nextTemplateToken = ym;
  function km() {
    T.state.type === G.TokenType.assign && --T.state.pos, Fm();
  }
  Le.retokenizeSlashAsRegex = km;
  function gm(t) {
    for (let n = T.state.tokens.length - t; n < T.state.tokens.length; n++)
      T.state.tokens[n].isType = !0;
    const e = T.state.isType;
    return ((T.state.isType = !0), e);
  }
  Le.pushTypeContext = gm;
  function vm(t) {
    T.state.isType = t;
  }
  Le.popTypeContext = vm;
  function D1(t) {
    return Gi(t) ? (Zr(), !0) : !1;
  }
  Le.eat = D1;
  function xm(t) {
    const e = T.state.isType;
    (T.state.isType = !0), D1(t), (T.state.isType = e);
  }
  Le.eatTypeToken = xm;
  function Gi(t) {
    return T.state.type === t;
  }
  Le.match = Gi;
  function _m() {
    const t = T.state.snapshot();
    Zr();
    const e = T.state.type;
    return (T.state.restoreFromSnapshot(t), e);
  }
  Le.lookaheadType = _m;
  var Yr = class {
    constructor(e, n) {
      (this.type = e), (this.contextualKeyword = n);
    }
  };
  Le.TypeAndKeyword = Yr;
  function wm() {
    const t = T.state.snapshot();
    Zr();
    const e = T.state.type,
      n = T.state.contextualKeyword;
    return (T.state.restoreFromSnapshot(t), new Yr(e, n));
  }
  Le.lookaheadTypeAndKeyword = wm;
  function L1() {
    return F1(T.state.pos);
  }
  Le.nextTokenStart = L1;
  function F1(t) {
    Ji.skipWhiteSpace.lastIndex = t;
    const e = Ji.skipWhiteSpace.exec(T.input);
    return t + e[0].length;
  }
  Le.nextTokenStartSince = F1;
  function bm() {
    return T.input.charCodeAt(L1());
  }
  Le.lookaheadCharCode = bm;
  function q1() {
    if ((j1(), (T.state.start = T.state.pos), T.state.pos >= T.input.length)) {
      const t = T.state.tokens;
      t.length >= 2 &&
        t[t.length - 1].start >= T.input.length &&
        t[t.length - 2].start >= T.input.length &&
        bo.unexpected.call(void 0, "Unexpectedly reached the end of input."),
        Ve(G.TokenType.eof);
      return;
    }
    Cm(T.input.charCodeAt(T.state.pos));
  }
  Le.nextToken = q1;
  function Cm(t) {
    M1.IS_IDENTIFIER_START[t] ||
    t === C.charCodes.backslash ||
    (t === C.charCodes.atSign && T.input.charCodeAt(T.state.pos + 1) === C.charCodes.atSign)
      ? um.default.call(void 0)
      : V1(t);
  }
  function Im() {
    for (
      ;
      T.input.charCodeAt(T.state.pos) !== C.charCodes.asterisk ||
      T.input.charCodeAt(T.state.pos + 1) !== C.charCodes.slash;
    )
      if ((T.state.pos++, T.state.pos > T.input.length)) {
        bo.unexpected.call(void 0, "Unterminated comment", T.state.pos - 2);
        return;
      }
    T.state.pos += 2;
  }
  function $1(t) {
    let e = T.input.charCodeAt((T.state.pos += t));
    if (T.state.pos < T.input.length)
      for (
        ;
        e !== C.charCodes.lineFeed &&
        e !== C.charCodes.carriageReturn &&
        e !== C.charCodes.lineSeparator &&
        e !== C.charCodes.paragraphSeparator &&
        ++T.state.pos < T.input.length;
      )
        e = T.input.charCodeAt(T.state.pos);
  }
  Le.skipLineComment = $1;
  function j1() {
    for (; T.state.pos < T.input.length; ) {
      const t = T.input.charCodeAt(T.state.pos);
      switch (t) {
        case C.charCodes.carriageReturn:
          T.input.charCodeAt(T.state.pos + 1) === C.charCodes.lineFeed && ++T.state.pos;
        case C.charCodes.lineFeed:
        case C.charCodes.lineSeparator:
        case C.charCodes.paragraphSeparator:
          ++T.state.pos;
          break;
        case C.charCodes.slash:
          switch (T.input.charCodeAt(T.state.pos + 1)) {
            case C.charCodes.asterisk:
              (T.state.pos += 2), Im();
              break;
            case C.charCodes.slash:
              $1(2);
              break;
            default:
              return;
          }
          break;
        default:
          if (Ji.IS_WHITESPACE[t]) ++T.state.pos;
          else return;
      }
    }
  }
  Le.skipSpace = j1;
  function Ve(t, e = cm.ContextualKeyword.NONE) {
    (T.state.end = T.state.pos), (T.state.type = t), (T.state.contextualKeyword = e);
  }
  Le.finishToken = Ve;
  function Sm() {
    const t = T.input.charCodeAt(T.state.pos + 1);
    if (t >= C.charCodes.digit0 && t <= C.charCodes.digit9) {
      K1(!0);
      return;
    }
    t === C.charCodes.dot && T.input.charCodeAt(T.state.pos + 2) === C.charCodes.dot
      ? ((T.state.pos += 3), Ve(G.TokenType.ellipsis))
      : (++T.state.pos, Ve(G.TokenType.dot));
  }
  function Em() {
    T.input.charCodeAt(T.state.pos + 1) === C.charCodes.equalsTo
      ? De(G.TokenType.assign, 2)
      : De(G.TokenType.slash, 1);
  }
  function Am(t) {
    let e = t === C.charCodes.asterisk ? G.TokenType.star : G.TokenType.modulo,
      n = 1,
      o = T.input.charCodeAt(T.state.pos + 1);
    t === C.charCodes.asterisk &&
      o === C.charCodes.asterisk &&
      (n++, (o = T.input.charCodeAt(T.state.pos + 2)), (e = G.TokenType.exponent)),
      o === C.charCodes.equalsTo &&
        T.input.charCodeAt(T.state.pos + 2) !== C.charCodes.greaterThan &&
        (n++, (e = G.TokenType.assign)),
      De(e, n);
  }
  function Om(t) {
    const e = T.input.charCodeAt(T.state.pos + 1);
    if (e === t) {
      T.input.charCodeAt(T.state.pos + 2) === C.charCodes.equalsTo
        ? De(G.TokenType.assign, 3)
        : De(t === C.charCodes.verticalBar ? G.TokenType.logicalOR : G.TokenType.logicalAND, 2);
      return;
    }
    if (t === C.charCodes.verticalBar) {
      if (e === C.charCodes.greaterThan) {
        De(G.TokenType.pipeline, 2);
        return;
      } else if (e === C.charCodes.rightCurlyBrace && T.isFlowEnabled) {
        De(G.TokenType.braceBarR, 2);
        return;
      }
    }
    if (e === C.charCodes.equalsTo) {
      De(G.TokenType.assign, 2);
      return;
    }
    De(t === C.charCodes.verticalBar ? G.TokenType.bitwiseOR : G.TokenType.bitwiseAND, 1);
  }
  function Pm() {
    T.input.charCodeAt(T.state.pos + 1) === C.charCodes.equalsTo
      ? De(G.TokenType.assign, 2)
      : De(G.TokenType.bitwiseXOR, 1);
  }
  function Nm(t) {
    const e = T.input.charCodeAt(T.state.pos + 1);
    if (e === t) {
      De(G.TokenType.preIncDec, 2);
      return;
    }
    e === C.charCodes.equalsTo
      ? De(G.TokenType.assign, 2)
      : t === C.charCodes.plusSign
        ? De(G.TokenType.plus, 1)
        : De(G.TokenType.minus, 1);
  }
  function Rm() {
    const t = T.input.charCodeAt(T.state.pos + 1);
    if (t === C.charCodes.lessThan) {
      if (T.input.charCodeAt(T.state.pos + 2) === C.charCodes.equalsTo) {
        De(G.TokenType.assign, 3);
        return;
      }
      T.state.isType ? De(G.TokenType.lessThan, 1) : De(G.TokenType.bitShiftL, 2);
      return;
    }
    t === C.charCodes.equalsTo ? De(G.TokenType.relationalOrEqual, 2) : De(G.TokenType.lessThan, 1);
  }
  function B1() {
    if (T.state.isType) {
      De(G.TokenType.greaterThan, 1);
      return;
    }
    const t = T.input.charCodeAt(T.state.pos + 1);
    if (t === C.charCodes.greaterThan) {
      const e = T.input.charCodeAt(T.state.pos + 2) === C.charCodes.greaterThan ? 3 : 2;
      if (T.input.charCodeAt(T.state.pos + e) === C.charCodes.equalsTo) {
        De(G.TokenType.assign, e + 1);
        return;
      }
      De(G.TokenType.bitShiftR, e);
      return;
    }
    t === C.charCodes.equalsTo
      ? De(G.TokenType.relationalOrEqual, 2)
      : De(G.TokenType.greaterThan, 1);
  }
  function Mm() {
    T.state.type === G.TokenType.greaterThan && ((T.state.pos -= 1), B1());
  }
  Le.rescan_gt = Mm;
  function Dm(t) {
    const e = T.input.charCodeAt(T.state.pos + 1);
    if (e === C.charCodes.equalsTo) {
      De(
        G.TokenType.equality,
        T.input.charCodeAt(T.state.pos + 2) === C.charCodes.equalsTo ? 3 : 2,
      );
      return;
    }
    if (t === C.charCodes.equalsTo && e === C.charCodes.greaterThan) {
      (T.state.pos += 2), Ve(G.TokenType.arrow);
      return;
    }
    De(t === C.charCodes.equalsTo ? G.TokenType.eq : G.TokenType.bang, 1);
  }
  function Lm() {
    const t = T.input.charCodeAt(T.state.pos + 1),
      e = T.input.charCodeAt(T.state.pos + 2);
    t === C.charCodes.questionMark && !(T.isFlowEnabled && T.state.isType)
      ? e === C.charCodes.equalsTo
        ? De(G.TokenType.assign, 3)
        : De(G.TokenType.nullishCoalescing, 2)
      : t === C.charCodes.dot && !(e >= C.charCodes.digit0 && e <= C.charCodes.digit9)
        ? ((T.state.pos += 2), Ve(G.TokenType.questionDot))
        : (++T.state.pos, Ve(G.TokenType.question));
  }
  function V1(t) {
    switch (t) {
      case C.charCodes.numberSign:
        ++T.state.pos, Ve(G.TokenType.hash);
        return;
      case C.charCodes.dot:
        Sm();
        return;
      case C.charCodes.leftParenthesis:
        ++T.state.pos, Ve(G.TokenType.parenL);
        return;
      case C.charCodes.rightParenthesis:
        ++T.state.pos, Ve(G.TokenType.parenR);
        return;
      case C.charCodes.semicolon:
        ++T.state.pos, Ve(G.TokenType.semi);
        return;
      case C.charCodes.comma:
        ++T.state.pos, Ve(G.TokenType.comma);
        return;
      case C.charCodes.leftSquareBracket:
        ++T.state.pos, Ve(G.TokenType.bracketL);
        return;
      case C.charCodes.rightSquareBracket:
        ++T.state.pos, Ve(G.TokenType.bracketR);
        return;
      case C.charCodes.leftCurlyBrace:
        T.isFlowEnabled && T.input.charCodeAt(T.state.pos + 1) === C.charCodes.verticalBar
          ? De(G.TokenType.braceBarL, 2)
          : (++T.state.pos, Ve(G.TokenType.braceL));
        return;
      case C.charCodes.rightCurlyBrace:
        ++T.state.pos, Ve(G.TokenType.braceR);
        return;
      case C.charCodes.colon:
        T.input.charCodeAt(T.state.pos + 1) === C.charCodes.colon
          ? De(G.TokenType.doubleColon, 2)
          : (++T.state.pos, Ve(G.TokenType.colon));
        return;
      case C.charCodes.questionMark:
        Lm();
        return;
      case C.charCodes.atSign:
        ++T.state.pos, Ve(G.TokenType.at);
        return;
      case C.charCodes.graveAccent:
        ++T.state.pos, Ve(G.TokenType.backQuote);
        return;
      case C.charCodes.digit0: {
        const e = T.input.charCodeAt(T.state.pos + 1);
        if (
          e === C.charCodes.lowercaseX ||
          e === C.charCodes.uppercaseX ||
          e === C.charCodes.lowercaseO ||
          e === C.charCodes.uppercaseO ||
          e === C.charCodes.lowercaseB ||
          e === C.charCodes.uppercaseB
        ) {
          qm();
          return;
        }
      }
      case C.charCodes.digit1:
      case C.charCodes.digit2:
      case C.charCodes.digit3:
      case C.charCodes.digit4:
      case C.charCodes.digit5:
      case C.charCodes.digit6:
      case C.charCodes.digit7:
      case C.charCodes.digit8:
      case C.charCodes.digit9:
        K1(!1);
        return;
      case C.charCodes.quotationMark:
      case C.charCodes.apostrophe:
        $m(t);
        return;
      case C.charCodes.slash:
        Em();
        return;
      case C.charCodes.percentSign:
      case C.charCodes.asterisk:
        Am(t);
        return;
      case C.charCodes.verticalBar:
      case C.charCodes.ampersand:
        Om(t);
        return;
      case C.charCodes.caret:
        Pm();
        return;
      case C.charCodes.plusSign:
      case C.charCodes.dash:
        Nm(t);
        return;
      case C.charCodes.lessThan:
        Rm();
        return;
      case C.charCodes.greaterThan:
        B1();
        return;
      case C.charCodes.equalsTo:
      case C.charCodes.exclamationMark:
        Dm(t);
        return;
      case C.charCodes.tilde:
        De(G.TokenType.tilde, 1);
        return;
      default:
        break;
    }
    bo.unexpected.call(void 0, `Unexpected character '${String.fromCharCode(t)}'`, T.state.pos);
  }
  Le.getTokenFromCode = V1;
  function De(t, e) {
    (T.state.pos += e), Ve(t);
  }
  function Fm() {
    let t = T.state.pos,
      e = !1,
      n = !1;
    for (;;) {
      if (T.state.pos >= T.input.length) {
        bo.unexpected.call(void 0, "Unterminated regular expression", t);
        return;
      }
      const o = T.input.charCodeAt(T.state.pos);
      if (e) e = !1;
      else {
        if (o === C.charCodes.leftSquareBracket) n = !0;
        else if (o === C.charCodes.rightSquareBracket && n) n = !1;
        else if (o === C.charCodes.slash && !n) break;
        e = o === C.charCodes.backslash;
      }
      ++T.state.pos;
    }
    ++T.state.pos, H1(), Ve(G.TokenType.regexp);
  }
  function zi() {
    for (;;) {
      const t = T.input.charCodeAt(T.state.pos);
      if ((t >= C.charCodes.digit0 && t <= C.charCodes.digit9) || t === C.charCodes.underscore)
        T.state.pos++;
      else break;
    }
  }
  function qm() {
    for (T.state.pos += 2; ; ) {
      const e = T.input.charCodeAt(T.state.pos);
      if (
        (e >= C.charCodes.digit0 && e <= C.charCodes.digit9) ||
        (e >= C.charCodes.lowercaseA && e <= C.charCodes.lowercaseF) ||
        (e >= C.charCodes.uppercaseA && e <= C.charCodes.uppercaseF) ||
        e === C.charCodes.underscore
      )
        T.state.pos++;
      else break;
    }
    T.input.charCodeAt(T.state.pos) === C.charCodes.lowercaseN
      ? (++T.state.pos, Ve(G.TokenType.bigint))
      : Ve(G.TokenType.num);
  }
  function K1(t) {
    let e = !1,
      n = !1;
    t || zi();
    let o = T.input.charCodeAt(T.state.pos);
    if (
      (o === C.charCodes.dot && (++T.state.pos, zi(), (o = T.input.charCodeAt(T.state.pos))),
      (o === C.charCodes.uppercaseE || o === C.charCodes.lowercaseE) &&
        ((o = T.input.charCodeAt(++T.state.pos)),
        (o === C.charCodes.plusSign || o === C.charCodes.dash) && ++T.state.pos,
        zi(),
        (o = T.input.charCodeAt(T.state.pos))),
      o === C.charCodes.lowercaseN
        ? (++T.state.pos, (e = !0))
        : o === C.charCodes.lowercaseM && (++T.state.pos, (n = !0)),
      e)
    ) {
      Ve(G.TokenType.bigint);
      return;
    }
    if (n) {
      Ve(G.TokenType.decimal);
      return;
    }
    Ve(G.TokenType.num);
  }
  function $m(t) {
    for (T.state.pos++; ; ) {
      if (T.state.pos >= T.input.length) {
        bo.unexpected.call(void 0, "Unterminated string constant");
        return;
      }
      const e = T.input.charCodeAt(T.state.pos);
      if (e === C.charCodes.backslash) T.state.pos++;
      else if (e === t) break;
      T.state.pos++;
    }
    T.state.pos++, Ve(G.TokenType.string);
  }
  function jm() {
    for (;;) {
      if (T.state.pos >= T.input.length) {
        bo.unexpected.call(void 0, "Unterminated template");
        return;
      }
      const t = T.input.charCodeAt(T.state.pos);
      if (
        t === C.charCodes.graveAccent ||
        (t === C.charCodes.dollarSign &&
          T.input.charCodeAt(T.state.pos + 1) === C.charCodes.leftCurlyBrace)
      ) {
        if (T.state.pos === T.state.start && Gi(G.TokenType.template))
          if (t === C.charCodes.dollarSign) {
            (T.state.pos += 2), Ve(G.TokenType.dollarBraceL);
            return;
          } else {
            ++T.state.pos, Ve(G.TokenType.backQuote);
            return;
          }
        Ve(G.TokenType.template);
        return;
      }
      t === C.charCodes.backslash && T.state.pos++, T.state.pos++;
    }
  }
  function H1() {
    for (; T.state.pos < T.input.length; ) {
      const t = T.input.charCodeAt(T.state.pos);
      if (M1.IS_IDENTIFIER_CHAR[t]) T.state.pos++;
      else if (t === C.charCodes.backslash) {
        if (((T.state.pos += 2), T.input.charCodeAt(T.state.pos) === C.charCodes.leftCurlyBrace)) {
          for (
            ;
            T.state.pos < T.input.length &&
            T.input.charCodeAt(T.state.pos) !== C.charCodes.rightCurlyBrace;
          )
            T.state.pos++;
          T.state.pos++;
        }
      } else break;
    }
  }
  Le.skipWord = H1;
});
var Zo = z((Xi) => {
  Object.defineProperty(Xi, "__esModule", { value: !0 });
  var W1 = xe();
  function Bm(t, e = t.currentIndex()) {
    let n = e + 1;
    if (es(t, n)) {
      const o = t.identifierNameAtIndex(e);
      return { isType: !1, leftName: o, rightName: o, endIndex: n };
    }
    if ((n++, es(t, n))) return { isType: !0, leftName: null, rightName: null, endIndex: n };
    if ((n++, es(t, n)))
      return {
        isType: !1,
        leftName: t.identifierNameAtIndex(e),
        rightName: t.identifierNameAtIndex(e + 2),
        endIndex: n,
      };
    if ((n++, es(t, n))) return { isType: !0, leftName: null, rightName: null, endIndex: n };
    throw new Error(`Unexpected import/export specifier at ${e}`);
  }
  Xi.default = Bm;
  function es(t, e) {
    const n = t.tokens[e];
    return n.type === W1.TokenType.braceR || n.type === W1.TokenType.comma;
  }
});
var U1 = z((Qi) => {
  Object.defineProperty(Qi, "__esModule", { value: !0 });
  Qi.default = new Map([
    ["quot", '"'],
    ["amp", "&"],
    ["apos", "'"],
    ["lt", "<"],
    ["gt", ">"],
    ["nbsp", "\xA0"],
    ["iexcl", "\xA1"],
    ["cent", "\xA2"],
    ["pound", "\xA3"],
    ["curren", "\xA4"],
    ["yen", "\xA5"],
    ["brvbar", "\xA6"],
    ["sect", "\xA7"],
    ["uml", "\xA8"],
    ["copy", "\xA9"],
    ["ordf", "\xAA"],
    ["laquo", "\xAB"],
    ["not", "\xAC"],
    ["shy", "\xAD"],
    ["reg", "\xAE"],
    ["macr", "\xAF"],
    ["deg", "\xB0"],
    ["plusmn", "\xB1"],
    ["sup2", "\xB2"],
    ["sup3", "\xB3"],
    ["acute", "\xB4"],
    ["micro", "\xB5"],
    ["para", "\xB6"],
    ["middot", "\xB7"],
    ["cedil", "\xB8"],
    ["sup1", "\xB9"],
    ["ordm", "\xBA"],
    ["raquo", "\xBB"],
    ["frac14", "\xBC"],
    ["frac12", "\xBD"],
    ["frac34", "\xBE"],
    ["iquest", "\xBF"],
    ["Agrave", "\xC0"],
    ["Aacute", "\xC1"],
    ["Acirc", "\xC2"],
    ["Atilde", "\xC3"],
    ["Auml", "\xC4"],
    ["Aring", "\xC5"],
    ["AElig", "\xC6"],
    ["Ccedil", "\xC7"],
    ["Egrave", "\xC8"],
    ["Eacute", "\xC9"],
    ["Ecirc", "\xCA"],
    ["Euml", "\xCB"],
    ["Igrave", "\xCC"],
    ["Iacute", "\xCD"],
    ["Icirc", "\xCE"],
    ["Iuml", "\xCF"],
    ["ETH", "\xD0"],
    ["Ntilde", "\xD1"],
    ["Ograve", "\xD2"],
    ["Oacute", "\xD3"],
    ["Ocirc", "\xD4"],
    ["Otilde", "\xD5"],
    ["Ouml", "\xD6"],
    ["times", "\xD7"],
    ["Oslash", "\xD8"],
    ["Ugrave", "\xD9"],
    ["Uacute", "\xDA"],
    ["Ucirc", "\xDB"],
    ["Uuml", "\xDC"],
    ["Yacute", "\xDD"],
    ["THORN", "\xDE"],
    ["szlig", "\xDF"],
    ["agrave", "\xE0"],
    ["aacute", "\xE1"],
    ["acirc", "\xE2"],
    ["atilde", "\xE3"],
    ["auml", "\xE4"],
    ["aring", "\xE5"],
    ["aelig", "\xE6"],
    ["ccedil", "\xE7"],
    ["egrave", "\xE8"],
    ["eacute", "\xE9"],
    ["ecirc", "\xEA"],
    ["euml", "\xEB"],
    ["igrave", "\xEC"],
    ["iacute", "\xED"],
    ["icirc", "\xEE"],
    ["iuml", "\xEF"],
    ["eth", "\xF0"],
    ["ntilde", "\xF1"],
    ["ograve", "\xF2"],
    ["oacute", "\xF3"],
    ["ocirc", "\xF4"],
    ["otilde", "\xF5"],
    ["ouml", "\xF6"],
    ["divide", "\xF7"],
    ["oslash", "\xF8"],
    ["ugrave", "\xF9"],
    ["uacute", "\xFA"],
    ["ucirc", "\xFB"],
    ["uuml", "\xFC"],
    ["yacute", "\xFD"],
    ["thorn", "\xFE"],
    ["yuml", "\xFF"],
    ["OElig", "\u0152"],
    ["oelig", "\u0153"],
    ["Scaron", "\u0160"],
    ["scaron", "\u0161"],
    ["Yuml", "\u0178"],
    ["fnof", "\u0192"],
    ["circ", "\u02C6"],
    ["tilde", "\u02DC"],
    ["Alpha", "\u0391"],
    ["Beta", "\u0392"],
    ["Gamma", "\u0393"],
    ["Delta", "\u0394"],
    ["Epsilon", "\u0395"],
    ["Zeta", "\u0396"],
    ["Eta", "\u0397"],
    ["Theta", "\u0398"],
    ["Iota", "\u0399"],
    ["Kappa", "\u039A"],
    ["Lambda", "\u039B"],
    ["Mu", "\u039C"],
    ["Nu", "\u039D"],
    ["Xi", "\u039E"],
    ["Omicron", "\u039F"],
    ["Pi", "\u03A0"],
    ["Rho", "\u03A1"],
    ["Sigma", "\u03A3"],
    ["Tau", "\u03A4"],
    ["Upsilon", "\u03A5"],
    ["Phi", "\u03A6"],
    ["Chi", "\u03A7"],
    ["Psi", "\u03A8"],
    ["Omega", "\u03A9"],
    ["alpha", "\u03B1"],
    ["beta", "\u03B2"],
    ["gamma", "\u03B3"],
    ["delta", "\u03B4"],
    ["epsilon", "\u03B5"],
    ["zeta", "\u03B6"],
    ["eta", "\u03B7"],
    ["theta", "\u03B8"],
    ["iota", "\u03B9"],
    ["kappa", "\u03BA"],
    ["lambda", "\u03BB"],
    ["mu", "\u03BC"],
    ["nu", "\u03BD"],
    ["xi", "\u03BE"],
    ["omicron", "\u03BF"],
    ["pi", "\u03C0"],
    ["rho", "\u03C1"],
    ["sigmaf", "\u03C2"],
    ["sigma", "\u03C3"],
    ["tau", "\u03C4"],
    ["upsilon", "\u03C5"],
    ["phi", "\u03C6"],
    ["chi", "\u03C7"],
    ["psi", "\u03C8"],
    ["omega", "\u03C9"],
    ["thetasym", "\u03D1"],
    ["upsih", "\u03D2"],
    ["piv", "\u03D6"],
    ["ensp", "\u2002"],
    ["emsp", "\u2003"],
    ["thinsp", "\u2009"],
    ["zwnj", "\u200C"],
    ["zwj", "\u200D"],
    ["lrm", "\u200E"],
    ["rlm", "\u200F"],
    ["ndash", "\u2013"],
    ["mdash", "\u2014"],
    ["lsquo", "\u2018"],
    ["rsquo", "\u2019"],
    ["sbquo", "\u201A"],
    ["ldquo", "\u201C"],
    ["rdquo", "\u201D"],
    ["bdquo", "\u201E"],
    ["dagger", "\u2020"],
    ["Dagger", "\u2021"],
    ["bull", "\u2022"],
    ["hellip", "\u2026"],
    ["permil", "\u2030"],
    ["prime", "\u2032"],
    ["Prime", "\u2033"],
    ["lsaquo", "\u2039"],
    ["rsaquo", "\u203A"],
    ["oline", "\u203E"],
    ["frasl", "\u2044"],
    ["euro", "\u20AC"],
    ["image", "\u2111"],
    ["weierp", "\u2118"],
    ["real", "\u211C"],
    ["trade", "\u2122"],
    ["alefsym", "\u2135"],
    ["larr", "\u2190"],
    ["uarr", "\u2191"],
    ["rarr", "\u2192"],
    ["darr", "\u2193"],
    ["harr", "\u2194"],
    ["crarr", "\u21B5"],
    ["lArr", "\u21D0"],
    ["uArr", "\u21D1"],
    ["rArr", "\u21D2"],
    ["dArr", "\u21D3"],
    ["hArr", "\u21D4"],
    ["forall", "\u2200"],
    ["part", "\u2202"],
    ["exist", "\u2203"],
    ["empty", "\u2205"],
    ["nabla", "\u2207"],
    ["isin", "\u2208"],
    ["notin", "\u2209"],
    ["ni", "\u220B"],
    ["prod", "\u220F"],
    ["sum", "\u2211"],
    ["minus", "\u2212"],
    ["lowast", "\u2217"],
    ["radic", "\u221A"],
    ["prop", "\u221D"],
    ["infin", "\u221E"],
    ["ang", "\u2220"],
    ["and", "\u2227"],
    ["or", "\u2228"],
    ["cap", "\u2229"],
    ["cup", "\u222A"],
    ["int", "\u222B"],
    ["there4", "\u2234"],
    ["sim", "\u223C"],
    ["cong", "\u2245"],
    ["asymp", "\u2248"],
    ["ne", "\u2260"],
    ["equiv", "\u2261"],
    ["le", "\u2264"],
    ["ge", "\u2265"],
    ["sub", "\u2282"],
    ["sup", "\u2283"],
    ["nsub", "\u2284"],
    ["sube", "\u2286"],
    ["supe", "\u2287"],
    ["oplus", "\u2295"],
    ["otimes", "\u2297"],
    ["perp", "\u22A5"],
    ["sdot", "\u22C5"],
    ["lceil", "\u2308"],
    ["rceil", "\u2309"],
    ["lfloor", "\u230A"],
    ["rfloor", "\u230B"],
    ["lang", "\u2329"],
    ["rang", "\u232A"],
    ["loz", "\u25CA"],
    ["spades", "\u2660"],
    ["clubs", "\u2663"],
    ["hearts", "\u2665"],
    ["diams", "\u2666"],
  ]);
});
var Zi = z((Yi) => {
  Object.defineProperty(Yi, "__esModule", { value: !0 });
  function Vm(t) {
    const [e, n] = z1(t.jsxPragma || "React.createElement"),
      [o, r] = z1(t.jsxFragmentPragma || "React.Fragment");
    return { base: e, suffix: n, fragmentBase: o, fragmentSuffix: r };
  }
  Yi.default = Vm;
  function z1(t) {
    let e = t.indexOf(".");
    return (e === -1 && (e = t.length), [t.slice(0, e), t.slice(e)]);
  }
});
var on = z((ta) => {
  Object.defineProperty(ta, "__esModule", { value: !0 });
  var ea = class {
    getPrefixCode() {
      return "";
    }
    getHoistedCode() {
      return "";
    }
    getSuffixCode() {
      return "";
    }
  };
  ta.default = ea;
});
var ra = z((ns) => {
  Object.defineProperty(ns, "__esModule", { value: !0 });
  function oa(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var Km = U1(),
    Hm = oa(Km),
    ts = ft(),
    Ae = xe(),
    vn = Jt(),
    Wm = Zi(),
    Um = oa(Wm),
    zm = on(),
    Jm = oa(zm),
    na = class t extends Jm.default {
      __init() {
        this.lastLineNumber = 1;
      }
      __init2() {
        this.lastIndex = 0;
      }
      __init3() {
        this.filenameVarName = null;
      }
      __init4() {
        this.esmAutomaticImportNameResolutions = {};
      }
      __init5() {
        this.cjsAutomaticModuleNameResolutions = {};
      }
      constructor(e, n, o, r, s) {
        super(),
          (this.rootTransformer = e),
          (this.tokens = n),
          (this.importProcessor = o),
          (this.nameManager = r),
          (this.options = s),
          t.prototype.__init.call(this),
          t.prototype.__init2.call(this),
          t.prototype.__init3.call(this),
          t.prototype.__init4.call(this),
          t.prototype.__init5.call(this),
          (this.jsxPragmaInfo = Um.default.call(void 0, s)),
          (this.isAutomaticRuntime = s.jsxRuntime === "automatic"),
          (this.jsxImportSource = s.jsxImportSource || "react");
      }
      process() {
        return this.tokens.matches1(Ae.TokenType.jsxTagStart) ? (this.processJSXTag(), !0) : !1;
      }
      getPrefixCode() {
        let e = "";
        if (
          (this.filenameVarName &&
            (e += `const ${this.filenameVarName} = ${JSON.stringify(this.options.filePath || "")};`),
          this.isAutomaticRuntime)
        )
          if (this.importProcessor)
            for (const [n, o] of Object.entries(this.cjsAutomaticModuleNameResolutions))
              e += `var ${o} = require("${n}");`;
          else {
            const { createElement: n, ...o } = this.esmAutomaticImportNameResolutions;
            n && (e += `import {createElement as ${n}} from "${this.jsxImportSource}";`);
            const r = Object.entries(o)
              .map(([s, i]) => `${s} as ${i}`)
              .join(", ");
            if (r) {
              const s =
                this.jsxImportSource +
                (this.options.production ? "/jsx-runtime" : "/jsx-dev-runtime");
              e += `import {${r}} from "${s}";`;
            }
          }
        return e;
      }
      processJSXTag() {
        const { jsxRole: e, start: n } = this.tokens.currentToken(),
          o = this.options.production ? null : this.getElementLocationCode(n);
        this.isAutomaticRuntime && e !== ts.JSXRole.KeyAfterPropSpread
          ? this.transformTagToJSXFunc(o, e)
          : this.transformTagToCreateElement(o);
      }
      getElementLocationCode(e) {
        return `lineNumber: ${this.getLineNumberForIndex(e)}`;
      }
      getLineNumberForIndex(e) {
        const n = this.tokens.code;
        for (; this.lastIndex < e && this.lastIndex < n.length; )
          n[this.lastIndex] ===
            `
` && this.lastLineNumber++,
            this.lastIndex++;
        return this.lastLineNumber;
      }
      transformTagToJSXFunc(e, n) {
        const o = n === ts.JSXRole.StaticChildren;
        this.tokens.replaceToken(this.getJSXFuncInvocationCode(o));
        let r = null;
        if (this.tokens.matches1(Ae.TokenType.jsxTagEnd))
          this.tokens.replaceToken(`${this.getFragmentCode()}, {`),
            this.processAutomaticChildrenAndEndProps(n);
        else {
          if (
            (this.processTagIntro(),
            this.tokens.appendCode(", {"),
            (r = this.processProps(!0)),
            this.tokens.matches2(Ae.TokenType.slash, Ae.TokenType.jsxTagEnd))
          )
            this.tokens.appendCode("}");
          else if (this.tokens.matches1(Ae.TokenType.jsxTagEnd))
            this.tokens.removeToken(), this.processAutomaticChildrenAndEndProps(n);
          else throw new Error("Expected either /> or > at the end of the tag.");
          r && this.tokens.appendCode(`, ${r}`);
        }
        for (
          this.options.production ||
            (r === null && this.tokens.appendCode(", void 0"),
            this.tokens.appendCode(`, ${o}, ${this.getDevSource(e)}, this`)),
            this.tokens.removeInitialToken();
          !this.tokens.matches1(Ae.TokenType.jsxTagEnd);
        )
          this.tokens.removeToken();
        this.tokens.replaceToken(")");
      }
      transformTagToCreateElement(e) {
        if (
          (this.tokens.replaceToken(this.getCreateElementInvocationCode()),
          this.tokens.matches1(Ae.TokenType.jsxTagEnd))
        )
          this.tokens.replaceToken(`${this.getFragmentCode()}, null`), this.processChildren(!0);
        else if (
          (this.processTagIntro(),
          this.processPropsObjectWithDevInfo(e),
          !this.tokens.matches2(Ae.TokenType.slash, Ae.TokenType.jsxTagEnd))
        )
          if (this.tokens.matches1(Ae.TokenType.jsxTagEnd))
            this.tokens.removeToken(), this.processChildren(!0);
          else throw new Error("Expected either /> or > at the end of the tag.");
        for (this.tokens.removeInitialToken(); !this.tokens.matches1(Ae.TokenType.jsxTagEnd); )
          this.tokens.removeToken();
        this.tokens.replaceToken(")");
      }
      getJSXFuncInvocationCode(e) {
        return this.options.production
          ? e
            ? this.claimAutoImportedFuncInvocation("jsxs", "/jsx-runtime")
            : this.claimAutoImportedFuncInvocation("jsx", "/jsx-runtime")
          : this.claimAutoImportedFuncInvocation("jsxDEV", "/jsx-dev-runtime");
      }
      getCreateElementInvocationCode() {
        if (this.isAutomaticRuntime)
          return this.claimAutoImportedFuncInvocation("createElement", "");
        {
          const { jsxPragmaInfo: e } = this;
          return `${(this.importProcessor && this.importProcessor.getIdentifierReplacement(e.base)) || e.base}${e.suffix}(`;
        }
      }
      getFragmentCode() {
        if (this.isAutomaticRuntime)
          return this.claimAutoImportedName(
            "Fragment",
            this.options.production ? "/jsx-runtime" : "/jsx-dev-runtime",
          );
        {
          const { jsxPragmaInfo: e } = this;
          return (
            ((this.importProcessor &&
              this.importProcessor.getIdentifierReplacement(e.fragmentBase)) ||
              e.fragmentBase) + e.fragmentSuffix
          );
        }
      }
      claimAutoImportedFuncInvocation(e, n) {
        const o = this.claimAutoImportedName(e, n);
        return this.importProcessor ? `${o}.call(void 0, ` : `${o}(`;
      }
      claimAutoImportedName(e, n) {
        if (this.importProcessor) {
          const o = this.jsxImportSource + n;
          return (
            this.cjsAutomaticModuleNameResolutions[o] ||
              (this.cjsAutomaticModuleNameResolutions[o] =
                this.importProcessor.getFreeIdentifierForPath(o)),
            `${this.cjsAutomaticModuleNameResolutions[o]}.${e}`
          );
        } else
          return (
            this.esmAutomaticImportNameResolutions[e] ||
              (this.esmAutomaticImportNameResolutions[e] = this.nameManager.claimFreeName(`_${e}`)),
            this.esmAutomaticImportNameResolutions[e]
          );
      }
      processTagIntro() {
        let e = this.tokens.currentIndex() + 1;
        for (
          ;
          this.tokens.tokens[e].isType ||
          (!this.tokens.matches2AtIndex(e - 1, Ae.TokenType.jsxName, Ae.TokenType.jsxName) &&
            !this.tokens.matches2AtIndex(e - 1, Ae.TokenType.greaterThan, Ae.TokenType.jsxName) &&
            !this.tokens.matches1AtIndex(e, Ae.TokenType.braceL) &&
            !this.tokens.matches1AtIndex(e, Ae.TokenType.jsxTagEnd) &&
            !this.tokens.matches2AtIndex(e, Ae.TokenType.slash, Ae.TokenType.jsxTagEnd));
        )
          e++;
        if (e === this.tokens.currentIndex() + 1) {
          const n = this.tokens.identifierName();
          G1(n) && this.tokens.replaceToken(`'${n}'`);
        }
        for (; this.tokens.currentIndex() < e; ) this.rootTransformer.processToken();
      }
      processPropsObjectWithDevInfo(e) {
        const n = this.options.production ? "" : `__self: this, __source: ${this.getDevSource(e)}`;
        if (
          !this.tokens.matches1(Ae.TokenType.jsxName) &&
          !this.tokens.matches1(Ae.TokenType.braceL)
        ) {
          n ? this.tokens.appendCode(`, {${n}}`) : this.tokens.appendCode(", null");
          return;
        }
        this.tokens.appendCode(", {"),
          this.processProps(!1),
          n ? this.tokens.appendCode(` ${n}}`) : this.tokens.appendCode("}");
      }
      processProps(e) {
        let n = null;
        for (;;) {
          if (this.tokens.matches2(Ae.TokenType.jsxName, Ae.TokenType.eq)) {
            const o = this.tokens.identifierName();
            if (e && o === "key") {
              n !== null && this.tokens.appendCode(n.replace(/[^\n]/g, "")),
                this.tokens.removeToken(),
                this.tokens.removeToken();
              const r = this.tokens.snapshot();
              this.processPropValue(),
                (n = this.tokens.dangerouslyGetAndRemoveCodeSinceSnapshot(r));
              continue;
            } else this.processPropName(o), this.tokens.replaceToken(": "), this.processPropValue();
          } else if (this.tokens.matches1(Ae.TokenType.jsxName)) {
            const o = this.tokens.identifierName();
            this.processPropName(o), this.tokens.appendCode(": true");
          } else if (this.tokens.matches1(Ae.TokenType.braceL))
            this.tokens.replaceToken(""),
              this.rootTransformer.processBalancedCode(),
              this.tokens.replaceToken("");
          else break;
          this.tokens.appendCode(",");
        }
        return n;
      }
      processPropName(e) {
        e.includes("-") ? this.tokens.replaceToken(`'${e}'`) : this.tokens.copyToken();
      }
      processPropValue() {
        this.tokens.matches1(Ae.TokenType.braceL)
          ? (this.tokens.replaceToken(""),
            this.rootTransformer.processBalancedCode(),
            this.tokens.replaceToken(""))
          : this.tokens.matches1(Ae.TokenType.jsxTagStart)
            ? this.processJSXTag()
            : this.processStringPropValue();
      }
      processStringPropValue() {
        const e = this.tokens.currentToken(),
          n = this.tokens.code.slice(e.start + 1, e.end - 1),
          o = J1(n),
          r = Xm(n);
        this.tokens.replaceToken(r + o);
      }
      processAutomaticChildrenAndEndProps(e) {
        e === ts.JSXRole.StaticChildren
          ? (this.tokens.appendCode(" children: ["),
            this.processChildren(!1),
            this.tokens.appendCode("]}"))
          : (e === ts.JSXRole.OneChild && this.tokens.appendCode(" children: "),
            this.processChildren(!1),
            this.tokens.appendCode("}"));
      }
      processChildren(e) {
        let n = e;
        for (;;) {
          if (this.tokens.matches2(Ae.TokenType.jsxTagStart, Ae.TokenType.slash)) return;
          let o = !1;
          if (this.tokens.matches1(Ae.TokenType.braceL))
            this.tokens.matches2(Ae.TokenType.braceL, Ae.TokenType.braceR)
              ? (this.tokens.replaceToken(""), this.tokens.replaceToken(""))
              : (this.tokens.replaceToken(n ? ", " : ""),
                this.rootTransformer.processBalancedCode(),
                this.tokens.replaceToken(""),
                (o = !0));
          else if (this.tokens.matches1(Ae.TokenType.jsxTagStart))
            this.tokens.appendCode(n ? ", " : ""), this.processJSXTag(), (o = !0);
          else if (
            this.tokens.matches1(Ae.TokenType.jsxText) ||
            this.tokens.matches1(Ae.TokenType.jsxEmptyText)
          )
            o = this.processChildTextElement(n);
          else throw new Error("Unexpected token when processing JSX children.");
          o && (n = !0);
        }
      }
      processChildTextElement(e) {
        const n = this.tokens.currentToken(),
          o = this.tokens.code.slice(n.start, n.end),
          r = J1(o),
          s = Gm(o);
        return s === '""'
          ? (this.tokens.replaceToken(r), !1)
          : (this.tokens.replaceToken(`${e ? ", " : ""}${s}${r}`), !0);
      }
      getDevSource(e) {
        return `{fileName: ${this.getFilenameVarName()}, ${e}}`;
      }
      getFilenameVarName() {
        return (
          this.filenameVarName ||
            (this.filenameVarName = this.nameManager.claimFreeName("_jsxFileName")),
          this.filenameVarName
        );
      }
    };
  ns.default = na;
  function G1(t) {
    const e = t.charCodeAt(0);
    return e >= vn.charCodes.lowercaseA && e <= vn.charCodes.lowercaseZ;
  }
  ns.startsWithLowerCase = G1;
  function Gm(t) {
    let e = "",
      n = "",
      o = !1,
      r = !1;
    for (let s = 0; s < t.length; s++) {
      const i = t[s];
      if (i === " " || i === "	" || i === "\r") o || (n += i);
      else if (
        i ===
        `
`
      )
        (n = ""), (o = !0);
      else {
        if ((r && o && (e += " "), (e += n), (n = ""), i === "&")) {
          const { entity: a, newI: c } = X1(t, s + 1);
          (s = c - 1), (e += a);
        } else e += i;
        (r = !0), (o = !1);
      }
    }
    return (o || (e += n), JSON.stringify(e));
  }
  function J1(t) {
    let e = 0,
      n = 0;
    for (const o of t)
      o ===
      `
`
        ? (e++, (n = 0))
        : o === " " && n++;
    return (
      `
`.repeat(e) + " ".repeat(n)
    );
  }
  function Xm(t) {
    let e = "";
    for (let n = 0; n < t.length; n++) {
      const o = t[n];
      if (
        o ===
        `
`
      )
        if (/\s/.test(t[n + 1])) for (e += " "; n < t.length && /\s/.test(t[n + 1]); ) n++;
        else
          e += `
`;
      else if (o === "&") {
        const { entity: r, newI: s } = X1(t, n + 1);
        (e += r), (n = s - 1);
      } else e += o;
    }
    return JSON.stringify(e);
  }
  function X1(t, e) {
    let n = "",
      o = 0,
      r,
      s = e;
    if (t[s] === "#") {
      let i = 10;
      s++;
      let a;
      if (t[s] === "x") for (i = 16, s++, a = s; s < t.length && Ym(t.charCodeAt(s)); ) s++;
      else for (a = s; s < t.length && Qm(t.charCodeAt(s)); ) s++;
      if (t[s] === ";") {
        const c = t.slice(a, s);
        c && (s++, (r = String.fromCodePoint(parseInt(c, i))));
      }
    } else
      for (; s < t.length && o++ < 10; ) {
        const i = t[s];
        if ((s++, i === ";")) {
          r = Hm.default.get(n);
          break;
        }
        n += i;
      }
    return r ? { entity: r, newI: s } : { entity: "&", newI: e };
  }
  function Qm(t) {
    return t >= vn.charCodes.digit0 && t <= vn.charCodes.digit9;
  }
  function Ym(t) {
    return (
      (t >= vn.charCodes.digit0 && t <= vn.charCodes.digit9) ||
      (t >= vn.charCodes.lowercaseA && t <= vn.charCodes.lowercaseF) ||
      (t >= vn.charCodes.uppercaseA && t <= vn.charCodes.uppercaseF)
    );
  }
});
var ia = z((sa) => {
  Object.defineProperty(sa, "__esModule", { value: !0 });
  function Zm(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var os = ft(),
    Co = xe(),
    eT = ra(),
    tT = Zi(),
    nT = Zm(tT);
  function oT(t, e) {
    const n = nT.default.call(void 0, e),
      o = new Set();
    for (let r = 0; r < t.tokens.length; r++) {
      const s = t.tokens[r];
      if (
        (s.type === Co.TokenType.name &&
          !s.isType &&
          (s.identifierRole === os.IdentifierRole.Access ||
            s.identifierRole === os.IdentifierRole.ObjectShorthand ||
            s.identifierRole === os.IdentifierRole.ExportAccess) &&
          !s.shadowsGlobal &&
          o.add(t.identifierNameForToken(s)),
        s.type === Co.TokenType.jsxTagStart && o.add(n.base),
        s.type === Co.TokenType.jsxTagStart &&
          r + 1 < t.tokens.length &&
          t.tokens[r + 1].type === Co.TokenType.jsxTagEnd &&
          (o.add(n.base), o.add(n.fragmentBase)),
        s.type === Co.TokenType.jsxName && s.identifierRole === os.IdentifierRole.Access)
      ) {
        const i = t.identifierNameForToken(s);
        (!eT.startsWithLowerCase.call(void 0, i) || t.tokens[r + 1].type === Co.TokenType.dot) &&
          o.add(t.identifierNameForToken(s));
      }
    }
    return o;
  }
  sa.getNonTypeIdentifiers = oT;
});
var Q1 = z((ca) => {
  Object.defineProperty(ca, "__esModule", { value: !0 });
  function rT(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var sT = ft(),
    rs = yt(),
    ie = xe(),
    iT = Zo(),
    aT = rT(iT),
    cT = ia(),
    aa = class t {
      __init() {
        this.nonTypeIdentifiers = new Set();
      }
      __init2() {
        this.importInfoByPath = new Map();
      }
      __init3() {
        this.importsToReplace = new Map();
      }
      __init4() {
        this.identifierReplacements = new Map();
      }
      __init5() {
        this.exportBindingsByLocalName = new Map();
      }
      constructor(e, n, o, r, s, i, a) {
        (this.nameManager = e),
          (this.tokens = n),
          (this.enableLegacyTypeScriptModuleInterop = o),
          (this.options = r),
          (this.isTypeScriptTransformEnabled = s),
          (this.keepUnusedImports = i),
          (this.helperManager = a),
          t.prototype.__init.call(this),
          t.prototype.__init2.call(this),
          t.prototype.__init3.call(this),
          t.prototype.__init4.call(this),
          t.prototype.__init5.call(this);
      }
      preprocessTokens() {
        for (let e = 0; e < this.tokens.tokens.length; e++)
          this.tokens.matches1AtIndex(e, ie.TokenType._import) &&
            !this.tokens.matches3AtIndex(
              e,
              ie.TokenType._import,
              ie.TokenType.name,
              ie.TokenType.eq,
            ) &&
            this.preprocessImportAtIndex(e),
            this.tokens.matches1AtIndex(e, ie.TokenType._export) &&
              !this.tokens.matches2AtIndex(e, ie.TokenType._export, ie.TokenType.eq) &&
              this.preprocessExportAtIndex(e);
        this.generateImportReplacements();
      }
      pruneTypeOnlyImports() {
        this.nonTypeIdentifiers = cT.getNonTypeIdentifiers.call(void 0, this.tokens, this.options);
        for (const [e, n] of this.importInfoByPath.entries()) {
          if (
            n.hasBareImport ||
            n.hasStarExport ||
            n.exportStarNames.length > 0 ||
            n.namedExports.length > 0
          )
            continue;
          [
            ...n.defaultNames,
            ...n.wildcardNames,
            ...n.namedImports.map(({ localName: r }) => r),
          ].every((r) => this.shouldAutomaticallyElideImportedName(r)) &&
            this.importsToReplace.set(e, "");
        }
      }
      shouldAutomaticallyElideImportedName(e) {
        return (
          this.isTypeScriptTransformEnabled &&
          !this.keepUnusedImports &&
          !this.nonTypeIdentifiers.has(e)
        );
      }
      generateImportReplacements() {
        for (const [e, n] of this.importInfoByPath.entries()) {
          const {
            defaultNames: o,
            wildcardNames: r,
            namedImports: s,
            namedExports: i,
            exportStarNames: a,
            hasStarExport: c,
          } = n;
          if (
            o.length === 0 &&
            r.length === 0 &&
            s.length === 0 &&
            i.length === 0 &&
            a.length === 0 &&
            !c
          ) {
            this.importsToReplace.set(e, `require('${e}');`);
            continue;
          }
          let u = this.getFreeIdentifierForPath(e),
            d;
          this.enableLegacyTypeScriptModuleInterop
            ? (d = u)
            : (d = r.length > 0 ? r[0] : this.getFreeIdentifierForPath(e));
          let h = `var ${u} = require('${e}');`;
          if (r.length > 0)
            for (const f of r) {
              const _ = this.enableLegacyTypeScriptModuleInterop
                ? u
                : `${this.helperManager.getHelperName("interopRequireWildcard")}(${u})`;
              h += ` var ${f} = ${_};`;
            }
          else
            a.length > 0 && d !== u
              ? (h += ` var ${d} = ${this.helperManager.getHelperName("interopRequireWildcard")}(${u});`)
              : o.length > 0 &&
                d !== u &&
                (h += ` var ${d} = ${this.helperManager.getHelperName("interopRequireDefault")}(${u});`);
          for (const { importedName: f, localName: _ } of i)
            h += ` ${this.helperManager.getHelperName("createNamedExportFrom")}(${u}, '${_}', '${f}');`;
          for (const f of a) h += ` exports.${f} = ${d};`;
          c && (h += ` ${this.helperManager.getHelperName("createStarExport")}(${u});`),
            this.importsToReplace.set(e, h);
          for (const f of o) this.identifierReplacements.set(f, `${d}.default`);
          for (const { importedName: f, localName: _ } of s)
            this.identifierReplacements.set(_, `${u}.${f}`);
        }
      }
      getFreeIdentifierForPath(e) {
        const n = e.split("/"),
          r = n[n.length - 1].replace(/\W/g, "");
        return this.nameManager.claimFreeName(`_${r}`);
      }
      preprocessImportAtIndex(e) {
        const n = [],
          o = [],
          r = [];
        if (
          (e++,
          ((this.tokens.matchesContextualAtIndex(e, rs.ContextualKeyword._type) ||
            this.tokens.matches1AtIndex(e, ie.TokenType._typeof)) &&
            !this.tokens.matches1AtIndex(e + 1, ie.TokenType.comma) &&
            !this.tokens.matchesContextualAtIndex(e + 1, rs.ContextualKeyword._from)) ||
            this.tokens.matches1AtIndex(e, ie.TokenType.parenL))
        )
          return;
        if (
          (this.tokens.matches1AtIndex(e, ie.TokenType.name) &&
            (n.push(this.tokens.identifierNameAtIndex(e)),
            e++,
            this.tokens.matches1AtIndex(e, ie.TokenType.comma) && e++),
          this.tokens.matches1AtIndex(e, ie.TokenType.star) &&
            ((e += 2), o.push(this.tokens.identifierNameAtIndex(e)), e++),
          this.tokens.matches1AtIndex(e, ie.TokenType.braceL))
        ) {
          const a = this.getNamedImports(e + 1);
          e = a.newIndex;
          for (const c of a.namedImports)
            c.importedName === "default" ? n.push(c.localName) : r.push(c);
        }
        if (
          (this.tokens.matchesContextualAtIndex(e, rs.ContextualKeyword._from) && e++,
          !this.tokens.matches1AtIndex(e, ie.TokenType.string))
        )
          throw new Error("Expected string token at the end of import statement.");
        const s = this.tokens.stringValueAtIndex(e),
          i = this.getImportInfo(s);
        i.defaultNames.push(...n),
          i.wildcardNames.push(...o),
          i.namedImports.push(...r),
          n.length === 0 && o.length === 0 && r.length === 0 && (i.hasBareImport = !0);
      }
      preprocessExportAtIndex(e) {
        if (
          this.tokens.matches2AtIndex(e, ie.TokenType._export, ie.TokenType._var) ||
          this.tokens.matches2AtIndex(e, ie.TokenType._export, ie.TokenType._let) ||
          this.tokens.matches2AtIndex(e, ie.TokenType._export, ie.TokenType._const)
        )
          this.preprocessVarExportAtIndex(e);
        else if (
          this.tokens.matches2AtIndex(e, ie.TokenType._export, ie.TokenType._function) ||
          this.tokens.matches2AtIndex(e, ie.TokenType._export, ie.TokenType._class)
        ) {
          const n = this.tokens.identifierNameAtIndex(e + 2);
          this.addExportBinding(n, n);
        } else if (
          this.tokens.matches3AtIndex(
            e,
            ie.TokenType._export,
            ie.TokenType.name,
            ie.TokenType._function,
          )
        ) {
          const n = this.tokens.identifierNameAtIndex(e + 3);
          this.addExportBinding(n, n);
        } else
          this.tokens.matches2AtIndex(e, ie.TokenType._export, ie.TokenType.braceL)
            ? this.preprocessNamedExportAtIndex(e)
            : this.tokens.matches2AtIndex(e, ie.TokenType._export, ie.TokenType.star) &&
              this.preprocessExportStarAtIndex(e);
      }
      preprocessVarExportAtIndex(e) {
        let n = 0;
        for (let o = e + 2; ; o++)
          if (
            this.tokens.matches1AtIndex(o, ie.TokenType.braceL) ||
            this.tokens.matches1AtIndex(o, ie.TokenType.dollarBraceL) ||
            this.tokens.matches1AtIndex(o, ie.TokenType.bracketL)
          )
            n++;
          else if (
            this.tokens.matches1AtIndex(o, ie.TokenType.braceR) ||
            this.tokens.matches1AtIndex(o, ie.TokenType.bracketR)
          )
            n--;
          else {
            if (n === 0 && !this.tokens.matches1AtIndex(o, ie.TokenType.name)) break;
            if (this.tokens.matches1AtIndex(1, ie.TokenType.eq)) {
              const r = this.tokens.currentToken().rhsEndIndex;
              if (r == null) throw new Error("Expected = token with an end index.");
              o = r - 1;
            } else {
              const r = this.tokens.tokens[o];
              if (sT.isDeclaration.call(void 0, r)) {
                const s = this.tokens.identifierNameAtIndex(o);
                this.identifierReplacements.set(s, `exports.${s}`);
              }
            }
          }
      }
      preprocessNamedExportAtIndex(e) {
        e += 2;
        const { newIndex: n, namedImports: o } = this.getNamedImports(e);
        if (((e = n), this.tokens.matchesContextualAtIndex(e, rs.ContextualKeyword._from))) e++;
        else {
          for (const { importedName: i, localName: a } of o) this.addExportBinding(i, a);
          return;
        }
        if (!this.tokens.matches1AtIndex(e, ie.TokenType.string))
          throw new Error("Expected string token at the end of import statement.");
        const r = this.tokens.stringValueAtIndex(e);
        this.getImportInfo(r).namedExports.push(...o);
      }
      preprocessExportStarAtIndex(e) {
        let n = null;
        if (
          (this.tokens.matches3AtIndex(e, ie.TokenType._export, ie.TokenType.star, ie.TokenType._as)
            ? ((e += 3), (n = this.tokens.identifierNameAtIndex(e)), (e += 2))
            : (e += 3),
          !this.tokens.matches1AtIndex(e, ie.TokenType.string))
        )
          throw new Error("Expected string token at the end of star export statement.");
        const o = this.tokens.stringValueAtIndex(e),
          r = this.getImportInfo(o);
        n !== null ? r.exportStarNames.push(n) : (r.hasStarExport = !0);
      }
      getNamedImports(e) {
        const n = [];
        for (;;) {
          if (this.tokens.matches1AtIndex(e, ie.TokenType.braceR)) {
            e++;
            break;
          }
          const o = aT.default.call(void 0, this.tokens, e);
          if (
            ((e = o.endIndex),
            o.isType || n.push({ importedName: o.leftName, localName: o.rightName }),
            this.tokens.matches2AtIndex(e, ie.TokenType.comma, ie.TokenType.braceR))
          ) {
            e += 2;
            break;
          } else if (this.tokens.matches1AtIndex(e, ie.TokenType.braceR)) {
            e++;
            break;
          } else if (this.tokens.matches1AtIndex(e, ie.TokenType.comma)) e++;
          else throw new Error(`Unexpected token: ${JSON.stringify(this.tokens.tokens[e])}`);
        }
        return { newIndex: e, namedImports: n };
      }
      getImportInfo(e) {
        const n = this.importInfoByPath.get(e);
        if (n) return n;
        const o = {
          defaultNames: [],
          wildcardNames: [],
          namedImports: [],
          namedExports: [],
          hasBareImport: !1,
          exportStarNames: [],
          hasStarExport: !1,
        };
        return (this.importInfoByPath.set(e, o), o);
      }
      addExportBinding(e, n) {
        this.exportBindingsByLocalName.has(e) || this.exportBindingsByLocalName.set(e, []),
          this.exportBindingsByLocalName.get(e).push(n);
      }
      claimImportCode(e) {
        const n = this.importsToReplace.get(e);
        return (this.importsToReplace.set(e, ""), n || "");
      }
      getIdentifierReplacement(e) {
        return this.identifierReplacements.get(e) || null;
      }
      resolveExportBinding(e) {
        const n = this.exportBindingsByLocalName.get(e);
        return !n || n.length === 0 ? null : n.map((o) => `exports.${o}`).join(" = ");
      }
      getGlobalNames() {
        return new Set([
          ...this.identifierReplacements.keys(),
          ...this.exportBindingsByLocalName.keys(),
        ]);
      }
    };
  ca.default = aa;
});
var ua = z((la, er) => {
  ((t, e) => {
    if (typeof la == "object" && typeof er < "u") e(er), (er.exports = n(er));
    else if (typeof define == "function" && define.amd)
      define(["module"], function (o) {
        e.apply(this, arguments), (o.exports = n(o));
      });
    else {
      const o = { exports: {} };
      e(o), (t = typeof globalThis < "u" ? globalThis : t || self), (t.sourcemapCodec = n(o));
    }
    function n(o) {
      return "default" in o.exports ? o.exports.default : o.exports;
    }
  })(la, (t) => {
    var e = Object.defineProperty,
      n = Object.getOwnPropertyDescriptor,
      o = Object.getOwnPropertyNames,
      r = Object.prototype.hasOwnProperty,
      s = (B, $) => {
        for (var I in $) e(B, I, { get: $[I], enumerable: !0 });
      },
      i = (B, $, I, W) => {
        if (($ && typeof $ == "object") || typeof $ == "function")
          for (const oe of o($))
            !r.call(B, oe) &&
              oe !== I &&
              e(B, oe, { get: () => $[oe], enumerable: !(W = n($, oe)) || W.enumerable });
        return B;
      },
      a = (B) => i(e({}, "__esModule", { value: !0 }), B),
      c = {};
    s(c, {
      decode: () => en,
      decodeGeneratedRanges: () => Nt,
      decodeOriginalScopes: () => ot,
      decodeRangeMappings: () => ln,
      encode: () => Vt,
      encodeGeneratedRanges: () => jt,
      encodeOriginalScopes: () => pt,
      encodeRangeMappings: () => Bt,
    }),
      (t.exports = a(c));
    var u = 44,
      d = 59,
      h = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
      f = new Uint8Array(64),
      _ = new Uint8Array(128);
    for (let B = 0; B < h.length; B++) {
      const $ = h.charCodeAt(B);
      (f[B] = $), (_[$] = B);
    }
    function E(B) {
      let $ = 0,
        I = 0,
        W = 0;
      do {
        const oe = B.next();
        (W = _[oe]), ($ |= (W & 31) << I), (I += 5);
      } while (W & 32);
      return $;
    }
    function V(B) {
      return B & 1 ? -2147483648 | -(B >>> 1) : B >>> 1;
    }
    function b(B, $) {
      do {
        let I = $ & 31;
        ($ >>>= 5), $ > 0 && (I |= 32), B.write(f[I]);
      } while ($ > 0);
    }
    function L(B) {
      return B < 0 ? (-B << 1) | 1 : B << 1;
    }
    function J(B, $) {
      return B.pos >= $ ? !1 : B.peek() !== u;
    }
    var ke = 1024 * 16,
      le =
        typeof TextDecoder < "u"
          ? new TextDecoder()
          : typeof Buffer < "u"
            ? {
                decode(B) {
                  return Buffer.from(B.buffer, B.byteOffset, B.byteLength).toString();
                },
              }
            : {
                decode(B) {
                  let $ = "";
                  for (let I = 0; I < B.length; I++) $ += String.fromCharCode(B[I]);
                  return $;
                },
              },
      se = class {
        constructor() {
          (this.pos = 0), (this.out = ""), (this.buffer = new Uint8Array(ke));
        }
        write(B) {
          const { buffer: $ } = this;
          ($[this.pos++] = B), this.pos === ke && ((this.out += le.decode($)), (this.pos = 0));
        }
        flush() {
          const { buffer: B, out: $, pos: I } = this;
          return I > 0 ? $ + le.decode(B.subarray(0, I)) : $;
        }
      },
      Se = class {
        constructor(B) {
          (this.pos = 0), (this.buffer = B);
        }
        next() {
          return this.buffer.charCodeAt(this.pos++);
        }
        peek() {
          return this.buffer.charCodeAt(this.pos);
        }
        indexOf(B) {
          const { buffer: $, pos: I } = this,
            W = $.indexOf(B, I);
          return W === -1 ? $.length : W;
        }
      },
      ze = [];
    function ot(B) {
      let { length: $ } = B,
        I = new Se(B),
        W = [],
        oe = [],
        ue = 0;
      for (; I.pos < $; I.pos++) {
        ue += V(E(I));
        const Ne = V(E(I));
        if (!J(I, $)) {
          const Be = oe.pop();
          (Be[2] = ue), (Be[3] = Ne);
          continue;
        }
        let Ee = V(E(I)),
          ve = V(E(I)) & 1 ? [ue, Ne, 0, 0, Ee, V(E(I))] : [ue, Ne, 0, 0, Ee],
          Fe = ze;
        if (J(I, $)) {
          Fe = [];
          do {
            const Be = V(E(I));
            Fe.push(Be);
          } while (J(I, $));
        }
        (ve.vars = Fe), W.push(ve), oe.push(ve);
      }
      return W;
    }
    function pt(B) {
      const $ = new se();
      for (let I = 0; I < B.length; ) I = Ct(B, I, $, [0]);
      return $.flush();
    }
    function Ct(B, $, I, W) {
      const oe = B[$],
        { 0: ue, 1: Ne, 2: Ee, 3: Ye, 4: je, vars: ve } = oe;
      $ > 0 && I.write(u), b(I, L(ue - W[0])), (W[0] = ue), b(I, L(Ne)), b(I, L(je));
      const Fe = oe.length === 6 ? 1 : 0;
      b(I, L(Fe)), oe.length === 6 && b(I, L(oe[5]));
      for (const Be of ve) b(I, L(Be));
      for ($++; $ < B.length; ) {
        const Be = B[$],
          { 0: me, 1: Ge } = Be;
        if (me > Ee || (me === Ee && Ge >= Ye)) break;
        $ = Ct(B, $, I, W);
      }
      return (I.write(u), b(I, L(Ee - W[0])), (W[0] = Ee), b(I, L(Ye)), $);
    }
    function Nt(B) {
      let { length: $ } = B,
        I = new Se(B),
        W = [],
        oe = [],
        ue = 0,
        Ne = 0,
        Ee = 0,
        Ye = 0,
        je = 0,
        ve = 0,
        Fe = 0,
        Be = 0;
      do {
        let me = I.indexOf(";"),
          Ge = 0;
        for (; I.pos < me; I.pos++) {
          if (((Ge += V(E(I))), !J(I, me))) {
            const Re = oe.pop();
            (Re[2] = ue), (Re[3] = Ge);
            continue;
          }
          let q = V(E(I)),
            F = q & 1,
            U = q & 2,
            ee = q & 4,
            de = null,
            pe = ze,
            he;
          if (F) {
            const Re = Ne + V(E(I));
            (Ee = V(E(I)) + (Ne === Re ? Ee : 0)), (Ne = Re), (he = [ue, Ge, 0, 0, Re, Ee]);
          } else he = [ue, Ge, 0, 0];
          if (((he.isScope = !!ee), U)) {
            const Re = Ye,
              rt = je;
            Ye += V(E(I));
            const St = Re === Ye;
            (je = (St ? je : 0) + V(E(I))),
              (ve = (St && rt === je ? ve : 0) + V(E(I))),
              (de = [Ye, je, ve]);
          }
          if (((he.callsite = de), J(I, me))) {
            pe = [];
            do {
              (Fe = ue), (Be = Ge);
              let Re = V(E(I)),
                rt;
              if (Re < -1) {
                rt = [[V(E(I))]];
                for (let St = -1; St > Re; St--) {
                  const Kt = Fe;
                  (Fe += V(E(I))), (Be = (Fe === Kt ? Be : 0) + V(E(I)));
                  const Ht = V(E(I));
                  rt.push([Ht, Fe, Be]);
                }
              } else rt = [[Re]];
              pe.push(rt);
            } while (J(I, me));
          }
          (he.bindings = pe), W.push(he), oe.push(he);
        }
        ue++, (I.pos = me + 1);
      } while (I.pos < $);
      return W;
    }
    function jt(B) {
      if (B.length === 0) return "";
      const $ = new se();
      for (let I = 0; I < B.length; ) I = It(B, I, $, [0, 0, 0, 0, 0, 0, 0]);
      return $.flush();
    }
    function It(B, $, I, W) {
      const oe = B[$],
        { 0: ue, 1: Ne, 2: Ee, 3: Ye, isScope: je, callsite: ve, bindings: Fe } = oe;
      W[0] < ue ? (Rt(I, W[0], ue), (W[0] = ue), (W[1] = 0)) : $ > 0 && I.write(u),
        b(I, L(oe[1] - W[1])),
        (W[1] = oe[1]);
      const Be = (oe.length === 6 ? 1 : 0) | (ve ? 2 : 0) | (je ? 4 : 0);
      if ((b(I, L(Be)), oe.length === 6)) {
        const { 4: me, 5: Ge } = oe;
        me !== W[2] && (W[3] = 0), b(I, L(me - W[2])), (W[2] = me), b(I, L(Ge - W[3])), (W[3] = Ge);
      }
      if (ve) {
        const { 0: me, 1: Ge, 2: q } = oe.callsite;
        me !== W[4] ? ((W[5] = 0), (W[6] = 0)) : Ge !== W[5] && (W[6] = 0),
          b(I, L(me - W[4])),
          (W[4] = me),
          b(I, L(Ge - W[5])),
          (W[5] = Ge),
          b(I, L(q - W[6])),
          (W[6] = q);
      }
      if (Fe)
        for (const me of Fe) {
          me.length > 1 && b(I, L(-me.length));
          const Ge = me[0][0];
          b(I, L(Ge));
          let q = ue,
            F = Ne;
          for (let U = 1; U < me.length; U++) {
            const ee = me[U];
            b(I, L(ee[1] - q)), (q = ee[1]), b(I, L(ee[2] - F)), (F = ee[2]), b(I, L(ee[0]));
          }
        }
      for ($++; $ < B.length; ) {
        const me = B[$],
          { 0: Ge, 1: q } = me;
        if (Ge > Ee || (Ge === Ee && q >= Ye)) break;
        $ = It(B, $, I, W);
      }
      return (
        W[0] < Ee ? (Rt(I, W[0], Ee), (W[0] = Ee), (W[1] = 0)) : I.write(u),
        b(I, L(Ye - W[1])),
        (W[1] = Ye),
        $
      );
    }
    function Rt(B, $, I) {
      do B.write(d);
      while (++$ < I);
    }
    function ln(B) {
      const { length: $ } = B,
        I = new Se(B),
        W = [];
      do {
        let oe = I.indexOf(";"),
          ue = [],
          Ne = 0;
        for (; I.pos < oe; ) (Ne += E(I)), ue.push(Ne);
        W.push(ue), (I.pos = oe + 1);
      } while (I.pos <= $);
      return W;
    }
    function Bt(B) {
      if (B.length === 0) return "";
      const $ = new se();
      for (let I = 0; I < B.length; I++) {
        const W = B[I];
        I > 0 && $.write(d);
        let oe = 0;
        for (let ue = 0; ue < W.length; ue++) {
          const Ne = W[ue];
          b($, Ne - oe), (oe = Ne);
        }
      }
      return $.flush();
    }
    function en(B) {
      let { length: $ } = B,
        I = new Se(B),
        W = [],
        oe = 0,
        ue = 0,
        Ne = 0,
        Ee = 0,
        Ye = 0;
      do {
        let je = I.indexOf(";"),
          ve = [],
          Fe = !0,
          Be = 0;
        for (oe = 0; I.pos < je; ) {
          let me;
          (oe += V(E(I))),
            oe < Be && (Fe = !1),
            (Be = oe),
            J(I, je)
              ? ((ue += V(E(I))),
                (Ne += V(E(I))),
                (Ee += V(E(I))),
                J(I, je) ? ((Ye += V(E(I))), (me = [oe, ue, Ne, Ee, Ye])) : (me = [oe, ue, Ne, Ee]))
              : (me = [oe]),
            ve.push(me),
            I.pos++;
        }
        Fe || Tt(ve), W.push(ve), (I.pos = je + 1);
      } while (I.pos <= $);
      return W;
    }
    function Tt(B) {
      B.sort(tn);
    }
    function tn(B, $) {
      return B[0] - $[0];
    }
    function Vt(B) {
      let $ = new se(),
        I = 0,
        W = 0,
        oe = 0,
        ue = 0;
      for (let Ne = 0; Ne < B.length; Ne++) {
        const Ee = B[Ne];
        if ((Ne > 0 && $.write(d), Ee.length === 0)) continue;
        let Ye = 0;
        for (let je = 0; je < Ee.length; je++) {
          const ve = Ee[je];
          je > 0 && $.write(u),
            b($, L(ve[0] - Ye)),
            (Ye = ve[0]),
            ve.length !== 1 &&
              (b($, L(ve[1] - I)),
              b($, L(ve[2] - W)),
              b($, L(ve[3] - oe)),
              (I = ve[1]),
              (W = ve[2]),
              (oe = ve[3]),
              ve.length !== 4 && (b($, L(ve[4] - ue)), (ue = ve[4])));
        }
      }
      return $.flush();
    }
  });
});
var Y1 = z((pa, da) => {
  ((t, e) => {
    typeof pa == "object" && typeof da < "u"
      ? (da.exports = e())
      : typeof define == "function" && define.amd
        ? define(e)
        : ((t = typeof globalThis < "u" ? globalThis : t || self), (t.resolveURI = e()));
  })(pa, () => {
    const t = /^[\w+.-]+:\/\//,
      e = /^([\w+.-]+:)\/\/([^@/#?]*@)?(\[[^\]]+\]|[^:/#?]*)(:\d+)?(\/[^#?]*)?(\?[^#]*)?(#.*)?/,
      n = /^file:(?:\/\/((?![a-z]:)[^/#?]*)?)?(\/?[^#?]*)(\?[^#]*)?(#.*)?/i;
    function o(b) {
      return t.test(b);
    }
    function r(b) {
      return b.startsWith("//");
    }
    function s(b) {
      return b.startsWith("/");
    }
    function i(b) {
      return b.startsWith("file:");
    }
    function a(b) {
      return /^[.?#]/.test(b);
    }
    function c(b) {
      const L = e.exec(b);
      return d(L[1], L[2] || "", L[3], L[4] || "", L[5] || "/", L[6] || "", L[7] || "");
    }
    function u(b) {
      const L = n.exec(b),
        J = L[2];
      return d("file:", "", L[1] || "", "", s(J) ? J : "/" + J, L[3] || "", L[4] || "");
    }
    function d(b, L, J, ke, le, se, Se) {
      return { scheme: b, user: L, host: J, port: ke, path: le, query: se, hash: Se, type: 7 };
    }
    function h(b) {
      if (r(b)) {
        const J = c("http:" + b);
        return ((J.scheme = ""), (J.type = 6), J);
      }
      if (s(b)) {
        const J = c("http://foo.com" + b);
        return ((J.scheme = ""), (J.host = ""), (J.type = 5), J);
      }
      if (i(b)) return u(b);
      if (o(b)) return c(b);
      const L = c("http://foo.com/" + b);
      return (
        (L.scheme = ""),
        (L.host = ""),
        (L.type = b ? (b.startsWith("?") ? 3 : b.startsWith("#") ? 2 : 4) : 1),
        L
      );
    }
    function f(b) {
      if (b.endsWith("/..")) return b;
      const L = b.lastIndexOf("/");
      return b.slice(0, L + 1);
    }
    function _(b, L) {
      E(L, L.type), b.path === "/" ? (b.path = L.path) : (b.path = f(L.path) + b.path);
    }
    function E(b, L) {
      let J = L <= 4,
        ke = b.path.split("/"),
        le = 1,
        se = 0,
        Se = !1;
      for (let ot = 1; ot < ke.length; ot++) {
        const pt = ke[ot];
        if (!pt) {
          Se = !0;
          continue;
        }
        if (((Se = !1), pt !== ".")) {
          if (pt === "..") {
            se ? ((Se = !0), se--, le--) : J && (ke[le++] = pt);
            continue;
          }
          (ke[le++] = pt), se++;
        }
      }
      let ze = "";
      for (let ot = 1; ot < le; ot++) ze += "/" + ke[ot];
      (!ze || (Se && !ze.endsWith("/.."))) && (ze += "/"), (b.path = ze);
    }
    function V(b, L) {
      if (!b && !L) return "";
      let J = h(b),
        ke = J.type;
      if (L && ke !== 7) {
        const se = h(L),
          Se = se.type;
        switch (ke) {
          case 1:
            J.hash = se.hash;
          case 2:
            J.query = se.query;
          case 3:
          case 4:
            _(J, se);
          case 5:
            (J.user = se.user), (J.host = se.host), (J.port = se.port);
          case 6:
            J.scheme = se.scheme;
        }
        Se > ke && (ke = Se);
      }
      E(J, ke);
      const le = J.query + J.hash;
      switch (ke) {
        case 2:
        case 3:
          return le;
        case 4: {
          const se = J.path.slice(1);
          return se ? (a(L || b) && !a(se) ? "./" + se + le : se + le) : le || ".";
        }
        case 5:
          return J.path + le;
        default:
          return J.scheme + "//" + J.user + J.host + J.port + J.path + le;
      }
    }
    return V;
  });
});
var Z1 = z((ha, tr) => {
  ((t, e) => {
    if (typeof ha == "object" && typeof tr < "u") e(tr, Y1(), ua()), (tr.exports = n(tr));
    else if (typeof define == "function" && define.amd)
      define(["module", "@jridgewell/resolve-uri", "@jridgewell/sourcemap-codec"], function (o) {
        e.apply(this, arguments), (o.exports = n(o));
      });
    else {
      const o = { exports: {} };
      e(o, t.resolveURI, t.sourcemapCodec),
        (t = typeof globalThis < "u" ? globalThis : t || self),
        (t.traceMapping = n(o));
    }
    function n(o) {
      return "default" in o.exports ? o.exports.default : o.exports;
    }
  })(ha, (t, e, n) => {
    var o = Object.create,
      r = Object.defineProperty,
      s = Object.getOwnPropertyDescriptor,
      i = Object.getOwnPropertyNames,
      a = Object.getPrototypeOf,
      c = Object.prototype.hasOwnProperty,
      u = (v, N) => () => (N || (0, v[i(v)[0]])((N = { exports: {} }).exports, N), N.exports),
      d = (v, N) => {
        for (var M in N) r(v, M, { get: N[M], enumerable: !0 });
      },
      h = (v, N, M, K) => {
        if ((N && typeof N == "object") || typeof N == "function")
          for (const ne of i(N))
            !c.call(v, ne) &&
              ne !== M &&
              r(v, ne, { get: () => N[ne], enumerable: !(K = s(N, ne)) || K.enumerable });
        return v;
      },
      f = (v, N, M) => (
        (M = v != null ? o(a(v)) : {}),
        h(N || !v || !v.__esModule ? r(M, "default", { value: v, enumerable: !0 }) : M, v)
      ),
      _ = (v) => h(r({}, "__esModule", { value: !0 }), v),
      E = u({
        "umd:@jridgewell/sourcemap-codec"(v, N) {
          N.exports = n;
        },
      }),
      V = u({
        "umd:@jridgewell/resolve-uri"(v, N) {
          N.exports = e;
        },
      }),
      b = {};
    d(b, {
      AnyMap: () => oe,
      FlattenMap: () => oe,
      GREATEST_LOWER_BOUND: () => Be,
      LEAST_UPPER_BOUND: () => Fe,
      TraceMap: () => me,
      allGeneratedPositionsFor: () => pe,
      decodedMap: () => Ht,
      decodedMappings: () => F,
      eachMapping: () => he,
      encodedMap: () => yn,
      encodedMappings: () => q,
      generatedPositionFor: () => de,
      isIgnored: () => St,
      originalPositionFor: () => ee,
      presortedDecodedMap: () => Kt,
      sourceContentFor: () => rt,
      traceSegment: () => U,
    }),
      (t.exports = _(b));
    var L = f(E()),
      J = f(V());
    function ke(v) {
      if (!v) return "";
      const N = v.lastIndexOf("/");
      return v.slice(0, N + 1);
    }
    function le(v, N) {
      const M = ke(v),
        K = N ? N + "/" : "";
      return (ne) => (0, J.default)(K + (ne || ""), M);
    }
    var se = 0,
      Se = 1,
      ze = 2,
      ot = 3,
      pt = 4,
      Ct = 1,
      Nt = 2;
    function jt(v, N) {
      const M = It(v, 0);
      if (M === v.length) return v;
      N || (v = v.slice());
      for (let K = M; K < v.length; K = It(v, K + 1)) v[K] = ln(v[K], N);
      return v;
    }
    function It(v, N) {
      for (let M = N; M < v.length; M++) if (!Rt(v[M])) return M;
      return v.length;
    }
    function Rt(v) {
      for (let N = 1; N < v.length; N++) if (v[N][se] < v[N - 1][se]) return !1;
      return !0;
    }
    function ln(v, N) {
      return (N || (v = v.slice()), v.sort(Bt));
    }
    function Bt(v, N) {
      return v[se] - N[se];
    }
    function en(v, N) {
      const M = N.map(() => []);
      for (let K = 0; K < v.length; K++) {
        const ne = v[K];
        for (let Y = 0; Y < ne.length; Y++) {
          const Te = ne[Y];
          if (Te.length === 1) continue;
          const qe = Te[Se],
            fe = Te[ze],
            et = Te[ot],
            st = M[qe];
          (st[fe] || (st[fe] = [])).push([et, K, Te[se]]);
        }
      }
      for (let K = 0; K < M.length; K++) {
        const ne = M[K];
        for (let Y = 0; Y < ne.length; Y++) {
          const Te = ne[Y];
          Te && Te.sort(Bt);
        }
      }
      return M;
    }
    var Tt = !1;
    function tn(v, N, M, K) {
      for (; M <= K; ) {
        const ne = M + ((K - M) >> 1),
          Y = v[ne][se] - N;
        if (Y === 0) return ((Tt = !0), ne);
        Y < 0 ? (M = ne + 1) : (K = ne - 1);
      }
      return ((Tt = !1), M - 1);
    }
    function Vt(v, N, M) {
      for (let K = M + 1; K < v.length && v[K][se] === N; M = K++);
      return M;
    }
    function B(v, N, M) {
      for (let K = M - 1; K >= 0 && v[K][se] === N; M = K--);
      return M;
    }
    function $() {
      return { lastKey: -1, lastNeedle: -1, lastIndex: -1 };
    }
    function I(v, N, M, K) {
      let { lastKey: ne, lastNeedle: Y, lastIndex: Te } = M,
        qe = 0,
        fe = v.length - 1;
      if (K === ne) {
        if (N === Y) return ((Tt = Te !== -1 && v[Te][se] === N), Te);
        N >= Y ? (qe = Te === -1 ? 0 : Te) : (fe = Te);
      }
      return ((M.lastKey = K), (M.lastNeedle = N), (M.lastIndex = tn(v, N, qe, fe)));
    }
    function W(v) {
      return typeof v == "string" ? JSON.parse(v) : v;
    }
    var oe = (v, N) => {
      const M = W(v);
      if (!("sections" in M)) return new me(M, N);
      const K = [],
        ne = [],
        Y = [],
        Te = [],
        qe = [];
      ue(M, N, K, ne, Y, Te, qe, 0, 0, 1 / 0, 1 / 0);
      const fe = {
        version: 3,
        file: M.file,
        names: Te,
        sources: ne,
        sourcesContent: Y,
        mappings: K,
        ignoreList: qe,
      };
      return Kt(fe);
    };
    function ue(v, N, M, K, ne, Y, Te, qe, fe, et, st) {
      const { sections: it } = v;
      for (let kt = 0; kt < it.length; kt++) {
        let { map: vt, offset: Mt } = it[kt],
          Dt = et,
          zt = st;
        if (kt + 1 < it.length) {
          const kn = it[kt + 1].offset;
          (Dt = Math.min(et, qe + kn.line)),
            Dt === et ? (zt = Math.min(st, fe + kn.column)) : Dt < et && (zt = fe + kn.column);
        }
        Ne(vt, N, M, K, ne, Y, Te, qe + Mt.line, fe + Mt.column, Dt, zt);
      }
    }
    function Ne(v, N, M, K, ne, Y, Te, qe, fe, et, st) {
      const it = W(v);
      if ("sections" in it) return ue(...arguments);
      const kt = new me(it, N),
        vt = K.length,
        Mt = Y.length,
        Dt = F(kt),
        { resolvedSources: zt, sourcesContent: kn, ignoreList: ro } = kt;
      if ((Ee(K, zt), Ee(Y, kt.names), kn)) Ee(ne, kn);
      else for (let xt = 0; xt < zt.length; xt++) ne.push(null);
      if (ro) for (let xt = 0; xt < ro.length; xt++) Te.push(ro[xt] + vt);
      for (let xt = 0; xt < Dt.length; xt++) {
        const so = qe + xt;
        if (so > et) return;
        const To = Ye(M, so),
          Wo = xt === 0 ? fe : 0,
          yo = Dt[xt];
        for (let io = 0; io < yo.length; io++) {
          const pn = yo[io],
            $n = Wo + pn[se];
          if (so === et && $n >= st) return;
          if (pn.length === 1) {
            To.push([$n]);
            continue;
          }
          const ko = vt + pn[Se],
            go = pn[ze],
            vo = pn[ot];
          To.push(pn.length === 4 ? [$n, ko, go, vo] : [$n, ko, go, vo, Mt + pn[pt]]);
        }
      }
    }
    function Ee(v, N) {
      for (let M = 0; M < N.length; M++) v.push(N[M]);
    }
    function Ye(v, N) {
      for (let M = v.length; M <= N; M++) v[M] = [];
      return v[N];
    }
    var je = "`line` must be greater than 0 (lines start at line 1)",
      ve = "`column` must be greater than or equal to 0 (columns start at column 0)",
      Fe = -1,
      Be = 1,
      me = class {
        constructor(v, N) {
          const M = typeof v == "string";
          if (!M && v._decodedMemo) return v;
          const K = W(v),
            {
              version: ne,
              file: Y,
              names: Te,
              sourceRoot: qe,
              sources: fe,
              sourcesContent: et,
            } = K;
          (this.version = ne),
            (this.file = Y),
            (this.names = Te || []),
            (this.sourceRoot = qe),
            (this.sources = fe),
            (this.sourcesContent = et),
            (this.ignoreList = K.ignoreList || K.x_google_ignoreList || void 0);
          const st = le(N, qe);
          this.resolvedSources = fe.map(st);
          const { mappings: it } = K;
          if (typeof it == "string") (this._encoded = it), (this._decoded = void 0);
          else if (Array.isArray(it)) (this._encoded = void 0), (this._decoded = jt(it, M));
          else
            throw K.sections
              ? new Error(
                  "TraceMap passed sectioned source map, please use FlattenMap export instead",
                )
              : new Error(`invalid source map: ${JSON.stringify(K)}`);
          (this._decodedMemo = $()), (this._bySources = void 0), (this._bySourceMemos = void 0);
        }
      };
    function Ge(v) {
      return v;
    }
    function q(v) {
      var N, M;
      return (M = (N = v)._encoded) != null ? M : (N._encoded = (0, L.encode)(v._decoded));
    }
    function F(v) {
      var N;
      return (N = v)._decoded || (N._decoded = (0, L.decode)(v._encoded));
    }
    function U(v, N, M) {
      const K = F(v);
      if (N >= K.length) return null;
      const ne = K[N],
        Y = un(ne, v._decodedMemo, N, M, Be);
      return Y === -1 ? null : ne[Y];
    }
    function ee(v, N) {
      let { line: M, column: K, bias: ne } = N;
      if ((M--, M < 0)) throw new Error(je);
      if (K < 0) throw new Error(ve);
      const Y = F(v);
      if (M >= Y.length) return Ut(null, null, null, null);
      const Te = Y[M],
        qe = un(Te, v._decodedMemo, M, K, ne || Be);
      if (qe === -1) return Ut(null, null, null, null);
      const fe = Te[qe];
      if (fe.length === 1) return Ut(null, null, null, null);
      const { names: et, resolvedSources: st } = v;
      return Ut(st[fe[Se]], fe[ze] + 1, fe[ot], fe.length === 5 ? et[fe[pt]] : null);
    }
    function de(v, N) {
      const { source: M, line: K, column: ne, bias: Y } = N;
      return mo(v, M, K, ne, Y || Be, !1);
    }
    function pe(v, N) {
      const { source: M, line: K, column: ne, bias: Y } = N;
      return mo(v, M, K, ne, Y || Fe, !0);
    }
    function he(v, N) {
      const M = F(v),
        { names: K, resolvedSources: ne } = v;
      for (let Y = 0; Y < M.length; Y++) {
        const Te = M[Y];
        for (let qe = 0; qe < Te.length; qe++) {
          let fe = Te[qe],
            et = Y + 1,
            st = fe[0],
            it = null,
            kt = null,
            vt = null,
            Mt = null;
          fe.length !== 1 && ((it = ne[fe[1]]), (kt = fe[2] + 1), (vt = fe[3])),
            fe.length === 5 && (Mt = K[fe[4]]),
            N({
              generatedLine: et,
              generatedColumn: st,
              source: it,
              originalLine: kt,
              originalColumn: vt,
              name: Mt,
            });
        }
      }
    }
    function Re(v, N) {
      let { sources: M, resolvedSources: K } = v,
        ne = M.indexOf(N);
      return (ne === -1 && (ne = K.indexOf(N)), ne);
    }
    function rt(v, N) {
      const { sourcesContent: M } = v;
      if (M == null) return null;
      const K = Re(v, N);
      return K === -1 ? null : M[K];
    }
    function St(v, N) {
      const { ignoreList: M } = v;
      if (M == null) return !1;
      const K = Re(v, N);
      return K === -1 ? !1 : M.includes(K);
    }
    function Kt(v, N) {
      const M = new me(Wt(v, []), N);
      return ((M._decoded = v.mappings), M);
    }
    function Ht(v) {
      return Wt(v, F(v));
    }
    function yn(v) {
      return Wt(v, q(v));
    }
    function Wt(v, N) {
      return {
        version: v.version,
        file: v.file,
        names: v.names,
        sourceRoot: v.sourceRoot,
        sources: v.sources,
        sourcesContent: v.sourcesContent,
        mappings: N,
        ignoreList: v.ignoreList || v.x_google_ignoreList,
      };
    }
    function Ut(v, N, M, K) {
      return { source: v, line: N, column: M, name: K };
    }
    function Et(v, N) {
      return { line: v, column: N };
    }
    function un(v, N, M, K, ne) {
      let Y = I(v, K, N, M);
      return (
        Tt ? (Y = (ne === Fe ? Vt : B)(v, K, Y)) : ne === Fe && Y++,
        Y === -1 || Y === v.length ? -1 : Y
      );
    }
    function Ho(v, N, M, K, ne) {
      let Y = un(v, N, M, K, Be);
      if ((!Tt && ne === Fe && Y++, Y === -1 || Y === v.length)) return [];
      const Te = Tt ? K : v[Y][se];
      Tt || (Y = B(v, Te, Y));
      const qe = Vt(v, Te, Y),
        fe = [];
      for (; Y <= qe; Y++) {
        const et = v[Y];
        fe.push(Et(et[Ct] + 1, et[Nt]));
      }
      return fe;
    }
    function mo(v, N, M, K, ne, Y) {
      var Te, qe;
      if ((M--, M < 0)) throw new Error(je);
      if (K < 0) throw new Error(ve);
      let { sources: fe, resolvedSources: et } = v,
        st = fe.indexOf(N);
      if ((st === -1 && (st = et.indexOf(N)), st === -1)) return Y ? [] : Et(null, null);
      const it = (Te = v)._bySourceMemos || (Te._bySourceMemos = fe.map($)),
        vt = ((qe = v)._bySources || (qe._bySources = en(F(v), it)))[st][M];
      if (vt == null) return Y ? [] : Et(null, null);
      const Mt = it[st];
      if (Y) return Ho(vt, Mt, M, K, ne);
      const Dt = un(vt, Mt, M, K, ne);
      if (Dt === -1) return Et(null, null);
      const zt = vt[Dt];
      return Et(zt[Ct] + 1, zt[Nt]);
    }
  });
});
var eu = z((fa, nr) => {
  ((t, e) => {
    if (typeof fa == "object" && typeof nr < "u") e(nr, ua(), Z1()), (nr.exports = n(nr));
    else if (typeof define == "function" && define.amd)
      define(["module", "@jridgewell/sourcemap-codec", "@jridgewell/trace-mapping"], function (o) {
        e.apply(this, arguments), (o.exports = n(o));
      });
    else {
      const o = { exports: {} };
      e(o, t.sourcemapCodec, t.traceMapping),
        (t = typeof globalThis < "u" ? globalThis : t || self),
        (t.genMapping = n(o));
    }
    function n(o) {
      return "default" in o.exports ? o.exports.default : o.exports;
    }
  })(fa, (t, e, n) => {
    var o = Object.create,
      r = Object.defineProperty,
      s = Object.getOwnPropertyDescriptor,
      i = Object.getOwnPropertyNames,
      a = Object.getPrototypeOf,
      c = Object.prototype.hasOwnProperty,
      u = (q, F) => () => (F || (0, q[i(q)[0]])((F = { exports: {} }).exports, F), F.exports),
      d = (q, F) => {
        for (var U in F) r(q, U, { get: F[U], enumerable: !0 });
      },
      h = (q, F, U, ee) => {
        if ((F && typeof F == "object") || typeof F == "function")
          for (const de of i(F))
            !c.call(q, de) &&
              de !== U &&
              r(q, de, { get: () => F[de], enumerable: !(ee = s(F, de)) || ee.enumerable });
        return q;
      },
      f = (q, F, U) => (
        (U = q != null ? o(a(q)) : {}),
        h(F || !q || !q.__esModule ? r(U, "default", { value: q, enumerable: !0 }) : U, q)
      ),
      _ = (q) => h(r({}, "__esModule", { value: !0 }), q),
      E = u({
        "umd:@jridgewell/sourcemap-codec"(q, F) {
          F.exports = e;
        },
      }),
      V = u({
        "umd:@jridgewell/trace-mapping"(q, F) {
          F.exports = n;
        },
      }),
      b = {};
    d(b, {
      GenMapping: () => Rt,
      addMapping: () => en,
      addSegment: () => Bt,
      allMappings: () => oe,
      fromMap: () => W,
      maybeAddMapping: () => tn,
      maybeAddSegment: () => Tt,
      setIgnore: () => B,
      setSourceContent: () => Vt,
      toDecodedMap: () => $,
      toEncodedMap: () => I,
    }),
      (t.exports = _(b));
    var L = class {
      constructor() {
        (this._indexes = { __proto__: null }), (this.array = []);
      }
    };
    function J(q) {
      return q;
    }
    function ke(q, F) {
      return q._indexes[F];
    }
    function le(q, F) {
      const U = ke(q, F);
      if (U !== void 0) return U;
      const { array: ee, _indexes: de } = q,
        pe = ee.push(F);
      return (de[F] = pe - 1);
    }
    function se(q, F) {
      const U = ke(q, F);
      if (U === void 0) return;
      const { array: ee, _indexes: de } = q;
      for (let pe = U + 1; pe < ee.length; pe++) {
        const he = ee[pe];
        (ee[pe - 1] = he), de[he]--;
      }
      (de[F] = void 0), ee.pop();
    }
    var Se = f(E()),
      ze = f(V()),
      ot = 0,
      pt = 1,
      Ct = 2,
      Nt = 3,
      jt = 4,
      It = -1,
      Rt = class {
        constructor({ file: q, sourceRoot: F } = {}) {
          (this._names = new L()),
            (this._sources = new L()),
            (this._sourcesContent = []),
            (this._mappings = []),
            (this.file = q),
            (this.sourceRoot = F),
            (this._ignoreList = new L());
        }
      };
    function ln(q) {
      return q;
    }
    function Bt(q, F, U, ee, de, pe, he, Re) {
      return ue(!1, q, F, U, ee, de, pe, he, Re);
    }
    function en(q, F) {
      return Ge(!1, q, F);
    }
    var Tt = (q, F, U, ee, de, pe, he, Re) => ue(!0, q, F, U, ee, de, pe, he, Re),
      tn = (q, F) => Ge(!0, q, F);
    function Vt(q, F, U) {
      const { _sources: ee, _sourcesContent: de } = q,
        pe = le(ee, F);
      de[pe] = U;
    }
    function B(q, F, U = !0) {
      const { _sources: ee, _sourcesContent: de, _ignoreList: pe } = q,
        he = le(ee, F);
      he === de.length && (de[he] = null), U ? le(pe, he) : se(pe, he);
    }
    function $(q) {
      const { _mappings: F, _sources: U, _sourcesContent: ee, _names: de, _ignoreList: pe } = q;
      return (
        ve(F),
        {
          version: 3,
          file: q.file || void 0,
          names: de.array,
          sourceRoot: q.sourceRoot || void 0,
          sources: U.array,
          sourcesContent: ee,
          mappings: F,
          ignoreList: pe.array,
        }
      );
    }
    function I(q) {
      const F = $(q);
      return Object.assign({}, F, { mappings: (0, Se.encode)(F.mappings) });
    }
    function W(q) {
      const F = new ze.TraceMap(q),
        U = new Rt({ file: F.file, sourceRoot: F.sourceRoot });
      return (
        Fe(U._names, F.names),
        Fe(U._sources, F.sources),
        (U._sourcesContent = F.sourcesContent || F.sources.map(() => null)),
        (U._mappings = (0, ze.decodedMappings)(F)),
        F.ignoreList && Fe(U._ignoreList, F.ignoreList),
        U
      );
    }
    function oe(q) {
      const F = [],
        { _mappings: U, _sources: ee, _names: de } = q;
      for (let pe = 0; pe < U.length; pe++) {
        const he = U[pe];
        for (let Re = 0; Re < he.length; Re++) {
          let rt = he[Re],
            St = { line: pe + 1, column: rt[ot] },
            Kt,
            Ht,
            yn;
          rt.length !== 1 &&
            ((Kt = ee.array[rt[pt]]),
            (Ht = { line: rt[Ct] + 1, column: rt[Nt] }),
            rt.length === 5 && (yn = de.array[rt[jt]])),
            F.push({ generated: St, source: Kt, original: Ht, name: yn });
        }
      }
      return F;
    }
    function ue(q, F, U, ee, de, pe, he, Re, rt) {
      const { _mappings: St, _sources: Kt, _sourcesContent: Ht, _names: yn } = F,
        Wt = Ee(St, U),
        Ut = Ye(Wt, ee);
      if (!de) return q && Be(Wt, Ut) ? void 0 : je(Wt, Ut, [ee]);
      const Et = le(Kt, de),
        un = Re ? le(yn, Re) : It;
      if ((Et === Ht.length && (Ht[Et] = rt ?? null), !(q && me(Wt, Ut, Et, pe, he, un))))
        return je(Wt, Ut, Re ? [ee, Et, pe, he, un] : [ee, Et, pe, he]);
    }
    function Ne(q) {}
    function Ee(q, F) {
      for (let U = q.length; U <= F; U++) q[U] = [];
      return q[F];
    }
    function Ye(q, F) {
      let U = q.length;
      for (let ee = U - 1; ee >= 0; U = ee--) {
        const de = q[ee];
        if (F >= de[ot]) break;
      }
      return U;
    }
    function je(q, F, U) {
      for (let ee = q.length; ee > F; ee--) q[ee] = q[ee - 1];
      q[F] = U;
    }
    function ve(q) {
      let { length: F } = q,
        U = F;
      for (let ee = U - 1; ee >= 0 && !(q[ee].length > 0); U = ee, ee--);
      U < F && (q.length = U);
    }
    function Fe(q, F) {
      for (let U = 0; U < F.length; U++) le(q, F[U]);
    }
    function Be(q, F) {
      return F === 0 ? !0 : q[F - 1].length === 1;
    }
    function me(q, F, U, ee, de, pe) {
      if (F === 0) return !1;
      const he = q[F - 1];
      return he.length === 1
        ? !1
        : U === he[pt] && ee === he[Ct] && de === he[Nt] && pe === (he.length === 5 ? he[jt] : It);
    }
    function Ge(q, F, U) {
      const { generated: ee, source: de, original: pe, name: he, content: Re } = U;
      return de
        ? ue(q, F, ee.line - 1, ee.column, de, pe.line - 1, pe.column, he, Re)
        : ue(q, F, ee.line - 1, ee.column, null, null, null, null, null);
    }
  });
});
var nu = z((ma) => {
  Object.defineProperty(ma, "__esModule", { value: !0 });
  var or = eu(),
    tu = Jt();
  function lT({ code: t, mappings: e }, n, o, r, s) {
    let i = uT(r, s),
      a = new or.GenMapping({ file: o.compiledFilename }),
      c = 0,
      u = e[0];
    for (; u === void 0 && c < e.length - 1; ) c++, (u = e[c]);
    let d = 0,
      h = 0;
    u !== h && or.maybeAddSegment.call(void 0, a, d, 0, n, d, 0);
    for (let V = 0; V < t.length; V++) {
      if (V === u) {
        const b = u - h,
          L = i[c];
        for (
          or.maybeAddSegment.call(void 0, a, d, b, n, d, L);
          (u === V || u === void 0) && c < e.length - 1;
        )
          c++, (u = e[c]);
      }
      t.charCodeAt(V) === tu.charCodes.lineFeed &&
        (d++, (h = V + 1), u !== h && or.maybeAddSegment.call(void 0, a, d, 0, n, d, 0));
    }
    const { sourceRoot: f, sourcesContent: _, ...E } = or.toEncodedMap.call(void 0, a);
    return E;
  }
  ma.default = lT;
  function uT(t, e) {
    let n = new Array(e.length),
      o = 0,
      r = e[o].start,
      s = 0;
    for (let i = 0; i < t.length; i++)
      i === r && ((n[o] = r - s), o++, (r = e[o].start)),
        t.charCodeAt(i) === tu.charCodes.lineFeed && (s = i + 1);
    return n;
  }
});
var ou = z((ya) => {
  Object.defineProperty(ya, "__esModule", { value: !0 });
  var pT = {
      require: `
    import {createRequire as CREATE_REQUIRE_NAME} from "module";
    const require = CREATE_REQUIRE_NAME(import.meta.url);
  `,
      interopRequireWildcard: `
    function interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) {
              newObj[key] = obj[key];
            }
          }
        }
        newObj.default = obj;
        return newObj;
      }
    }
  `,
      interopRequireDefault: `
    function interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
  `,
      createNamedExportFrom: `
    function createNamedExportFrom(obj, localName, importedName) {
      Object.defineProperty(exports, localName, {enumerable: true, configurable: true, get: () => obj[importedName]});
    }
  `,
      createStarExport: `
    function createStarExport(obj) {
      Object.keys(obj)
        .filter((key) => key !== "default" && key !== "__esModule")
        .forEach((key) => {
          if (exports.hasOwnProperty(key)) {
            return;
          }
          Object.defineProperty(exports, key, {enumerable: true, configurable: true, get: () => obj[key]});
        });
    }
  `,
      nullishCoalesce: `
    function nullishCoalesce(lhs, rhsFn) {
      if (lhs != null) {
        return lhs;
      } else {
        return rhsFn();
      }
    }
  `,
      asyncNullishCoalesce: `
    async function asyncNullishCoalesce(lhs, rhsFn) {
      if (lhs != null) {
        return lhs;
      } else {
        return await rhsFn();
      }
    }
  `,
      optionalChain: `
    function optionalChain(ops) {
      let lastAccessLHS = undefined;
      let value = ops[0];
      let i = 1;
      while (i < ops.length) {
        const op = ops[i];
        const fn = ops[i + 1];
        i += 2;
        if ((op === 'optionalAccess' || op === 'optionalCall') && value == null) {
          return undefined;
        }
        if (op === 'access' || op === 'optionalAccess') {
          lastAccessLHS = value;
          value = fn(value);
        } else if (op === 'call' || op === 'optionalCall') {
          value = fn((...args) => value.call(lastAccessLHS, ...args));
          lastAccessLHS = undefined;
        }
      }
      return value;
    }
  `,
      asyncOptionalChain: `
    async function asyncOptionalChain(ops) {
      let lastAccessLHS = undefined;
      let value = ops[0];
      let i = 1;
      while (i < ops.length) {
        const op = ops[i];
        const fn = ops[i + 1];
        i += 2;
        if ((op === 'optionalAccess' || op === 'optionalCall') && value == null) {
          return undefined;
        }
        if (op === 'access' || op === 'optionalAccess') {
          lastAccessLHS = value;
          value = await fn(value);
        } else if (op === 'call' || op === 'optionalCall') {
          value = await fn((...args) => value.call(lastAccessLHS, ...args));
          lastAccessLHS = undefined;
        }
      }
      return value;
    }
  `,
      optionalChainDelete: `
    function optionalChainDelete(ops) {
      const result = OPTIONAL_CHAIN_NAME(ops);
      return result == null ? true : result;
    }
  `,
      asyncOptionalChainDelete: `
    async function asyncOptionalChainDelete(ops) {
      const result = await ASYNC_OPTIONAL_CHAIN_NAME(ops);
      return result == null ? true : result;
    }
  `,
    },
    Ta = class t {
      __init() {
        this.helperNames = {};
      }
      __init2() {
        this.createRequireName = null;
      }
      constructor(e) {
        (this.nameManager = e), t.prototype.__init.call(this), t.prototype.__init2.call(this);
      }
      getHelperName(e) {
        let n = this.helperNames[e];
        return n || ((n = this.nameManager.claimFreeName(`_${e}`)), (this.helperNames[e] = n), n);
      }
      emitHelpers() {
        let e = "";
        this.helperNames.optionalChainDelete && this.getHelperName("optionalChain"),
          this.helperNames.asyncOptionalChainDelete && this.getHelperName("asyncOptionalChain");
        for (const [n, o] of Object.entries(pT)) {
          let r = this.helperNames[n],
            s = o;
          n === "optionalChainDelete"
            ? (s = s.replace("OPTIONAL_CHAIN_NAME", this.helperNames.optionalChain))
            : n === "asyncOptionalChainDelete"
              ? (s = s.replace("ASYNC_OPTIONAL_CHAIN_NAME", this.helperNames.asyncOptionalChain))
              : n === "require" &&
                (this.createRequireName === null &&
                  (this.createRequireName = this.nameManager.claimFreeName("_createRequire")),
                (s = s.replace(/CREATE_REQUIRE_NAME/g, this.createRequireName))),
            r && ((e += " "), (e += s.replace(n, r).replace(/\s+/g, " ").trim()));
        }
        return e;
      }
    };
  ya.HelperManager = Ta;
});
var iu = z((is) => {
  Object.defineProperty(is, "__esModule", { value: !0 });
  var ka = ft(),
    ss = xe();
  function dT(t, e, n) {
    su(t, n) && hT(t, e, n);
  }
  is.default = dT;
  function su(t, e) {
    for (const n of t.tokens)
      if (
        n.type === ss.TokenType.name &&
        !n.isType &&
        ka.isNonTopLevelDeclaration.call(void 0, n) &&
        e.has(t.identifierNameForToken(n))
      )
        return !0;
    return !1;
  }
  is.hasShadowedGlobals = su;
  function hT(t, e, n) {
    let o = [],
      r = e.length - 1;
    for (let s = t.tokens.length - 1; ; s--) {
      for (; o.length > 0 && o[o.length - 1].startTokenIndex === s + 1; ) o.pop();
      for (; r >= 0 && e[r].endTokenIndex === s + 1; ) o.push(e[r]), r--;
      if (s < 0) break;
      const i = t.tokens[s],
        a = t.identifierNameForToken(i);
      if (o.length > 1 && !i.isType && i.type === ss.TokenType.name && n.has(a)) {
        if (ka.isBlockScopedDeclaration.call(void 0, i)) ru(o[o.length - 1], t, a);
        else if (ka.isFunctionScopedDeclaration.call(void 0, i)) {
          let c = o.length - 1;
          for (; c > 0 && !o[c].isFunctionScope; ) c--;
          if (c < 0) throw new Error("Did not find parent function scope.");
          ru(o[c], t, a);
        }
      }
    }
    if (o.length > 0) throw new Error("Expected empty scope stack after processing file.");
  }
  function ru(t, e, n) {
    for (let o = t.startTokenIndex; o < t.endTokenIndex; o++) {
      const r = e.tokens[o];
      (r.type === ss.TokenType.name || r.type === ss.TokenType.jsxName) &&
        e.identifierNameForToken(r) === n &&
        (r.shadowsGlobal = !0);
    }
  }
});
var au = z((ga) => {
  Object.defineProperty(ga, "__esModule", { value: !0 });
  var fT = xe();
  function mT(t, e) {
    const n = [];
    for (const o of e) o.type === fT.TokenType.name && n.push(t.slice(o.start, o.end));
    return n;
  }
  ga.default = mT;
});
var cu = z((xa) => {
  Object.defineProperty(xa, "__esModule", { value: !0 });
  function TT(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var yT = au(),
    kT = TT(yT),
    va = class t {
      __init() {
        this.usedNames = new Set();
      }
      constructor(e, n) {
        t.prototype.__init.call(this), (this.usedNames = new Set(kT.default.call(void 0, e, n)));
      }
      claimFreeName(e) {
        const n = this.findFreeName(e);
        return (this.usedNames.add(n), n);
      }
      findFreeName(e) {
        if (!this.usedNames.has(e)) return e;
        let n = 2;
        for (; this.usedNames.has(e + String(n)); ) n++;
        return e + String(n);
      }
    };
  xa.default = va;
});
var as = z((xn) => {
  var gT =
    (xn && xn.__extends) ||
    (() => {
      var t = (e, n) => (
        (t =
          Object.setPrototypeOf ||
          ({ __proto__: [] } instanceof Array &&
            ((o, r) => {
              o.__proto__ = r;
            })) ||
          ((o, r) => {
            for (var s in r) Object.hasOwn(r, s) && (o[s] = r[s]);
          })),
        t(e, n)
      );
      return (e, n) => {
        t(e, n);
        function o() {
          this.constructor = e;
        }
        e.prototype = n === null ? Object.create(n) : ((o.prototype = n.prototype), new o());
      };
    })();
  Object.defineProperty(xn, "__esModule", { value: !0 });
  xn.DetailContext = xn.NoopContext = xn.VError = void 0;
  var lu = ((t) => {
    gT(e, t);
    function e(n, o) {
      var r = t.call(this, o) || this;
      return ((r.path = n), Object.setPrototypeOf(r, e.prototype), r);
    }
    return e;
  })(Error);
  xn.VError = lu;
  var vT = (() => {
    function t() {}
    return (
      (t.prototype.fail = (e, n, o) => !1),
      (t.prototype.unionResolver = function () {
        return this;
      }),
      (t.prototype.createContext = function () {
        return this;
      }),
      (t.prototype.resolveUnion = (e) => {}),
      t
    );
  })();
  xn.NoopContext = vT;
  var uu = (() => {
    function t() {
      (this._propNames = [""]), (this._messages = [null]), (this._score = 0);
    }
    return (
      (t.prototype.fail = function (e, n, o) {
        return (this._propNames.push(e), this._messages.push(n), (this._score += o), !1);
      }),
      (t.prototype.unionResolver = () => new xT()),
      (t.prototype.resolveUnion = function (e) {
        for (var n, o, r = e, s = null, i = 0, a = r.contexts; i < a.length; i++) {
          var c = a[i];
          (!s || c._score >= s._score) && (s = c);
        }
        s &&
          s._score > 0 &&
          ((n = this._propNames).push.apply(n, s._propNames),
          (o = this._messages).push.apply(o, s._messages));
      }),
      (t.prototype.getError = function (e) {
        for (var n = [], o = this._propNames.length - 1; o >= 0; o--) {
          var r = this._propNames[o];
          e += typeof r == "number" ? "[" + r + "]" : r ? "." + r : "";
          var s = this._messages[o];
          s && n.push(e + " " + s);
        }
        return new lu(e, n.join("; "));
      }),
      (t.prototype.getErrorDetail = function (e) {
        for (var n = [], o = this._propNames.length - 1; o >= 0; o--) {
          var r = this._propNames[o];
          e += typeof r == "number" ? "[" + r + "]" : r ? "." + r : "";
          var s = this._messages[o];
          s && n.push({ path: e, message: s });
        }
        for (var i = null, o = n.length - 1; o >= 0; o--) i && (n[o].nested = [i]), (i = n[o]);
        return i;
      }),
      t
    );
  })();
  xn.DetailContext = uu;
  var xT = (() => {
    function t() {
      this.contexts = [];
    }
    return (
      (t.prototype.createContext = function () {
        var e = new uu();
        return (this.contexts.push(e), e);
      }),
      t
    );
  })();
});
var Aa = z((Z) => {
  var Yt =
    (Z && Z.__extends) ||
    (() => {
      var t = (e, n) => (
        (t =
          Object.setPrototypeOf ||
          ({ __proto__: [] } instanceof Array &&
            ((o, r) => {
              o.__proto__ = r;
            })) ||
          ((o, r) => {
            for (var s in r) Object.hasOwn(r, s) && (o[s] = r[s]);
          })),
        t(e, n)
      );
      return (e, n) => {
        t(e, n);
        function o() {
          this.constructor = e;
        }
        e.prototype = n === null ? Object.create(n) : ((o.prototype = n.prototype), new o());
      };
    })();
  Object.defineProperty(Z, "__esModule", { value: !0 });
  Z.basicTypes =
    Z.BasicType =
    Z.TParamList =
    Z.TParam =
    Z.param =
    Z.TFunc =
    Z.func =
    Z.TProp =
    Z.TOptional =
    Z.opt =
    Z.TIface =
    Z.iface =
    Z.TEnumLiteral =
    Z.enumlit =
    Z.TEnumType =
    Z.enumtype =
    Z.TIntersection =
    Z.intersection =
    Z.TUnion =
    Z.union =
    Z.TTuple =
    Z.tuple =
    Z.TArray =
    Z.array =
    Z.TLiteral =
    Z.lit =
    Z.TName =
    Z.name =
    Z.TType =
      void 0;
  var hu = as(),
    Ft = (() => {
      function t() {}
      return t;
    })();
  Z.TType = Ft;
  function Wn(t) {
    return typeof t == "string" ? fu(t) : t;
  }
  function ba(t, e) {
    var n = t[e];
    if (!n) throw new Error("Unknown type " + e);
    return n;
  }
  function fu(t) {
    return new Ca(t);
  }
  Z.name = fu;
  var Ca = ((t) => {
    Yt(e, t);
    function e(n) {
      var o = t.call(this) || this;
      return ((o.name = n), (o._failMsg = "is not a " + n), o);
    }
    return (
      (e.prototype.getChecker = function (n, o, r) {
        var i = ba(n, this.name),
          a = i.getChecker(n, o, r);
        return i instanceof _t || i instanceof e
          ? a
          : (c, u) => (a(c, u) ? !0 : u.fail(null, this._failMsg, 0));
      }),
      e
    );
  })(Ft);
  Z.TName = Ca;
  function _T(t) {
    return new Ia(t);
  }
  Z.lit = _T;
  var Ia = ((t) => {
    Yt(e, t);
    function e(n) {
      var o = t.call(this) || this;
      return ((o.value = n), (o.name = JSON.stringify(n)), (o._failMsg = "is not " + o.name), o);
    }
    return (
      (e.prototype.getChecker = function (n, o) {
        return (s, i) => (s === this.value ? !0 : i.fail(null, this._failMsg, -1));
      }),
      e
    );
  })(Ft);
  Z.TLiteral = Ia;
  function wT(t) {
    return new mu(Wn(t));
  }
  Z.array = wT;
  var mu = ((t) => {
    Yt(e, t);
    function e(n) {
      var o = t.call(this) || this;
      return ((o.ttype = n), o);
    }
    return (
      (e.prototype.getChecker = function (n, o) {
        var r = this.ttype.getChecker(n, o);
        return (s, i) => {
          if (!Array.isArray(s)) return i.fail(null, "is not an array", 0);
          for (var a = 0; a < s.length; a++) {
            var c = r(s[a], i);
            if (!c) return i.fail(a, null, 1);
          }
          return !0;
        };
      }),
      e
    );
  })(Ft);
  Z.TArray = mu;
  function bT() {
    for (var t = [], e = 0; e < arguments.length; e++) t[e] = arguments[e];
    return new Tu(t.map((n) => Wn(n)));
  }
  Z.tuple = bT;
  var Tu = ((t) => {
    Yt(e, t);
    function e(n) {
      var o = t.call(this) || this;
      return ((o.ttypes = n), o);
    }
    return (
      (e.prototype.getChecker = function (n, o) {
        var r = this.ttypes.map((i) => i.getChecker(n, o)),
          s = (i, a) => {
            if (!Array.isArray(i)) return a.fail(null, "is not an array", 0);
            for (var c = 0; c < r.length; c++) {
              var u = r[c](i[c], a);
              if (!u) return a.fail(c, null, 1);
            }
            return !0;
          };
        return o
          ? (i, a) =>
              s(i, a) ? (i.length <= r.length ? !0 : a.fail(r.length, "is extraneous", 2)) : !1
          : s;
      }),
      e
    );
  })(Ft);
  Z.TTuple = Tu;
  function CT() {
    for (var t = [], e = 0; e < arguments.length; e++) t[e] = arguments[e];
    return new yu(t.map((n) => Wn(n)));
  }
  Z.union = CT;
  var yu = ((t) => {
    Yt(e, t);
    function e(n) {
      var o = t.call(this) || this;
      o.ttypes = n;
      var r = n.map((i) => (i instanceof Ca || i instanceof Ia ? i.name : null)).filter((i) => i),
        s = n.length - r.length;
      return (
        r.length
          ? (s > 0 && r.push(s + " more"), (o._failMsg = "is none of " + r.join(", ")))
          : (o._failMsg = "is none of " + s + " types"),
        o
      );
    }
    return (
      (e.prototype.getChecker = function (n, o) {
        var s = this.ttypes.map((i) => i.getChecker(n, o));
        return (i, a) => {
          for (var c = a.unionResolver(), u = 0; u < s.length; u++) {
            var d = s[u](i, c.createContext());
            if (d) return !0;
          }
          return (a.resolveUnion(c), a.fail(null, this._failMsg, 0));
        };
      }),
      e
    );
  })(Ft);
  Z.TUnion = yu;
  function IT() {
    for (var t = [], e = 0; e < arguments.length; e++) t[e] = arguments[e];
    return new ku(t.map((n) => Wn(n)));
  }
  Z.intersection = IT;
  var ku = ((t) => {
    Yt(e, t);
    function e(n) {
      var o = t.call(this) || this;
      return ((o.ttypes = n), o);
    }
    return (
      (e.prototype.getChecker = function (n, o) {
        var r = new Set(),
          s = this.ttypes.map((i) => i.getChecker(n, o, r));
        return (i, a) => {
          var c = s.every((u) => u(i, a));
          return c ? !0 : a.fail(null, null, 0);
        };
      }),
      e
    );
  })(Ft);
  Z.TIntersection = ku;
  function ST(t) {
    return new Sa(t);
  }
  Z.enumtype = ST;
  var Sa = ((t) => {
    Yt(e, t);
    function e(n) {
      var o = t.call(this) || this;
      return (
        (o.members = n),
        (o.validValues = new Set()),
        (o._failMsg = "is not a valid enum value"),
        (o.validValues = new Set(Object.keys(n).map((r) => n[r]))),
        o
      );
    }
    return (
      (e.prototype.getChecker = function (n, o) {
        return (s, i) => (this.validValues.has(s) ? !0 : i.fail(null, this._failMsg, 0));
      }),
      e
    );
  })(Ft);
  Z.TEnumType = Sa;
  function ET(t, e) {
    return new gu(t, e);
  }
  Z.enumlit = ET;
  var gu = ((t) => {
    Yt(e, t);
    function e(n, o) {
      var r = t.call(this) || this;
      return ((r.enumName = n), (r.prop = o), (r._failMsg = "is not " + n + "." + o), r);
    }
    return (
      (e.prototype.getChecker = function (n, o) {
        var s = ba(n, this.enumName);
        if (!(s instanceof Sa))
          throw new Error("Type " + this.enumName + " used in enumlit is not an enum type");
        var i = s.members[this.prop];
        if (!Object.hasOwn(s.members, this.prop))
          throw new Error("Unknown value " + this.enumName + "." + this.prop + " used in enumlit");
        return (a, c) => (a === i ? !0 : c.fail(null, this._failMsg, -1));
      }),
      e
    );
  })(Ft);
  Z.TEnumLiteral = gu;
  function AT(t) {
    return Object.keys(t).map((e) => OT(e, t[e]));
  }
  function OT(t, e) {
    return e instanceof Ea ? new wa(t, e.ttype, !0) : new wa(t, Wn(e), !1);
  }
  function PT(t, e) {
    return new vu(t, AT(e));
  }
  Z.iface = PT;
  var vu = ((t) => {
    Yt(e, t);
    function e(n, o) {
      var r = t.call(this) || this;
      return ((r.bases = n), (r.props = o), (r.propSet = new Set(o.map((s) => s.name))), r);
    }
    return (
      (e.prototype.getChecker = function (n, o, r) {
        var i = this.bases.map((f) => ba(n, f).getChecker(n, o)),
          a = this.props.map((f) => f.ttype.getChecker(n, o)),
          c = new hu.NoopContext(),
          u = this.props.map((f, _) => !f.isOpt && !a[_](void 0, c)),
          d = (f, _) => {
            if (typeof f != "object" || f === null) return _.fail(null, "is not an object", 0);
            for (var E = 0; E < i.length; E++) if (!i[E](f, _)) return !1;
            for (var E = 0; E < a.length; E++) {
              var V = this.props[E].name,
                b = f[V];
              if (b === void 0) {
                if (u[E]) return _.fail(V, "is missing", 1);
              } else {
                var L = a[E](b, _);
                if (!L) return _.fail(V, null, 1);
              }
            }
            return !0;
          };
        if (!o) return d;
        var h = this.propSet;
        return (
          r && (this.propSet.forEach((f) => r.add(f)), (h = r)),
          (f, _) => {
            if (!d(f, _)) return !1;
            for (var E in f) if (!h.has(E)) return _.fail(E, "is extraneous", 2);
            return !0;
          }
        );
      }),
      e
    );
  })(Ft);
  Z.TIface = vu;
  function NT(t) {
    return new Ea(Wn(t));
  }
  Z.opt = NT;
  var Ea = ((t) => {
    Yt(e, t);
    function e(n) {
      var o = t.call(this) || this;
      return ((o.ttype = n), o);
    }
    return (
      (e.prototype.getChecker = function (n, o) {
        var r = this.ttype.getChecker(n, o);
        return (s, i) => s === void 0 || r(s, i);
      }),
      e
    );
  })(Ft);
  Z.TOptional = Ea;
  var wa = (() => {
    function t(e, n, o) {
      (this.name = e), (this.ttype = n), (this.isOpt = o);
    }
    return t;
  })();
  Z.TProp = wa;
  function RT(t) {
    for (var e = [], n = 1; n < arguments.length; n++) e[n - 1] = arguments[n];
    return new xu(new wu(e), Wn(t));
  }
  Z.func = RT;
  var xu = ((t) => {
    Yt(e, t);
    function e(n, o) {
      var r = t.call(this) || this;
      return ((r.paramList = n), (r.result = o), r);
    }
    return (
      (e.prototype.getChecker = (n, o) => (r, s) =>
        typeof r == "function" ? !0 : s.fail(null, "is not a function", 0)),
      e
    );
  })(Ft);
  Z.TFunc = xu;
  function MT(t, e, n) {
    return new _u(t, Wn(e), !!n);
  }
  Z.param = MT;
  var _u = (() => {
    function t(e, n, o) {
      (this.name = e), (this.ttype = n), (this.isOpt = o);
    }
    return t;
  })();
  Z.TParam = _u;
  var wu = ((t) => {
    Yt(e, t);
    function e(n) {
      var o = t.call(this) || this;
      return ((o.params = n), o);
    }
    return (
      (e.prototype.getChecker = function (n, o) {
        var s = this.params.map((u) => u.ttype.getChecker(n, o)),
          i = new hu.NoopContext(),
          a = this.params.map((u, d) => !u.isOpt && !s[d](void 0, i)),
          c = (u, d) => {
            if (!Array.isArray(u)) return d.fail(null, "is not an array", 0);
            for (var h = 0; h < s.length; h++) {
              var f = this.params[h];
              if (u[h] === void 0) {
                if (a[h]) return d.fail(f.name, "is missing", 1);
              } else {
                var _ = s[h](u[h], d);
                if (!_) return d.fail(f.name, null, 1);
              }
            }
            return !0;
          };
        return o
          ? (u, d) =>
              c(u, d) ? (u.length <= s.length ? !0 : d.fail(s.length, "is extraneous", 2)) : !1
          : c;
      }),
      e
    );
  })(Ft);
  Z.TParamList = wu;
  var _t = ((t) => {
    Yt(e, t);
    function e(n, o) {
      var r = t.call(this) || this;
      return ((r.validator = n), (r.message = o), r);
    }
    return (
      (e.prototype.getChecker = function (n, o) {
        return (s, i) => (this.validator(s) ? !0 : i.fail(null, this.message, 0));
      }),
      e
    );
  })(Ft);
  Z.BasicType = _t;
  Z.basicTypes = {
    any: new _t((t) => !0, "is invalid"),
    number: new _t((t) => typeof t == "number", "is not a number"),
    object: new _t((t) => typeof t == "object" && t, "is not an object"),
    boolean: new _t((t) => typeof t == "boolean", "is not a boolean"),
    string: new _t((t) => typeof t == "string", "is not a string"),
    symbol: new _t((t) => typeof t == "symbol", "is not a symbol"),
    void: new _t((t) => t == null, "is not void"),
    undefined: new _t((t) => t === void 0, "is not undefined"),
    null: new _t((t) => t === null, "is not null"),
    never: new _t((t) => !1, "is unexpected"),
    Date: new _t(pu("[object Date]"), "is not a Date"),
    RegExp: new _t(pu("[object RegExp]"), "is not a RegExp"),
  };
  var DT = Object.prototype.toString;
  function pu(t) {
    return (e) => typeof e == "object" && e && DT.call(e) === t;
  }
  typeof Buffer < "u" &&
    (Z.basicTypes.Buffer = new _t((t) => Buffer.isBuffer(t), "is not a Buffer"));
  var LT = (t) => {
    Z.basicTypes[t.name] = new _t((e) => e instanceof t, "is not a " + t.name);
  };
  for (
    cs = 0,
      _a = [
        Int8Array,
        Uint8Array,
        Uint8ClampedArray,
        Int16Array,
        Uint16Array,
        Int32Array,
        Uint32Array,
        Float32Array,
        Float64Array,
        ArrayBuffer,
      ];
    cs < _a.length;
    cs++
  )
    (du = _a[cs]), LT(du);
  var du, cs, _a;
});
var Oa = z((we) => {
  var FT =
    (we && we.__spreadArrays) ||
    function () {
      for (var t = 0, e = 0, n = arguments.length; e < n; e++) t += arguments[e].length;
      for (var o = Array(t), r = 0, e = 0; e < n; e++)
        for (var s = arguments[e], i = 0, a = s.length; i < a; i++, r++) o[r] = s[i];
      return o;
    };
  Object.defineProperty(we, "__esModule", { value: !0 });
  we.Checker = we.createCheckers = void 0;
  var rr = Aa(),
    Io = as(),
    Je = Aa();
  Object.defineProperty(we, "TArray", { enumerable: !0, get: () => Je.TArray });
  Object.defineProperty(we, "TEnumType", { enumerable: !0, get: () => Je.TEnumType });
  Object.defineProperty(we, "TEnumLiteral", { enumerable: !0, get: () => Je.TEnumLiteral });
  Object.defineProperty(we, "TFunc", { enumerable: !0, get: () => Je.TFunc });
  Object.defineProperty(we, "TIface", { enumerable: !0, get: () => Je.TIface });
  Object.defineProperty(we, "TLiteral", { enumerable: !0, get: () => Je.TLiteral });
  Object.defineProperty(we, "TName", { enumerable: !0, get: () => Je.TName });
  Object.defineProperty(we, "TOptional", { enumerable: !0, get: () => Je.TOptional });
  Object.defineProperty(we, "TParam", { enumerable: !0, get: () => Je.TParam });
  Object.defineProperty(we, "TParamList", { enumerable: !0, get: () => Je.TParamList });
  Object.defineProperty(we, "TProp", { enumerable: !0, get: () => Je.TProp });
  Object.defineProperty(we, "TTuple", { enumerable: !0, get: () => Je.TTuple });
  Object.defineProperty(we, "TType", { enumerable: !0, get: () => Je.TType });
  Object.defineProperty(we, "TUnion", { enumerable: !0, get: () => Je.TUnion });
  Object.defineProperty(we, "TIntersection", { enumerable: !0, get: () => Je.TIntersection });
  Object.defineProperty(we, "array", { enumerable: !0, get: () => Je.array });
  Object.defineProperty(we, "enumlit", { enumerable: !0, get: () => Je.enumlit });
  Object.defineProperty(we, "enumtype", { enumerable: !0, get: () => Je.enumtype });
  Object.defineProperty(we, "func", { enumerable: !0, get: () => Je.func });
  Object.defineProperty(we, "iface", { enumerable: !0, get: () => Je.iface });
  Object.defineProperty(we, "lit", { enumerable: !0, get: () => Je.lit });
  Object.defineProperty(we, "name", { enumerable: !0, get: () => Je.name });
  Object.defineProperty(we, "opt", { enumerable: !0, get: () => Je.opt });
  Object.defineProperty(we, "param", { enumerable: !0, get: () => Je.param });
  Object.defineProperty(we, "tuple", { enumerable: !0, get: () => Je.tuple });
  Object.defineProperty(we, "union", { enumerable: !0, get: () => Je.union });
  Object.defineProperty(we, "intersection", { enumerable: !0, get: () => Je.intersection });
  Object.defineProperty(we, "BasicType", { enumerable: !0, get: () => Je.BasicType });
  var qT = as();
  Object.defineProperty(we, "VError", { enumerable: !0, get: () => qT.VError });
  function $T() {
    for (var t = [], e = 0; e < arguments.length; e++) t[e] = arguments[e];
    for (
      var n = Object.assign.apply(Object, FT([{}, rr.basicTypes], t)), o = {}, r = 0, s = t;
      r < s.length;
      r++
    )
      for (var i = s[r], a = 0, c = Object.keys(i); a < c.length; a++) {
        var u = c[a];
        o[u] = new bu(n, i[u]);
      }
    return o;
  }
  we.createCheckers = $T;
  var bu = (() => {
    function t(e, n, o) {
      if (
        (o === void 0 && (o = "value"),
        (this.suite = e),
        (this.ttype = n),
        (this._path = o),
        (this.props = new Map()),
        n instanceof rr.TIface)
      )
        for (var r = 0, s = n.props; r < s.length; r++) {
          var i = s[r];
          this.props.set(i.name, i.ttype);
        }
      (this.checkerPlain = this.ttype.getChecker(e, !1)),
        (this.checkerStrict = this.ttype.getChecker(e, !0));
    }
    return (
      (t.prototype.setReportedPath = function (e) {
        this._path = e;
      }),
      (t.prototype.check = function (e) {
        return this._doCheck(this.checkerPlain, e);
      }),
      (t.prototype.test = function (e) {
        return this.checkerPlain(e, new Io.NoopContext());
      }),
      (t.prototype.validate = function (e) {
        return this._doValidate(this.checkerPlain, e);
      }),
      (t.prototype.strictCheck = function (e) {
        return this._doCheck(this.checkerStrict, e);
      }),
      (t.prototype.strictTest = function (e) {
        return this.checkerStrict(e, new Io.NoopContext());
      }),
      (t.prototype.strictValidate = function (e) {
        return this._doValidate(this.checkerStrict, e);
      }),
      (t.prototype.getProp = function (e) {
        var n = this.props.get(e);
        if (!n) throw new Error("Type has no property " + e);
        return new t(this.suite, n, this._path + "." + e);
      }),
      (t.prototype.methodArgs = function (e) {
        var n = this._getMethod(e);
        return new t(this.suite, n.paramList);
      }),
      (t.prototype.methodResult = function (e) {
        var n = this._getMethod(e);
        return new t(this.suite, n.result);
      }),
      (t.prototype.getArgs = function () {
        if (!(this.ttype instanceof rr.TFunc)) throw new Error("getArgs() applied to non-function");
        return new t(this.suite, this.ttype.paramList);
      }),
      (t.prototype.getResult = function () {
        if (!(this.ttype instanceof rr.TFunc))
          throw new Error("getResult() applied to non-function");
        return new t(this.suite, this.ttype.result);
      }),
      (t.prototype.getType = function () {
        return this.ttype;
      }),
      (t.prototype._doCheck = function (e, n) {
        var o = new Io.NoopContext();
        if (!e(n, o)) {
          var r = new Io.DetailContext();
          throw (e(n, r), r.getError(this._path));
        }
      }),
      (t.prototype._doValidate = function (e, n) {
        var o = new Io.NoopContext();
        if (e(n, o)) return null;
        var r = new Io.DetailContext();
        return (e(n, r), r.getErrorDetail(this._path));
      }),
      (t.prototype._getMethod = function (e) {
        var n = this.props.get(e);
        if (!n) throw new Error("Type has no property " + e);
        if (!(n instanceof rr.TFunc)) throw new Error("Property " + e + " is not a method");
        return n;
      }),
      t
    );
  })();
  we.Checker = bu;
});
var Cu = z((Pn) => {
  Object.defineProperty(Pn, "__esModule", { value: !0 });
  function jT(t) {
    if (t && t.__esModule) return t;
    var e = {};
    if (t != null) for (var n in t) Object.hasOwn(t, n) && (e[n] = t[n]);
    return ((e.default = t), e);
  }
  var BT = Oa(),
    Xe = jT(BT),
    VT = Xe.union(
      Xe.lit("jsx"),
      Xe.lit("typescript"),
      Xe.lit("flow"),
      Xe.lit("imports"),
      Xe.lit("react-hot-loader"),
      Xe.lit("jest"),
    );
  Pn.Transform = VT;
  var KT = Xe.iface([], { compiledFilename: "string" });
  Pn.SourceMapOptions = KT;
  var HT = Xe.iface([], {
    transforms: Xe.array("Transform"),
    disableESTransforms: Xe.opt("boolean"),
    jsxRuntime: Xe.opt(Xe.union(Xe.lit("classic"), Xe.lit("automatic"), Xe.lit("preserve"))),
    production: Xe.opt("boolean"),
    jsxImportSource: Xe.opt("string"),
    jsxPragma: Xe.opt("string"),
    jsxFragmentPragma: Xe.opt("string"),
    keepUnusedImports: Xe.opt("boolean"),
    preserveDynamicImport: Xe.opt("boolean"),
    injectCreateRequireForImportRequire: Xe.opt("boolean"),
    enableLegacyTypeScriptModuleInterop: Xe.opt("boolean"),
    enableLegacyBabel5ModuleInterop: Xe.opt("boolean"),
    sourceMapOptions: Xe.opt("SourceMapOptions"),
    filePath: Xe.opt("string"),
  });
  Pn.Options = HT;
  var WT = { Transform: Pn.Transform, SourceMapOptions: Pn.SourceMapOptions, Options: Pn.Options };
  Pn.default = WT;
});
var Iu = z((Pa) => {
  Object.defineProperty(Pa, "__esModule", { value: !0 });
  function UT(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var zT = Oa(),
    JT = Cu(),
    GT = UT(JT),
    { Options: XT } = zT.createCheckers.call(void 0, GT.default);
  function QT(t) {
    XT.strictCheck(t);
  }
  Pa.validateOptions = QT;
});
var ls = z((_n) => {
  Object.defineProperty(_n, "__esModule", { value: !0 });
  var YT = ar(),
    Su = So(),
    wt = ft(),
    sr = yt(),
    rn = xe(),
    mt = Gt(),
    ir = lo(),
    Na = Kn();
  function ZT() {
    wt.next.call(void 0), ir.parseMaybeAssign.call(void 0, !1);
  }
  _n.parseSpread = ZT;
  function Eu(t) {
    wt.next.call(void 0), Ma(t);
  }
  _n.parseRest = Eu;
  function Au(t) {
    ir.parseIdentifier.call(void 0), Ou(t);
  }
  _n.parseBindingIdentifier = Au;
  function ey() {
    ir.parseIdentifier.call(void 0),
      (mt.state.tokens[mt.state.tokens.length - 1].identifierRole =
        wt.IdentifierRole.ImportDeclaration);
  }
  _n.parseImportedIdentifier = ey;
  function Ou(t) {
    let e;
    mt.state.scopeDepth === 0
      ? (e = wt.IdentifierRole.TopLevelDeclaration)
      : t
        ? (e = wt.IdentifierRole.BlockScopedDeclaration)
        : (e = wt.IdentifierRole.FunctionScopedDeclaration),
      (mt.state.tokens[mt.state.tokens.length - 1].identifierRole = e);
  }
  _n.markPriorBindingIdentifier = Ou;
  function Ma(t) {
    switch (mt.state.type) {
      case rn.TokenType._this: {
        const e = wt.pushTypeContext.call(void 0, 0);
        wt.next.call(void 0), wt.popTypeContext.call(void 0, e);
        return;
      }
      case rn.TokenType._yield:
      case rn.TokenType.name: {
        (mt.state.type = rn.TokenType.name), Au(t);
        return;
      }
      case rn.TokenType.bracketL: {
        wt.next.call(void 0), Pu(rn.TokenType.bracketR, t, !0);
        return;
      }
      case rn.TokenType.braceL:
        ir.parseObj.call(void 0, !0, t);
        return;
      default:
        Na.unexpected.call(void 0);
    }
  }
  _n.parseBindingAtom = Ma;
  function Pu(t, e, n = !1, o = !1, r = 0) {
    let s = !0,
      i = !1,
      a = mt.state.tokens.length;
    for (; !wt.eat.call(void 0, t) && !mt.state.error; )
      if (
        (s
          ? (s = !1)
          : (Na.expect.call(void 0, rn.TokenType.comma),
            (mt.state.tokens[mt.state.tokens.length - 1].contextId = r),
            !i &&
              mt.state.tokens[a].isType &&
              ((mt.state.tokens[mt.state.tokens.length - 1].isType = !0), (i = !0))),
        !(n && wt.match.call(void 0, rn.TokenType.comma)))
      ) {
        if (wt.eat.call(void 0, t)) break;
        if (wt.match.call(void 0, rn.TokenType.ellipsis)) {
          Eu(e), Nu(), wt.eat.call(void 0, rn.TokenType.comma), Na.expect.call(void 0, t);
          break;
        } else ty(o, e);
      }
  }
  _n.parseBindingList = Pu;
  function ty(t, e) {
    t &&
      Su.tsParseModifiers.call(void 0, [
        sr.ContextualKeyword._public,
        sr.ContextualKeyword._protected,
        sr.ContextualKeyword._private,
        sr.ContextualKeyword._readonly,
        sr.ContextualKeyword._override,
      ]),
      Ra(e),
      Nu(),
      Ra(e, !0);
  }
  function Nu() {
    mt.isFlowEnabled
      ? YT.flowParseAssignableListItemTypes.call(void 0)
      : mt.isTypeScriptEnabled && Su.tsParseAssignableListItemTypes.call(void 0);
  }
  function Ra(t, e = !1) {
    if ((e || Ma(t), !wt.eat.call(void 0, rn.TokenType.eq))) return;
    const n = mt.state.tokens.length - 1;
    ir.parseMaybeAssign.call(void 0), (mt.state.tokens[n].rhsEndIndex = mt.state.tokens.length);
  }
  _n.parseMaybeDefault = Ra;
});
var So = z((Oe) => {
  Object.defineProperty(Oe, "__esModule", { value: !0 });
  var p = ft(),
    Q = yt(),
    l = xe(),
    k = Gt(),
    ge = lo(),
    Ao = ls(),
    wn = dr(),
    D = Kn(),
    ny = Wa();
  function La() {
    return p.match.call(void 0, l.TokenType.name);
  }
  function oy() {
    return (
      p.match.call(void 0, l.TokenType.name) ||
      !!(k.state.type & l.TokenType.IS_KEYWORD) ||
      p.match.call(void 0, l.TokenType.string) ||
      p.match.call(void 0, l.TokenType.num) ||
      p.match.call(void 0, l.TokenType.bigint) ||
      p.match.call(void 0, l.TokenType.decimal)
    );
  }
  function Fu() {
    const t = k.state.snapshot();
    return (
      p.next.call(void 0),
      (p.match.call(void 0, l.TokenType.bracketL) ||
        p.match.call(void 0, l.TokenType.braceL) ||
        p.match.call(void 0, l.TokenType.star) ||
        p.match.call(void 0, l.TokenType.ellipsis) ||
        p.match.call(void 0, l.TokenType.hash) ||
        oy()) &&
      !D.hasPrecedingLineBreak.call(void 0)
        ? !0
        : (k.state.restoreFromSnapshot(t), !1)
    );
  }
  function qu(t) {
    for (; ja(t) !== null; );
  }
  Oe.tsParseModifiers = qu;
  function ja(t) {
    if (!p.match.call(void 0, l.TokenType.name)) return null;
    const e = k.state.contextualKeyword;
    if (t.indexOf(e) !== -1 && Fu()) {
      switch (e) {
        case Q.ContextualKeyword._readonly:
          k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._readonly;
          break;
        case Q.ContextualKeyword._abstract:
          k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._abstract;
          break;
        case Q.ContextualKeyword._static:
          k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._static;
          break;
        case Q.ContextualKeyword._public:
          k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._public;
          break;
        case Q.ContextualKeyword._private:
          k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._private;
          break;
        case Q.ContextualKeyword._protected:
          k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._protected;
          break;
        case Q.ContextualKeyword._override:
          k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._override;
          break;
        case Q.ContextualKeyword._declare:
          k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._declare;
          break;
        default:
          break;
      }
      return e;
    }
    return null;
  }
  Oe.tsParseModifier = ja;
  function lr() {
    for (ge.parseIdentifier.call(void 0); p.eat.call(void 0, l.TokenType.dot); )
      ge.parseIdentifier.call(void 0);
  }
  function ry() {
    lr(),
      !D.hasPrecedingLineBreak.call(void 0) && p.match.call(void 0, l.TokenType.lessThan) && Po();
  }
  function sy() {
    p.next.call(void 0), pr();
  }
  function iy() {
    p.next.call(void 0);
  }
  function ay() {
    D.expect.call(void 0, l.TokenType._typeof),
      p.match.call(void 0, l.TokenType._import) ? $u() : lr(),
      !D.hasPrecedingLineBreak.call(void 0) && p.match.call(void 0, l.TokenType.lessThan) && Po();
  }
  function $u() {
    D.expect.call(void 0, l.TokenType._import),
      D.expect.call(void 0, l.TokenType.parenL),
      D.expect.call(void 0, l.TokenType.string),
      D.expect.call(void 0, l.TokenType.parenR),
      p.eat.call(void 0, l.TokenType.dot) && lr(),
      p.match.call(void 0, l.TokenType.lessThan) && Po();
  }
  function cy() {
    p.eat.call(void 0, l.TokenType._const);
    const t = p.eat.call(void 0, l.TokenType._in),
      e = D.eatContextual.call(void 0, Q.ContextualKeyword._out);
    p.eat.call(void 0, l.TokenType._const),
      (t || e) && !p.match.call(void 0, l.TokenType.name)
        ? (k.state.tokens[k.state.tokens.length - 1].type = l.TokenType.name)
        : ge.parseIdentifier.call(void 0),
      p.eat.call(void 0, l.TokenType._extends) && nt(),
      p.eat.call(void 0, l.TokenType.eq) && nt();
  }
  function Oo() {
    p.match.call(void 0, l.TokenType.lessThan) && ps();
  }
  Oe.tsTryParseTypeParameters = Oo;
  function ps() {
    const t = p.pushTypeContext.call(void 0, 0);
    for (
      p.match.call(void 0, l.TokenType.lessThan) ||
      p.match.call(void 0, l.TokenType.typeParameterStart)
        ? p.next.call(void 0)
        : D.unexpected.call(void 0);
      !p.eat.call(void 0, l.TokenType.greaterThan) && !k.state.error;
    )
      cy(), p.eat.call(void 0, l.TokenType.comma);
    p.popTypeContext.call(void 0, t);
  }
  function Ba(t) {
    const e = t === l.TokenType.arrow;
    Oo(),
      D.expect.call(void 0, l.TokenType.parenL),
      k.state.scopeDepth++,
      ly(!1),
      k.state.scopeDepth--,
      (e || p.match.call(void 0, t)) && cr(t);
  }
  function ly(t) {
    Ao.parseBindingList.call(void 0, l.TokenType.parenR, t);
  }
  function us() {
    p.eat.call(void 0, l.TokenType.comma) || D.semicolon.call(void 0);
  }
  function Ru() {
    Ba(l.TokenType.colon), us();
  }
  function uy() {
    const t = k.state.snapshot();
    p.next.call(void 0);
    const e = p.eat.call(void 0, l.TokenType.name) && p.match.call(void 0, l.TokenType.colon);
    return (k.state.restoreFromSnapshot(t), e);
  }
  function ju() {
    if (!(p.match.call(void 0, l.TokenType.bracketL) && uy())) return !1;
    const t = p.pushTypeContext.call(void 0, 0);
    return (
      D.expect.call(void 0, l.TokenType.bracketL),
      ge.parseIdentifier.call(void 0),
      pr(),
      D.expect.call(void 0, l.TokenType.bracketR),
      ur(),
      us(),
      p.popTypeContext.call(void 0, t),
      !0
    );
  }
  function Mu(t) {
    p.eat.call(void 0, l.TokenType.question),
      !t && (p.match.call(void 0, l.TokenType.parenL) || p.match.call(void 0, l.TokenType.lessThan))
        ? (Ba(l.TokenType.colon), us())
        : (ur(), us());
  }
  function py() {
    if (p.match.call(void 0, l.TokenType.parenL) || p.match.call(void 0, l.TokenType.lessThan)) {
      Ru();
      return;
    }
    if (p.match.call(void 0, l.TokenType._new)) {
      p.next.call(void 0),
        p.match.call(void 0, l.TokenType.parenL) || p.match.call(void 0, l.TokenType.lessThan)
          ? Ru()
          : Mu(!1);
      return;
    }
    const t = !!ja([Q.ContextualKeyword._readonly]);
    ju() ||
      ((D.isContextual.call(void 0, Q.ContextualKeyword._get) ||
        D.isContextual.call(void 0, Q.ContextualKeyword._set)) &&
        Fu(),
      ge.parsePropertyName.call(void 0, -1),
      Mu(t));
  }
  function dy() {
    Bu();
  }
  function Bu() {
    for (
      D.expect.call(void 0, l.TokenType.braceL);
      !p.eat.call(void 0, l.TokenType.braceR) && !k.state.error;
    )
      py();
  }
  function hy() {
    const t = k.state.snapshot(),
      e = fy();
    return (k.state.restoreFromSnapshot(t), e);
  }
  function fy() {
    return (
      p.next.call(void 0),
      p.eat.call(void 0, l.TokenType.plus) || p.eat.call(void 0, l.TokenType.minus)
        ? D.isContextual.call(void 0, Q.ContextualKeyword._readonly)
        : (D.isContextual.call(void 0, Q.ContextualKeyword._readonly) && p.next.call(void 0),
          !p.match.call(void 0, l.TokenType.bracketL) || (p.next.call(void 0), !La())
            ? !1
            : (p.next.call(void 0), p.match.call(void 0, l.TokenType._in)))
    );
  }
  function my() {
    ge.parseIdentifier.call(void 0), D.expect.call(void 0, l.TokenType._in), nt();
  }
  function Ty() {
    D.expect.call(void 0, l.TokenType.braceL),
      p.match.call(void 0, l.TokenType.plus) || p.match.call(void 0, l.TokenType.minus)
        ? (p.next.call(void 0), D.expectContextual.call(void 0, Q.ContextualKeyword._readonly))
        : D.eatContextual.call(void 0, Q.ContextualKeyword._readonly),
      D.expect.call(void 0, l.TokenType.bracketL),
      my(),
      D.eatContextual.call(void 0, Q.ContextualKeyword._as) && nt(),
      D.expect.call(void 0, l.TokenType.bracketR),
      p.match.call(void 0, l.TokenType.plus) || p.match.call(void 0, l.TokenType.minus)
        ? (p.next.call(void 0), D.expect.call(void 0, l.TokenType.question))
        : p.eat.call(void 0, l.TokenType.question),
      Oy(),
      D.semicolon.call(void 0),
      D.expect.call(void 0, l.TokenType.braceR);
  }
  function yy() {
    for (
      D.expect.call(void 0, l.TokenType.bracketL);
      !p.eat.call(void 0, l.TokenType.bracketR) && !k.state.error;
    )
      ky(), p.eat.call(void 0, l.TokenType.comma);
  }
  function ky() {
    p.eat.call(void 0, l.TokenType.ellipsis)
      ? nt()
      : (nt(), p.eat.call(void 0, l.TokenType.question)),
      p.eat.call(void 0, l.TokenType.colon) && nt();
  }
  function gy() {
    D.expect.call(void 0, l.TokenType.parenL), nt(), D.expect.call(void 0, l.TokenType.parenR);
  }
  function vy() {
    for (
      p.nextTemplateToken.call(void 0), p.nextTemplateToken.call(void 0);
      !p.match.call(void 0, l.TokenType.backQuote) && !k.state.error;
    )
      D.expect.call(void 0, l.TokenType.dollarBraceL),
        nt(),
        p.nextTemplateToken.call(void 0),
        p.nextTemplateToken.call(void 0);
    p.next.call(void 0);
  }
  var Un;
  ((t) => {
    t[(t.TSFunctionType = 0)] = "TSFunctionType";
    const n = 1;
    t[(t.TSConstructorType = n)] = "TSConstructorType";
    const o = n + 1;
    t[(t.TSAbstractConstructorType = o)] = "TSAbstractConstructorType";
  })(Un || (Un = {}));
  function Da(t) {
    t === Un.TSAbstractConstructorType &&
      D.expectContextual.call(void 0, Q.ContextualKeyword._abstract),
      (t === Un.TSConstructorType || t === Un.TSAbstractConstructorType) &&
        D.expect.call(void 0, l.TokenType._new);
    const e = k.state.inDisallowConditionalTypesContext;
    (k.state.inDisallowConditionalTypesContext = !1),
      Ba(l.TokenType.arrow),
      (k.state.inDisallowConditionalTypesContext = e);
  }
  function xy() {
    switch (k.state.type) {
      case l.TokenType.name:
        ry();
        return;
      case l.TokenType._void:
      case l.TokenType._null:
        p.next.call(void 0);
        return;
      case l.TokenType.string:
      case l.TokenType.num:
      case l.TokenType.bigint:
      case l.TokenType.decimal:
      case l.TokenType._true:
      case l.TokenType._false:
        ge.parseLiteral.call(void 0);
        return;
      case l.TokenType.minus:
        p.next.call(void 0), ge.parseLiteral.call(void 0);
        return;
      case l.TokenType._this: {
        iy(),
          D.isContextual.call(void 0, Q.ContextualKeyword._is) &&
            !D.hasPrecedingLineBreak.call(void 0) &&
            sy();
        return;
      }
      case l.TokenType._typeof:
        ay();
        return;
      case l.TokenType._import:
        $u();
        return;
      case l.TokenType.braceL:
        hy() ? Ty() : dy();
        return;
      case l.TokenType.bracketL:
        yy();
        return;
      case l.TokenType.parenL:
        gy();
        return;
      case l.TokenType.backQuote:
        vy();
        return;
      default:
        if (k.state.type & l.TokenType.IS_KEYWORD) {
          p.next.call(void 0), (k.state.tokens[k.state.tokens.length - 1].type = l.TokenType.name);
          return;
        }
        break;
    }
    D.unexpected.call(void 0);
  }
  function _y() {
    for (xy(); !D.hasPrecedingLineBreak.call(void 0) && p.eat.call(void 0, l.TokenType.bracketL); )
      p.eat.call(void 0, l.TokenType.bracketR) ||
        (nt(), D.expect.call(void 0, l.TokenType.bracketR));
  }
  function wy() {
    if (
      (D.expectContextual.call(void 0, Q.ContextualKeyword._infer),
      ge.parseIdentifier.call(void 0),
      p.match.call(void 0, l.TokenType._extends))
    ) {
      const t = k.state.snapshot();
      D.expect.call(void 0, l.TokenType._extends);
      const e = k.state.inDisallowConditionalTypesContext;
      (k.state.inDisallowConditionalTypesContext = !0),
        nt(),
        (k.state.inDisallowConditionalTypesContext = e),
        (k.state.error ||
          (!k.state.inDisallowConditionalTypesContext &&
            p.match.call(void 0, l.TokenType.question))) &&
          k.state.restoreFromSnapshot(t);
    }
  }
  function Fa() {
    if (
      D.isContextual.call(void 0, Q.ContextualKeyword._keyof) ||
      D.isContextual.call(void 0, Q.ContextualKeyword._unique) ||
      D.isContextual.call(void 0, Q.ContextualKeyword._readonly)
    )
      p.next.call(void 0), Fa();
    else if (D.isContextual.call(void 0, Q.ContextualKeyword._infer)) wy();
    else {
      const t = k.state.inDisallowConditionalTypesContext;
      (k.state.inDisallowConditionalTypesContext = !1),
        _y(),
        (k.state.inDisallowConditionalTypesContext = t);
    }
  }
  function Du() {
    if (
      (p.eat.call(void 0, l.TokenType.bitwiseAND),
      Fa(),
      p.match.call(void 0, l.TokenType.bitwiseAND))
    )
      for (; p.eat.call(void 0, l.TokenType.bitwiseAND); ) Fa();
  }
  function by() {
    if (
      (p.eat.call(void 0, l.TokenType.bitwiseOR), Du(), p.match.call(void 0, l.TokenType.bitwiseOR))
    )
      for (; p.eat.call(void 0, l.TokenType.bitwiseOR); ) Du();
  }
  function Cy() {
    return p.match.call(void 0, l.TokenType.lessThan)
      ? !0
      : p.match.call(void 0, l.TokenType.parenL) && Sy();
  }
  function Iy() {
    if (p.match.call(void 0, l.TokenType.name) || p.match.call(void 0, l.TokenType._this))
      return (p.next.call(void 0), !0);
    if (p.match.call(void 0, l.TokenType.braceL) || p.match.call(void 0, l.TokenType.bracketL)) {
      let t = 1;
      for (p.next.call(void 0); t > 0 && !k.state.error; )
        p.match.call(void 0, l.TokenType.braceL) || p.match.call(void 0, l.TokenType.bracketL)
          ? t++
          : (p.match.call(void 0, l.TokenType.braceR) ||
              p.match.call(void 0, l.TokenType.bracketR)) &&
            t--,
          p.next.call(void 0);
      return !0;
    }
    return !1;
  }
  function Sy() {
    const t = k.state.snapshot(),
      e = Ey();
    return (k.state.restoreFromSnapshot(t), e);
  }
  function Ey() {
    return (
      p.next.call(void 0),
      !!(
        p.match.call(void 0, l.TokenType.parenR) ||
        p.match.call(void 0, l.TokenType.ellipsis) ||
        (Iy() &&
          (p.match.call(void 0, l.TokenType.colon) ||
            p.match.call(void 0, l.TokenType.comma) ||
            p.match.call(void 0, l.TokenType.question) ||
            p.match.call(void 0, l.TokenType.eq) ||
            (p.match.call(void 0, l.TokenType.parenR) &&
              (p.next.call(void 0), p.match.call(void 0, l.TokenType.arrow)))))
      )
    );
  }
  function cr(t) {
    const e = p.pushTypeContext.call(void 0, 0);
    D.expect.call(void 0, t), Py() || nt(), p.popTypeContext.call(void 0, e);
  }
  function Ay() {
    p.match.call(void 0, l.TokenType.colon) && cr(l.TokenType.colon);
  }
  function ur() {
    p.match.call(void 0, l.TokenType.colon) && pr();
  }
  Oe.tsTryParseTypeAnnotation = ur;
  function Oy() {
    p.eat.call(void 0, l.TokenType.colon) && nt();
  }
  function Py() {
    const t = k.state.snapshot();
    return D.isContextual.call(void 0, Q.ContextualKeyword._asserts)
      ? (p.next.call(void 0),
        D.eatContextual.call(void 0, Q.ContextualKeyword._is)
          ? (nt(), !0)
          : La() || p.match.call(void 0, l.TokenType._this)
            ? (p.next.call(void 0),
              D.eatContextual.call(void 0, Q.ContextualKeyword._is) && nt(),
              !0)
            : (k.state.restoreFromSnapshot(t), !1))
      : La() || p.match.call(void 0, l.TokenType._this)
        ? (p.next.call(void 0),
          D.isContextual.call(void 0, Q.ContextualKeyword._is) &&
          !D.hasPrecedingLineBreak.call(void 0)
            ? (p.next.call(void 0), nt(), !0)
            : (k.state.restoreFromSnapshot(t), !1))
        : !1;
  }
  function pr() {
    const t = p.pushTypeContext.call(void 0, 0);
    D.expect.call(void 0, l.TokenType.colon), nt(), p.popTypeContext.call(void 0, t);
  }
  Oe.tsParseTypeAnnotation = pr;
  function nt() {
    if (
      (qa(),
      k.state.inDisallowConditionalTypesContext ||
        D.hasPrecedingLineBreak.call(void 0) ||
        !p.eat.call(void 0, l.TokenType._extends))
    )
      return;
    const t = k.state.inDisallowConditionalTypesContext;
    (k.state.inDisallowConditionalTypesContext = !0),
      qa(),
      (k.state.inDisallowConditionalTypesContext = t),
      D.expect.call(void 0, l.TokenType.question),
      nt(),
      D.expect.call(void 0, l.TokenType.colon),
      nt();
  }
  Oe.tsParseType = nt;
  function Ny() {
    return (
      D.isContextual.call(void 0, Q.ContextualKeyword._abstract) &&
      p.lookaheadType.call(void 0) === l.TokenType._new
    );
  }
  function qa() {
    if (Cy()) {
      Da(Un.TSFunctionType);
      return;
    }
    if (p.match.call(void 0, l.TokenType._new)) {
      Da(Un.TSConstructorType);
      return;
    } else if (Ny()) {
      Da(Un.TSAbstractConstructorType);
      return;
    }
    by();
  }
  Oe.tsParseNonConditionalType = qa;
  function Ry() {
    const t = p.pushTypeContext.call(void 0, 1);
    nt(),
      D.expect.call(void 0, l.TokenType.greaterThan),
      p.popTypeContext.call(void 0, t),
      ge.parseMaybeUnary.call(void 0);
  }
  Oe.tsParseTypeAssertion = Ry;
  function My() {
    if (p.eat.call(void 0, l.TokenType.jsxTagStart)) {
      k.state.tokens[k.state.tokens.length - 1].type = l.TokenType.typeParameterStart;
      const t = p.pushTypeContext.call(void 0, 1);
      for (; !p.match.call(void 0, l.TokenType.greaterThan) && !k.state.error; )
        nt(), p.eat.call(void 0, l.TokenType.comma);
      ny.nextJSXTagToken.call(void 0), p.popTypeContext.call(void 0, t);
    }
  }
  Oe.tsTryParseJSXTypeArgument = My;
  function Vu() {
    for (; !p.match.call(void 0, l.TokenType.braceL) && !k.state.error; )
      Dy(), p.eat.call(void 0, l.TokenType.comma);
  }
  function Dy() {
    lr(), p.match.call(void 0, l.TokenType.lessThan) && Po();
  }
  function Ly() {
    Ao.parseBindingIdentifier.call(void 0, !1),
      Oo(),
      p.eat.call(void 0, l.TokenType._extends) && Vu(),
      Bu();
  }
  function Fy() {
    Ao.parseBindingIdentifier.call(void 0, !1),
      Oo(),
      D.expect.call(void 0, l.TokenType.eq),
      nt(),
      D.semicolon.call(void 0);
  }
  function qy() {
    if (
      (p.match.call(void 0, l.TokenType.string)
        ? ge.parseLiteral.call(void 0)
        : ge.parseIdentifier.call(void 0),
      p.eat.call(void 0, l.TokenType.eq))
    ) {
      const t = k.state.tokens.length - 1;
      ge.parseMaybeAssign.call(void 0), (k.state.tokens[t].rhsEndIndex = k.state.tokens.length);
    }
  }
  function Va() {
    for (
      Ao.parseBindingIdentifier.call(void 0, !1), D.expect.call(void 0, l.TokenType.braceL);
      !p.eat.call(void 0, l.TokenType.braceR) && !k.state.error;
    )
      qy(), p.eat.call(void 0, l.TokenType.comma);
  }
  function Ka() {
    D.expect.call(void 0, l.TokenType.braceL), wn.parseBlockBody.call(void 0, l.TokenType.braceR);
  }
  function $a() {
    Ao.parseBindingIdentifier.call(void 0, !1), p.eat.call(void 0, l.TokenType.dot) ? $a() : Ka();
  }
  function Ku() {
    D.isContextual.call(void 0, Q.ContextualKeyword._global)
      ? ge.parseIdentifier.call(void 0)
      : p.match.call(void 0, l.TokenType.string)
        ? ge.parseExprAtom.call(void 0)
        : D.unexpected.call(void 0),
      p.match.call(void 0, l.TokenType.braceL) ? Ka() : D.semicolon.call(void 0);
  }
  function Hu() {
    Ao.parseImportedIdentifier.call(void 0),
      D.expect.call(void 0, l.TokenType.eq),
      jy(),
      D.semicolon.call(void 0);
  }
  Oe.tsParseImportEqualsDeclaration = Hu;
  function $y() {
    return (
      D.isContextual.call(void 0, Q.ContextualKeyword._require) &&
      p.lookaheadType.call(void 0) === l.TokenType.parenL
    );
  }
  function jy() {
    $y() ? By() : lr();
  }
  function By() {
    D.expectContextual.call(void 0, Q.ContextualKeyword._require),
      D.expect.call(void 0, l.TokenType.parenL),
      p.match.call(void 0, l.TokenType.string) || D.unexpected.call(void 0),
      ge.parseLiteral.call(void 0),
      D.expect.call(void 0, l.TokenType.parenR);
  }
  function Vy() {
    if (D.isLineTerminator.call(void 0)) return !1;
    switch (k.state.type) {
      case l.TokenType._function: {
        const t = p.pushTypeContext.call(void 0, 1);
        p.next.call(void 0);
        const e = k.state.start;
        return (wn.parseFunction.call(void 0, e, !0), p.popTypeContext.call(void 0, t), !0);
      }
      case l.TokenType._class: {
        const t = p.pushTypeContext.call(void 0, 1);
        return (wn.parseClass.call(void 0, !0, !1), p.popTypeContext.call(void 0, t), !0);
      }
      case l.TokenType._const:
        if (
          p.match.call(void 0, l.TokenType._const) &&
          D.isLookaheadContextual.call(void 0, Q.ContextualKeyword._enum)
        ) {
          const t = p.pushTypeContext.call(void 0, 1);
          return (
            D.expect.call(void 0, l.TokenType._const),
            D.expectContextual.call(void 0, Q.ContextualKeyword._enum),
            (k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._enum),
            Va(),
            p.popTypeContext.call(void 0, t),
            !0
          );
        }
      case l.TokenType._var:
      case l.TokenType._let: {
        const t = p.pushTypeContext.call(void 0, 1);
        return (
          wn.parseVarStatement.call(void 0, k.state.type !== l.TokenType._var),
          p.popTypeContext.call(void 0, t),
          !0
        );
      }
      case l.TokenType.name: {
        let t = p.pushTypeContext.call(void 0, 1),
          e = k.state.contextualKeyword,
          n = !1;
        return (
          e === Q.ContextualKeyword._global ? (Ku(), (n = !0)) : (n = ds(e, !0)),
          p.popTypeContext.call(void 0, t),
          n
        );
      }
      default:
        return !1;
    }
  }
  function Lu() {
    return ds(k.state.contextualKeyword, !0);
  }
  function Ky(t) {
    switch (t) {
      case Q.ContextualKeyword._declare: {
        const e = k.state.tokens.length - 1;
        if (Vy()) return ((k.state.tokens[e].type = l.TokenType._declare), !0);
        break;
      }
      case Q.ContextualKeyword._global:
        if (p.match.call(void 0, l.TokenType.braceL)) return (Ka(), !0);
        break;
      default:
        return ds(t, !1);
    }
    return !1;
  }
  function ds(t, e) {
    switch (t) {
      case Q.ContextualKeyword._abstract:
        if (Eo(e) && p.match.call(void 0, l.TokenType._class))
          return (
            (k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._abstract),
            wn.parseClass.call(void 0, !0, !1),
            !0
          );
        break;
      case Q.ContextualKeyword._enum:
        if (Eo(e) && p.match.call(void 0, l.TokenType.name))
          return ((k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._enum), Va(), !0);
        break;
      case Q.ContextualKeyword._interface:
        if (Eo(e) && p.match.call(void 0, l.TokenType.name)) {
          const n = p.pushTypeContext.call(void 0, e ? 2 : 1);
          return (Ly(), p.popTypeContext.call(void 0, n), !0);
        }
        break;
      case Q.ContextualKeyword._module:
        if (Eo(e)) {
          if (p.match.call(void 0, l.TokenType.string)) {
            const n = p.pushTypeContext.call(void 0, e ? 2 : 1);
            return (Ku(), p.popTypeContext.call(void 0, n), !0);
          } else if (p.match.call(void 0, l.TokenType.name)) {
            const n = p.pushTypeContext.call(void 0, e ? 2 : 1);
            return ($a(), p.popTypeContext.call(void 0, n), !0);
          }
        }
        break;
      case Q.ContextualKeyword._namespace:
        if (Eo(e) && p.match.call(void 0, l.TokenType.name)) {
          const n = p.pushTypeContext.call(void 0, e ? 2 : 1);
          return ($a(), p.popTypeContext.call(void 0, n), !0);
        }
        break;
      case Q.ContextualKeyword._type:
        if (Eo(e) && p.match.call(void 0, l.TokenType.name)) {
          const n = p.pushTypeContext.call(void 0, e ? 2 : 1);
          return (Fy(), p.popTypeContext.call(void 0, n), !0);
        }
        break;
      default:
        break;
    }
    return !1;
  }
  function Eo(t) {
    return t ? (p.next.call(void 0), !0) : !D.isLineTerminator.call(void 0);
  }
  function Hy() {
    const t = k.state.snapshot();
    return (
      ps(),
      wn.parseFunctionParams.call(void 0),
      Ay(),
      D.expect.call(void 0, l.TokenType.arrow),
      k.state.error
        ? (k.state.restoreFromSnapshot(t), !1)
        : (ge.parseFunctionBody.call(void 0, !0), !0)
    );
  }
  function Ha() {
    k.state.type === l.TokenType.bitShiftL &&
      ((k.state.pos -= 1), p.finishToken.call(void 0, l.TokenType.lessThan)),
      Po();
  }
  function Po() {
    const t = p.pushTypeContext.call(void 0, 0);
    for (
      D.expect.call(void 0, l.TokenType.lessThan);
      !p.match.call(void 0, l.TokenType.greaterThan) && !k.state.error;
    )
      nt(), p.eat.call(void 0, l.TokenType.comma);
    t
      ? (D.expect.call(void 0, l.TokenType.greaterThan), p.popTypeContext.call(void 0, t))
      : (p.popTypeContext.call(void 0, t),
        p.rescan_gt.call(void 0),
        D.expect.call(void 0, l.TokenType.greaterThan),
        (k.state.tokens[k.state.tokens.length - 1].isType = !0));
  }
  function Wy() {
    if (p.match.call(void 0, l.TokenType.name))
      switch (k.state.contextualKeyword) {
        case Q.ContextualKeyword._abstract:
        case Q.ContextualKeyword._declare:
        case Q.ContextualKeyword._enum:
        case Q.ContextualKeyword._interface:
        case Q.ContextualKeyword._module:
        case Q.ContextualKeyword._namespace:
        case Q.ContextualKeyword._type:
          return !0;
        default:
          break;
      }
    return !1;
  }
  Oe.tsIsDeclarationStart = Wy;
  function Uy(t, e) {
    if (
      (p.match.call(void 0, l.TokenType.colon) && cr(l.TokenType.colon),
      !p.match.call(void 0, l.TokenType.braceL) && D.isLineTerminator.call(void 0))
    ) {
      let n = k.state.tokens.length - 1;
      for (
        ;
        n >= 0 &&
        (k.state.tokens[n].start >= t ||
          k.state.tokens[n].type === l.TokenType._default ||
          k.state.tokens[n].type === l.TokenType._export);
      )
        (k.state.tokens[n].isType = !0), n--;
      return;
    }
    ge.parseFunctionBody.call(void 0, !1, e);
  }
  Oe.tsParseFunctionBodyAndFinish = Uy;
  function zy(t, e, n) {
    if (!D.hasPrecedingLineBreak.call(void 0) && p.eat.call(void 0, l.TokenType.bang)) {
      k.state.tokens[k.state.tokens.length - 1].type = l.TokenType.nonNullAssertion;
      return;
    }
    if (p.match.call(void 0, l.TokenType.lessThan) || p.match.call(void 0, l.TokenType.bitShiftL)) {
      const o = k.state.snapshot();
      if (!e && ge.atPossibleAsync.call(void 0) && Hy()) return;
      if (
        (Ha(),
        !e && p.eat.call(void 0, l.TokenType.parenL)
          ? ((k.state.tokens[k.state.tokens.length - 1].subscriptStartIndex = t),
            ge.parseCallExpressionArguments.call(void 0))
          : p.match.call(void 0, l.TokenType.backQuote)
            ? ge.parseTemplate.call(void 0)
            : (k.state.type === l.TokenType.greaterThan ||
                (k.state.type !== l.TokenType.parenL &&
                  k.state.type & l.TokenType.IS_EXPRESSION_START &&
                  !D.hasPrecedingLineBreak.call(void 0))) &&
              D.unexpected.call(void 0),
        k.state.error)
      )
        k.state.restoreFromSnapshot(o);
      else return;
    } else
      !e &&
        p.match.call(void 0, l.TokenType.questionDot) &&
        p.lookaheadType.call(void 0) === l.TokenType.lessThan &&
        (p.next.call(void 0),
        (k.state.tokens[t].isOptionalChainStart = !0),
        (k.state.tokens[k.state.tokens.length - 1].subscriptStartIndex = t),
        Po(),
        D.expect.call(void 0, l.TokenType.parenL),
        ge.parseCallExpressionArguments.call(void 0));
    ge.baseParseSubscript.call(void 0, t, e, n);
  }
  Oe.tsParseSubscript = zy;
  function Jy() {
    if (p.eat.call(void 0, l.TokenType._import))
      return (
        D.isContextual.call(void 0, Q.ContextualKeyword._type) &&
          p.lookaheadType.call(void 0) !== l.TokenType.eq &&
          D.expectContextual.call(void 0, Q.ContextualKeyword._type),
        Hu(),
        !0
      );
    if (p.eat.call(void 0, l.TokenType.eq))
      return (ge.parseExpression.call(void 0), D.semicolon.call(void 0), !0);
    if (D.eatContextual.call(void 0, Q.ContextualKeyword._as))
      return (
        D.expectContextual.call(void 0, Q.ContextualKeyword._namespace),
        ge.parseIdentifier.call(void 0),
        D.semicolon.call(void 0),
        !0
      );
    if (D.isContextual.call(void 0, Q.ContextualKeyword._type)) {
      const t = p.lookaheadType.call(void 0);
      (t === l.TokenType.braceL || t === l.TokenType.star) && p.next.call(void 0);
    }
    return !1;
  }
  Oe.tsTryParseExport = Jy;
  function Gy() {
    if (
      (ge.parseIdentifier.call(void 0),
      p.match.call(void 0, l.TokenType.comma) || p.match.call(void 0, l.TokenType.braceR))
    ) {
      k.state.tokens[k.state.tokens.length - 1].identifierRole = p.IdentifierRole.ImportDeclaration;
      return;
    }
    if (
      (ge.parseIdentifier.call(void 0),
      p.match.call(void 0, l.TokenType.comma) || p.match.call(void 0, l.TokenType.braceR))
    ) {
      (k.state.tokens[k.state.tokens.length - 1].identifierRole =
        p.IdentifierRole.ImportDeclaration),
        (k.state.tokens[k.state.tokens.length - 2].isType = !0),
        (k.state.tokens[k.state.tokens.length - 1].isType = !0);
      return;
    }
    if (
      (ge.parseIdentifier.call(void 0),
      p.match.call(void 0, l.TokenType.comma) || p.match.call(void 0, l.TokenType.braceR))
    ) {
      (k.state.tokens[k.state.tokens.length - 3].identifierRole = p.IdentifierRole.ImportAccess),
        (k.state.tokens[k.state.tokens.length - 1].identifierRole =
          p.IdentifierRole.ImportDeclaration);
      return;
    }
    ge.parseIdentifier.call(void 0),
      (k.state.tokens[k.state.tokens.length - 3].identifierRole = p.IdentifierRole.ImportAccess),
      (k.state.tokens[k.state.tokens.length - 1].identifierRole =
        p.IdentifierRole.ImportDeclaration),
      (k.state.tokens[k.state.tokens.length - 4].isType = !0),
      (k.state.tokens[k.state.tokens.length - 3].isType = !0),
      (k.state.tokens[k.state.tokens.length - 2].isType = !0),
      (k.state.tokens[k.state.tokens.length - 1].isType = !0);
  }
  Oe.tsParseImportSpecifier = Gy;
  function Xy() {
    if (
      (ge.parseIdentifier.call(void 0),
      p.match.call(void 0, l.TokenType.comma) || p.match.call(void 0, l.TokenType.braceR))
    ) {
      k.state.tokens[k.state.tokens.length - 1].identifierRole = p.IdentifierRole.ExportAccess;
      return;
    }
    if (
      (ge.parseIdentifier.call(void 0),
      p.match.call(void 0, l.TokenType.comma) || p.match.call(void 0, l.TokenType.braceR))
    ) {
      (k.state.tokens[k.state.tokens.length - 1].identifierRole = p.IdentifierRole.ExportAccess),
        (k.state.tokens[k.state.tokens.length - 2].isType = !0),
        (k.state.tokens[k.state.tokens.length - 1].isType = !0);
      return;
    }
    if (
      (ge.parseIdentifier.call(void 0),
      p.match.call(void 0, l.TokenType.comma) || p.match.call(void 0, l.TokenType.braceR))
    ) {
      k.state.tokens[k.state.tokens.length - 3].identifierRole = p.IdentifierRole.ExportAccess;
      return;
    }
    ge.parseIdentifier.call(void 0),
      (k.state.tokens[k.state.tokens.length - 3].identifierRole = p.IdentifierRole.ExportAccess),
      (k.state.tokens[k.state.tokens.length - 4].isType = !0),
      (k.state.tokens[k.state.tokens.length - 3].isType = !0),
      (k.state.tokens[k.state.tokens.length - 2].isType = !0),
      (k.state.tokens[k.state.tokens.length - 1].isType = !0);
  }
  Oe.tsParseExportSpecifier = Xy;
  function Qy() {
    if (
      D.isContextual.call(void 0, Q.ContextualKeyword._abstract) &&
      p.lookaheadType.call(void 0) === l.TokenType._class
    )
      return (
        (k.state.type = l.TokenType._abstract),
        p.next.call(void 0),
        wn.parseClass.call(void 0, !0, !0),
        !0
      );
    if (D.isContextual.call(void 0, Q.ContextualKeyword._interface)) {
      const t = p.pushTypeContext.call(void 0, 2);
      return (ds(Q.ContextualKeyword._interface, !0), p.popTypeContext.call(void 0, t), !0);
    }
    return !1;
  }
  Oe.tsTryParseExportDefaultExpression = Qy;
  function Yy() {
    if (k.state.type === l.TokenType._const) {
      const t = p.lookaheadTypeAndKeyword.call(void 0);
      if (t.type === l.TokenType.name && t.contextualKeyword === Q.ContextualKeyword._enum)
        return (
          D.expect.call(void 0, l.TokenType._const),
          D.expectContextual.call(void 0, Q.ContextualKeyword._enum),
          (k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._enum),
          Va(),
          !0
        );
    }
    return !1;
  }
  Oe.tsTryParseStatementContent = Yy;
  function Zy(t) {
    const e = k.state.tokens.length;
    qu([
      Q.ContextualKeyword._abstract,
      Q.ContextualKeyword._readonly,
      Q.ContextualKeyword._declare,
      Q.ContextualKeyword._static,
      Q.ContextualKeyword._override,
    ]);
    const n = k.state.tokens.length;
    if (ju()) {
      const r = t ? e - 1 : e;
      for (let s = r; s < n; s++) k.state.tokens[s].isType = !0;
      return !0;
    }
    return !1;
  }
  Oe.tsTryParseClassMemberWithIsStatic = Zy;
  function ek(t) {
    Ky(t) || D.semicolon.call(void 0);
  }
  Oe.tsParseIdentifierStatement = ek;
  function tk() {
    const t = D.eatContextual.call(void 0, Q.ContextualKeyword._declare);
    t && (k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._declare);
    let e = !1;
    if (p.match.call(void 0, l.TokenType.name))
      if (t) {
        const n = p.pushTypeContext.call(void 0, 2);
        (e = Lu()), p.popTypeContext.call(void 0, n);
      } else e = Lu();
    if (!e)
      if (t) {
        const n = p.pushTypeContext.call(void 0, 2);
        wn.parseStatement.call(void 0, !0), p.popTypeContext.call(void 0, n);
      } else wn.parseStatement.call(void 0, !0);
  }
  Oe.tsParseExportDeclaration = tk;
  function nk(t) {
    if (
      (t &&
        (p.match.call(void 0, l.TokenType.lessThan) ||
          p.match.call(void 0, l.TokenType.bitShiftL)) &&
        Ha(),
      D.eatContextual.call(void 0, Q.ContextualKeyword._implements))
    ) {
      k.state.tokens[k.state.tokens.length - 1].type = l.TokenType._implements;
      const e = p.pushTypeContext.call(void 0, 1);
      Vu(), p.popTypeContext.call(void 0, e);
    }
  }
  Oe.tsAfterParseClassSuper = nk;
  function ok() {
    Oo();
  }
  Oe.tsStartParseObjPropValue = ok;
  function rk() {
    Oo();
  }
  Oe.tsStartParseFunctionParams = rk;
  function sk() {
    const t = p.pushTypeContext.call(void 0, 0);
    D.hasPrecedingLineBreak.call(void 0) || p.eat.call(void 0, l.TokenType.bang),
      ur(),
      p.popTypeContext.call(void 0, t);
  }
  Oe.tsAfterParseVarHead = sk;
  function ik() {
    p.match.call(void 0, l.TokenType.colon) && pr();
  }
  Oe.tsStartParseAsyncArrowFromCallExpression = ik;
  function ak(t, e) {
    return k.isJSXEnabled ? Wu(t, e) : Uu(t, e);
  }
  Oe.tsParseMaybeAssign = ak;
  function Wu(t, e) {
    if (!p.match.call(void 0, l.TokenType.lessThan))
      return ge.baseParseMaybeAssign.call(void 0, t, e);
    let n = k.state.snapshot(),
      o = ge.baseParseMaybeAssign.call(void 0, t, e);
    if (k.state.error) k.state.restoreFromSnapshot(n);
    else return o;
    return (
      (k.state.type = l.TokenType.typeParameterStart),
      ps(),
      (o = ge.baseParseMaybeAssign.call(void 0, t, e)),
      o || D.unexpected.call(void 0),
      o
    );
  }
  Oe.tsParseMaybeAssignWithJSX = Wu;
  function Uu(t, e) {
    if (!p.match.call(void 0, l.TokenType.lessThan))
      return ge.baseParseMaybeAssign.call(void 0, t, e);
    const n = k.state.snapshot();
    ps();
    const o = ge.baseParseMaybeAssign.call(void 0, t, e);
    if ((o || D.unexpected.call(void 0), k.state.error)) k.state.restoreFromSnapshot(n);
    else return o;
    return ge.baseParseMaybeAssign.call(void 0, t, e);
  }
  Oe.tsParseMaybeAssignWithoutJSX = Uu;
  function ck() {
    if (p.match.call(void 0, l.TokenType.colon)) {
      const t = k.state.snapshot();
      cr(l.TokenType.colon),
        D.canInsertSemicolon.call(void 0) && D.unexpected.call(void 0),
        p.match.call(void 0, l.TokenType.arrow) || D.unexpected.call(void 0),
        k.state.error && k.state.restoreFromSnapshot(t);
    }
    return p.eat.call(void 0, l.TokenType.arrow);
  }
  Oe.tsParseArrow = ck;
  function lk() {
    const t = p.pushTypeContext.call(void 0, 0);
    p.eat.call(void 0, l.TokenType.question), ur(), p.popTypeContext.call(void 0, t);
  }
  Oe.tsParseAssignableListItemTypes = lk;
  function uk() {
    (p.match.call(void 0, l.TokenType.lessThan) || p.match.call(void 0, l.TokenType.bitShiftL)) &&
      Ha(),
      wn.baseParseMaybeDecoratorArguments.call(void 0);
  }
  Oe.tsParseMaybeDecoratorArguments = uk;
});
var Wa = z((fs) => {
  Object.defineProperty(fs, "__esModule", { value: !0 });
  var be = ft(),
    Me = xe(),
    re = Gt(),
    hs = lo(),
    zn = Kn(),
    at = Jt(),
    zu = wo(),
    pk = So();
  function dk() {
    let t = !1,
      e = !1;
    for (;;) {
      if (re.state.pos >= re.input.length) {
        zn.unexpected.call(void 0, "Unterminated JSX contents");
        return;
      }
      const n = re.input.charCodeAt(re.state.pos);
      if (n === at.charCodes.lessThan || n === at.charCodes.leftCurlyBrace) {
        if (re.state.pos === re.state.start) {
          if (n === at.charCodes.lessThan) {
            re.state.pos++, be.finishToken.call(void 0, Me.TokenType.jsxTagStart);
            return;
          }
          be.getTokenFromCode.call(void 0, n);
          return;
        }
        t && !e
          ? be.finishToken.call(void 0, Me.TokenType.jsxEmptyText)
          : be.finishToken.call(void 0, Me.TokenType.jsxText);
        return;
      }
      n === at.charCodes.lineFeed
        ? (t = !0)
        : n !== at.charCodes.space &&
          n !== at.charCodes.carriageReturn &&
          n !== at.charCodes.tab &&
          (e = !0),
        re.state.pos++;
    }
  }
  function hk(t) {
    for (re.state.pos++; ; ) {
      if (re.state.pos >= re.input.length) {
        zn.unexpected.call(void 0, "Unterminated string constant");
        return;
      }
      if (re.input.charCodeAt(re.state.pos) === t) {
        re.state.pos++;
        break;
      }
      re.state.pos++;
    }
    be.finishToken.call(void 0, Me.TokenType.string);
  }
  function fk() {
    let t;
    do {
      if (re.state.pos > re.input.length) {
        zn.unexpected.call(void 0, "Unexpectedly reached the end of input.");
        return;
      }
      t = re.input.charCodeAt(++re.state.pos);
    } while (zu.IS_IDENTIFIER_CHAR[t] || t === at.charCodes.dash);
    be.finishToken.call(void 0, Me.TokenType.jsxName);
  }
  function Ua() {
    sn();
  }
  function Ju(t) {
    if ((Ua(), !be.eat.call(void 0, Me.TokenType.colon))) {
      re.state.tokens[re.state.tokens.length - 1].identifierRole = t;
      return;
    }
    Ua();
  }
  function Gu() {
    const t = re.state.tokens.length;
    Ju(be.IdentifierRole.Access);
    let e = !1;
    for (; be.match.call(void 0, Me.TokenType.dot); ) (e = !0), sn(), Ua();
    if (!e) {
      const n = re.state.tokens[t],
        o = re.input.charCodeAt(n.start);
      o >= at.charCodes.lowercaseA && o <= at.charCodes.lowercaseZ && (n.identifierRole = null);
    }
  }
  function mk() {
    switch (re.state.type) {
      case Me.TokenType.braceL:
        be.next.call(void 0), hs.parseExpression.call(void 0), sn();
        return;
      case Me.TokenType.jsxTagStart:
        Qu(), sn();
        return;
      case Me.TokenType.string:
        sn();
        return;
      default:
        zn.unexpected.call(void 0, "JSX value should be either an expression or a quoted JSX text");
    }
  }
  function Tk() {
    zn.expect.call(void 0, Me.TokenType.ellipsis), hs.parseExpression.call(void 0);
  }
  function yk(t) {
    if (be.match.call(void 0, Me.TokenType.jsxTagEnd)) return !1;
    Gu(), re.isTypeScriptEnabled && pk.tsTryParseJSXTypeArgument.call(void 0);
    let e = !1;
    for (
      ;
      !be.match.call(void 0, Me.TokenType.slash) &&
      !be.match.call(void 0, Me.TokenType.jsxTagEnd) &&
      !re.state.error;
    ) {
      if (be.eat.call(void 0, Me.TokenType.braceL)) {
        (e = !0),
          zn.expect.call(void 0, Me.TokenType.ellipsis),
          hs.parseMaybeAssign.call(void 0),
          sn();
        continue;
      }
      e &&
        re.state.end - re.state.start === 3 &&
        re.input.charCodeAt(re.state.start) === at.charCodes.lowercaseK &&
        re.input.charCodeAt(re.state.start + 1) === at.charCodes.lowercaseE &&
        re.input.charCodeAt(re.state.start + 2) === at.charCodes.lowercaseY &&
        (re.state.tokens[t].jsxRole = be.JSXRole.KeyAfterPropSpread),
        Ju(be.IdentifierRole.ObjectKey),
        be.match.call(void 0, Me.TokenType.eq) && (sn(), mk());
    }
    const n = be.match.call(void 0, Me.TokenType.slash);
    return (n && sn(), n);
  }
  function kk() {
    be.match.call(void 0, Me.TokenType.jsxTagEnd) || Gu();
  }
  function Xu() {
    const t = re.state.tokens.length - 1;
    re.state.tokens[t].jsxRole = be.JSXRole.NoChildren;
    let e = 0;
    if (!yk(t))
      for (No(); ; )
        switch (re.state.type) {
          case Me.TokenType.jsxTagStart:
            if ((sn(), be.match.call(void 0, Me.TokenType.slash))) {
              sn(),
                kk(),
                re.state.tokens[t].jsxRole !== be.JSXRole.KeyAfterPropSpread &&
                  (e === 1
                    ? (re.state.tokens[t].jsxRole = be.JSXRole.OneChild)
                    : e > 1 && (re.state.tokens[t].jsxRole = be.JSXRole.StaticChildren));
              return;
            }
            e++, Xu(), No();
            break;
          case Me.TokenType.jsxText:
            e++, No();
            break;
          case Me.TokenType.jsxEmptyText:
            No();
            break;
          case Me.TokenType.braceL:
            be.next.call(void 0),
              be.match.call(void 0, Me.TokenType.ellipsis)
                ? (Tk(), No(), (e += 2))
                : (be.match.call(void 0, Me.TokenType.braceR) ||
                    (e++, hs.parseExpression.call(void 0)),
                  No());
            break;
          default:
            zn.unexpected.call(void 0);
            return;
        }
  }
  function Qu() {
    sn(), Xu();
  }
  fs.jsxParseElement = Qu;
  function sn() {
    re.state.tokens.push(new be.Token()),
      be.skipSpace.call(void 0),
      (re.state.start = re.state.pos);
    const t = re.input.charCodeAt(re.state.pos);
    if (zu.IS_IDENTIFIER_START[t]) fk();
    else if (t === at.charCodes.quotationMark || t === at.charCodes.apostrophe) hk(t);
    else
      switch ((++re.state.pos, t)) {
        case at.charCodes.greaterThan:
          be.finishToken.call(void 0, Me.TokenType.jsxTagEnd);
          break;
        case at.charCodes.lessThan:
          be.finishToken.call(void 0, Me.TokenType.jsxTagStart);
          break;
        case at.charCodes.slash:
          be.finishToken.call(void 0, Me.TokenType.slash);
          break;
        case at.charCodes.equalsTo:
          be.finishToken.call(void 0, Me.TokenType.eq);
          break;
        case at.charCodes.leftCurlyBrace:
          be.finishToken.call(void 0, Me.TokenType.braceL);
          break;
        case at.charCodes.dot:
          be.finishToken.call(void 0, Me.TokenType.dot);
          break;
        case at.charCodes.colon:
          be.finishToken.call(void 0, Me.TokenType.colon);
          break;
        default:
          zn.unexpected.call(void 0);
      }
  }
  fs.nextJSXTagToken = sn;
  function No() {
    re.state.tokens.push(new be.Token()), (re.state.start = re.state.pos), dk();
  }
});
var Zu = z((Ts) => {
  Object.defineProperty(Ts, "__esModule", { value: !0 });
  var ms = ft(),
    Ro = xe(),
    Yu = Gt(),
    gk = lo(),
    vk = ar(),
    xk = So();
  function _k(t) {
    if (ms.match.call(void 0, Ro.TokenType.question)) {
      const e = ms.lookaheadType.call(void 0);
      if (e === Ro.TokenType.colon || e === Ro.TokenType.comma || e === Ro.TokenType.parenR) return;
    }
    gk.baseParseConditional.call(void 0, t);
  }
  Ts.typedParseConditional = _k;
  function wk() {
    ms.eatTypeToken.call(void 0, Ro.TokenType.question),
      ms.match.call(void 0, Ro.TokenType.colon) &&
        (Yu.isTypeScriptEnabled
          ? xk.tsParseTypeAnnotation.call(void 0)
          : Yu.isFlowEnabled && vk.flowParseTypeAnnotation.call(void 0));
  }
  Ts.typedParseParenItem = wk;
});
var lo = z((Ze) => {
  Object.defineProperty(Ze, "__esModule", { value: !0 });
  var Mn = ar(),
    bk = Wa(),
    ep = Zu(),
    Gn = So(),
    R = ft(),
    Nn = yt(),
    tp = zr(),
    S = xe(),
    np = Jt(),
    Ck = wo(),
    A = Gt(),
    Jn = ls(),
    fn = dr(),
    Ce = Kn(),
    gs = class {
      constructor(e) {
        this.stop = e;
      }
    };
  Ze.StopState = gs;
  function hr(t = !1) {
    if ((an(t), R.match.call(void 0, S.TokenType.comma)))
      for (; R.eat.call(void 0, S.TokenType.comma); ) an(t);
  }
  Ze.parseExpression = hr;
  function an(t = !1, e = !1) {
    return A.isTypeScriptEnabled
      ? Gn.tsParseMaybeAssign.call(void 0, t, e)
      : A.isFlowEnabled
        ? Mn.flowParseMaybeAssign.call(void 0, t, e)
        : op(t, e);
  }
  Ze.parseMaybeAssign = an;
  function op(t, e) {
    if (R.match.call(void 0, S.TokenType._yield)) return (Vk(), !1);
    (R.match.call(void 0, S.TokenType.parenL) ||
      R.match.call(void 0, S.TokenType.name) ||
      R.match.call(void 0, S.TokenType._yield)) &&
      (A.state.potentialArrowAt = A.state.start);
    const n = Ik(t);
    return (e && Qa(), A.state.type & S.TokenType.IS_ASSIGN ? (R.next.call(void 0), an(t), !1) : n);
  }
  Ze.baseParseMaybeAssign = op;
  function Ik(t) {
    return Ek(t) ? !0 : (Sk(t), !1);
  }
  function Sk(t) {
    A.isTypeScriptEnabled || A.isFlowEnabled ? ep.typedParseConditional.call(void 0, t) : rp(t);
  }
  function rp(t) {
    R.eat.call(void 0, S.TokenType.question) &&
      (an(), Ce.expect.call(void 0, S.TokenType.colon), an(t));
  }
  Ze.baseParseConditional = rp;
  function Ek(t) {
    const e = A.state.tokens.length;
    return mr() ? !0 : (ys(e, -1, t), !1);
  }
  function ys(t, e, n) {
    if (
      A.isTypeScriptEnabled &&
      (S.TokenType._in & S.TokenType.PRECEDENCE_MASK) > e &&
      !Ce.hasPrecedingLineBreak.call(void 0) &&
      (Ce.eatContextual.call(void 0, Nn.ContextualKeyword._as) ||
        Ce.eatContextual.call(void 0, Nn.ContextualKeyword._satisfies))
    ) {
      const r = R.pushTypeContext.call(void 0, 1);
      Gn.tsParseType.call(void 0),
        R.popTypeContext.call(void 0, r),
        R.rescan_gt.call(void 0),
        ys(t, e, n);
      return;
    }
    const o = A.state.type & S.TokenType.PRECEDENCE_MASK;
    if (o > 0 && (!n || !R.match.call(void 0, S.TokenType._in)) && o > e) {
      const r = A.state.type;
      R.next.call(void 0),
        r === S.TokenType.nullishCoalescing &&
          (A.state.tokens[A.state.tokens.length - 1].nullishStartIndex = t);
      const s = A.state.tokens.length;
      mr(),
        ys(s, r & S.TokenType.IS_RIGHT_ASSOCIATIVE ? o - 1 : o, n),
        r === S.TokenType.nullishCoalescing &&
          (A.state.tokens[t].numNullishCoalesceStarts++,
          A.state.tokens[A.state.tokens.length - 1].numNullishCoalesceEnds++),
        ys(t, e, n);
    }
  }
  function mr() {
    if (A.isTypeScriptEnabled && !A.isJSXEnabled && R.eat.call(void 0, S.TokenType.lessThan))
      return (Gn.tsParseTypeAssertion.call(void 0), !1);
    if (
      Ce.isContextual.call(void 0, Nn.ContextualKeyword._module) &&
      R.lookaheadCharCode.call(void 0) === np.charCodes.leftCurlyBrace &&
      !Ce.hasFollowingLineBreak.call(void 0)
    )
      return (Kk(), !1);
    if (A.state.type & S.TokenType.IS_PREFIX) return (R.next.call(void 0), mr(), !1);
    if (sp()) return !0;
    for (; A.state.type & S.TokenType.IS_POSTFIX && !Ce.canInsertSemicolon.call(void 0); )
      A.state.type === S.TokenType.preIncDec && (A.state.type = S.TokenType.postIncDec),
        R.next.call(void 0);
    return !1;
  }
  Ze.parseMaybeUnary = mr;
  function sp() {
    const t = A.state.tokens.length;
    return _s()
      ? !0
      : (Ga(t),
        A.state.tokens.length > t &&
          A.state.tokens[t].isOptionalChainStart &&
          (A.state.tokens[A.state.tokens.length - 1].isOptionalChainEnd = !0),
        !1);
  }
  Ze.parseExprSubscripts = sp;
  function Ga(t, e = !1) {
    A.isFlowEnabled ? Mn.flowParseSubscripts.call(void 0, t, e) : ip(t, e);
  }
  function ip(t, e = !1) {
    const n = new gs(!1);
    do Ak(t, e, n);
    while (!n.stop && !A.state.error);
  }
  Ze.baseParseSubscripts = ip;
  function Ak(t, e, n) {
    A.isTypeScriptEnabled
      ? Gn.tsParseSubscript.call(void 0, t, e, n)
      : A.isFlowEnabled
        ? Mn.flowParseSubscript.call(void 0, t, e, n)
        : ap(t, e, n);
  }
  function ap(t, e, n) {
    if (!e && R.eat.call(void 0, S.TokenType.doubleColon)) Xa(), (n.stop = !0), Ga(t, e);
    else if (R.match.call(void 0, S.TokenType.questionDot)) {
      if (
        ((A.state.tokens[t].isOptionalChainStart = !0),
        e && R.lookaheadType.call(void 0) === S.TokenType.parenL)
      ) {
        n.stop = !0;
        return;
      }
      R.next.call(void 0),
        (A.state.tokens[A.state.tokens.length - 1].subscriptStartIndex = t),
        R.eat.call(void 0, S.TokenType.bracketL)
          ? (hr(), Ce.expect.call(void 0, S.TokenType.bracketR))
          : R.eat.call(void 0, S.TokenType.parenL)
            ? ks()
            : vs();
    } else if (R.eat.call(void 0, S.TokenType.dot))
      (A.state.tokens[A.state.tokens.length - 1].subscriptStartIndex = t), vs();
    else if (R.eat.call(void 0, S.TokenType.bracketL))
      (A.state.tokens[A.state.tokens.length - 1].subscriptStartIndex = t),
        hr(),
        Ce.expect.call(void 0, S.TokenType.bracketR);
    else if (!e && R.match.call(void 0, S.TokenType.parenL))
      if (cp()) {
        const o = A.state.snapshot(),
          r = A.state.tokens.length;
        R.next.call(void 0), (A.state.tokens[A.state.tokens.length - 1].subscriptStartIndex = t);
        const s = A.getNextContextId.call(void 0);
        (A.state.tokens[A.state.tokens.length - 1].contextId = s),
          ks(),
          (A.state.tokens[A.state.tokens.length - 1].contextId = s),
          Ok() &&
            (A.state.restoreFromSnapshot(o),
            (n.stop = !0),
            A.state.scopeDepth++,
            fn.parseFunctionParams.call(void 0),
            Pk(r));
      } else {
        R.next.call(void 0), (A.state.tokens[A.state.tokens.length - 1].subscriptStartIndex = t);
        const o = A.getNextContextId.call(void 0);
        (A.state.tokens[A.state.tokens.length - 1].contextId = o),
          ks(),
          (A.state.tokens[A.state.tokens.length - 1].contextId = o);
      }
    else R.match.call(void 0, S.TokenType.backQuote) ? Ya() : (n.stop = !0);
  }
  Ze.baseParseSubscript = ap;
  function cp() {
    return (
      A.state.tokens[A.state.tokens.length - 1].contextualKeyword === Nn.ContextualKeyword._async &&
      !Ce.canInsertSemicolon.call(void 0)
    );
  }
  Ze.atPossibleAsync = cp;
  function ks() {
    let t = !0;
    for (; !R.eat.call(void 0, S.TokenType.parenR) && !A.state.error; ) {
      if (t) t = !1;
      else if ((Ce.expect.call(void 0, S.TokenType.comma), R.eat.call(void 0, S.TokenType.parenR)))
        break;
      fp(!1);
    }
  }
  Ze.parseCallExpressionArguments = ks;
  function Ok() {
    return R.match.call(void 0, S.TokenType.colon) || R.match.call(void 0, S.TokenType.arrow);
  }
  function Pk(t) {
    A.isTypeScriptEnabled
      ? Gn.tsStartParseAsyncArrowFromCallExpression.call(void 0)
      : A.isFlowEnabled && Mn.flowStartParseAsyncArrowFromCallExpression.call(void 0),
      Ce.expect.call(void 0, S.TokenType.arrow),
      fr(t);
  }
  function Xa() {
    const t = A.state.tokens.length;
    _s(), Ga(t, !0);
  }
  function _s() {
    if (R.eat.call(void 0, S.TokenType.modulo)) return (Rn(), !1);
    if (R.match.call(void 0, S.TokenType.jsxText) || R.match.call(void 0, S.TokenType.jsxEmptyText))
      return (lp(), !1);
    if (R.match.call(void 0, S.TokenType.lessThan) && A.isJSXEnabled)
      return (
        (A.state.type = S.TokenType.jsxTagStart),
        bk.jsxParseElement.call(void 0),
        R.next.call(void 0),
        !1
      );
    const t = A.state.potentialArrowAt === A.state.start;
    switch (A.state.type) {
      case S.TokenType.slash:
      case S.TokenType.assign:
        R.retokenizeSlashAsRegex.call(void 0);
      case S.TokenType._super:
      case S.TokenType._this:
      case S.TokenType.regexp:
      case S.TokenType.num:
      case S.TokenType.bigint:
      case S.TokenType.decimal:
      case S.TokenType.string:
      case S.TokenType._null:
      case S.TokenType._true:
      case S.TokenType._false:
        return (R.next.call(void 0), !1);
      case S.TokenType._import:
        return (
          R.next.call(void 0),
          R.match.call(void 0, S.TokenType.dot) &&
            ((A.state.tokens[A.state.tokens.length - 1].type = S.TokenType.name),
            R.next.call(void 0),
            Rn()),
          !1
        );
      case S.TokenType.name: {
        const e = A.state.tokens.length,
          n = A.state.start,
          o = A.state.contextualKeyword;
        return (
          Rn(),
          o === Nn.ContextualKeyword._await
            ? (Bk(), !1)
            : o === Nn.ContextualKeyword._async &&
                R.match.call(void 0, S.TokenType._function) &&
                !Ce.canInsertSemicolon.call(void 0)
              ? (R.next.call(void 0), fn.parseFunction.call(void 0, n, !1), !1)
              : t &&
                  o === Nn.ContextualKeyword._async &&
                  !Ce.canInsertSemicolon.call(void 0) &&
                  R.match.call(void 0, S.TokenType.name)
                ? (A.state.scopeDepth++,
                  Jn.parseBindingIdentifier.call(void 0, !1),
                  Ce.expect.call(void 0, S.TokenType.arrow),
                  fr(e),
                  !0)
                : R.match.call(void 0, S.TokenType._do) && !Ce.canInsertSemicolon.call(void 0)
                  ? (R.next.call(void 0), fn.parseBlock.call(void 0), !1)
                  : t &&
                      !Ce.canInsertSemicolon.call(void 0) &&
                      R.match.call(void 0, S.TokenType.arrow)
                    ? (A.state.scopeDepth++,
                      Jn.markPriorBindingIdentifier.call(void 0, !1),
                      Ce.expect.call(void 0, S.TokenType.arrow),
                      fr(e),
                      !0)
                    : ((A.state.tokens[A.state.tokens.length - 1].identifierRole =
                        R.IdentifierRole.Access),
                      !1)
        );
      }
      case S.TokenType._do:
        return (R.next.call(void 0), fn.parseBlock.call(void 0), !1);
      case S.TokenType.parenL:
        return up(t);
      case S.TokenType.bracketL:
        return (R.next.call(void 0), hp(S.TokenType.bracketR, !0), !1);
      case S.TokenType.braceL:
        return (pp(!1, !1), !1);
      case S.TokenType._function:
        return (Nk(), !1);
      case S.TokenType.at:
        fn.parseDecorators.call(void 0);
      case S.TokenType._class:
        return (fn.parseClass.call(void 0, !1), !1);
      case S.TokenType._new:
        return (Dk(), !1);
      case S.TokenType.backQuote:
        return (Ya(), !1);
      case S.TokenType.doubleColon:
        return (R.next.call(void 0), Xa(), !1);
      case S.TokenType.hash: {
        const e = R.lookaheadCharCode.call(void 0);
        return (
          Ck.IS_IDENTIFIER_START[e] || e === np.charCodes.backslash ? vs() : R.next.call(void 0), !1
        );
      }
      default:
        return (Ce.unexpected.call(void 0), !1);
    }
  }
  Ze.parseExprAtom = _s;
  function vs() {
    R.eat.call(void 0, S.TokenType.hash), Rn();
  }
  function Nk() {
    const t = A.state.start;
    Rn(), R.eat.call(void 0, S.TokenType.dot) && Rn(), fn.parseFunction.call(void 0, t, !1);
  }
  function lp() {
    R.next.call(void 0);
  }
  Ze.parseLiteral = lp;
  function Rk() {
    Ce.expect.call(void 0, S.TokenType.parenL), hr(), Ce.expect.call(void 0, S.TokenType.parenR);
  }
  Ze.parseParenExpression = Rk;
  function up(t) {
    const e = A.state.snapshot(),
      n = A.state.tokens.length;
    Ce.expect.call(void 0, S.TokenType.parenL);
    let o = !0;
    for (; !R.match.call(void 0, S.TokenType.parenR) && !A.state.error; ) {
      if (o) o = !1;
      else if (
        (Ce.expect.call(void 0, S.TokenType.comma), R.match.call(void 0, S.TokenType.parenR))
      )
        break;
      if (R.match.call(void 0, S.TokenType.ellipsis)) {
        Jn.parseRest.call(void 0, !1), Qa();
        break;
      } else an(!1, !0);
    }
    return (
      Ce.expect.call(void 0, S.TokenType.parenR),
      t && Mk() && za()
        ? (A.state.restoreFromSnapshot(e),
          A.state.scopeDepth++,
          fn.parseFunctionParams.call(void 0),
          za(),
          fr(n),
          A.state.error ? (A.state.restoreFromSnapshot(e), up(!1), !1) : !0)
        : !1
    );
  }
  function Mk() {
    return R.match.call(void 0, S.TokenType.colon) || !Ce.canInsertSemicolon.call(void 0);
  }
  function za() {
    return A.isTypeScriptEnabled
      ? Gn.tsParseArrow.call(void 0)
      : A.isFlowEnabled
        ? Mn.flowParseArrow.call(void 0)
        : R.eat.call(void 0, S.TokenType.arrow);
  }
  Ze.parseArrow = za;
  function Qa() {
    (A.isTypeScriptEnabled || A.isFlowEnabled) && ep.typedParseParenItem.call(void 0);
  }
  function Dk() {
    if ((Ce.expect.call(void 0, S.TokenType._new), R.eat.call(void 0, S.TokenType.dot))) {
      Rn();
      return;
    }
    Lk(),
      A.isFlowEnabled && Mn.flowStartParseNewArguments.call(void 0),
      R.eat.call(void 0, S.TokenType.parenL) && hp(S.TokenType.parenR);
  }
  function Lk() {
    Xa(), R.eat.call(void 0, S.TokenType.questionDot);
  }
  function Ya() {
    for (
      R.nextTemplateToken.call(void 0), R.nextTemplateToken.call(void 0);
      !R.match.call(void 0, S.TokenType.backQuote) && !A.state.error;
    )
      Ce.expect.call(void 0, S.TokenType.dollarBraceL),
        hr(),
        R.nextTemplateToken.call(void 0),
        R.nextTemplateToken.call(void 0);
    R.next.call(void 0);
  }
  Ze.parseTemplate = Ya;
  function pp(t, e) {
    let n = A.getNextContextId.call(void 0),
      o = !0;
    for (
      R.next.call(void 0), A.state.tokens[A.state.tokens.length - 1].contextId = n;
      !R.eat.call(void 0, S.TokenType.braceR) && !A.state.error;
    ) {
      if (o) o = !1;
      else if ((Ce.expect.call(void 0, S.TokenType.comma), R.eat.call(void 0, S.TokenType.braceR)))
        break;
      let r = !1;
      if (R.match.call(void 0, S.TokenType.ellipsis)) {
        const s = A.state.tokens.length;
        if (
          (Jn.parseSpread.call(void 0),
          t &&
            (A.state.tokens.length === s + 2 && Jn.markPriorBindingIdentifier.call(void 0, e),
            R.eat.call(void 0, S.TokenType.braceR)))
        )
          break;
        continue;
      }
      t || (r = R.eat.call(void 0, S.TokenType.star)),
        !t && Ce.isContextual.call(void 0, Nn.ContextualKeyword._async)
          ? (r && Ce.unexpected.call(void 0),
            Rn(),
            R.match.call(void 0, S.TokenType.colon) ||
              R.match.call(void 0, S.TokenType.parenL) ||
              R.match.call(void 0, S.TokenType.braceR) ||
              R.match.call(void 0, S.TokenType.eq) ||
              R.match.call(void 0, S.TokenType.comma) ||
              (R.match.call(void 0, S.TokenType.star) && (R.next.call(void 0), (r = !0)), xs(n)))
          : xs(n),
        jk(t, e, n);
    }
    A.state.tokens[A.state.tokens.length - 1].contextId = n;
  }
  Ze.parseObj = pp;
  function Fk(t) {
    return (
      !t &&
      (R.match.call(void 0, S.TokenType.string) ||
        R.match.call(void 0, S.TokenType.num) ||
        R.match.call(void 0, S.TokenType.bracketL) ||
        R.match.call(void 0, S.TokenType.name) ||
        !!(A.state.type & S.TokenType.IS_KEYWORD))
    );
  }
  function qk(t, e) {
    const n = A.state.start;
    return R.match.call(void 0, S.TokenType.parenL)
      ? (t && Ce.unexpected.call(void 0), Ja(n, !1), !0)
      : Fk(t)
        ? (xs(e), Ja(n, !1), !0)
        : !1;
  }
  function $k(t, e) {
    if (R.eat.call(void 0, S.TokenType.colon)) {
      t ? Jn.parseMaybeDefault.call(void 0, e) : an(!1);
      return;
    }
    let n;
    t
      ? A.state.scopeDepth === 0
        ? (n = R.IdentifierRole.ObjectShorthandTopLevelDeclaration)
        : e
          ? (n = R.IdentifierRole.ObjectShorthandBlockScopedDeclaration)
          : (n = R.IdentifierRole.ObjectShorthandFunctionScopedDeclaration)
      : (n = R.IdentifierRole.ObjectShorthand),
      (A.state.tokens[A.state.tokens.length - 1].identifierRole = n),
      Jn.parseMaybeDefault.call(void 0, e, !0);
  }
  function jk(t, e, n) {
    A.isTypeScriptEnabled
      ? Gn.tsStartParseObjPropValue.call(void 0)
      : A.isFlowEnabled && Mn.flowStartParseObjPropValue.call(void 0),
      qk(t, n) || $k(t, e);
  }
  function xs(t) {
    A.isFlowEnabled && Mn.flowParseVariance.call(void 0),
      R.eat.call(void 0, S.TokenType.bracketL)
        ? ((A.state.tokens[A.state.tokens.length - 1].contextId = t),
          an(),
          Ce.expect.call(void 0, S.TokenType.bracketR),
          (A.state.tokens[A.state.tokens.length - 1].contextId = t))
        : (R.match.call(void 0, S.TokenType.num) ||
          R.match.call(void 0, S.TokenType.string) ||
          R.match.call(void 0, S.TokenType.bigint) ||
          R.match.call(void 0, S.TokenType.decimal)
            ? _s()
            : vs(),
          (A.state.tokens[A.state.tokens.length - 1].identifierRole = R.IdentifierRole.ObjectKey),
          (A.state.tokens[A.state.tokens.length - 1].contextId = t));
  }
  Ze.parsePropertyName = xs;
  function Ja(t, e) {
    const n = A.getNextContextId.call(void 0);
    A.state.scopeDepth++;
    const o = A.state.tokens.length,
      r = e;
    fn.parseFunctionParams.call(void 0, r, n), dp(t, n);
    const s = A.state.tokens.length;
    A.state.scopes.push(new tp.Scope(o, s, !0)), A.state.scopeDepth--;
  }
  Ze.parseMethod = Ja;
  function fr(t) {
    Za(!0);
    const e = A.state.tokens.length;
    A.state.scopes.push(new tp.Scope(t, e, !0)), A.state.scopeDepth--;
  }
  Ze.parseArrowExpression = fr;
  function dp(t, e = 0) {
    A.isTypeScriptEnabled
      ? Gn.tsParseFunctionBodyAndFinish.call(void 0, t, e)
      : A.isFlowEnabled
        ? Mn.flowParseFunctionBodyAndFinish.call(void 0, e)
        : Za(!1, e);
  }
  Ze.parseFunctionBodyAndFinish = dp;
  function Za(t, e = 0) {
    t && !R.match.call(void 0, S.TokenType.braceL) ? an() : fn.parseBlock.call(void 0, !0, e);
  }
  Ze.parseFunctionBody = Za;
  function hp(t, e = !1) {
    let n = !0;
    for (; !R.eat.call(void 0, t) && !A.state.error; ) {
      if (n) n = !1;
      else if ((Ce.expect.call(void 0, S.TokenType.comma), R.eat.call(void 0, t))) break;
      fp(e);
    }
  }
  function fp(t) {
    (t && R.match.call(void 0, S.TokenType.comma)) ||
      (R.match.call(void 0, S.TokenType.ellipsis)
        ? (Jn.parseSpread.call(void 0), Qa())
        : R.match.call(void 0, S.TokenType.question)
          ? R.next.call(void 0)
          : an(!1, !0));
  }
  function Rn() {
    R.next.call(void 0), (A.state.tokens[A.state.tokens.length - 1].type = S.TokenType.name);
  }
  Ze.parseIdentifier = Rn;
  function Bk() {
    mr();
  }
  function Vk() {
    R.next.call(void 0),
      !R.match.call(void 0, S.TokenType.semi) &&
        !Ce.canInsertSemicolon.call(void 0) &&
        (R.eat.call(void 0, S.TokenType.star), an());
  }
  function Kk() {
    Ce.expectContextual.call(void 0, Nn.ContextualKeyword._module),
      Ce.expect.call(void 0, S.TokenType.braceL),
      fn.parseBlockBody.call(void 0, S.TokenType.braceR);
  }
});
var ar = z((Qe) => {
  Object.defineProperty(Qe, "__esModule", { value: !0 });
  var y = ft(),
    ae = yt(),
    m = xe(),
    te = Gt(),
    Ke = lo(),
    Xn = dr(),
    j = Kn();
  function Hk(t) {
    return (
      (t.type === m.TokenType.name || !!(t.type & m.TokenType.IS_KEYWORD)) &&
      t.contextualKeyword !== ae.ContextualKeyword._from
    );
  }
  function bn(t) {
    const e = y.pushTypeContext.call(void 0, 0);
    j.expect.call(void 0, t || m.TokenType.colon), qt(), y.popTypeContext.call(void 0, e);
  }
  function mp() {
    j.expect.call(void 0, m.TokenType.modulo),
      j.expectContextual.call(void 0, ae.ContextualKeyword._checks),
      y.eat.call(void 0, m.TokenType.parenL) &&
        (Ke.parseExpression.call(void 0), j.expect.call(void 0, m.TokenType.parenR));
  }
  function nc() {
    const t = y.pushTypeContext.call(void 0, 0);
    j.expect.call(void 0, m.TokenType.colon),
      y.match.call(void 0, m.TokenType.modulo)
        ? mp()
        : (qt(), y.match.call(void 0, m.TokenType.modulo) && mp()),
      y.popTypeContext.call(void 0, t);
  }
  function Wk() {
    y.next.call(void 0), oc(!0);
  }
  function Uk() {
    y.next.call(void 0),
      Ke.parseIdentifier.call(void 0),
      y.match.call(void 0, m.TokenType.lessThan) && Cn(),
      j.expect.call(void 0, m.TokenType.parenL),
      tc(),
      j.expect.call(void 0, m.TokenType.parenR),
      nc(),
      j.semicolon.call(void 0);
  }
  function ec() {
    y.match.call(void 0, m.TokenType._class)
      ? Wk()
      : y.match.call(void 0, m.TokenType._function)
        ? Uk()
        : y.match.call(void 0, m.TokenType._var)
          ? zk()
          : j.eatContextual.call(void 0, ae.ContextualKeyword._module)
            ? y.eat.call(void 0, m.TokenType.dot)
              ? Xk()
              : Jk()
            : j.isContextual.call(void 0, ae.ContextualKeyword._type)
              ? Qk()
              : j.isContextual.call(void 0, ae.ContextualKeyword._opaque)
                ? Yk()
                : j.isContextual.call(void 0, ae.ContextualKeyword._interface)
                  ? Zk()
                  : y.match.call(void 0, m.TokenType._export)
                    ? Gk()
                    : j.unexpected.call(void 0);
  }
  function zk() {
    y.next.call(void 0), xp(), j.semicolon.call(void 0);
  }
  function Jk() {
    for (
      y.match.call(void 0, m.TokenType.string)
        ? Ke.parseExprAtom.call(void 0)
        : Ke.parseIdentifier.call(void 0),
        j.expect.call(void 0, m.TokenType.braceL);
      !y.match.call(void 0, m.TokenType.braceR) && !te.state.error;
    )
      y.match.call(void 0, m.TokenType._import)
        ? (y.next.call(void 0), Xn.parseImport.call(void 0))
        : j.unexpected.call(void 0);
    j.expect.call(void 0, m.TokenType.braceR);
  }
  function Gk() {
    j.expect.call(void 0, m.TokenType._export),
      y.eat.call(void 0, m.TokenType._default)
        ? y.match.call(void 0, m.TokenType._function) || y.match.call(void 0, m.TokenType._class)
          ? ec()
          : (qt(), j.semicolon.call(void 0))
        : y.match.call(void 0, m.TokenType._var) ||
            y.match.call(void 0, m.TokenType._function) ||
            y.match.call(void 0, m.TokenType._class) ||
            j.isContextual.call(void 0, ae.ContextualKeyword._opaque)
          ? ec()
          : y.match.call(void 0, m.TokenType.star) ||
              y.match.call(void 0, m.TokenType.braceL) ||
              j.isContextual.call(void 0, ae.ContextualKeyword._interface) ||
              j.isContextual.call(void 0, ae.ContextualKeyword._type) ||
              j.isContextual.call(void 0, ae.ContextualKeyword._opaque)
            ? Xn.parseExport.call(void 0)
            : j.unexpected.call(void 0);
  }
  function Xk() {
    j.expectContextual.call(void 0, ae.ContextualKeyword._exports), Mo(), j.semicolon.call(void 0);
  }
  function Qk() {
    y.next.call(void 0), sc();
  }
  function Yk() {
    y.next.call(void 0), ic(!0);
  }
  function Zk() {
    y.next.call(void 0), oc();
  }
  function oc(t = !1) {
    if (
      (Is(),
      y.match.call(void 0, m.TokenType.lessThan) && Cn(),
      y.eat.call(void 0, m.TokenType._extends))
    )
      do ws();
      while (!t && y.eat.call(void 0, m.TokenType.comma));
    if (j.isContextual.call(void 0, ae.ContextualKeyword._mixins)) {
      y.next.call(void 0);
      do ws();
      while (y.eat.call(void 0, m.TokenType.comma));
    }
    if (j.isContextual.call(void 0, ae.ContextualKeyword._implements)) {
      y.next.call(void 0);
      do ws();
      while (y.eat.call(void 0, m.TokenType.comma));
    }
    bs(t, !1, t);
  }
  function ws() {
    kp(!1), y.match.call(void 0, m.TokenType.lessThan) && uo();
  }
  function rc() {
    oc();
  }
  function Is() {
    Ke.parseIdentifier.call(void 0);
  }
  function sc() {
    Is(),
      y.match.call(void 0, m.TokenType.lessThan) && Cn(),
      bn(m.TokenType.eq),
      j.semicolon.call(void 0);
  }
  function ic(t) {
    j.expectContextual.call(void 0, ae.ContextualKeyword._type),
      Is(),
      y.match.call(void 0, m.TokenType.lessThan) && Cn(),
      y.match.call(void 0, m.TokenType.colon) && bn(m.TokenType.colon),
      t || bn(m.TokenType.eq),
      j.semicolon.call(void 0);
  }
  function eg() {
    lc(), xp(), y.eat.call(void 0, m.TokenType.eq) && qt();
  }
  function Cn() {
    const t = y.pushTypeContext.call(void 0, 0);
    y.match.call(void 0, m.TokenType.lessThan) ||
    y.match.call(void 0, m.TokenType.typeParameterStart)
      ? y.next.call(void 0)
      : j.unexpected.call(void 0);
    do
      eg(),
        y.match.call(void 0, m.TokenType.greaterThan) || j.expect.call(void 0, m.TokenType.comma);
    while (!y.match.call(void 0, m.TokenType.greaterThan) && !te.state.error);
    j.expect.call(void 0, m.TokenType.greaterThan), y.popTypeContext.call(void 0, t);
  }
  Qe.flowParseTypeParameterDeclaration = Cn;
  function uo() {
    const t = y.pushTypeContext.call(void 0, 0);
    for (
      j.expect.call(void 0, m.TokenType.lessThan);
      !y.match.call(void 0, m.TokenType.greaterThan) && !te.state.error;
    )
      qt(),
        y.match.call(void 0, m.TokenType.greaterThan) || j.expect.call(void 0, m.TokenType.comma);
    j.expect.call(void 0, m.TokenType.greaterThan), y.popTypeContext.call(void 0, t);
  }
  function tg() {
    if (
      (j.expectContextual.call(void 0, ae.ContextualKeyword._interface),
      y.eat.call(void 0, m.TokenType._extends))
    )
      do ws();
      while (y.eat.call(void 0, m.TokenType.comma));
    bs(!1, !1, !1);
  }
  function ac() {
    y.match.call(void 0, m.TokenType.num) || y.match.call(void 0, m.TokenType.string)
      ? Ke.parseExprAtom.call(void 0)
      : Ke.parseIdentifier.call(void 0);
  }
  function ng() {
    y.lookaheadType.call(void 0) === m.TokenType.colon ? (ac(), bn()) : qt(),
      j.expect.call(void 0, m.TokenType.bracketR),
      bn();
  }
  function og() {
    ac(),
      j.expect.call(void 0, m.TokenType.bracketR),
      j.expect.call(void 0, m.TokenType.bracketR),
      y.match.call(void 0, m.TokenType.lessThan) || y.match.call(void 0, m.TokenType.parenL)
        ? cc()
        : (y.eat.call(void 0, m.TokenType.question), bn());
  }
  function cc() {
    for (
      y.match.call(void 0, m.TokenType.lessThan) && Cn(), j.expect.call(void 0, m.TokenType.parenL);
      !y.match.call(void 0, m.TokenType.parenR) &&
      !y.match.call(void 0, m.TokenType.ellipsis) &&
      !te.state.error;
    )
      Cs(), y.match.call(void 0, m.TokenType.parenR) || j.expect.call(void 0, m.TokenType.comma);
    y.eat.call(void 0, m.TokenType.ellipsis) && Cs(),
      j.expect.call(void 0, m.TokenType.parenR),
      bn();
  }
  function rg() {
    cc();
  }
  function bs(t, e, n) {
    let o;
    for (
      e && y.match.call(void 0, m.TokenType.braceBarL)
        ? (j.expect.call(void 0, m.TokenType.braceBarL), (o = m.TokenType.braceBarR))
        : (j.expect.call(void 0, m.TokenType.braceL), (o = m.TokenType.braceR));
      !y.match.call(void 0, o) && !te.state.error;
    ) {
      if (n && j.isContextual.call(void 0, ae.ContextualKeyword._proto)) {
        const r = y.lookaheadType.call(void 0);
        r !== m.TokenType.colon && r !== m.TokenType.question && (y.next.call(void 0), (t = !1));
      }
      if (t && j.isContextual.call(void 0, ae.ContextualKeyword._static)) {
        const r = y.lookaheadType.call(void 0);
        r !== m.TokenType.colon && r !== m.TokenType.question && y.next.call(void 0);
      }
      if ((lc(), y.eat.call(void 0, m.TokenType.bracketL)))
        y.eat.call(void 0, m.TokenType.bracketL) ? og() : ng();
      else if (
        y.match.call(void 0, m.TokenType.parenL) ||
        y.match.call(void 0, m.TokenType.lessThan)
      )
        rg();
      else {
        if (
          j.isContextual.call(void 0, ae.ContextualKeyword._get) ||
          j.isContextual.call(void 0, ae.ContextualKeyword._set)
        ) {
          const r = y.lookaheadType.call(void 0);
          (r === m.TokenType.name || r === m.TokenType.string || r === m.TokenType.num) &&
            y.next.call(void 0);
        }
        sg();
      }
      ig();
    }
    j.expect.call(void 0, o);
  }
  function sg() {
    if (y.match.call(void 0, m.TokenType.ellipsis)) {
      if (
        (j.expect.call(void 0, m.TokenType.ellipsis),
        y.eat.call(void 0, m.TokenType.comma) || y.eat.call(void 0, m.TokenType.semi),
        y.match.call(void 0, m.TokenType.braceR))
      )
        return;
      qt();
    } else
      ac(),
        y.match.call(void 0, m.TokenType.lessThan) || y.match.call(void 0, m.TokenType.parenL)
          ? cc()
          : (y.eat.call(void 0, m.TokenType.question), bn());
  }
  function ig() {
    !y.eat.call(void 0, m.TokenType.semi) &&
      !y.eat.call(void 0, m.TokenType.comma) &&
      !y.match.call(void 0, m.TokenType.braceR) &&
      !y.match.call(void 0, m.TokenType.braceBarR) &&
      j.unexpected.call(void 0);
  }
  function kp(t) {
    for (t || Ke.parseIdentifier.call(void 0); y.eat.call(void 0, m.TokenType.dot); )
      Ke.parseIdentifier.call(void 0);
  }
  function ag() {
    kp(!0), y.match.call(void 0, m.TokenType.lessThan) && uo();
  }
  function cg() {
    j.expect.call(void 0, m.TokenType._typeof), gp();
  }
  function lg() {
    for (
      j.expect.call(void 0, m.TokenType.bracketL);
      te.state.pos < te.input.length &&
      !y.match.call(void 0, m.TokenType.bracketR) &&
      (qt(), !y.match.call(void 0, m.TokenType.bracketR));
    )
      j.expect.call(void 0, m.TokenType.comma);
    j.expect.call(void 0, m.TokenType.bracketR);
  }
  function Cs() {
    const t = y.lookaheadType.call(void 0);
    t === m.TokenType.colon || t === m.TokenType.question
      ? (Ke.parseIdentifier.call(void 0), y.eat.call(void 0, m.TokenType.question), bn())
      : qt();
  }
  function tc() {
    for (
      ;
      !y.match.call(void 0, m.TokenType.parenR) &&
      !y.match.call(void 0, m.TokenType.ellipsis) &&
      !te.state.error;
    )
      Cs(), y.match.call(void 0, m.TokenType.parenR) || j.expect.call(void 0, m.TokenType.comma);
    y.eat.call(void 0, m.TokenType.ellipsis) && Cs();
  }
  function gp() {
    let t = !1,
      e = te.state.noAnonFunctionType;
    switch (te.state.type) {
      case m.TokenType.name: {
        if (j.isContextual.call(void 0, ae.ContextualKeyword._interface)) {
          tg();
          return;
        }
        Ke.parseIdentifier.call(void 0), ag();
        return;
      }
      case m.TokenType.braceL:
        bs(!1, !1, !1);
        return;
      case m.TokenType.braceBarL:
        bs(!1, !0, !1);
        return;
      case m.TokenType.bracketL:
        lg();
        return;
      case m.TokenType.lessThan:
        Cn(),
          j.expect.call(void 0, m.TokenType.parenL),
          tc(),
          j.expect.call(void 0, m.TokenType.parenR),
          j.expect.call(void 0, m.TokenType.arrow),
          qt();
        return;
      case m.TokenType.parenL:
        if (
          (y.next.call(void 0),
          !y.match.call(void 0, m.TokenType.parenR) && !y.match.call(void 0, m.TokenType.ellipsis))
        )
          if (y.match.call(void 0, m.TokenType.name)) {
            const n = y.lookaheadType.call(void 0);
            t = n !== m.TokenType.question && n !== m.TokenType.colon;
          } else t = !0;
        if (t)
          if (
            ((te.state.noAnonFunctionType = !1),
            qt(),
            (te.state.noAnonFunctionType = e),
            te.state.noAnonFunctionType ||
              !(
                y.match.call(void 0, m.TokenType.comma) ||
                (y.match.call(void 0, m.TokenType.parenR) &&
                  y.lookaheadType.call(void 0) === m.TokenType.arrow)
              ))
          ) {
            j.expect.call(void 0, m.TokenType.parenR);
            return;
          } else y.eat.call(void 0, m.TokenType.comma);
        tc(),
          j.expect.call(void 0, m.TokenType.parenR),
          j.expect.call(void 0, m.TokenType.arrow),
          qt();
        return;
      case m.TokenType.minus:
        y.next.call(void 0), Ke.parseLiteral.call(void 0);
        return;
      case m.TokenType.string:
      case m.TokenType.num:
      case m.TokenType._true:
      case m.TokenType._false:
      case m.TokenType._null:
      case m.TokenType._this:
      case m.TokenType._void:
      case m.TokenType.star:
        y.next.call(void 0);
        return;
      default:
        if (te.state.type === m.TokenType._typeof) {
          cg();
          return;
        } else if (te.state.type & m.TokenType.IS_KEYWORD) {
          y.next.call(void 0),
            (te.state.tokens[te.state.tokens.length - 1].type = m.TokenType.name);
          return;
        }
    }
    j.unexpected.call(void 0);
  }
  function ug() {
    for (
      gp();
      !j.canInsertSemicolon.call(void 0) &&
      (y.match.call(void 0, m.TokenType.bracketL) || y.match.call(void 0, m.TokenType.questionDot));
    )
      y.eat.call(void 0, m.TokenType.questionDot),
        j.expect.call(void 0, m.TokenType.bracketL),
        y.eat.call(void 0, m.TokenType.bracketR) ||
          (qt(), j.expect.call(void 0, m.TokenType.bracketR));
  }
  function vp() {
    y.eat.call(void 0, m.TokenType.question) ? vp() : ug();
  }
  function Tp() {
    vp(), !te.state.noAnonFunctionType && y.eat.call(void 0, m.TokenType.arrow) && qt();
  }
  function yp() {
    for (
      y.eat.call(void 0, m.TokenType.bitwiseAND), Tp();
      y.eat.call(void 0, m.TokenType.bitwiseAND);
    )
      Tp();
  }
  function pg() {
    for (
      y.eat.call(void 0, m.TokenType.bitwiseOR), yp();
      y.eat.call(void 0, m.TokenType.bitwiseOR);
    )
      yp();
  }
  function qt() {
    pg();
  }
  function Mo() {
    bn();
  }
  Qe.flowParseTypeAnnotation = Mo;
  function xp() {
    Ke.parseIdentifier.call(void 0), y.match.call(void 0, m.TokenType.colon) && Mo();
  }
  function lc() {
    (y.match.call(void 0, m.TokenType.plus) || y.match.call(void 0, m.TokenType.minus)) &&
      (y.next.call(void 0), (te.state.tokens[te.state.tokens.length - 1].isType = !0));
  }
  Qe.flowParseVariance = lc;
  function dg(t) {
    y.match.call(void 0, m.TokenType.colon) && nc(), Ke.parseFunctionBody.call(void 0, !1, t);
  }
  Qe.flowParseFunctionBodyAndFinish = dg;
  function hg(t, e, n) {
    if (
      y.match.call(void 0, m.TokenType.questionDot) &&
      y.lookaheadType.call(void 0) === m.TokenType.lessThan
    ) {
      if (e) {
        n.stop = !0;
        return;
      }
      y.next.call(void 0),
        uo(),
        j.expect.call(void 0, m.TokenType.parenL),
        Ke.parseCallExpressionArguments.call(void 0);
      return;
    } else if (!e && y.match.call(void 0, m.TokenType.lessThan)) {
      const o = te.state.snapshot();
      if (
        (uo(),
        j.expect.call(void 0, m.TokenType.parenL),
        Ke.parseCallExpressionArguments.call(void 0),
        te.state.error)
      )
        te.state.restoreFromSnapshot(o);
      else return;
    }
    Ke.baseParseSubscript.call(void 0, t, e, n);
  }
  Qe.flowParseSubscript = hg;
  function fg() {
    if (y.match.call(void 0, m.TokenType.lessThan)) {
      const t = te.state.snapshot();
      uo(), te.state.error && te.state.restoreFromSnapshot(t);
    }
  }
  Qe.flowStartParseNewArguments = fg;
  function mg() {
    if (
      y.match.call(void 0, m.TokenType.name) &&
      te.state.contextualKeyword === ae.ContextualKeyword._interface
    ) {
      const t = y.pushTypeContext.call(void 0, 0);
      return (y.next.call(void 0), rc(), y.popTypeContext.call(void 0, t), !0);
    } else if (j.isContextual.call(void 0, ae.ContextualKeyword._enum)) return (_p(), !0);
    return !1;
  }
  Qe.flowTryParseStatement = mg;
  function Tg() {
    return j.isContextual.call(void 0, ae.ContextualKeyword._enum) ? (_p(), !0) : !1;
  }
  Qe.flowTryParseExportDefaultExpression = Tg;
  function yg(t) {
    if (t === ae.ContextualKeyword._declare) {
      if (
        y.match.call(void 0, m.TokenType._class) ||
        y.match.call(void 0, m.TokenType.name) ||
        y.match.call(void 0, m.TokenType._function) ||
        y.match.call(void 0, m.TokenType._var) ||
        y.match.call(void 0, m.TokenType._export)
      ) {
        const e = y.pushTypeContext.call(void 0, 1);
        ec(), y.popTypeContext.call(void 0, e);
      }
    } else if (y.match.call(void 0, m.TokenType.name)) {
      if (t === ae.ContextualKeyword._interface) {
        const e = y.pushTypeContext.call(void 0, 1);
        rc(), y.popTypeContext.call(void 0, e);
      } else if (t === ae.ContextualKeyword._type) {
        const e = y.pushTypeContext.call(void 0, 1);
        sc(), y.popTypeContext.call(void 0, e);
      } else if (t === ae.ContextualKeyword._opaque) {
        const e = y.pushTypeContext.call(void 0, 1);
        ic(!1), y.popTypeContext.call(void 0, e);
      }
    }
    j.semicolon.call(void 0);
  }
  Qe.flowParseIdentifierStatement = yg;
  function kg() {
    return (
      j.isContextual.call(void 0, ae.ContextualKeyword._type) ||
      j.isContextual.call(void 0, ae.ContextualKeyword._interface) ||
      j.isContextual.call(void 0, ae.ContextualKeyword._opaque) ||
      j.isContextual.call(void 0, ae.ContextualKeyword._enum)
    );
  }
  Qe.flowShouldParseExportDeclaration = kg;
  function gg() {
    return (
      y.match.call(void 0, m.TokenType.name) &&
      (te.state.contextualKeyword === ae.ContextualKeyword._type ||
        te.state.contextualKeyword === ae.ContextualKeyword._interface ||
        te.state.contextualKeyword === ae.ContextualKeyword._opaque ||
        te.state.contextualKeyword === ae.ContextualKeyword._enum)
    );
  }
  Qe.flowShouldDisallowExportDefaultSpecifier = gg;
  function vg() {
    if (j.isContextual.call(void 0, ae.ContextualKeyword._type)) {
      const t = y.pushTypeContext.call(void 0, 1);
      y.next.call(void 0),
        y.match.call(void 0, m.TokenType.braceL)
          ? (Xn.parseExportSpecifiers.call(void 0), Xn.parseExportFrom.call(void 0))
          : sc(),
        y.popTypeContext.call(void 0, t);
    } else if (j.isContextual.call(void 0, ae.ContextualKeyword._opaque)) {
      const t = y.pushTypeContext.call(void 0, 1);
      y.next.call(void 0), ic(!1), y.popTypeContext.call(void 0, t);
    } else if (j.isContextual.call(void 0, ae.ContextualKeyword._interface)) {
      const t = y.pushTypeContext.call(void 0, 1);
      y.next.call(void 0), rc(), y.popTypeContext.call(void 0, t);
    } else Xn.parseStatement.call(void 0, !0);
  }
  Qe.flowParseExportDeclaration = vg;
  function xg() {
    return (
      y.match.call(void 0, m.TokenType.star) ||
      (j.isContextual.call(void 0, ae.ContextualKeyword._type) &&
        y.lookaheadType.call(void 0) === m.TokenType.star)
    );
  }
  Qe.flowShouldParseExportStar = xg;
  function _g() {
    if (j.eatContextual.call(void 0, ae.ContextualKeyword._type)) {
      const t = y.pushTypeContext.call(void 0, 2);
      Xn.baseParseExportStar.call(void 0), y.popTypeContext.call(void 0, t);
    } else Xn.baseParseExportStar.call(void 0);
  }
  Qe.flowParseExportStar = _g;
  function wg(t) {
    if (
      (t && y.match.call(void 0, m.TokenType.lessThan) && uo(),
      j.isContextual.call(void 0, ae.ContextualKeyword._implements))
    ) {
      const e = y.pushTypeContext.call(void 0, 0);
      y.next.call(void 0),
        (te.state.tokens[te.state.tokens.length - 1].type = m.TokenType._implements);
      do Is(), y.match.call(void 0, m.TokenType.lessThan) && uo();
      while (y.eat.call(void 0, m.TokenType.comma));
      y.popTypeContext.call(void 0, e);
    }
  }
  Qe.flowAfterParseClassSuper = wg;
  function bg() {
    y.match.call(void 0, m.TokenType.lessThan) &&
      (Cn(), y.match.call(void 0, m.TokenType.parenL) || j.unexpected.call(void 0));
  }
  Qe.flowStartParseObjPropValue = bg;
  function Cg() {
    const t = y.pushTypeContext.call(void 0, 0);
    y.eat.call(void 0, m.TokenType.question),
      y.match.call(void 0, m.TokenType.colon) && Mo(),
      y.popTypeContext.call(void 0, t);
  }
  Qe.flowParseAssignableListItemTypes = Cg;
  function Ig() {
    if (
      y.match.call(void 0, m.TokenType._typeof) ||
      j.isContextual.call(void 0, ae.ContextualKeyword._type)
    ) {
      const t = y.lookaheadTypeAndKeyword.call(void 0);
      (Hk(t) || t.type === m.TokenType.braceL || t.type === m.TokenType.star) &&
        y.next.call(void 0);
    }
  }
  Qe.flowStartParseImportSpecifiers = Ig;
  function Sg() {
    const t =
      te.state.contextualKeyword === ae.ContextualKeyword._type ||
      te.state.type === m.TokenType._typeof;
    t ? y.next.call(void 0) : Ke.parseIdentifier.call(void 0),
      j.isContextual.call(void 0, ae.ContextualKeyword._as) &&
      !j.isLookaheadContextual.call(void 0, ae.ContextualKeyword._as)
        ? (Ke.parseIdentifier.call(void 0),
          (t &&
            !y.match.call(void 0, m.TokenType.name) &&
            !(te.state.type & m.TokenType.IS_KEYWORD)) ||
            Ke.parseIdentifier.call(void 0))
        : (t &&
            (y.match.call(void 0, m.TokenType.name) || te.state.type & m.TokenType.IS_KEYWORD) &&
            Ke.parseIdentifier.call(void 0),
          j.eatContextual.call(void 0, ae.ContextualKeyword._as) &&
            Ke.parseIdentifier.call(void 0));
  }
  Qe.flowParseImportSpecifier = Sg;
  function Eg() {
    if (y.match.call(void 0, m.TokenType.lessThan)) {
      const t = y.pushTypeContext.call(void 0, 0);
      Cn(), y.popTypeContext.call(void 0, t);
    }
  }
  Qe.flowStartParseFunctionParams = Eg;
  function Ag() {
    y.match.call(void 0, m.TokenType.colon) && Mo();
  }
  Qe.flowAfterParseVarHead = Ag;
  function Og() {
    if (y.match.call(void 0, m.TokenType.colon)) {
      const t = te.state.noAnonFunctionType;
      (te.state.noAnonFunctionType = !0), Mo(), (te.state.noAnonFunctionType = t);
    }
  }
  Qe.flowStartParseAsyncArrowFromCallExpression = Og;
  function Pg(t, e) {
    if (y.match.call(void 0, m.TokenType.lessThan)) {
      let n = te.state.snapshot(),
        o = Ke.baseParseMaybeAssign.call(void 0, t, e);
      if (te.state.error)
        te.state.restoreFromSnapshot(n), (te.state.type = m.TokenType.typeParameterStart);
      else return o;
      const r = y.pushTypeContext.call(void 0, 0);
      if (
        (Cn(),
        y.popTypeContext.call(void 0, r),
        (o = Ke.baseParseMaybeAssign.call(void 0, t, e)),
        o)
      )
        return !0;
      j.unexpected.call(void 0);
    }
    return Ke.baseParseMaybeAssign.call(void 0, t, e);
  }
  Qe.flowParseMaybeAssign = Pg;
  function Ng() {
    if (y.match.call(void 0, m.TokenType.colon)) {
      const t = y.pushTypeContext.call(void 0, 0),
        e = te.state.snapshot(),
        n = te.state.noAnonFunctionType;
      (te.state.noAnonFunctionType = !0),
        nc(),
        (te.state.noAnonFunctionType = n),
        j.canInsertSemicolon.call(void 0) && j.unexpected.call(void 0),
        y.match.call(void 0, m.TokenType.arrow) || j.unexpected.call(void 0),
        te.state.error && te.state.restoreFromSnapshot(e),
        y.popTypeContext.call(void 0, t);
    }
    return y.eat.call(void 0, m.TokenType.arrow);
  }
  Qe.flowParseArrow = Ng;
  function Rg(t, e = !1) {
    if (
      te.state.tokens[te.state.tokens.length - 1].contextualKeyword ===
        ae.ContextualKeyword._async &&
      y.match.call(void 0, m.TokenType.lessThan)
    ) {
      const n = te.state.snapshot();
      if (Mg() && !te.state.error) return;
      te.state.restoreFromSnapshot(n);
    }
    Ke.baseParseSubscripts.call(void 0, t, e);
  }
  Qe.flowParseSubscripts = Rg;
  function Mg() {
    te.state.scopeDepth++;
    const t = te.state.tokens.length;
    return (
      Xn.parseFunctionParams.call(void 0),
      Ke.parseArrow.call(void 0) ? (Ke.parseArrowExpression.call(void 0, t), !0) : !1
    );
  }
  function _p() {
    j.expectContextual.call(void 0, ae.ContextualKeyword._enum),
      (te.state.tokens[te.state.tokens.length - 1].type = m.TokenType._enum),
      Ke.parseIdentifier.call(void 0),
      Dg();
  }
  function Dg() {
    j.eatContextual.call(void 0, ae.ContextualKeyword._of) && y.next.call(void 0),
      j.expect.call(void 0, m.TokenType.braceL),
      Lg(),
      j.expect.call(void 0, m.TokenType.braceR);
  }
  function Lg() {
    for (
      ;
      !y.match.call(void 0, m.TokenType.braceR) &&
      !te.state.error &&
      !y.eat.call(void 0, m.TokenType.ellipsis);
    )
      Fg(), y.match.call(void 0, m.TokenType.braceR) || j.expect.call(void 0, m.TokenType.comma);
  }
  function Fg() {
    Ke.parseIdentifier.call(void 0), y.eat.call(void 0, m.TokenType.eq) && y.next.call(void 0);
  }
});
var dr = z((dt) => {
  Object.defineProperty(dt, "__esModule", { value: !0 });
  var qg = mc(),
    bt = ar(),
    ut = So(),
    O = ft(),
    ce = yt(),
    Qn = zr(),
    w = xe(),
    wp = Jt(),
    g = Gt(),
    Pe = lo(),
    Yn = ls(),
    H = Kn();
  function $g() {
    if (
      (hc(w.TokenType.eof),
      g.state.scopes.push(new Qn.Scope(0, g.state.tokens.length, !0)),
      g.state.scopeDepth !== 0)
    )
      throw new Error(`Invalid scope depth at end of file: ${g.state.scopeDepth}`);
    return new qg.File(g.state.tokens, g.state.scopes);
  }
  dt.parseTopLevel = $g;
  function mn(t) {
    (g.isFlowEnabled && bt.flowTryParseStatement.call(void 0)) ||
      (O.match.call(void 0, w.TokenType.at) && dc(), jg(t));
  }
  dt.parseStatement = mn;
  function jg(t) {
    if (g.isTypeScriptEnabled && ut.tsTryParseStatementContent.call(void 0)) return;
    const e = g.state.type;
    switch (e) {
      case w.TokenType._break:
      case w.TokenType._continue:
        Vg();
        return;
      case w.TokenType._debugger:
        Kg();
        return;
      case w.TokenType._do:
        Hg();
        return;
      case w.TokenType._for:
        Wg();
        return;
      case w.TokenType._function:
        if (O.lookaheadType.call(void 0) === w.TokenType.dot) break;
        t || H.unexpected.call(void 0), Jg();
        return;
      case w.TokenType._class:
        t || H.unexpected.call(void 0), Es(!0);
        return;
      case w.TokenType._if:
        Gg();
        return;
      case w.TokenType._return:
        Xg();
        return;
      case w.TokenType._switch:
        Qg();
        return;
      case w.TokenType._throw:
        Yg();
        return;
      case w.TokenType._try:
        ev();
        return;
      case w.TokenType._let:
      case w.TokenType._const:
        t || H.unexpected.call(void 0);
      case w.TokenType._var:
        Ss(e !== w.TokenType._var);
        return;
      case w.TokenType._while:
        tv();
        return;
      case w.TokenType.braceL:
        Lo();
        return;
      case w.TokenType.semi:
        nv();
        return;
      case w.TokenType._export:
      case w.TokenType._import: {
        const r = O.lookaheadType.call(void 0);
        if (r === w.TokenType.parenL || r === w.TokenType.dot) break;
        O.next.call(void 0), e === w.TokenType._import ? Lp() : Rp();
        return;
      }
      case w.TokenType.name:
        if (g.state.contextualKeyword === ce.ContextualKeyword._async) {
          const r = g.state.start,
            s = g.state.snapshot();
          if (
            (O.next.call(void 0),
            O.match.call(void 0, w.TokenType._function) && !H.canInsertSemicolon.call(void 0))
          ) {
            H.expect.call(void 0, w.TokenType._function), kr(r, !0);
            return;
          } else g.state.restoreFromSnapshot(s);
        } else if (
          g.state.contextualKeyword === ce.ContextualKeyword._using &&
          !H.hasFollowingLineBreak.call(void 0) &&
          O.lookaheadType.call(void 0) === w.TokenType.name
        ) {
          Ss(!0);
          return;
        } else if (Ip()) {
          H.expectContextual.call(void 0, ce.ContextualKeyword._await), Ss(!0);
          return;
        }
      default:
        break;
    }
    const n = g.state.tokens.length;
    Pe.parseExpression.call(void 0);
    let o = null;
    if (g.state.tokens.length === n + 1) {
      const r = g.state.tokens[g.state.tokens.length - 1];
      r.type === w.TokenType.name && (o = r.contextualKeyword);
    }
    if (o == null) {
      H.semicolon.call(void 0);
      return;
    }
    O.eat.call(void 0, w.TokenType.colon) ? ov() : rv(o);
  }
  function Ip() {
    if (!H.isContextual.call(void 0, ce.ContextualKeyword._await)) return !1;
    const t = g.state.snapshot();
    return (
      O.next.call(void 0),
      !H.isContextual.call(void 0, ce.ContextualKeyword._using) ||
      H.hasPrecedingLineBreak.call(void 0) ||
      (O.next.call(void 0),
      !O.match.call(void 0, w.TokenType.name) || H.hasPrecedingLineBreak.call(void 0))
        ? (g.state.restoreFromSnapshot(t), !1)
        : (g.state.restoreFromSnapshot(t), !0)
    );
  }
  function dc() {
    for (; O.match.call(void 0, w.TokenType.at); ) Sp();
  }
  dt.parseDecorators = dc;
  function Sp() {
    if ((O.next.call(void 0), O.eat.call(void 0, w.TokenType.parenL)))
      Pe.parseExpression.call(void 0), H.expect.call(void 0, w.TokenType.parenR);
    else {
      for (Pe.parseIdentifier.call(void 0); O.eat.call(void 0, w.TokenType.dot); )
        Pe.parseIdentifier.call(void 0);
      Bg();
    }
  }
  function Bg() {
    g.isTypeScriptEnabled ? ut.tsParseMaybeDecoratorArguments.call(void 0) : Ep();
  }
  function Ep() {
    O.eat.call(void 0, w.TokenType.parenL) && Pe.parseCallExpressionArguments.call(void 0);
  }
  dt.baseParseMaybeDecoratorArguments = Ep;
  function Vg() {
    O.next.call(void 0),
      H.isLineTerminator.call(void 0) ||
        (Pe.parseIdentifier.call(void 0), H.semicolon.call(void 0));
  }
  function Kg() {
    O.next.call(void 0), H.semicolon.call(void 0);
  }
  function Hg() {
    O.next.call(void 0),
      mn(!1),
      H.expect.call(void 0, w.TokenType._while),
      Pe.parseParenExpression.call(void 0),
      O.eat.call(void 0, w.TokenType.semi);
  }
  function Wg() {
    g.state.scopeDepth++;
    const t = g.state.tokens.length;
    zg();
    const e = g.state.tokens.length;
    g.state.scopes.push(new Qn.Scope(t, e, !1)), g.state.scopeDepth--;
  }
  function Ug() {
    return !(
      !H.isContextual.call(void 0, ce.ContextualKeyword._using) ||
      H.isLookaheadContextual.call(void 0, ce.ContextualKeyword._of)
    );
  }
  function zg() {
    O.next.call(void 0);
    let t = !1;
    if (
      (H.isContextual.call(void 0, ce.ContextualKeyword._await) && ((t = !0), O.next.call(void 0)),
      H.expect.call(void 0, w.TokenType.parenL),
      O.match.call(void 0, w.TokenType.semi))
    ) {
      t && H.unexpected.call(void 0), uc();
      return;
    }
    const e = Ip();
    if (
      e ||
      O.match.call(void 0, w.TokenType._var) ||
      O.match.call(void 0, w.TokenType._let) ||
      O.match.call(void 0, w.TokenType._const) ||
      Ug()
    ) {
      if (
        (e && H.expectContextual.call(void 0, ce.ContextualKeyword._await),
        O.next.call(void 0),
        Ap(!0, g.state.type !== w.TokenType._var),
        O.match.call(void 0, w.TokenType._in) ||
          H.isContextual.call(void 0, ce.ContextualKeyword._of))
      ) {
        bp(t);
        return;
      }
      uc();
      return;
    }
    if (
      (Pe.parseExpression.call(void 0, !0),
      O.match.call(void 0, w.TokenType._in) ||
        H.isContextual.call(void 0, ce.ContextualKeyword._of))
    ) {
      bp(t);
      return;
    }
    t && H.unexpected.call(void 0), uc();
  }
  function Jg() {
    const t = g.state.start;
    O.next.call(void 0), kr(t, !0);
  }
  function Gg() {
    O.next.call(void 0),
      Pe.parseParenExpression.call(void 0),
      mn(!1),
      O.eat.call(void 0, w.TokenType._else) && mn(!1);
  }
  function Xg() {
    O.next.call(void 0),
      H.isLineTerminator.call(void 0) ||
        (Pe.parseExpression.call(void 0), H.semicolon.call(void 0));
  }
  function Qg() {
    O.next.call(void 0), Pe.parseParenExpression.call(void 0), g.state.scopeDepth++;
    const t = g.state.tokens.length;
    for (
      H.expect.call(void 0, w.TokenType.braceL);
      !O.match.call(void 0, w.TokenType.braceR) && !g.state.error;
    )
      if (O.match.call(void 0, w.TokenType._case) || O.match.call(void 0, w.TokenType._default)) {
        const n = O.match.call(void 0, w.TokenType._case);
        O.next.call(void 0),
          n && Pe.parseExpression.call(void 0),
          H.expect.call(void 0, w.TokenType.colon);
      } else mn(!0);
    O.next.call(void 0);
    const e = g.state.tokens.length;
    g.state.scopes.push(new Qn.Scope(t, e, !1)), g.state.scopeDepth--;
  }
  function Yg() {
    O.next.call(void 0), Pe.parseExpression.call(void 0), H.semicolon.call(void 0);
  }
  function Zg() {
    Yn.parseBindingAtom.call(void 0, !0),
      g.isTypeScriptEnabled && ut.tsTryParseTypeAnnotation.call(void 0);
  }
  function ev() {
    if ((O.next.call(void 0), Lo(), O.match.call(void 0, w.TokenType._catch))) {
      O.next.call(void 0);
      let t = null;
      if (
        (O.match.call(void 0, w.TokenType.parenL) &&
          (g.state.scopeDepth++,
          (t = g.state.tokens.length),
          H.expect.call(void 0, w.TokenType.parenL),
          Zg(),
          H.expect.call(void 0, w.TokenType.parenR)),
        Lo(),
        t != null)
      ) {
        const e = g.state.tokens.length;
        g.state.scopes.push(new Qn.Scope(t, e, !1)), g.state.scopeDepth--;
      }
    }
    O.eat.call(void 0, w.TokenType._finally) && Lo();
  }
  function Ss(t) {
    O.next.call(void 0), Ap(!1, t), H.semicolon.call(void 0);
  }
  dt.parseVarStatement = Ss;
  function tv() {
    O.next.call(void 0), Pe.parseParenExpression.call(void 0), mn(!1);
  }
  function nv() {
    O.next.call(void 0);
  }
  function ov() {
    mn(!0);
  }
  function rv(t) {
    g.isTypeScriptEnabled
      ? ut.tsParseIdentifierStatement.call(void 0, t)
      : g.isFlowEnabled
        ? bt.flowParseIdentifierStatement.call(void 0, t)
        : H.semicolon.call(void 0);
  }
  function Lo(t = !1, e = 0) {
    const n = g.state.tokens.length;
    g.state.scopeDepth++,
      H.expect.call(void 0, w.TokenType.braceL),
      e && (g.state.tokens[g.state.tokens.length - 1].contextId = e),
      hc(w.TokenType.braceR),
      e && (g.state.tokens[g.state.tokens.length - 1].contextId = e);
    const o = g.state.tokens.length;
    g.state.scopes.push(new Qn.Scope(n, o, t)), g.state.scopeDepth--;
  }
  dt.parseBlock = Lo;
  function hc(t) {
    for (; !O.eat.call(void 0, t) && !g.state.error; ) mn(!0);
  }
  dt.parseBlockBody = hc;
  function uc() {
    H.expect.call(void 0, w.TokenType.semi),
      O.match.call(void 0, w.TokenType.semi) || Pe.parseExpression.call(void 0),
      H.expect.call(void 0, w.TokenType.semi),
      O.match.call(void 0, w.TokenType.parenR) || Pe.parseExpression.call(void 0),
      H.expect.call(void 0, w.TokenType.parenR),
      mn(!1);
  }
  function bp(t) {
    t ? H.eatContextual.call(void 0, ce.ContextualKeyword._of) : O.next.call(void 0),
      Pe.parseExpression.call(void 0),
      H.expect.call(void 0, w.TokenType.parenR),
      mn(!1);
  }
  function Ap(t, e) {
    for (;;) {
      if ((sv(e), O.eat.call(void 0, w.TokenType.eq))) {
        const n = g.state.tokens.length - 1;
        Pe.parseMaybeAssign.call(void 0, t),
          (g.state.tokens[n].rhsEndIndex = g.state.tokens.length);
      }
      if (!O.eat.call(void 0, w.TokenType.comma)) break;
    }
  }
  function sv(t) {
    Yn.parseBindingAtom.call(void 0, t),
      g.isTypeScriptEnabled
        ? ut.tsAfterParseVarHead.call(void 0)
        : g.isFlowEnabled && bt.flowAfterParseVarHead.call(void 0);
  }
  function kr(t, e, n = !1) {
    O.match.call(void 0, w.TokenType.star) && O.next.call(void 0),
      e &&
        !n &&
        !O.match.call(void 0, w.TokenType.name) &&
        !O.match.call(void 0, w.TokenType._yield) &&
        H.unexpected.call(void 0);
    let o = null;
    O.match.call(void 0, w.TokenType.name) &&
      (e || ((o = g.state.tokens.length), g.state.scopeDepth++),
      Yn.parseBindingIdentifier.call(void 0, !1));
    const r = g.state.tokens.length;
    g.state.scopeDepth++, Op(), Pe.parseFunctionBodyAndFinish.call(void 0, t);
    const s = g.state.tokens.length;
    g.state.scopes.push(new Qn.Scope(r, s, !0)),
      g.state.scopeDepth--,
      o !== null && (g.state.scopes.push(new Qn.Scope(o, s, !0)), g.state.scopeDepth--);
  }
  dt.parseFunction = kr;
  function Op(t = !1, e = 0) {
    g.isTypeScriptEnabled
      ? ut.tsStartParseFunctionParams.call(void 0)
      : g.isFlowEnabled && bt.flowStartParseFunctionParams.call(void 0),
      H.expect.call(void 0, w.TokenType.parenL),
      e && (g.state.tokens[g.state.tokens.length - 1].contextId = e),
      Yn.parseBindingList.call(void 0, w.TokenType.parenR, !1, !1, t, e),
      e && (g.state.tokens[g.state.tokens.length - 1].contextId = e);
  }
  dt.parseFunctionParams = Op;
  function Es(t, e = !1) {
    const n = g.getNextContextId.call(void 0);
    O.next.call(void 0),
      (g.state.tokens[g.state.tokens.length - 1].contextId = n),
      (g.state.tokens[g.state.tokens.length - 1].isExpression = !t);
    let o = null;
    t || ((o = g.state.tokens.length), g.state.scopeDepth++), lv(t, e), uv();
    const r = g.state.tokens.length;
    if (
      (iv(n),
      !g.state.error &&
        ((g.state.tokens[r].contextId = n),
        (g.state.tokens[g.state.tokens.length - 1].contextId = n),
        o !== null))
    ) {
      const s = g.state.tokens.length;
      g.state.scopes.push(new Qn.Scope(o, s, !1)), g.state.scopeDepth--;
    }
  }
  dt.parseClass = Es;
  function Pp() {
    return (
      O.match.call(void 0, w.TokenType.eq) ||
      O.match.call(void 0, w.TokenType.semi) ||
      O.match.call(void 0, w.TokenType.braceR) ||
      O.match.call(void 0, w.TokenType.bang) ||
      O.match.call(void 0, w.TokenType.colon)
    );
  }
  function Np() {
    return O.match.call(void 0, w.TokenType.parenL) || O.match.call(void 0, w.TokenType.lessThan);
  }
  function iv(t) {
    for (
      H.expect.call(void 0, w.TokenType.braceL);
      !O.eat.call(void 0, w.TokenType.braceR) && !g.state.error;
    ) {
      if (O.eat.call(void 0, w.TokenType.semi)) continue;
      if (O.match.call(void 0, w.TokenType.at)) {
        Sp();
        continue;
      }
      const e = g.state.start;
      av(e, t);
    }
  }
  function av(t, e) {
    g.isTypeScriptEnabled &&
      ut.tsParseModifiers.call(void 0, [
        ce.ContextualKeyword._declare,
        ce.ContextualKeyword._public,
        ce.ContextualKeyword._protected,
        ce.ContextualKeyword._private,
        ce.ContextualKeyword._override,
      ]);
    let n = !1;
    if (
      O.match.call(void 0, w.TokenType.name) &&
      g.state.contextualKeyword === ce.ContextualKeyword._static
    ) {
      if ((Pe.parseIdentifier.call(void 0), Np())) {
        Tr(t, !1);
        return;
      } else if (Pp()) {
        yr();
        return;
      }
      if (
        ((g.state.tokens[g.state.tokens.length - 1].type = w.TokenType._static),
        (n = !0),
        O.match.call(void 0, w.TokenType.braceL))
      ) {
        (g.state.tokens[g.state.tokens.length - 1].contextId = e), Lo();
        return;
      }
    }
    cv(t, n, e);
  }
  function cv(t, e, n) {
    if (g.isTypeScriptEnabled && ut.tsTryParseClassMemberWithIsStatic.call(void 0, e)) return;
    if (O.eat.call(void 0, w.TokenType.star)) {
      Do(n), Tr(t, !1);
      return;
    }
    Do(n);
    let o = !1,
      r = g.state.tokens[g.state.tokens.length - 1];
    r.contextualKeyword === ce.ContextualKeyword._constructor && (o = !0),
      pc(),
      Np()
        ? Tr(t, o)
        : Pp()
          ? yr()
          : r.contextualKeyword === ce.ContextualKeyword._async && !H.isLineTerminator.call(void 0)
            ? ((g.state.tokens[g.state.tokens.length - 1].type = w.TokenType._async),
              O.match.call(void 0, w.TokenType.star) && O.next.call(void 0),
              Do(n),
              pc(),
              Tr(t, !1))
            : (r.contextualKeyword === ce.ContextualKeyword._get ||
                  r.contextualKeyword === ce.ContextualKeyword._set) &&
                !(H.isLineTerminator.call(void 0) && O.match.call(void 0, w.TokenType.star))
              ? (r.contextualKeyword === ce.ContextualKeyword._get
                  ? (g.state.tokens[g.state.tokens.length - 1].type = w.TokenType._get)
                  : (g.state.tokens[g.state.tokens.length - 1].type = w.TokenType._set),
                Do(n),
                Tr(t, !1))
              : r.contextualKeyword === ce.ContextualKeyword._accessor &&
                  !H.isLineTerminator.call(void 0)
                ? (Do(n), yr())
                : H.isLineTerminator.call(void 0)
                  ? yr()
                  : H.unexpected.call(void 0);
  }
  function Tr(t, e) {
    g.isTypeScriptEnabled
      ? ut.tsTryParseTypeParameters.call(void 0)
      : g.isFlowEnabled &&
        O.match.call(void 0, w.TokenType.lessThan) &&
        bt.flowParseTypeParameterDeclaration.call(void 0),
      Pe.parseMethod.call(void 0, t, e);
  }
  function Do(t) {
    Pe.parsePropertyName.call(void 0, t);
  }
  dt.parseClassPropertyName = Do;
  function pc() {
    if (g.isTypeScriptEnabled) {
      const t = O.pushTypeContext.call(void 0, 0);
      O.eat.call(void 0, w.TokenType.question), O.popTypeContext.call(void 0, t);
    }
  }
  dt.parsePostMemberNameModifiers = pc;
  function yr() {
    if (
      (g.isTypeScriptEnabled
        ? (O.eatTypeToken.call(void 0, w.TokenType.bang), ut.tsTryParseTypeAnnotation.call(void 0))
        : g.isFlowEnabled &&
          O.match.call(void 0, w.TokenType.colon) &&
          bt.flowParseTypeAnnotation.call(void 0),
      O.match.call(void 0, w.TokenType.eq))
    ) {
      const t = g.state.tokens.length;
      O.next.call(void 0),
        Pe.parseMaybeAssign.call(void 0),
        (g.state.tokens[t].rhsEndIndex = g.state.tokens.length);
    }
    H.semicolon.call(void 0);
  }
  dt.parseClassProperty = yr;
  function lv(t, e = !1) {
    (g.isTypeScriptEnabled &&
      (!t || e) &&
      H.isContextual.call(void 0, ce.ContextualKeyword._implements)) ||
      (O.match.call(void 0, w.TokenType.name) && Yn.parseBindingIdentifier.call(void 0, !0),
      g.isTypeScriptEnabled
        ? ut.tsTryParseTypeParameters.call(void 0)
        : g.isFlowEnabled &&
          O.match.call(void 0, w.TokenType.lessThan) &&
          bt.flowParseTypeParameterDeclaration.call(void 0));
  }
  function uv() {
    let t = !1;
    O.eat.call(void 0, w.TokenType._extends)
      ? (Pe.parseExprSubscripts.call(void 0), (t = !0))
      : (t = !1),
      g.isTypeScriptEnabled
        ? ut.tsAfterParseClassSuper.call(void 0, t)
        : g.isFlowEnabled && bt.flowAfterParseClassSuper.call(void 0, t);
  }
  function Rp() {
    const t = g.state.tokens.length - 1;
    (g.isTypeScriptEnabled && ut.tsTryParseExport.call(void 0)) ||
      (fv()
        ? mv()
        : hv()
          ? (Pe.parseIdentifier.call(void 0),
            O.match.call(void 0, w.TokenType.comma) &&
            O.lookaheadType.call(void 0) === w.TokenType.star
              ? (H.expect.call(void 0, w.TokenType.comma),
                H.expect.call(void 0, w.TokenType.star),
                H.expectContextual.call(void 0, ce.ContextualKeyword._as),
                Pe.parseIdentifier.call(void 0))
              : Mp(),
            gr())
          : O.eat.call(void 0, w.TokenType._default)
            ? pv()
            : yv()
              ? dv()
              : (fc(), gr()),
      (g.state.tokens[t].rhsEndIndex = g.state.tokens.length));
  }
  dt.parseExport = Rp;
  function pv() {
    if (
      (g.isTypeScriptEnabled && ut.tsTryParseExportDefaultExpression.call(void 0)) ||
      (g.isFlowEnabled && bt.flowTryParseExportDefaultExpression.call(void 0))
    )
      return;
    const t = g.state.start;
    O.eat.call(void 0, w.TokenType._function)
      ? kr(t, !0, !0)
      : H.isContextual.call(void 0, ce.ContextualKeyword._async) &&
          O.lookaheadType.call(void 0) === w.TokenType._function
        ? (H.eatContextual.call(void 0, ce.ContextualKeyword._async),
          O.eat.call(void 0, w.TokenType._function),
          kr(t, !0, !0))
        : O.match.call(void 0, w.TokenType._class)
          ? Es(!0, !0)
          : O.match.call(void 0, w.TokenType.at)
            ? (dc(), Es(!0, !0))
            : (Pe.parseMaybeAssign.call(void 0), H.semicolon.call(void 0));
  }
  function dv() {
    g.isTypeScriptEnabled
      ? ut.tsParseExportDeclaration.call(void 0)
      : g.isFlowEnabled
        ? bt.flowParseExportDeclaration.call(void 0)
        : mn(!0);
  }
  function hv() {
    if (g.isTypeScriptEnabled && ut.tsIsDeclarationStart.call(void 0)) return !1;
    if (g.isFlowEnabled && bt.flowShouldDisallowExportDefaultSpecifier.call(void 0)) return !1;
    if (O.match.call(void 0, w.TokenType.name))
      return g.state.contextualKeyword !== ce.ContextualKeyword._async;
    if (!O.match.call(void 0, w.TokenType._default)) return !1;
    const t = O.nextTokenStart.call(void 0),
      e = O.lookaheadTypeAndKeyword.call(void 0),
      n = e.type === w.TokenType.name && e.contextualKeyword === ce.ContextualKeyword._from;
    if (e.type === w.TokenType.comma) return !0;
    if (n) {
      const o = g.input.charCodeAt(O.nextTokenStartSince.call(void 0, t + 4));
      return o === wp.charCodes.quotationMark || o === wp.charCodes.apostrophe;
    }
    return !1;
  }
  function Mp() {
    O.eat.call(void 0, w.TokenType.comma) && fc();
  }
  function gr() {
    H.eatContextual.call(void 0, ce.ContextualKeyword._from) &&
      (Pe.parseExprAtom.call(void 0), Fp()),
      H.semicolon.call(void 0);
  }
  dt.parseExportFrom = gr;
  function fv() {
    return g.isFlowEnabled
      ? bt.flowShouldParseExportStar.call(void 0)
      : O.match.call(void 0, w.TokenType.star);
  }
  function mv() {
    g.isFlowEnabled ? bt.flowParseExportStar.call(void 0) : Dp();
  }
  function Dp() {
    H.expect.call(void 0, w.TokenType.star),
      H.isContextual.call(void 0, ce.ContextualKeyword._as) ? Tv() : gr();
  }
  dt.baseParseExportStar = Dp;
  function Tv() {
    O.next.call(void 0),
      (g.state.tokens[g.state.tokens.length - 1].type = w.TokenType._as),
      Pe.parseIdentifier.call(void 0),
      Mp(),
      gr();
  }
  function yv() {
    return (
      (g.isTypeScriptEnabled && ut.tsIsDeclarationStart.call(void 0)) ||
      (g.isFlowEnabled && bt.flowShouldParseExportDeclaration.call(void 0)) ||
      g.state.type === w.TokenType._var ||
      g.state.type === w.TokenType._const ||
      g.state.type === w.TokenType._let ||
      g.state.type === w.TokenType._function ||
      g.state.type === w.TokenType._class ||
      H.isContextual.call(void 0, ce.ContextualKeyword._async) ||
      O.match.call(void 0, w.TokenType.at)
    );
  }
  function fc() {
    let t = !0;
    for (
      H.expect.call(void 0, w.TokenType.braceL);
      !O.eat.call(void 0, w.TokenType.braceR) && !g.state.error;
    ) {
      if (t) t = !1;
      else if ((H.expect.call(void 0, w.TokenType.comma), O.eat.call(void 0, w.TokenType.braceR)))
        break;
      kv();
    }
  }
  dt.parseExportSpecifiers = fc;
  function kv() {
    if (g.isTypeScriptEnabled) {
      ut.tsParseExportSpecifier.call(void 0);
      return;
    }
    Pe.parseIdentifier.call(void 0),
      (g.state.tokens[g.state.tokens.length - 1].identifierRole = O.IdentifierRole.ExportAccess),
      H.eatContextual.call(void 0, ce.ContextualKeyword._as) && Pe.parseIdentifier.call(void 0);
  }
  function gv() {
    const t = g.state.snapshot();
    return (
      H.expectContextual.call(void 0, ce.ContextualKeyword._module),
      H.eatContextual.call(void 0, ce.ContextualKeyword._from)
        ? H.isContextual.call(void 0, ce.ContextualKeyword._from)
          ? (g.state.restoreFromSnapshot(t), !0)
          : (g.state.restoreFromSnapshot(t), !1)
        : O.match.call(void 0, w.TokenType.comma)
          ? (g.state.restoreFromSnapshot(t), !1)
          : (g.state.restoreFromSnapshot(t), !0)
    );
  }
  function vv() {
    H.isContextual.call(void 0, ce.ContextualKeyword._module) && gv() && O.next.call(void 0);
  }
  function Lp() {
    if (
      g.isTypeScriptEnabled &&
      O.match.call(void 0, w.TokenType.name) &&
      O.lookaheadType.call(void 0) === w.TokenType.eq
    ) {
      ut.tsParseImportEqualsDeclaration.call(void 0);
      return;
    }
    if (g.isTypeScriptEnabled && H.isContextual.call(void 0, ce.ContextualKeyword._type)) {
      const t = O.lookaheadTypeAndKeyword.call(void 0);
      if (t.type === w.TokenType.name && t.contextualKeyword !== ce.ContextualKeyword._from) {
        if (
          (H.expectContextual.call(void 0, ce.ContextualKeyword._type),
          O.lookaheadType.call(void 0) === w.TokenType.eq)
        ) {
          ut.tsParseImportEqualsDeclaration.call(void 0);
          return;
        }
      } else
        (t.type === w.TokenType.star || t.type === w.TokenType.braceL) &&
          H.expectContextual.call(void 0, ce.ContextualKeyword._type);
    }
    O.match.call(void 0, w.TokenType.string) ||
      (vv(), _v(), H.expectContextual.call(void 0, ce.ContextualKeyword._from)),
      Pe.parseExprAtom.call(void 0),
      Fp(),
      H.semicolon.call(void 0);
  }
  dt.parseImport = Lp;
  function xv() {
    return O.match.call(void 0, w.TokenType.name);
  }
  function Cp() {
    Yn.parseImportedIdentifier.call(void 0);
  }
  function _v() {
    g.isFlowEnabled && bt.flowStartParseImportSpecifiers.call(void 0);
    let t = !0;
    if (!(xv() && (Cp(), !O.eat.call(void 0, w.TokenType.comma)))) {
      if (O.match.call(void 0, w.TokenType.star)) {
        O.next.call(void 0), H.expectContextual.call(void 0, ce.ContextualKeyword._as), Cp();
        return;
      }
      for (
        H.expect.call(void 0, w.TokenType.braceL);
        !O.eat.call(void 0, w.TokenType.braceR) && !g.state.error;
      ) {
        if (t) t = !1;
        else if (
          (O.eat.call(void 0, w.TokenType.colon) &&
            H.unexpected.call(
              void 0,
              "ES2015 named imports do not destructure. Use another statement for destructuring after the import.",
            ),
          H.expect.call(void 0, w.TokenType.comma),
          O.eat.call(void 0, w.TokenType.braceR))
        )
          break;
        wv();
      }
    }
  }
  function wv() {
    if (g.isTypeScriptEnabled) {
      ut.tsParseImportSpecifier.call(void 0);
      return;
    }
    if (g.isFlowEnabled) {
      bt.flowParseImportSpecifier.call(void 0);
      return;
    }
    Yn.parseImportedIdentifier.call(void 0),
      H.isContextual.call(void 0, ce.ContextualKeyword._as) &&
        ((g.state.tokens[g.state.tokens.length - 1].identifierRole = O.IdentifierRole.ImportAccess),
        O.next.call(void 0),
        Yn.parseImportedIdentifier.call(void 0));
  }
  function Fp() {
    (O.match.call(void 0, w.TokenType._with) ||
      (H.isContextual.call(void 0, ce.ContextualKeyword._assert) &&
        !H.hasPrecedingLineBreak.call(void 0))) &&
      (O.next.call(void 0), Pe.parseObj.call(void 0, !1, !1));
  }
});
var jp = z((yc) => {
  Object.defineProperty(yc, "__esModule", { value: !0 });
  var qp = ft(),
    $p = Jt(),
    Tc = Gt(),
    bv = dr();
  function Cv() {
    return (
      Tc.state.pos === 0 &&
        Tc.input.charCodeAt(0) === $p.charCodes.numberSign &&
        Tc.input.charCodeAt(1) === $p.charCodes.exclamationMark &&
        qp.skipLineComment.call(void 0, 2),
      qp.nextToken.call(void 0),
      bv.parseTopLevel.call(void 0)
    );
  }
  yc.parseFile = Cv;
});
var mc = z((Os) => {
  Object.defineProperty(Os, "__esModule", { value: !0 });
  var As = Gt(),
    Iv = jp(),
    kc = class {
      constructor(e, n) {
        (this.tokens = e), (this.scopes = n);
      }
    };
  Os.File = kc;
  function Sv(t, e, n, o) {
    if (o && n) throw new Error("Cannot combine flow and typescript plugins.");
    As.initParser.call(void 0, t, e, n, o);
    const r = Iv.parseFile.call(void 0);
    if (As.state.error) throw As.augmentError.call(void 0, As.state.error);
    return r;
  }
  Os.parse = Sv;
});
var Bp = z((gc) => {
  Object.defineProperty(gc, "__esModule", { value: !0 });
  var Ev = yt();
  function Av(t) {
    let e = t.currentIndex(),
      n = 0,
      o = t.currentToken();
    do {
      const r = t.tokens[e];
      if (
        (r.isOptionalChainStart && n++,
        r.isOptionalChainEnd && n--,
        (n += r.numNullishCoalesceStarts),
        (n -= r.numNullishCoalesceEnds),
        r.contextualKeyword === Ev.ContextualKeyword._await &&
          r.identifierRole == null &&
          r.scopeDepth === o.scopeDepth)
      )
        return !0;
      e += 1;
    } while (n > 0 && e < t.tokens.length);
    return !1;
  }
  gc.default = Av;
});
var Vp = z((xc) => {
  Object.defineProperty(xc, "__esModule", { value: !0 });
  function Ov(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var Ps = xe(),
    Pv = Bp(),
    Nv = Ov(Pv),
    vc = class t {
      __init() {
        this.resultCode = "";
      }
      __init2() {
        this.resultMappings = new Array(this.tokens.length);
      }
      __init3() {
        this.tokenIndex = 0;
      }
      constructor(e, n, o, r, s) {
        (this.code = e),
          (this.tokens = n),
          (this.isFlowEnabled = o),
          (this.disableESTransforms = r),
          (this.helperManager = s),
          t.prototype.__init.call(this),
          t.prototype.__init2.call(this),
          t.prototype.__init3.call(this);
      }
      snapshot() {
        return { resultCode: this.resultCode, tokenIndex: this.tokenIndex };
      }
      restoreToSnapshot(e) {
        (this.resultCode = e.resultCode), (this.tokenIndex = e.tokenIndex);
      }
      dangerouslyGetAndRemoveCodeSinceSnapshot(e) {
        const n = this.resultCode.slice(e.resultCode.length);
        return ((this.resultCode = e.resultCode), n);
      }
      reset() {
        (this.resultCode = ""),
          (this.resultMappings = new Array(this.tokens.length)),
          (this.tokenIndex = 0);
      }
      matchesContextualAtIndex(e, n) {
        return this.matches1AtIndex(e, Ps.TokenType.name) && this.tokens[e].contextualKeyword === n;
      }
      identifierNameAtIndex(e) {
        return this.identifierNameForToken(this.tokens[e]);
      }
      identifierNameAtRelativeIndex(e) {
        return this.identifierNameForToken(this.tokenAtRelativeIndex(e));
      }
      identifierName() {
        return this.identifierNameForToken(this.currentToken());
      }
      identifierNameForToken(e) {
        return this.code.slice(e.start, e.end);
      }
      rawCodeForToken(e) {
        return this.code.slice(e.start, e.end);
      }
      stringValueAtIndex(e) {
        return this.stringValueForToken(this.tokens[e]);
      }
      stringValue() {
        return this.stringValueForToken(this.currentToken());
      }
      stringValueForToken(e) {
        return this.code.slice(e.start + 1, e.end - 1);
      }
      matches1AtIndex(e, n) {
        return this.tokens[e].type === n;
      }
      matches2AtIndex(e, n, o) {
        return this.tokens[e].type === n && this.tokens[e + 1].type === o;
      }
      matches3AtIndex(e, n, o, r) {
        return (
          this.tokens[e].type === n &&
          this.tokens[e + 1].type === o &&
          this.tokens[e + 2].type === r
        );
      }
      matches1(e) {
        return this.tokens[this.tokenIndex].type === e;
      }
      matches2(e, n) {
        return (
          this.tokens[this.tokenIndex].type === e && this.tokens[this.tokenIndex + 1].type === n
        );
      }
      matches3(e, n, o) {
        return (
          this.tokens[this.tokenIndex].type === e &&
          this.tokens[this.tokenIndex + 1].type === n &&
          this.tokens[this.tokenIndex + 2].type === o
        );
      }
      matches4(e, n, o, r) {
        return (
          this.tokens[this.tokenIndex].type === e &&
          this.tokens[this.tokenIndex + 1].type === n &&
          this.tokens[this.tokenIndex + 2].type === o &&
          this.tokens[this.tokenIndex + 3].type === r
        );
      }
      matches5(e, n, o, r, s) {
        return (
          this.tokens[this.tokenIndex].type === e &&
          this.tokens[this.tokenIndex + 1].type === n &&
          this.tokens[this.tokenIndex + 2].type === o &&
          this.tokens[this.tokenIndex + 3].type === r &&
          this.tokens[this.tokenIndex + 4].type === s
        );
      }
      matchesContextual(e) {
        return this.matchesContextualAtIndex(this.tokenIndex, e);
      }
      matchesContextIdAndLabel(e, n) {
        return this.matches1(e) && this.currentToken().contextId === n;
      }
      previousWhitespaceAndComments() {
        let e = this.code.slice(
          this.tokenIndex > 0 ? this.tokens[this.tokenIndex - 1].end : 0,
          this.tokenIndex < this.tokens.length
            ? this.tokens[this.tokenIndex].start
            : this.code.length,
        );
        return (this.isFlowEnabled && (e = e.replace(/@flow/g, "")), e);
      }
      replaceToken(e) {
        (this.resultCode += this.previousWhitespaceAndComments()),
          this.appendTokenPrefix(),
          (this.resultMappings[this.tokenIndex] = this.resultCode.length),
          (this.resultCode += e),
          this.appendTokenSuffix(),
          this.tokenIndex++;
      }
      replaceTokenTrimmingLeftWhitespace(e) {
        (this.resultCode += this.previousWhitespaceAndComments().replace(/[^\r\n]/g, "")),
          this.appendTokenPrefix(),
          (this.resultMappings[this.tokenIndex] = this.resultCode.length),
          (this.resultCode += e),
          this.appendTokenSuffix(),
          this.tokenIndex++;
      }
      removeInitialToken() {
        this.replaceToken("");
      }
      removeToken() {
        this.replaceTokenTrimmingLeftWhitespace("");
      }
      removeBalancedCode() {
        let e = 0;
        for (; !this.isAtEnd(); ) {
          if (this.matches1(Ps.TokenType.braceL)) e++;
          else if (this.matches1(Ps.TokenType.braceR)) {
            if (e === 0) return;
            e--;
          }
          this.removeToken();
        }
      }
      copyExpectedToken(e) {
        if (this.tokens[this.tokenIndex].type !== e) throw new Error(`Expected token ${e}`);
        this.copyToken();
      }
      copyToken() {
        (this.resultCode += this.previousWhitespaceAndComments()),
          this.appendTokenPrefix(),
          (this.resultMappings[this.tokenIndex] = this.resultCode.length),
          (this.resultCode += this.code.slice(
            this.tokens[this.tokenIndex].start,
            this.tokens[this.tokenIndex].end,
          )),
          this.appendTokenSuffix(),
          this.tokenIndex++;
      }
      copyTokenWithPrefix(e) {
        (this.resultCode += this.previousWhitespaceAndComments()),
          this.appendTokenPrefix(),
          (this.resultCode += e),
          (this.resultMappings[this.tokenIndex] = this.resultCode.length),
          (this.resultCode += this.code.slice(
            this.tokens[this.tokenIndex].start,
            this.tokens[this.tokenIndex].end,
          )),
          this.appendTokenSuffix(),
          this.tokenIndex++;
      }
      appendTokenPrefix() {
        const e = this.currentToken();
        if (
          ((e.numNullishCoalesceStarts || e.isOptionalChainStart) &&
            (e.isAsyncOperation = Nv.default.call(void 0, this)),
          !this.disableESTransforms)
        ) {
          if (e.numNullishCoalesceStarts)
            for (let n = 0; n < e.numNullishCoalesceStarts; n++)
              e.isAsyncOperation
                ? ((this.resultCode += "await "),
                  (this.resultCode += this.helperManager.getHelperName("asyncNullishCoalesce")))
                : (this.resultCode += this.helperManager.getHelperName("nullishCoalesce")),
                (this.resultCode += "(");
          e.isOptionalChainStart &&
            (e.isAsyncOperation && (this.resultCode += "await "),
            this.tokenIndex > 0 && this.tokenAtRelativeIndex(-1).type === Ps.TokenType._delete
              ? e.isAsyncOperation
                ? (this.resultCode += this.helperManager.getHelperName("asyncOptionalChainDelete"))
                : (this.resultCode += this.helperManager.getHelperName("optionalChainDelete"))
              : e.isAsyncOperation
                ? (this.resultCode += this.helperManager.getHelperName("asyncOptionalChain"))
                : (this.resultCode += this.helperManager.getHelperName("optionalChain")),
            (this.resultCode += "(["));
        }
      }
      appendTokenSuffix() {
        const e = this.currentToken();
        if (
          (e.isOptionalChainEnd && !this.disableESTransforms && (this.resultCode += "])"),
          e.numNullishCoalesceEnds && !this.disableESTransforms)
        )
          for (let n = 0; n < e.numNullishCoalesceEnds; n++) this.resultCode += "))";
      }
      appendCode(e) {
        this.resultCode += e;
      }
      currentToken() {
        return this.tokens[this.tokenIndex];
      }
      currentTokenCode() {
        const e = this.currentToken();
        return this.code.slice(e.start, e.end);
      }
      tokenAtRelativeIndex(e) {
        return this.tokens[this.tokenIndex + e];
      }
      currentIndex() {
        return this.tokenIndex;
      }
      nextToken() {
        if (this.tokenIndex === this.tokens.length)
          throw new Error("Unexpectedly reached end of input.");
        this.tokenIndex++;
      }
      previousToken() {
        this.tokenIndex--;
      }
      finish() {
        if (this.tokenIndex !== this.tokens.length)
          throw new Error("Tried to finish processing tokens before reaching the end.");
        return (
          (this.resultCode += this.previousWhitespaceAndComments()),
          { code: this.resultCode, mappings: this.resultMappings }
        );
      }
      isAtEnd() {
        return this.tokenIndex === this.tokens.length;
      }
    };
  xc.default = vc;
});
var Wp = z((wc) => {
  Object.defineProperty(wc, "__esModule", { value: !0 });
  var Kp = yt(),
    Ie = xe();
  function Rv(t, e, n, o) {
    let r = e.snapshot(),
      s = Mv(e),
      i = [],
      a = [],
      c = [],
      u = null,
      d = [],
      h = [],
      f = e.currentToken().contextId;
    if (f == null) throw new Error("Expected non-null class context ID on class open-brace.");
    for (e.nextToken(); !e.matchesContextIdAndLabel(Ie.TokenType.braceR, f); )
      if (e.matchesContextual(Kp.ContextualKeyword._constructor) && !e.currentToken().isType)
        ({ constructorInitializerStatements: i, constructorInsertPos: u } = Hp(e));
      else if (e.matches1(Ie.TokenType.semi))
        o || h.push({ start: e.currentIndex(), end: e.currentIndex() + 1 }), e.nextToken();
      else if (e.currentToken().isType) e.nextToken();
      else {
        let _ = e.currentIndex(),
          E = !1,
          V = !1,
          b = !1;
        for (; Ns(e.currentToken()); )
          e.matches1(Ie.TokenType._static) && (E = !0),
            e.matches1(Ie.TokenType.hash) && (V = !0),
            (e.matches1(Ie.TokenType._declare) || e.matches1(Ie.TokenType._abstract)) && (b = !0),
            e.nextToken();
        if (E && e.matches1(Ie.TokenType.braceL)) {
          _c(e, f);
          continue;
        }
        if (V) {
          _c(e, f);
          continue;
        }
        if (e.matchesContextual(Kp.ContextualKeyword._constructor) && !e.currentToken().isType) {
          ({ constructorInitializerStatements: i, constructorInsertPos: u } = Hp(e));
          continue;
        }
        const L = e.currentIndex();
        if ((Dv(e), e.matches1(Ie.TokenType.lessThan) || e.matches1(Ie.TokenType.parenL))) {
          _c(e, f);
          continue;
        }
        for (; e.currentToken().isType; ) e.nextToken();
        if (e.matches1(Ie.TokenType.eq)) {
          const J = e.currentIndex(),
            ke = e.currentToken().rhsEndIndex;
          if (ke == null) throw new Error("Expected rhsEndIndex on class field assignment.");
          for (e.nextToken(); e.currentIndex() < ke; ) t.processToken();
          let le;
          E
            ? ((le = n.claimFreeName("__initStatic")), c.push(le))
            : ((le = n.claimFreeName("__init")), a.push(le)),
            d.push({ initializerName: le, equalsIndex: J, start: L, end: e.currentIndex() });
        } else (!o || b) && h.push({ start: _, end: e.currentIndex() });
      }
    return (
      e.restoreToSnapshot(r),
      o
        ? {
            headerInfo: s,
            constructorInitializerStatements: i,
            instanceInitializerNames: [],
            staticInitializerNames: [],
            constructorInsertPos: u,
            fields: [],
            rangesToRemove: h,
          }
        : {
            headerInfo: s,
            constructorInitializerStatements: i,
            instanceInitializerNames: a,
            staticInitializerNames: c,
            constructorInsertPos: u,
            fields: d,
            rangesToRemove: h,
          }
    );
  }
  wc.default = Rv;
  function _c(t, e) {
    for (t.nextToken(); t.currentToken().contextId !== e; ) t.nextToken();
    for (; Ns(t.tokenAtRelativeIndex(-1)); ) t.previousToken();
  }
  function Mv(t) {
    const e = t.currentToken(),
      n = e.contextId;
    if (n == null) throw new Error("Expected context ID on class token.");
    const o = e.isExpression;
    if (o == null) throw new Error("Expected isExpression on class token.");
    let r = null,
      s = !1;
    for (
      t.nextToken(), t.matches1(Ie.TokenType.name) && (r = t.identifierName());
      !t.matchesContextIdAndLabel(Ie.TokenType.braceL, n);
    )
      t.matches1(Ie.TokenType._extends) && !t.currentToken().isType && (s = !0), t.nextToken();
    return { isExpression: o, className: r, hasSuperclass: s };
  }
  function Hp(t) {
    const e = [];
    t.nextToken();
    const n = t.currentToken().contextId;
    if (n == null)
      throw new Error("Expected context ID on open-paren starting constructor params.");
    for (; !t.matchesContextIdAndLabel(Ie.TokenType.parenR, n); )
      if (t.currentToken().contextId === n) {
        if ((t.nextToken(), Ns(t.currentToken()))) {
          for (t.nextToken(); Ns(t.currentToken()); ) t.nextToken();
          const s = t.currentToken();
          if (s.type !== Ie.TokenType.name)
            throw new Error("Expected identifier after access modifiers in constructor arg.");
          const i = t.identifierNameForToken(s);
          e.push(`this.${i} = ${i}`);
        }
      } else t.nextToken();
    for (t.nextToken(); t.currentToken().isType; ) t.nextToken();
    let o = t.currentIndex(),
      r = !1;
    for (; !t.matchesContextIdAndLabel(Ie.TokenType.braceR, n); ) {
      if (!r && t.matches2(Ie.TokenType._super, Ie.TokenType.parenL)) {
        t.nextToken();
        const s = t.currentToken().contextId;
        if (s == null) throw new Error("Expected a context ID on the super call");
        for (; !t.matchesContextIdAndLabel(Ie.TokenType.parenR, s); ) t.nextToken();
        (o = t.currentIndex()), (r = !0);
      }
      t.nextToken();
    }
    return (t.nextToken(), { constructorInitializerStatements: e, constructorInsertPos: o });
  }
  function Ns(t) {
    return [
      Ie.TokenType._async,
      Ie.TokenType._get,
      Ie.TokenType._set,
      Ie.TokenType.plus,
      Ie.TokenType.minus,
      Ie.TokenType._readonly,
      Ie.TokenType._static,
      Ie.TokenType._public,
      Ie.TokenType._private,
      Ie.TokenType._protected,
      Ie.TokenType._override,
      Ie.TokenType._abstract,
      Ie.TokenType.star,
      Ie.TokenType._declare,
      Ie.TokenType.hash,
    ].includes(t.type);
  }
  function Dv(t) {
    if (t.matches1(Ie.TokenType.bracketL)) {
      const n = t.currentToken().contextId;
      if (n == null) throw new Error("Expected class context ID on computed name open bracket.");
      for (; !t.matchesContextIdAndLabel(Ie.TokenType.bracketR, n); ) t.nextToken();
      t.nextToken();
    } else t.nextToken();
  }
});
var Cc = z((bc) => {
  Object.defineProperty(bc, "__esModule", { value: !0 });
  var Up = xe();
  function Lv(t) {
    if (
      (t.removeInitialToken(),
      t.removeToken(),
      t.removeToken(),
      t.removeToken(),
      t.matches1(Up.TokenType.parenL))
    )
      t.removeToken(), t.removeToken(), t.removeToken();
    else for (; t.matches1(Up.TokenType.dot); ) t.removeToken(), t.removeToken();
  }
  bc.default = Lv;
});
var Ic = z((Rs) => {
  Object.defineProperty(Rs, "__esModule", { value: !0 });
  var Fv = ft(),
    qv = xe(),
    $v = { typeDeclarations: new Set(), valueDeclarations: new Set() };
  Rs.EMPTY_DECLARATION_INFO = $v;
  function jv(t) {
    const e = new Set(),
      n = new Set();
    for (let o = 0; o < t.tokens.length; o++) {
      const r = t.tokens[o];
      r.type === qv.TokenType.name &&
        Fv.isTopLevelDeclaration.call(void 0, r) &&
        (r.isType ? e.add(t.identifierNameForToken(r)) : n.add(t.identifierNameForToken(r)));
    }
    return { typeDeclarations: e, valueDeclarations: n };
  }
  Rs.default = jv;
});
var Ec = z((Sc) => {
  Object.defineProperty(Sc, "__esModule", { value: !0 });
  var Bv = yt(),
    zp = xe();
  function Vv(t) {
    let e = t.currentIndex();
    for (; !t.matches1AtIndex(e, zp.TokenType.braceR); ) e++;
    return (
      t.matchesContextualAtIndex(e + 1, Bv.ContextualKeyword._from) &&
      t.matches1AtIndex(e + 2, zp.TokenType.string)
    );
  }
  Sc.default = Vv;
});
var Oc = z((Ac) => {
  Object.defineProperty(Ac, "__esModule", { value: !0 });
  var Kv = yt(),
    Ms = xe();
  function Hv(t) {
    (t.matches2(Ms.TokenType._with, Ms.TokenType.braceL) ||
      (t.matches2(Ms.TokenType.name, Ms.TokenType.braceL) &&
        t.matchesContextual(Kv.ContextualKeyword._assert))) &&
      (t.removeToken(), t.removeToken(), t.removeBalancedCode(), t.removeToken());
  }
  Ac.removeMaybeImportAttributes = Hv;
});
var Nc = z((Pc) => {
  Object.defineProperty(Pc, "__esModule", { value: !0 });
  var Jp = xe();
  function Wv(t, e, n, o) {
    if (!t || e) return !1;
    const r = n.currentToken();
    if (r.rhsEndIndex == null) throw new Error("Expected non-null rhsEndIndex on export token.");
    const s = r.rhsEndIndex - n.currentIndex();
    if (s !== 3 && !(s === 4 && n.matches1AtIndex(r.rhsEndIndex - 1, Jp.TokenType.semi))) return !1;
    const i = n.tokenAtRelativeIndex(2);
    if (i.type !== Jp.TokenType.name) return !1;
    const a = n.identifierNameForToken(i);
    return o.typeDeclarations.has(a) && !o.valueDeclarations.has(a);
  }
  Pc.default = Wv;
});
var Xp = z((Mc) => {
  Object.defineProperty(Mc, "__esModule", { value: !0 });
  function Fo(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var Ds = ft(),
    po = yt(),
    x = xe(),
    Uv = Cc(),
    zv = Fo(Uv),
    Gp = Ic(),
    Jv = Fo(Gp),
    Gv = Zo(),
    Xv = Fo(Gv),
    Qv = Ec(),
    Yv = Fo(Qv),
    Ls = Oc(),
    Zv = Nc(),
    e0 = Fo(Zv),
    t0 = on(),
    n0 = Fo(t0),
    Rc = class t extends n0.default {
      __init() {
        this.hadExport = !1;
      }
      __init2() {
        this.hadNamedExport = !1;
      }
      __init3() {
        this.hadDefaultExport = !1;
      }
      constructor(e, n, o, r, s, i, a, c, u, d, h, f) {
        super(),
          (this.rootTransformer = e),
          (this.tokens = n),
          (this.importProcessor = o),
          (this.nameManager = r),
          (this.helperManager = s),
          (this.reactHotLoaderTransformer = i),
          (this.enableLegacyBabel5ModuleInterop = a),
          (this.enableLegacyTypeScriptModuleInterop = c),
          (this.isTypeScriptTransformEnabled = u),
          (this.isFlowTransformEnabled = d),
          (this.preserveDynamicImport = h),
          (this.keepUnusedImports = f),
          t.prototype.__init.call(this),
          t.prototype.__init2.call(this),
          t.prototype.__init3.call(this),
          (this.declarationInfo = u ? Jv.default.call(void 0, n) : Gp.EMPTY_DECLARATION_INFO);
      }
      getPrefixCode() {
        let e = "";
        return (
          this.hadExport && (e += 'Object.defineProperty(exports, "__esModule", {value: true});'), e
        );
      }
      getSuffixCode() {
        return this.enableLegacyBabel5ModuleInterop && this.hadDefaultExport && !this.hadNamedExport
          ? `
module.exports = exports.default;
`
          : "";
      }
      process() {
        return this.tokens.matches3(x.TokenType._import, x.TokenType.name, x.TokenType.eq)
          ? this.processImportEquals()
          : this.tokens.matches1(x.TokenType._import)
            ? (this.processImport(), !0)
            : this.tokens.matches2(x.TokenType._export, x.TokenType.eq)
              ? (this.tokens.replaceToken("module.exports"), !0)
              : this.tokens.matches1(x.TokenType._export) && !this.tokens.currentToken().isType
                ? ((this.hadExport = !0), this.processExport())
                : this.tokens.matches2(x.TokenType.name, x.TokenType.postIncDec) &&
                    this.processPostIncDec()
                  ? !0
                  : this.tokens.matches1(x.TokenType.name) ||
                      this.tokens.matches1(x.TokenType.jsxName)
                    ? this.processIdentifier()
                    : this.tokens.matches1(x.TokenType.eq)
                      ? this.processAssignment()
                      : this.tokens.matches1(x.TokenType.assign)
                        ? this.processComplexAssignment()
                        : this.tokens.matches1(x.TokenType.preIncDec)
                          ? this.processPreIncDec()
                          : !1;
      }
      processImportEquals() {
        const e = this.tokens.identifierNameAtIndex(this.tokens.currentIndex() + 1);
        return (
          this.importProcessor.shouldAutomaticallyElideImportedName(e)
            ? zv.default.call(void 0, this.tokens)
            : this.tokens.replaceToken("const"),
          !0
        );
      }
      processImport() {
        if (this.tokens.matches2(x.TokenType._import, x.TokenType.parenL)) {
          if (this.preserveDynamicImport) {
            this.tokens.copyToken();
            return;
          }
          const n = this.enableLegacyTypeScriptModuleInterop
            ? ""
            : `${this.helperManager.getHelperName("interopRequireWildcard")}(`;
          this.tokens.replaceToken(`Promise.resolve().then(() => ${n}require`);
          const o = this.tokens.currentToken().contextId;
          if (o == null) throw new Error("Expected context ID on dynamic import invocation.");
          for (
            this.tokens.copyToken();
            !this.tokens.matchesContextIdAndLabel(x.TokenType.parenR, o);
          )
            this.rootTransformer.processToken();
          this.tokens.replaceToken(n ? ")))" : "))");
          return;
        }
        if (this.removeImportAndDetectIfShouldElide()) this.tokens.removeToken();
        else {
          const n = this.tokens.stringValue();
          this.tokens.replaceTokenTrimmingLeftWhitespace(this.importProcessor.claimImportCode(n)),
            this.tokens.appendCode(this.importProcessor.claimImportCode(n));
        }
        Ls.removeMaybeImportAttributes.call(void 0, this.tokens),
          this.tokens.matches1(x.TokenType.semi) && this.tokens.removeToken();
      }
      removeImportAndDetectIfShouldElide() {
        if (
          (this.tokens.removeInitialToken(),
          this.tokens.matchesContextual(po.ContextualKeyword._type) &&
            !this.tokens.matches1AtIndex(this.tokens.currentIndex() + 1, x.TokenType.comma) &&
            !this.tokens.matchesContextualAtIndex(
              this.tokens.currentIndex() + 1,
              po.ContextualKeyword._from,
            ))
        )
          return (this.removeRemainingImport(), !0);
        if (this.tokens.matches1(x.TokenType.name) || this.tokens.matches1(x.TokenType.star))
          return (this.removeRemainingImport(), !1);
        if (this.tokens.matches1(x.TokenType.string)) return !1;
        let e = !1,
          n = !1;
        for (; !this.tokens.matches1(x.TokenType.string); )
          ((!e && this.tokens.matches1(x.TokenType.braceL)) ||
            this.tokens.matches1(x.TokenType.comma)) &&
            (this.tokens.removeToken(),
            this.tokens.matches1(x.TokenType.braceR) || (n = !0),
            (this.tokens.matches2(x.TokenType.name, x.TokenType.comma) ||
              this.tokens.matches2(x.TokenType.name, x.TokenType.braceR) ||
              this.tokens.matches4(
                x.TokenType.name,
                x.TokenType.name,
                x.TokenType.name,
                x.TokenType.comma,
              ) ||
              this.tokens.matches4(
                x.TokenType.name,
                x.TokenType.name,
                x.TokenType.name,
                x.TokenType.braceR,
              )) &&
              (e = !0)),
            this.tokens.removeToken();
        return this.keepUnusedImports
          ? !1
          : this.isTypeScriptTransformEnabled
            ? !e
            : this.isFlowTransformEnabled
              ? n && !e
              : !1;
      }
      removeRemainingImport() {
        for (; !this.tokens.matches1(x.TokenType.string); ) this.tokens.removeToken();
      }
      processIdentifier() {
        const e = this.tokens.currentToken();
        if (e.shadowsGlobal) return !1;
        if (e.identifierRole === Ds.IdentifierRole.ObjectShorthand)
          return this.processObjectShorthand();
        if (e.identifierRole !== Ds.IdentifierRole.Access) return !1;
        const n = this.importProcessor.getIdentifierReplacement(
          this.tokens.identifierNameForToken(e),
        );
        if (!n) return !1;
        let o = this.tokens.currentIndex() + 1;
        for (; o < this.tokens.tokens.length && this.tokens.tokens[o].type === x.TokenType.parenR; )
          o++;
        return (
          this.tokens.tokens[o].type === x.TokenType.parenL
            ? this.tokens.tokenAtRelativeIndex(1).type === x.TokenType.parenL &&
              this.tokens.tokenAtRelativeIndex(-1).type !== x.TokenType._new
              ? (this.tokens.replaceToken(`${n}.call(void 0, `),
                this.tokens.removeToken(),
                this.rootTransformer.processBalancedCode(),
                this.tokens.copyExpectedToken(x.TokenType.parenR))
              : this.tokens.replaceToken(`(0, ${n})`)
            : this.tokens.replaceToken(n),
          !0
        );
      }
      processObjectShorthand() {
        const e = this.tokens.identifierName(),
          n = this.importProcessor.getIdentifierReplacement(e);
        return n ? (this.tokens.replaceToken(`${e}: ${n}`), !0) : !1;
      }
      processExport() {
        if (
          this.tokens.matches2(x.TokenType._export, x.TokenType._enum) ||
          this.tokens.matches3(x.TokenType._export, x.TokenType._const, x.TokenType._enum)
        )
          return ((this.hadNamedExport = !0), !1);
        if (this.tokens.matches2(x.TokenType._export, x.TokenType._default))
          return this.tokens.matches3(x.TokenType._export, x.TokenType._default, x.TokenType._enum)
            ? ((this.hadDefaultExport = !0), !1)
            : (this.processExportDefault(), !0);
        if (this.tokens.matches2(x.TokenType._export, x.TokenType.braceL))
          return (this.processExportBindings(), !0);
        if (
          this.tokens.matches2(x.TokenType._export, x.TokenType.name) &&
          this.tokens.matchesContextualAtIndex(
            this.tokens.currentIndex() + 1,
            po.ContextualKeyword._type,
          )
        ) {
          if (
            (this.tokens.removeInitialToken(),
            this.tokens.removeToken(),
            this.tokens.matches1(x.TokenType.braceL))
          ) {
            for (; !this.tokens.matches1(x.TokenType.braceR); ) this.tokens.removeToken();
            this.tokens.removeToken();
          } else
            this.tokens.removeToken(),
              this.tokens.matches1(x.TokenType._as) &&
                (this.tokens.removeToken(), this.tokens.removeToken());
          return (
            this.tokens.matchesContextual(po.ContextualKeyword._from) &&
              this.tokens.matches1AtIndex(this.tokens.currentIndex() + 1, x.TokenType.string) &&
              (this.tokens.removeToken(),
              this.tokens.removeToken(),
              Ls.removeMaybeImportAttributes.call(void 0, this.tokens)),
            !0
          );
        }
        if (
          ((this.hadNamedExport = !0),
          this.tokens.matches2(x.TokenType._export, x.TokenType._var) ||
            this.tokens.matches2(x.TokenType._export, x.TokenType._let) ||
            this.tokens.matches2(x.TokenType._export, x.TokenType._const))
        )
          return (this.processExportVar(), !0);
        if (
          this.tokens.matches2(x.TokenType._export, x.TokenType._function) ||
          this.tokens.matches3(x.TokenType._export, x.TokenType.name, x.TokenType._function)
        )
          return (this.processExportFunction(), !0);
        if (
          this.tokens.matches2(x.TokenType._export, x.TokenType._class) ||
          this.tokens.matches3(x.TokenType._export, x.TokenType._abstract, x.TokenType._class) ||
          this.tokens.matches2(x.TokenType._export, x.TokenType.at)
        )
          return (this.processExportClass(), !0);
        if (this.tokens.matches2(x.TokenType._export, x.TokenType.star))
          return (this.processExportStar(), !0);
        throw new Error("Unrecognized export syntax.");
      }
      processAssignment() {
        const e = this.tokens.currentIndex(),
          n = this.tokens.tokens[e - 1];
        if (
          n.isType ||
          n.type !== x.TokenType.name ||
          n.shadowsGlobal ||
          (e >= 2 && this.tokens.matches1AtIndex(e - 2, x.TokenType.dot)) ||
          (e >= 2 &&
            [x.TokenType._var, x.TokenType._let, x.TokenType._const].includes(
              this.tokens.tokens[e - 2].type,
            ))
        )
          return !1;
        const o = this.importProcessor.resolveExportBinding(this.tokens.identifierNameForToken(n));
        return o ? (this.tokens.copyToken(), this.tokens.appendCode(` ${o} =`), !0) : !1;
      }
      processComplexAssignment() {
        const e = this.tokens.currentIndex(),
          n = this.tokens.tokens[e - 1];
        if (
          n.type !== x.TokenType.name ||
          n.shadowsGlobal ||
          (e >= 2 && this.tokens.matches1AtIndex(e - 2, x.TokenType.dot))
        )
          return !1;
        const o = this.importProcessor.resolveExportBinding(this.tokens.identifierNameForToken(n));
        return o ? (this.tokens.appendCode(` = ${o}`), this.tokens.copyToken(), !0) : !1;
      }
      processPreIncDec() {
        const e = this.tokens.currentIndex(),
          n = this.tokens.tokens[e + 1];
        if (
          n.type !== x.TokenType.name ||
          n.shadowsGlobal ||
          (e + 2 < this.tokens.tokens.length &&
            (this.tokens.matches1AtIndex(e + 2, x.TokenType.dot) ||
              this.tokens.matches1AtIndex(e + 2, x.TokenType.bracketL) ||
              this.tokens.matches1AtIndex(e + 2, x.TokenType.parenL)))
        )
          return !1;
        const o = this.tokens.identifierNameForToken(n),
          r = this.importProcessor.resolveExportBinding(o);
        return r ? (this.tokens.appendCode(`${r} = `), this.tokens.copyToken(), !0) : !1;
      }
      processPostIncDec() {
        const e = this.tokens.currentIndex(),
          n = this.tokens.tokens[e],
          o = this.tokens.tokens[e + 1];
        if (
          n.type !== x.TokenType.name ||
          n.shadowsGlobal ||
          (e >= 1 && this.tokens.matches1AtIndex(e - 1, x.TokenType.dot))
        )
          return !1;
        const r = this.tokens.identifierNameForToken(n),
          s = this.importProcessor.resolveExportBinding(r);
        if (!s) return !1;
        const i = this.tokens.rawCodeForToken(o),
          a = this.importProcessor.getIdentifierReplacement(r) || r;
        if (i === "++") this.tokens.replaceToken(`(${a} = ${s} = ${a} + 1, ${a} - 1)`);
        else if (i === "--") this.tokens.replaceToken(`(${a} = ${s} = ${a} - 1, ${a} + 1)`);
        else throw new Error(`Unexpected operator: ${i}`);
        return (this.tokens.removeToken(), !0);
      }
      processExportDefault() {
        let e = !0;
        if (
          this.tokens.matches4(
            x.TokenType._export,
            x.TokenType._default,
            x.TokenType._function,
            x.TokenType.name,
          ) ||
          (this.tokens.matches5(
            x.TokenType._export,
            x.TokenType._default,
            x.TokenType.name,
            x.TokenType._function,
            x.TokenType.name,
          ) &&
            this.tokens.matchesContextualAtIndex(
              this.tokens.currentIndex() + 2,
              po.ContextualKeyword._async,
            ))
        ) {
          this.tokens.removeInitialToken(), this.tokens.removeToken();
          const n = this.processNamedFunction();
          this.tokens.appendCode(` exports.default = ${n};`);
        } else if (
          this.tokens.matches4(
            x.TokenType._export,
            x.TokenType._default,
            x.TokenType._class,
            x.TokenType.name,
          ) ||
          this.tokens.matches5(
            x.TokenType._export,
            x.TokenType._default,
            x.TokenType._abstract,
            x.TokenType._class,
            x.TokenType.name,
          ) ||
          this.tokens.matches3(x.TokenType._export, x.TokenType._default, x.TokenType.at)
        ) {
          this.tokens.removeInitialToken(),
            this.tokens.removeToken(),
            this.copyDecorators(),
            this.tokens.matches1(x.TokenType._abstract) && this.tokens.removeToken();
          const n = this.rootTransformer.processNamedClass();
          this.tokens.appendCode(` exports.default = ${n};`);
        } else if (
          e0.default.call(
            void 0,
            this.isTypeScriptTransformEnabled,
            this.keepUnusedImports,
            this.tokens,
            this.declarationInfo,
          )
        )
          (e = !1),
            this.tokens.removeInitialToken(),
            this.tokens.removeToken(),
            this.tokens.removeToken();
        else if (this.reactHotLoaderTransformer) {
          const n = this.nameManager.claimFreeName("_default");
          this.tokens.replaceToken(`let ${n}; exports.`),
            this.tokens.copyToken(),
            this.tokens.appendCode(` = ${n} =`),
            this.reactHotLoaderTransformer.setExtractedDefaultExportName(n);
        } else
          this.tokens.replaceToken("exports."),
            this.tokens.copyToken(),
            this.tokens.appendCode(" =");
        e && (this.hadDefaultExport = !0);
      }
      copyDecorators() {
        for (; this.tokens.matches1(x.TokenType.at); )
          if ((this.tokens.copyToken(), this.tokens.matches1(x.TokenType.parenL)))
            this.tokens.copyExpectedToken(x.TokenType.parenL),
              this.rootTransformer.processBalancedCode(),
              this.tokens.copyExpectedToken(x.TokenType.parenR);
          else {
            for (
              this.tokens.copyExpectedToken(x.TokenType.name);
              this.tokens.matches1(x.TokenType.dot);
            )
              this.tokens.copyExpectedToken(x.TokenType.dot),
                this.tokens.copyExpectedToken(x.TokenType.name);
            this.tokens.matches1(x.TokenType.parenL) &&
              (this.tokens.copyExpectedToken(x.TokenType.parenL),
              this.rootTransformer.processBalancedCode(),
              this.tokens.copyExpectedToken(x.TokenType.parenR));
          }
      }
      processExportVar() {
        this.isSimpleExportVar() ? this.processSimpleExportVar() : this.processComplexExportVar();
      }
      isSimpleExportVar() {
        let e = this.tokens.currentIndex();
        if ((e++, e++, !this.tokens.matches1AtIndex(e, x.TokenType.name))) return !1;
        for (e++; e < this.tokens.tokens.length && this.tokens.tokens[e].isType; ) e++;
        return !!this.tokens.matches1AtIndex(e, x.TokenType.eq);
      }
      processSimpleExportVar() {
        this.tokens.removeInitialToken(), this.tokens.copyToken();
        const e = this.tokens.identifierName();
        for (; !this.tokens.matches1(x.TokenType.eq); ) this.rootTransformer.processToken();
        const n = this.tokens.currentToken().rhsEndIndex;
        if (n == null) throw new Error("Expected = token with an end index.");
        for (; this.tokens.currentIndex() < n; ) this.rootTransformer.processToken();
        this.tokens.appendCode(`; exports.${e} = ${e}`);
      }
      processComplexExportVar() {
        this.tokens.removeInitialToken(), this.tokens.removeToken();
        const e = this.tokens.matches1(x.TokenType.braceL);
        e && this.tokens.appendCode("(");
        let n = 0;
        for (;;)
          if (
            this.tokens.matches1(x.TokenType.braceL) ||
            this.tokens.matches1(x.TokenType.dollarBraceL) ||
            this.tokens.matches1(x.TokenType.bracketL)
          )
            n++, this.tokens.copyToken();
          else if (
            this.tokens.matches1(x.TokenType.braceR) ||
            this.tokens.matches1(x.TokenType.bracketR)
          )
            n--, this.tokens.copyToken();
          else {
            if (
              n === 0 &&
              !this.tokens.matches1(x.TokenType.name) &&
              !this.tokens.currentToken().isType
            )
              break;
            if (this.tokens.matches1(x.TokenType.eq)) {
              const o = this.tokens.currentToken().rhsEndIndex;
              if (o == null) throw new Error("Expected = token with an end index.");
              for (; this.tokens.currentIndex() < o; ) this.rootTransformer.processToken();
            } else {
              const o = this.tokens.currentToken();
              if (Ds.isDeclaration.call(void 0, o)) {
                let r = this.tokens.identifierName(),
                  s = this.importProcessor.getIdentifierReplacement(r);
                if (s === null)
                  throw new Error(`Expected a replacement for ${r} in \`export var\` syntax.`);
                Ds.isObjectShorthandDeclaration.call(void 0, o) && (s = `${r}: ${s}`),
                  this.tokens.replaceToken(s);
              } else this.rootTransformer.processToken();
            }
          }
        if (e) {
          const o = this.tokens.currentToken().rhsEndIndex;
          if (o == null) throw new Error("Expected = token with an end index.");
          for (; this.tokens.currentIndex() < o; ) this.rootTransformer.processToken();
          this.tokens.appendCode(")");
        }
      }
      processExportFunction() {
        this.tokens.replaceToken("");
        const e = this.processNamedFunction();
        this.tokens.appendCode(` exports.${e} = ${e};`);
      }
      processNamedFunction() {
        if (this.tokens.matches1(x.TokenType._function)) this.tokens.copyToken();
        else if (this.tokens.matches2(x.TokenType.name, x.TokenType._function)) {
          if (!this.tokens.matchesContextual(po.ContextualKeyword._async))
            throw new Error("Expected async keyword in function export.");
          this.tokens.copyToken(), this.tokens.copyToken();
        }
        if (
          (this.tokens.matches1(x.TokenType.star) && this.tokens.copyToken(),
          !this.tokens.matches1(x.TokenType.name))
        )
          throw new Error("Expected identifier for exported function name.");
        const e = this.tokens.identifierName();
        if ((this.tokens.copyToken(), this.tokens.currentToken().isType))
          for (this.tokens.removeInitialToken(); this.tokens.currentToken().isType; )
            this.tokens.removeToken();
        return (
          this.tokens.copyExpectedToken(x.TokenType.parenL),
          this.rootTransformer.processBalancedCode(),
          this.tokens.copyExpectedToken(x.TokenType.parenR),
          this.rootTransformer.processPossibleTypeRange(),
          this.tokens.copyExpectedToken(x.TokenType.braceL),
          this.rootTransformer.processBalancedCode(),
          this.tokens.copyExpectedToken(x.TokenType.braceR),
          e
        );
      }
      processExportClass() {
        this.tokens.removeInitialToken(),
          this.copyDecorators(),
          this.tokens.matches1(x.TokenType._abstract) && this.tokens.removeToken();
        const e = this.rootTransformer.processNamedClass();
        this.tokens.appendCode(` exports.${e} = ${e};`);
      }
      processExportBindings() {
        this.tokens.removeInitialToken(), this.tokens.removeToken();
        const e = Yv.default.call(void 0, this.tokens),
          n = [];
        for (;;) {
          if (this.tokens.matches1(x.TokenType.braceR)) {
            this.tokens.removeToken();
            break;
          }
          const o = Xv.default.call(void 0, this.tokens);
          for (; this.tokens.currentIndex() < o.endIndex; ) this.tokens.removeToken();
          if (!(o.isType || (!e && this.shouldElideExportedIdentifier(o.leftName)))) {
            const s = o.rightName;
            s === "default" ? (this.hadDefaultExport = !0) : (this.hadNamedExport = !0);
            const i = o.leftName,
              a = this.importProcessor.getIdentifierReplacement(i);
            n.push(`exports.${s} = ${a || i};`);
          }
          if (this.tokens.matches1(x.TokenType.braceR)) {
            this.tokens.removeToken();
            break;
          }
          if (this.tokens.matches2(x.TokenType.comma, x.TokenType.braceR)) {
            this.tokens.removeToken(), this.tokens.removeToken();
            break;
          } else if (this.tokens.matches1(x.TokenType.comma)) this.tokens.removeToken();
          else throw new Error(`Unexpected token: ${JSON.stringify(this.tokens.currentToken())}`);
        }
        if (this.tokens.matchesContextual(po.ContextualKeyword._from)) {
          this.tokens.removeToken();
          const o = this.tokens.stringValue();
          this.tokens.replaceTokenTrimmingLeftWhitespace(this.importProcessor.claimImportCode(o)),
            Ls.removeMaybeImportAttributes.call(void 0, this.tokens);
        } else this.tokens.appendCode(n.join(" "));
        this.tokens.matches1(x.TokenType.semi) && this.tokens.removeToken();
      }
      processExportStar() {
        for (this.tokens.removeInitialToken(); !this.tokens.matches1(x.TokenType.string); )
          this.tokens.removeToken();
        const e = this.tokens.stringValue();
        this.tokens.replaceTokenTrimmingLeftWhitespace(this.importProcessor.claimImportCode(e)),
          Ls.removeMaybeImportAttributes.call(void 0, this.tokens),
          this.tokens.matches1(x.TokenType.semi) && this.tokens.removeToken();
      }
      shouldElideExportedIdentifier(e) {
        return (
          this.isTypeScriptTransformEnabled &&
          !this.keepUnusedImports &&
          !this.declarationInfo.valueDeclarations.has(e)
        );
      }
    };
  Mc.default = Rc;
});
var Zp = z((Fc) => {
  Object.defineProperty(Fc, "__esModule", { value: !0 });
  function qo(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var Dn = yt(),
    X = xe(),
    o0 = Cc(),
    r0 = qo(o0),
    Yp = Ic(),
    s0 = qo(Yp),
    i0 = Zo(),
    Qp = qo(i0),
    a0 = ia(),
    c0 = Ec(),
    l0 = qo(c0),
    Dc = Oc(),
    u0 = Nc(),
    p0 = qo(u0),
    d0 = on(),
    h0 = qo(d0),
    Lc = class extends h0.default {
      constructor(e, n, o, r, s, i, a, c) {
        super(),
          (this.tokens = e),
          (this.nameManager = n),
          (this.helperManager = o),
          (this.reactHotLoaderTransformer = r),
          (this.isTypeScriptTransformEnabled = s),
          (this.isFlowTransformEnabled = i),
          (this.keepUnusedImports = a),
          (this.nonTypeIdentifiers =
            s && !a ? a0.getNonTypeIdentifiers.call(void 0, e, c) : new Set()),
          (this.declarationInfo = s && !a ? s0.default.call(void 0, e) : Yp.EMPTY_DECLARATION_INFO),
          (this.injectCreateRequireForImportRequire = !!c.injectCreateRequireForImportRequire);
      }
      process() {
        if (this.tokens.matches3(X.TokenType._import, X.TokenType.name, X.TokenType.eq))
          return this.processImportEquals();
        if (
          this.tokens.matches4(
            X.TokenType._import,
            X.TokenType.name,
            X.TokenType.name,
            X.TokenType.eq,
          ) &&
          this.tokens.matchesContextualAtIndex(
            this.tokens.currentIndex() + 1,
            Dn.ContextualKeyword._type,
          )
        ) {
          this.tokens.removeInitialToken();
          for (let e = 0; e < 7; e++) this.tokens.removeToken();
          return !0;
        }
        if (this.tokens.matches2(X.TokenType._export, X.TokenType.eq))
          return (this.tokens.replaceToken("module.exports"), !0);
        if (
          this.tokens.matches5(
            X.TokenType._export,
            X.TokenType._import,
            X.TokenType.name,
            X.TokenType.name,
            X.TokenType.eq,
          ) &&
          this.tokens.matchesContextualAtIndex(
            this.tokens.currentIndex() + 2,
            Dn.ContextualKeyword._type,
          )
        ) {
          this.tokens.removeInitialToken();
          for (let e = 0; e < 8; e++) this.tokens.removeToken();
          return !0;
        }
        if (this.tokens.matches1(X.TokenType._import)) return this.processImport();
        if (this.tokens.matches2(X.TokenType._export, X.TokenType._default))
          return this.processExportDefault();
        if (this.tokens.matches2(X.TokenType._export, X.TokenType.braceL))
          return this.processNamedExports();
        if (
          this.tokens.matches2(X.TokenType._export, X.TokenType.name) &&
          this.tokens.matchesContextualAtIndex(
            this.tokens.currentIndex() + 1,
            Dn.ContextualKeyword._type,
          )
        ) {
          if (
            (this.tokens.removeInitialToken(),
            this.tokens.removeToken(),
            this.tokens.matches1(X.TokenType.braceL))
          ) {
            for (; !this.tokens.matches1(X.TokenType.braceR); ) this.tokens.removeToken();
            this.tokens.removeToken();
          } else
            this.tokens.removeToken(),
              this.tokens.matches1(X.TokenType._as) &&
                (this.tokens.removeToken(), this.tokens.removeToken());
          return (
            this.tokens.matchesContextual(Dn.ContextualKeyword._from) &&
              this.tokens.matches1AtIndex(this.tokens.currentIndex() + 1, X.TokenType.string) &&
              (this.tokens.removeToken(),
              this.tokens.removeToken(),
              Dc.removeMaybeImportAttributes.call(void 0, this.tokens)),
            !0
          );
        }
        return !1;
      }
      processImportEquals() {
        const e = this.tokens.identifierNameAtIndex(this.tokens.currentIndex() + 1);
        return (
          this.shouldAutomaticallyElideImportedName(e)
            ? r0.default.call(void 0, this.tokens)
            : this.injectCreateRequireForImportRequire
              ? (this.tokens.replaceToken("const"),
                this.tokens.copyToken(),
                this.tokens.copyToken(),
                this.tokens.replaceToken(this.helperManager.getHelperName("require")))
              : this.tokens.replaceToken("const"),
          !0
        );
      }
      processImport() {
        if (this.tokens.matches2(X.TokenType._import, X.TokenType.parenL)) return !1;
        const e = this.tokens.snapshot();
        if (this.removeImportTypeBindings()) {
          for (this.tokens.restoreToSnapshot(e); !this.tokens.matches1(X.TokenType.string); )
            this.tokens.removeToken();
          this.tokens.removeToken(),
            Dc.removeMaybeImportAttributes.call(void 0, this.tokens),
            this.tokens.matches1(X.TokenType.semi) && this.tokens.removeToken();
        }
        return !0;
      }
      removeImportTypeBindings() {
        if (
          (this.tokens.copyExpectedToken(X.TokenType._import),
          this.tokens.matchesContextual(Dn.ContextualKeyword._type) &&
            !this.tokens.matches1AtIndex(this.tokens.currentIndex() + 1, X.TokenType.comma) &&
            !this.tokens.matchesContextualAtIndex(
              this.tokens.currentIndex() + 1,
              Dn.ContextualKeyword._from,
            ))
        )
          return !0;
        if (this.tokens.matches1(X.TokenType.string)) return (this.tokens.copyToken(), !1);
        this.tokens.matchesContextual(Dn.ContextualKeyword._module) &&
          this.tokens.matchesContextualAtIndex(
            this.tokens.currentIndex() + 2,
            Dn.ContextualKeyword._from,
          ) &&
          this.tokens.copyToken();
        let e = !1,
          n = !1,
          o = !1;
        if (
          (this.tokens.matches1(X.TokenType.name) &&
            (this.shouldAutomaticallyElideImportedName(this.tokens.identifierName())
              ? (this.tokens.removeToken(),
                this.tokens.matches1(X.TokenType.comma) && this.tokens.removeToken())
              : ((e = !0),
                this.tokens.copyToken(),
                this.tokens.matches1(X.TokenType.comma) && ((o = !0), this.tokens.removeToken()))),
          this.tokens.matches1(X.TokenType.star))
        )
          this.shouldAutomaticallyElideImportedName(this.tokens.identifierNameAtRelativeIndex(2))
            ? (this.tokens.removeToken(), this.tokens.removeToken(), this.tokens.removeToken())
            : (o && this.tokens.appendCode(","),
              (e = !0),
              this.tokens.copyExpectedToken(X.TokenType.star),
              this.tokens.copyExpectedToken(X.TokenType.name),
              this.tokens.copyExpectedToken(X.TokenType.name));
        else if (this.tokens.matches1(X.TokenType.braceL)) {
          for (
            o && this.tokens.appendCode(","), this.tokens.copyToken();
            !this.tokens.matches1(X.TokenType.braceR);
          ) {
            n = !0;
            const r = Qp.default.call(void 0, this.tokens);
            if (r.isType || this.shouldAutomaticallyElideImportedName(r.rightName)) {
              for (; this.tokens.currentIndex() < r.endIndex; ) this.tokens.removeToken();
              this.tokens.matches1(X.TokenType.comma) && this.tokens.removeToken();
            } else {
              for (e = !0; this.tokens.currentIndex() < r.endIndex; ) this.tokens.copyToken();
              this.tokens.matches1(X.TokenType.comma) && this.tokens.copyToken();
            }
          }
          this.tokens.copyExpectedToken(X.TokenType.braceR);
        }
        return this.keepUnusedImports
          ? !1
          : this.isTypeScriptTransformEnabled
            ? !e
            : this.isFlowTransformEnabled
              ? n && !e
              : !1;
      }
      shouldAutomaticallyElideImportedName(e) {
        return (
          this.isTypeScriptTransformEnabled &&
          !this.keepUnusedImports &&
          !this.nonTypeIdentifiers.has(e)
        );
      }
      processExportDefault() {
        if (
          p0.default.call(
            void 0,
            this.isTypeScriptTransformEnabled,
            this.keepUnusedImports,
            this.tokens,
            this.declarationInfo,
          )
        )
          return (
            this.tokens.removeInitialToken(),
            this.tokens.removeToken(),
            this.tokens.removeToken(),
            !0
          );
        if (
          !(
            this.tokens.matches4(
              X.TokenType._export,
              X.TokenType._default,
              X.TokenType._function,
              X.TokenType.name,
            ) ||
            (this.tokens.matches5(
              X.TokenType._export,
              X.TokenType._default,
              X.TokenType.name,
              X.TokenType._function,
              X.TokenType.name,
            ) &&
              this.tokens.matchesContextualAtIndex(
                this.tokens.currentIndex() + 2,
                Dn.ContextualKeyword._async,
              )) ||
            this.tokens.matches4(
              X.TokenType._export,
              X.TokenType._default,
              X.TokenType._class,
              X.TokenType.name,
            ) ||
            this.tokens.matches5(
              X.TokenType._export,
              X.TokenType._default,
              X.TokenType._abstract,
              X.TokenType._class,
              X.TokenType.name,
            )
          ) &&
          this.reactHotLoaderTransformer
        ) {
          const n = this.nameManager.claimFreeName("_default");
          return (
            this.tokens.replaceToken(`let ${n}; export`),
            this.tokens.copyToken(),
            this.tokens.appendCode(` ${n} =`),
            this.reactHotLoaderTransformer.setExtractedDefaultExportName(n),
            !0
          );
        }
        return !1;
      }
      processNamedExports() {
        if (!this.isTypeScriptTransformEnabled) return !1;
        this.tokens.copyExpectedToken(X.TokenType._export),
          this.tokens.copyExpectedToken(X.TokenType.braceL);
        let e = l0.default.call(void 0, this.tokens),
          n = !1;
        for (; !this.tokens.matches1(X.TokenType.braceR); ) {
          const o = Qp.default.call(void 0, this.tokens);
          if (o.isType || (!e && this.shouldElideExportedName(o.leftName))) {
            for (; this.tokens.currentIndex() < o.endIndex; ) this.tokens.removeToken();
            this.tokens.matches1(X.TokenType.comma) && this.tokens.removeToken();
          } else {
            for (n = !0; this.tokens.currentIndex() < o.endIndex; ) this.tokens.copyToken();
            this.tokens.matches1(X.TokenType.comma) && this.tokens.copyToken();
          }
        }
        return (
          this.tokens.copyExpectedToken(X.TokenType.braceR),
          !this.keepUnusedImports &&
            e &&
            !n &&
            (this.tokens.removeToken(),
            this.tokens.removeToken(),
            Dc.removeMaybeImportAttributes.call(void 0, this.tokens)),
          !0
        );
      }
      shouldElideExportedName(e) {
        return (
          this.isTypeScriptTransformEnabled &&
          !this.keepUnusedImports &&
          this.declarationInfo.typeDeclarations.has(e) &&
          !this.declarationInfo.valueDeclarations.has(e)
        );
      }
    };
  Fc.default = Lc;
});
var td = z(($c) => {
  Object.defineProperty($c, "__esModule", { value: !0 });
  function f0(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var ed = yt(),
    Zt = xe(),
    m0 = on(),
    T0 = f0(m0),
    qc = class extends T0.default {
      constructor(e, n, o) {
        super(),
          (this.rootTransformer = e),
          (this.tokens = n),
          (this.isImportsTransformEnabled = o);
      }
      process() {
        return this.rootTransformer.processPossibleArrowParamEnd() ||
          this.rootTransformer.processPossibleAsyncArrowWithTypeParams() ||
          this.rootTransformer.processPossibleTypeRange()
          ? !0
          : this.tokens.matches1(Zt.TokenType._enum)
            ? (this.processEnum(), !0)
            : this.tokens.matches2(Zt.TokenType._export, Zt.TokenType._enum)
              ? (this.processNamedExportEnum(), !0)
              : this.tokens.matches3(
                    Zt.TokenType._export,
                    Zt.TokenType._default,
                    Zt.TokenType._enum,
                  )
                ? (this.processDefaultExportEnum(), !0)
                : !1;
      }
      processNamedExportEnum() {
        if (this.isImportsTransformEnabled) {
          this.tokens.removeInitialToken();
          const e = this.tokens.identifierNameAtRelativeIndex(1);
          this.processEnum(), this.tokens.appendCode(` exports.${e} = ${e};`);
        } else this.tokens.copyToken(), this.processEnum();
      }
      processDefaultExportEnum() {
        this.tokens.removeInitialToken(), this.tokens.removeToken();
        const e = this.tokens.identifierNameAtRelativeIndex(1);
        this.processEnum(),
          this.isImportsTransformEnabled
            ? this.tokens.appendCode(` exports.default = ${e};`)
            : this.tokens.appendCode(` export default ${e};`);
      }
      processEnum() {
        this.tokens.replaceToken("const"), this.tokens.copyExpectedToken(Zt.TokenType.name);
        let e = !1;
        this.tokens.matchesContextual(ed.ContextualKeyword._of) &&
          (this.tokens.removeToken(),
          (e = this.tokens.matchesContextual(ed.ContextualKeyword._symbol)),
          this.tokens.removeToken());
        const n = this.tokens.matches3(Zt.TokenType.braceL, Zt.TokenType.name, Zt.TokenType.eq);
        this.tokens.appendCode(' = require("flow-enums-runtime")');
        const o = !e && !n;
        for (
          this.tokens.replaceTokenTrimmingLeftWhitespace(o ? ".Mirrored([" : "({");
          !this.tokens.matches1(Zt.TokenType.braceR);
        ) {
          if (this.tokens.matches1(Zt.TokenType.ellipsis)) {
            this.tokens.removeToken();
            break;
          }
          this.processEnumElement(e, n),
            this.tokens.matches1(Zt.TokenType.comma) && this.tokens.copyToken();
        }
        this.tokens.replaceToken(o ? "]);" : "});");
      }
      processEnumElement(e, n) {
        if (e) {
          const o = this.tokens.identifierName();
          this.tokens.copyToken(), this.tokens.appendCode(`: Symbol("${o}")`);
        } else
          n
            ? (this.tokens.copyToken(),
              this.tokens.replaceTokenTrimmingLeftWhitespace(":"),
              this.tokens.copyToken())
            : this.tokens.replaceToken(`"${this.tokens.identifierName()}"`);
      }
    };
  $c.default = qc;
});
var nd = z((Bc) => {
  Object.defineProperty(Bc, "__esModule", { value: !0 });
  function y0(t) {
    return t && t.__esModule ? t : { default: t };
  }
  function k0(t) {
    let e,
      n = t[0],
      o = 1;
    for (; o < t.length; ) {
      const r = t[o],
        s = t[o + 1];
      if (((o += 2), (r === "optionalAccess" || r === "optionalCall") && n == null)) return;
      r === "access" || r === "optionalAccess"
        ? ((e = n), (n = s(n)))
        : (r === "call" || r === "optionalCall") &&
          ((n = s((...i) => n.call(e, ...i))), (e = void 0));
    }
    return n;
  }
  var Ln = xe(),
    g0 = on(),
    v0 = y0(g0),
    Fs = "jest",
    x0 = ["mock", "unmock", "enableAutomock", "disableAutomock"],
    jc = class t extends v0.default {
      __init() {
        this.hoistedFunctionNames = [];
      }
      constructor(e, n, o, r) {
        super(),
          (this.rootTransformer = e),
          (this.tokens = n),
          (this.nameManager = o),
          (this.importProcessor = r),
          t.prototype.__init.call(this);
      }
      process() {
        return this.tokens.currentToken().scopeDepth === 0 &&
          this.tokens.matches4(
            Ln.TokenType.name,
            Ln.TokenType.dot,
            Ln.TokenType.name,
            Ln.TokenType.parenL,
          ) &&
          this.tokens.identifierName() === Fs
          ? k0([
              this,
              "access",
              (e) => e.importProcessor,
              "optionalAccess",
              (e) => e.getGlobalNames,
              "call",
              (e) => e(),
              "optionalAccess",
              (e) => e.has,
              "call",
              (e) => e(Fs),
            ])
            ? !1
            : this.extractHoistedCalls()
          : !1;
      }
      getHoistedCode() {
        return this.hoistedFunctionNames.length > 0
          ? this.hoistedFunctionNames.map((e) => `${e}();`).join("")
          : "";
      }
      extractHoistedCalls() {
        this.tokens.removeToken();
        let e = !1;
        for (; this.tokens.matches3(Ln.TokenType.dot, Ln.TokenType.name, Ln.TokenType.parenL); ) {
          const n = this.tokens.identifierNameAtIndex(this.tokens.currentIndex() + 1);
          if (x0.includes(n)) {
            const r = this.nameManager.claimFreeName("__jestHoist");
            this.hoistedFunctionNames.push(r),
              this.tokens.replaceToken(`function ${r}(){${Fs}.`),
              this.tokens.copyToken(),
              this.tokens.copyToken(),
              this.rootTransformer.processBalancedCode(),
              this.tokens.copyExpectedToken(Ln.TokenType.parenR),
              this.tokens.appendCode(";}"),
              (e = !1);
          } else
            e ? this.tokens.copyToken() : this.tokens.replaceToken(`${Fs}.`),
              this.tokens.copyToken(),
              this.tokens.copyToken(),
              this.rootTransformer.processBalancedCode(),
              this.tokens.copyExpectedToken(Ln.TokenType.parenR),
              (e = !0);
        }
        return !0;
      }
    };
  Bc.default = jc;
});
var od = z((Kc) => {
  Object.defineProperty(Kc, "__esModule", { value: !0 });
  function _0(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var w0 = xe(),
    b0 = on(),
    C0 = _0(b0),
    Vc = class extends C0.default {
      constructor(e) {
        super(), (this.tokens = e);
      }
      process() {
        if (this.tokens.matches1(w0.TokenType.num)) {
          const e = this.tokens.currentTokenCode();
          if (e.includes("_")) return (this.tokens.replaceToken(e.replace(/_/g, "")), !0);
        }
        return !1;
      }
    };
  Kc.default = Vc;
});
var sd = z((Wc) => {
  Object.defineProperty(Wc, "__esModule", { value: !0 });
  function I0(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var rd = xe(),
    S0 = on(),
    E0 = I0(S0),
    Hc = class extends E0.default {
      constructor(e, n) {
        super(), (this.tokens = e), (this.nameManager = n);
      }
      process() {
        return this.tokens.matches2(rd.TokenType._catch, rd.TokenType.braceL)
          ? (this.tokens.copyToken(),
            this.tokens.appendCode(` (${this.nameManager.claimFreeName("e")})`),
            !0)
          : !1;
      }
    };
  Wc.default = Hc;
});
var id = z((zc) => {
  Object.defineProperty(zc, "__esModule", { value: !0 });
  function A0(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var Ot = xe(),
    O0 = on(),
    P0 = A0(O0),
    Uc = class extends P0.default {
      constructor(e, n) {
        super(), (this.tokens = e), (this.nameManager = n);
      }
      process() {
        if (this.tokens.matches1(Ot.TokenType.nullishCoalescing)) {
          const o = this.tokens.currentToken();
          return (
            this.tokens.tokens[o.nullishStartIndex].isAsyncOperation
              ? this.tokens.replaceTokenTrimmingLeftWhitespace(", async () => (")
              : this.tokens.replaceTokenTrimmingLeftWhitespace(", () => ("),
            !0
          );
        }
        if (
          this.tokens.matches1(Ot.TokenType._delete) &&
          this.tokens.tokenAtRelativeIndex(1).isOptionalChainStart
        )
          return (this.tokens.removeInitialToken(), !0);
        const n = this.tokens.currentToken().subscriptStartIndex;
        if (
          n != null &&
          this.tokens.tokens[n].isOptionalChainStart &&
          this.tokens.tokenAtRelativeIndex(-1).type !== Ot.TokenType._super
        ) {
          let o = this.nameManager.claimFreeName("_"),
            r;
          if (
            (n > 0 &&
            this.tokens.matches1AtIndex(n - 1, Ot.TokenType._delete) &&
            this.isLastSubscriptInChain()
              ? (r = `${o} => delete ${o}`)
              : (r = `${o} => ${o}`),
            this.tokens.tokens[n].isAsyncOperation && (r = `async ${r}`),
            this.tokens.matches2(Ot.TokenType.questionDot, Ot.TokenType.parenL) ||
              this.tokens.matches2(Ot.TokenType.questionDot, Ot.TokenType.lessThan))
          )
            this.justSkippedSuper() && this.tokens.appendCode(".bind(this)"),
              this.tokens.replaceTokenTrimmingLeftWhitespace(`, 'optionalCall', ${r}`);
          else if (this.tokens.matches2(Ot.TokenType.questionDot, Ot.TokenType.bracketL))
            this.tokens.replaceTokenTrimmingLeftWhitespace(`, 'optionalAccess', ${r}`);
          else if (this.tokens.matches1(Ot.TokenType.questionDot))
            this.tokens.replaceTokenTrimmingLeftWhitespace(`, 'optionalAccess', ${r}.`);
          else if (this.tokens.matches1(Ot.TokenType.dot))
            this.tokens.replaceTokenTrimmingLeftWhitespace(`, 'access', ${r}.`);
          else if (this.tokens.matches1(Ot.TokenType.bracketL))
            this.tokens.replaceTokenTrimmingLeftWhitespace(`, 'access', ${r}[`);
          else if (this.tokens.matches1(Ot.TokenType.parenL))
            this.justSkippedSuper() && this.tokens.appendCode(".bind(this)"),
              this.tokens.replaceTokenTrimmingLeftWhitespace(`, 'call', ${r}(`);
          else throw new Error("Unexpected subscript operator in optional chain.");
          return !0;
        }
        return !1;
      }
      isLastSubscriptInChain() {
        let e = 0;
        for (let n = this.tokens.currentIndex() + 1; ; n++) {
          if (n >= this.tokens.tokens.length)
            throw new Error(
              "Reached the end of the code while finding the end of the access chain.",
            );
          if (
            (this.tokens.tokens[n].isOptionalChainStart
              ? e++
              : this.tokens.tokens[n].isOptionalChainEnd && e--,
            e < 0)
          )
            return !0;
          if (e === 0 && this.tokens.tokens[n].subscriptStartIndex != null) return !1;
        }
      }
      justSkippedSuper() {
        let e = 0,
          n = this.tokens.currentIndex() - 1;
        for (;;) {
          if (n < 0)
            throw new Error(
              "Reached the start of the code while finding the start of the access chain.",
            );
          if (
            (this.tokens.tokens[n].isOptionalChainStart
              ? e--
              : this.tokens.tokens[n].isOptionalChainEnd && e++,
            e < 0)
          )
            return !1;
          if (e === 0 && this.tokens.tokens[n].subscriptStartIndex != null)
            return this.tokens.tokens[n - 1].type === Ot.TokenType._super;
          n--;
        }
      }
    };
  zc.default = Uc;
});
var cd = z((Gc) => {
  Object.defineProperty(Gc, "__esModule", { value: !0 });
  function N0(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var ad = ft(),
    gt = xe(),
    R0 = on(),
    M0 = N0(R0),
    Jc = class extends M0.default {
      constructor(e, n, o, r) {
        super(),
          (this.rootTransformer = e),
          (this.tokens = n),
          (this.importProcessor = o),
          (this.options = r);
      }
      process() {
        const e = this.tokens.currentIndex();
        if (this.tokens.identifierName() === "createReactClass") {
          const n =
            this.importProcessor &&
            this.importProcessor.getIdentifierReplacement("createReactClass");
          return (
            n ? this.tokens.replaceToken(`(0, ${n})`) : this.tokens.copyToken(),
            this.tryProcessCreateClassCall(e),
            !0
          );
        }
        if (
          this.tokens.matches3(gt.TokenType.name, gt.TokenType.dot, gt.TokenType.name) &&
          this.tokens.identifierName() === "React" &&
          this.tokens.identifierNameAtIndex(this.tokens.currentIndex() + 2) === "createClass"
        ) {
          const n =
            (this.importProcessor && this.importProcessor.getIdentifierReplacement("React")) ||
            "React";
          return (
            n
              ? (this.tokens.replaceToken(n), this.tokens.copyToken(), this.tokens.copyToken())
              : (this.tokens.copyToken(), this.tokens.copyToken(), this.tokens.copyToken()),
            this.tryProcessCreateClassCall(e),
            !0
          );
        }
        return !1;
      }
      tryProcessCreateClassCall(e) {
        const n = this.findDisplayName(e);
        n &&
          this.classNeedsDisplayName() &&
          (this.tokens.copyExpectedToken(gt.TokenType.parenL),
          this.tokens.copyExpectedToken(gt.TokenType.braceL),
          this.tokens.appendCode(`displayName: '${n}',`),
          this.rootTransformer.processBalancedCode(),
          this.tokens.copyExpectedToken(gt.TokenType.braceR),
          this.tokens.copyExpectedToken(gt.TokenType.parenR));
      }
      findDisplayName(e) {
        return e < 2
          ? null
          : this.tokens.matches2AtIndex(e - 2, gt.TokenType.name, gt.TokenType.eq)
            ? this.tokens.identifierNameAtIndex(e - 2)
            : e >= 2 && this.tokens.tokens[e - 2].identifierRole === ad.IdentifierRole.ObjectKey
              ? this.tokens.identifierNameAtIndex(e - 2)
              : this.tokens.matches2AtIndex(e - 2, gt.TokenType._export, gt.TokenType._default)
                ? this.getDisplayNameFromFilename()
                : null;
      }
      getDisplayNameFromFilename() {
        const n = (this.options.filePath || "unknown").split("/"),
          o = n[n.length - 1],
          r = o.lastIndexOf("."),
          s = r === -1 ? o : o.slice(0, r);
        return s === "index" && n[n.length - 2] ? n[n.length - 2] : s;
      }
      classNeedsDisplayName() {
        let e = this.tokens.currentIndex();
        if (!this.tokens.matches2(gt.TokenType.parenL, gt.TokenType.braceL)) return !1;
        const n = e + 1,
          o = this.tokens.tokens[n].contextId;
        if (o == null) throw new Error("Expected non-null context ID on object open-brace.");
        for (; e < this.tokens.tokens.length; e++) {
          const r = this.tokens.tokens[e];
          if (r.type === gt.TokenType.braceR && r.contextId === o) {
            e++;
            break;
          }
          if (
            this.tokens.identifierNameAtIndex(e) === "displayName" &&
            this.tokens.tokens[e].identifierRole === ad.IdentifierRole.ObjectKey &&
            r.contextId === o
          )
            return !1;
        }
        if (e === this.tokens.tokens.length)
          throw new Error("Unexpected end of input when processing React class.");
        return (
          this.tokens.matches1AtIndex(e, gt.TokenType.parenR) ||
          this.tokens.matches2AtIndex(e, gt.TokenType.comma, gt.TokenType.parenR)
        );
      }
    };
  Gc.default = Jc;
});
var ud = z((Qc) => {
  Object.defineProperty(Qc, "__esModule", { value: !0 });
  function D0(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var ld = ft(),
    L0 = on(),
    F0 = D0(L0),
    Xc = class t extends F0.default {
      __init() {
        this.extractedDefaultExportName = null;
      }
      constructor(e, n) {
        super(), (this.tokens = e), (this.filePath = n), t.prototype.__init.call(this);
      }
      setExtractedDefaultExportName(e) {
        this.extractedDefaultExportName = e;
      }
      getPrefixCode() {
        return `
      (function () {
        var enterModule = require('react-hot-loader').enterModule;
        enterModule && enterModule(module);
      })();`
          .replace(/\s+/g, " ")
          .trim();
      }
      getSuffixCode() {
        const e = new Set();
        for (const o of this.tokens.tokens)
          !o.isType &&
            ld.isTopLevelDeclaration.call(void 0, o) &&
            o.identifierRole !== ld.IdentifierRole.ImportDeclaration &&
            e.add(this.tokens.identifierNameForToken(o));
        const n = Array.from(e).map((o) => ({ variableName: o, uniqueLocalName: o }));
        return (
          this.extractedDefaultExportName &&
            n.push({ variableName: this.extractedDefaultExportName, uniqueLocalName: "default" }),
          `
;(function () {
  var reactHotLoader = require('react-hot-loader').default;
  var leaveModule = require('react-hot-loader').leaveModule;
  if (!reactHotLoader) {
    return;
  }
${n
  .map(
    ({ variableName: o, uniqueLocalName: r }) =>
      `  reactHotLoader.register(${o}, "${r}", ${JSON.stringify(this.filePath || "")});`,
  )
  .join(`
`)}
  leaveModule(module);
})();`
        );
      }
      process() {
        return !1;
      }
    };
  Qc.default = Xc;
});
var dd = z((Yc) => {
  Object.defineProperty(Yc, "__esModule", { value: !0 });
  var pd = wo(),
    q0 = new Set([
      "break",
      "case",
      "catch",
      "class",
      "const",
      "continue",
      "debugger",
      "default",
      "delete",
      "do",
      "else",
      "export",
      "extends",
      "finally",
      "for",
      "function",
      "if",
      "import",
      "in",
      "instanceof",
      "new",
      "return",
      "super",
      "switch",
      "this",
      "throw",
      "try",
      "typeof",
      "var",
      "void",
      "while",
      "with",
      "yield",
      "enum",
      "implements",
      "interface",
      "let",
      "package",
      "private",
      "protected",
      "public",
      "static",
      "await",
      "false",
      "null",
      "true",
    ]);
  function $0(t) {
    if (t.length === 0 || !pd.IS_IDENTIFIER_START[t.charCodeAt(0)]) return !1;
    for (let e = 1; e < t.length; e++) if (!pd.IS_IDENTIFIER_CHAR[t.charCodeAt(e)]) return !1;
    return !q0.has(t);
  }
  Yc.default = $0;
});
var md = z((el) => {
  Object.defineProperty(el, "__esModule", { value: !0 });
  function fd(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var He = xe(),
    j0 = dd(),
    hd = fd(j0),
    B0 = on(),
    V0 = fd(B0),
    Zc = class extends V0.default {
      constructor(e, n, o) {
        super(),
          (this.rootTransformer = e),
          (this.tokens = n),
          (this.isImportsTransformEnabled = o);
      }
      process() {
        return this.rootTransformer.processPossibleArrowParamEnd() ||
          this.rootTransformer.processPossibleAsyncArrowWithTypeParams() ||
          this.rootTransformer.processPossibleTypeRange()
          ? !0
          : this.tokens.matches1(He.TokenType._public) ||
              this.tokens.matches1(He.TokenType._protected) ||
              this.tokens.matches1(He.TokenType._private) ||
              this.tokens.matches1(He.TokenType._abstract) ||
              this.tokens.matches1(He.TokenType._readonly) ||
              this.tokens.matches1(He.TokenType._override) ||
              this.tokens.matches1(He.TokenType.nonNullAssertion)
            ? (this.tokens.removeInitialToken(), !0)
            : this.tokens.matches1(He.TokenType._enum) ||
                this.tokens.matches2(He.TokenType._const, He.TokenType._enum)
              ? (this.processEnum(), !0)
              : this.tokens.matches2(He.TokenType._export, He.TokenType._enum) ||
                  this.tokens.matches3(
                    He.TokenType._export,
                    He.TokenType._const,
                    He.TokenType._enum,
                  )
                ? (this.processEnum(!0), !0)
                : !1;
      }
      processEnum(e = !1) {
        for (
          this.tokens.removeInitialToken();
          this.tokens.matches1(He.TokenType._const) || this.tokens.matches1(He.TokenType._enum);
        )
          this.tokens.removeToken();
        const n = this.tokens.identifierName();
        this.tokens.removeToken(),
          e && !this.isImportsTransformEnabled && this.tokens.appendCode("export "),
          this.tokens.appendCode(`var ${n}; (function (${n})`),
          this.tokens.copyExpectedToken(He.TokenType.braceL),
          this.processEnumBody(n),
          this.tokens.copyExpectedToken(He.TokenType.braceR),
          e && this.isImportsTransformEnabled
            ? this.tokens.appendCode(`)(${n} || (exports.${n} = ${n} = {}));`)
            : this.tokens.appendCode(`)(${n} || (${n} = {}));`);
      }
      processEnumBody(e) {
        let n = null;
        for (; !this.tokens.matches1(He.TokenType.braceR); ) {
          const { nameStringCode: o, variableName: r } = this.extractEnumKeyInfo(
            this.tokens.currentToken(),
          );
          this.tokens.removeInitialToken(),
            this.tokens.matches3(He.TokenType.eq, He.TokenType.string, He.TokenType.comma) ||
            this.tokens.matches3(He.TokenType.eq, He.TokenType.string, He.TokenType.braceR)
              ? this.processStringLiteralEnumMember(e, o, r)
              : this.tokens.matches1(He.TokenType.eq)
                ? this.processExplicitValueEnumMember(e, o, r)
                : this.processImplicitValueEnumMember(e, o, r, n),
            this.tokens.matches1(He.TokenType.comma) && this.tokens.removeToken(),
            r != null ? (n = r) : (n = `${e}[${o}]`);
        }
      }
      extractEnumKeyInfo(e) {
        if (e.type === He.TokenType.name) {
          const n = this.tokens.identifierNameForToken(e);
          return { nameStringCode: `"${n}"`, variableName: hd.default.call(void 0, n) ? n : null };
        } else if (e.type === He.TokenType.string) {
          const n = this.tokens.stringValueForToken(e);
          return {
            nameStringCode: this.tokens.code.slice(e.start, e.end),
            variableName: hd.default.call(void 0, n) ? n : null,
          };
        } else throw new Error("Expected name or string at beginning of enum element.");
      }
      processStringLiteralEnumMember(e, n, o) {
        o != null
          ? (this.tokens.appendCode(`const ${o}`),
            this.tokens.copyToken(),
            this.tokens.copyToken(),
            this.tokens.appendCode(`; ${e}[${n}] = ${o};`))
          : (this.tokens.appendCode(`${e}[${n}]`),
            this.tokens.copyToken(),
            this.tokens.copyToken(),
            this.tokens.appendCode(";"));
      }
      processExplicitValueEnumMember(e, n, o) {
        const r = this.tokens.currentToken().rhsEndIndex;
        if (r == null) throw new Error("Expected rhsEndIndex on enum assign.");
        if (o != null) {
          for (
            this.tokens.appendCode(`const ${o}`), this.tokens.copyToken();
            this.tokens.currentIndex() < r;
          )
            this.rootTransformer.processToken();
          this.tokens.appendCode(`; ${e}[${e}[${n}] = ${o}] = ${n};`);
        } else {
          for (
            this.tokens.appendCode(`${e}[${e}[${n}]`), this.tokens.copyToken();
            this.tokens.currentIndex() < r;
          )
            this.rootTransformer.processToken();
          this.tokens.appendCode(`] = ${n};`);
        }
      }
      processImplicitValueEnumMember(e, n, o, r) {
        let s = r != null ? `${r} + 1` : "0";
        o != null && (this.tokens.appendCode(`const ${o} = ${s}; `), (s = o)),
          this.tokens.appendCode(`${e}[${e}[${n}] = ${s}] = ${n};`);
      }
    };
  el.default = Zc;
});
var Td = z((nl) => {
  Object.defineProperty(nl, "__esModule", { value: !0 });
  function cn(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var K0 = yt(),
    ct = xe(),
    H0 = Wp(),
    W0 = cn(H0),
    U0 = Xp(),
    z0 = cn(U0),
    J0 = Zp(),
    G0 = cn(J0),
    X0 = td(),
    Q0 = cn(X0),
    Y0 = nd(),
    Z0 = cn(Y0),
    ex = ra(),
    tx = cn(ex),
    nx = od(),
    ox = cn(nx),
    rx = sd(),
    sx = cn(rx),
    ix = id(),
    ax = cn(ix),
    cx = cd(),
    lx = cn(cx),
    ux = ud(),
    px = cn(ux),
    dx = md(),
    hx = cn(dx),
    tl = class t {
      __init() {
        this.transformers = [];
      }
      __init2() {
        this.generatedVariables = [];
      }
      constructor(e, n, o, r) {
        t.prototype.__init.call(this),
          t.prototype.__init2.call(this),
          (this.nameManager = e.nameManager),
          (this.helperManager = e.helperManager);
        const { tokenProcessor: s, importProcessor: i } = e;
        (this.tokens = s),
          (this.isImportsTransformEnabled = n.includes("imports")),
          (this.isReactHotLoaderTransformEnabled = n.includes("react-hot-loader")),
          (this.disableESTransforms = !!r.disableESTransforms),
          r.disableESTransforms ||
            (this.transformers.push(new ax.default(s, this.nameManager)),
            this.transformers.push(new ox.default(s)),
            this.transformers.push(new sx.default(s, this.nameManager))),
          n.includes("jsx") &&
            (r.jsxRuntime !== "preserve" &&
              this.transformers.push(new tx.default(this, s, i, this.nameManager, r)),
            this.transformers.push(new lx.default(this, s, i, r)));
        let a = null;
        if (n.includes("react-hot-loader")) {
          if (!r.filePath)
            throw new Error("filePath is required when using the react-hot-loader transform.");
          (a = new px.default(s, r.filePath)), this.transformers.push(a);
        }
        if (n.includes("imports")) {
          if (i === null)
            throw new Error("Expected non-null importProcessor with imports transform enabled.");
          this.transformers.push(
            new z0.default(
              this,
              s,
              i,
              this.nameManager,
              this.helperManager,
              a,
              o,
              !!r.enableLegacyTypeScriptModuleInterop,
              n.includes("typescript"),
              n.includes("flow"),
              !!r.preserveDynamicImport,
              !!r.keepUnusedImports,
            ),
          );
        } else
          this.transformers.push(
            new G0.default(
              s,
              this.nameManager,
              this.helperManager,
              a,
              n.includes("typescript"),
              n.includes("flow"),
              !!r.keepUnusedImports,
              r,
            ),
          );
        n.includes("flow") &&
          this.transformers.push(new Q0.default(this, s, n.includes("imports"))),
          n.includes("typescript") &&
            this.transformers.push(new hx.default(this, s, n.includes("imports"))),
          n.includes("jest") &&
            this.transformers.push(new Z0.default(this, s, this.nameManager, i));
      }
      transform() {
        this.tokens.reset(), this.processBalancedCode();
        let n = this.isImportsTransformEnabled ? '"use strict";' : "";
        for (const i of this.transformers) n += i.getPrefixCode();
        (n += this.helperManager.emitHelpers()),
          (n += this.generatedVariables.map((i) => ` var ${i};`).join(""));
        for (const i of this.transformers) n += i.getHoistedCode();
        let o = "";
        for (const i of this.transformers) o += i.getSuffixCode();
        let r = this.tokens.finish(),
          { code: s } = r;
        if (s.startsWith("#!")) {
          let i = s.indexOf(`
`);
          return (
            i === -1 &&
              ((i = s.length),
              (s += `
`)),
            {
              code: s.slice(0, i + 1) + n + s.slice(i + 1) + o,
              mappings: this.shiftMappings(r.mappings, n.length),
            }
          );
        } else return { code: n + s + o, mappings: this.shiftMappings(r.mappings, n.length) };
      }
      processBalancedCode() {
        let e = 0,
          n = 0;
        for (; !this.tokens.isAtEnd(); ) {
          if (
            this.tokens.matches1(ct.TokenType.braceL) ||
            this.tokens.matches1(ct.TokenType.dollarBraceL)
          )
            e++;
          else if (this.tokens.matches1(ct.TokenType.braceR)) {
            if (e === 0) return;
            e--;
          }
          if (this.tokens.matches1(ct.TokenType.parenL)) n++;
          else if (this.tokens.matches1(ct.TokenType.parenR)) {
            if (n === 0) return;
            n--;
          }
          this.processToken();
        }
      }
      processToken() {
        if (this.tokens.matches1(ct.TokenType._class)) {
          this.processClass();
          return;
        }
        for (const e of this.transformers) if (e.process()) return;
        this.tokens.copyToken();
      }
      processNamedClass() {
        if (!this.tokens.matches2(ct.TokenType._class, ct.TokenType.name))
          throw new Error("Expected identifier for exported class name.");
        const e = this.tokens.identifierNameAtIndex(this.tokens.currentIndex() + 1);
        return (this.processClass(), e);
      }
      processClass() {
        let e = W0.default.call(
            void 0,
            this,
            this.tokens,
            this.nameManager,
            this.disableESTransforms,
          ),
          n =
            (e.headerInfo.isExpression || !e.headerInfo.className) &&
            e.staticInitializerNames.length + e.instanceInitializerNames.length > 0,
          o = e.headerInfo.className;
        n &&
          ((o = this.nameManager.claimFreeName("_class")),
          this.generatedVariables.push(o),
          this.tokens.appendCode(` (${o} =`));
        const s = this.tokens.currentToken().contextId;
        if (s == null) throw new Error("Expected class to have a context ID.");
        for (
          this.tokens.copyExpectedToken(ct.TokenType._class);
          !this.tokens.matchesContextIdAndLabel(ct.TokenType.braceL, s);
        )
          this.processToken();
        this.processClassBody(e, o);
        const i = e.staticInitializerNames.map((a) => `${o}.${a}()`);
        n
          ? this.tokens.appendCode(`, ${i.map((a) => `${a}, `).join("")}${o})`)
          : e.staticInitializerNames.length > 0 &&
            this.tokens.appendCode(` ${i.map((a) => `${a};`).join(" ")}`);
      }
      processClassBody(e, n) {
        let {
            headerInfo: o,
            constructorInsertPos: r,
            constructorInitializerStatements: s,
            fields: i,
            instanceInitializerNames: a,
            rangesToRemove: c,
          } = e,
          u = 0,
          d = 0,
          h = this.tokens.currentToken().contextId;
        if (h == null) throw new Error("Expected non-null context ID on class.");
        this.tokens.copyExpectedToken(ct.TokenType.braceL),
          this.isReactHotLoaderTransformEnabled &&
            this.tokens.appendCode(
              "__reactstandin__regenerateByEval(key, code) {this[key] = eval(code);}",
            );
        const f = s.length + a.length > 0;
        if (r === null && f) {
          const _ = this.makeConstructorInitCode(s, a, n);
          if (o.hasSuperclass) {
            const E = this.nameManager.claimFreeName("args");
            this.tokens.appendCode(`constructor(...${E}) { super(...${E}); ${_}; }`);
          } else this.tokens.appendCode(`constructor() { ${_}; }`);
        }
        for (; !this.tokens.matchesContextIdAndLabel(ct.TokenType.braceR, h); )
          if (u < i.length && this.tokens.currentIndex() === i[u].start) {
            let _ = !1;
            for (
              this.tokens.matches1(ct.TokenType.bracketL)
                ? this.tokens.copyTokenWithPrefix(`${i[u].initializerName}() {this`)
                : this.tokens.matches1(ct.TokenType.string) ||
                    this.tokens.matches1(ct.TokenType.num)
                  ? (this.tokens.copyTokenWithPrefix(`${i[u].initializerName}() {this[`), (_ = !0))
                  : this.tokens.copyTokenWithPrefix(`${i[u].initializerName}() {this.`);
              this.tokens.currentIndex() < i[u].end;
            )
              _ && this.tokens.currentIndex() === i[u].equalsIndex && this.tokens.appendCode("]"),
                this.processToken();
            this.tokens.appendCode("}"), u++;
          } else if (d < c.length && this.tokens.currentIndex() >= c[d].start) {
            for (
              this.tokens.currentIndex() < c[d].end && this.tokens.removeInitialToken();
              this.tokens.currentIndex() < c[d].end;
            )
              this.tokens.removeToken();
            d++;
          } else
            this.tokens.currentIndex() === r
              ? (this.tokens.copyToken(),
                f && this.tokens.appendCode(`;${this.makeConstructorInitCode(s, a, n)};`),
                this.processToken())
              : this.processToken();
        this.tokens.copyExpectedToken(ct.TokenType.braceR);
      }
      makeConstructorInitCode(e, n, o) {
        return [...e, ...n.map((r) => `${o}.prototype.${r}.call(this)`)].join(";");
      }
      processPossibleArrowParamEnd() {
        if (
          this.tokens.matches2(ct.TokenType.parenR, ct.TokenType.colon) &&
          this.tokens.tokenAtRelativeIndex(1).isType
        ) {
          let e = this.tokens.currentIndex() + 1;
          for (; this.tokens.tokens[e].isType; ) e++;
          if (this.tokens.matches1AtIndex(e, ct.TokenType.arrow)) {
            for (this.tokens.removeInitialToken(); this.tokens.currentIndex() < e; )
              this.tokens.removeToken();
            return (this.tokens.replaceTokenTrimmingLeftWhitespace(") =>"), !0);
          }
        }
        return !1;
      }
      processPossibleAsyncArrowWithTypeParams() {
        if (
          !this.tokens.matchesContextual(K0.ContextualKeyword._async) &&
          !this.tokens.matches1(ct.TokenType._async)
        )
          return !1;
        const e = this.tokens.tokenAtRelativeIndex(1);
        if (e.type !== ct.TokenType.lessThan || !e.isType) return !1;
        let n = this.tokens.currentIndex() + 1;
        for (; this.tokens.tokens[n].isType; ) n++;
        if (this.tokens.matches1AtIndex(n, ct.TokenType.parenL)) {
          for (
            this.tokens.replaceToken("async ("), this.tokens.removeInitialToken();
            this.tokens.currentIndex() < n;
          )
            this.tokens.removeToken();
          return (this.tokens.removeToken(), this.processBalancedCode(), this.processToken(), !0);
        }
        return !1;
      }
      processPossibleTypeRange() {
        if (this.tokens.currentToken().isType) {
          for (this.tokens.removeInitialToken(); this.tokens.currentToken().isType; )
            this.tokens.removeToken();
          return !0;
        }
        return !1;
      }
      shiftMappings(e, n) {
        for (let o = 0; o < e.length; o++) {
          const r = e[o];
          r !== void 0 && (e[o] = r + n);
        }
        return e;
      }
    };
  nl.default = tl;
});
var gd = z((vr) => {
  vr.__esModule = !0;
  vr.LinesAndColumns = void 0;
  var qs = `
`,
    yd = "\r",
    kd = (() => {
      function t(e) {
        this.string = e;
        for (var n = [0], o = 0; o < e.length; )
          switch (e[o]) {
            case qs:
              (o += qs.length), n.push(o);
              break;
            case yd:
              (o += yd.length), e[o] === qs && (o += qs.length), n.push(o);
              break;
            default:
              o++;
              break;
          }
        this.offsets = n;
      }
      return (
        (t.prototype.locationForIndex = function (e) {
          if (e < 0 || e > this.string.length) return null;
          for (var n = 0, o = this.offsets; o[n + 1] <= e; ) n++;
          var r = e - o[n];
          return { line: n, column: r };
        }),
        (t.prototype.indexForLocation = function (e) {
          var n = e.line,
            o = e.column;
          return n < 0 || n >= this.offsets.length || o < 0 || o > this.lengthOfLine(n)
            ? null
            : this.offsets[n] + o;
        }),
        (t.prototype.lengthOfLine = function (e) {
          var n = this.offsets[e],
            o = e === this.offsets.length - 1 ? this.string.length : this.offsets[e + 1];
          return o - n;
        }),
        t
      );
    })();
  vr.LinesAndColumns = kd;
  vr.default = kd;
});
var vd = z((ol) => {
  Object.defineProperty(ol, "__esModule", { value: !0 });
  function fx(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var mx = gd(),
    Tx = fx(mx),
    yx = xe();
  function kx(t, e) {
    if (e.length === 0) return "";
    const n = Object.keys(e[0]).filter(
        (f) => f !== "type" && f !== "value" && f !== "start" && f !== "end" && f !== "loc",
      ),
      o = Object.keys(e[0].type).filter((f) => f !== "label" && f !== "keyword"),
      r = ["Location", "Label", "Raw", ...n, ...o],
      s = new Tx.default(t),
      i = [r, ...e.map(c)],
      a = r.map(() => 0);
    for (const f of i) for (let _ = 0; _ < f.length; _++) a[_] = Math.max(a[_], f[_].length);
    return i
      .map((f) => f.map((_, E) => _.padEnd(a[E])).join(" "))
      .join(`
`);
    function c(f) {
      const _ = t.slice(f.start, f.end);
      return [
        d(f.start, f.end),
        yx.formatTokenType.call(void 0, f.type),
        gx(String(_), 14),
        ...n.map((E) => u(f[E], E)),
        ...o.map((E) => u(f.type[E], E)),
      ];
    }
    function u(f, _) {
      return f === !0 ? _ : f === !1 || f === null ? "" : String(f);
    }
    function d(f, _) {
      return `${h(f)}-${h(_)}`;
    }
    function h(f) {
      const _ = s.locationForIndex(f);
      return _ ? `${_.line + 1}:${_.column + 1}` : "Unknown";
    }
  }
  ol.default = kx;
  function gx(t, e) {
    return t.length > e ? `${t.slice(0, e - 3)}...` : t;
  }
});
var xd = z((rl) => {
  Object.defineProperty(rl, "__esModule", { value: !0 });
  function vx(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var $t = xe(),
    xx = Zo(),
    _x = vx(xx);
  function wx(t) {
    const e = new Set();
    for (let n = 0; n < t.tokens.length; n++)
      t.matches1AtIndex(n, $t.TokenType._import) &&
        !t.matches3AtIndex(n, $t.TokenType._import, $t.TokenType.name, $t.TokenType.eq) &&
        bx(t, n, e);
    return e;
  }
  rl.default = wx;
  function bx(t, e, n) {
    e++,
      !t.matches1AtIndex(e, $t.TokenType.parenL) &&
        (t.matches1AtIndex(e, $t.TokenType.name) &&
          (n.add(t.identifierNameAtIndex(e)), e++, t.matches1AtIndex(e, $t.TokenType.comma) && e++),
        t.matches1AtIndex(e, $t.TokenType.star) &&
          ((e += 2), n.add(t.identifierNameAtIndex(e)), e++),
        t.matches1AtIndex(e, $t.TokenType.braceL) && (e++, Cx(t, e, n)));
  }
  function Cx(t, e, n) {
    for (;;) {
      if (t.matches1AtIndex(e, $t.TokenType.braceR)) return;
      const o = _x.default.call(void 0, t, e);
      if (
        ((e = o.endIndex),
        o.isType || n.add(o.rightName),
        t.matches2AtIndex(e, $t.TokenType.comma, $t.TokenType.braceR))
      )
        return;
      if (t.matches1AtIndex(e, $t.TokenType.braceR)) return;
      if (t.matches1AtIndex(e, $t.TokenType.comma)) e++;
      else throw new Error(`Unexpected token: ${JSON.stringify(t.tokens[e])}`);
    }
  }
});
var bd = z((xr) => {
  Object.defineProperty(xr, "__esModule", { value: !0 });
  function Zn(t) {
    return t && t.__esModule ? t : { default: t };
  }
  var Ix = Q1(),
    Sx = Zn(Ix),
    Ex = nu(),
    Ax = Zn(Ex),
    Ox = ou(),
    Px = iu(),
    _d = Zn(Px),
    Nx = cu(),
    Rx = Zn(Nx),
    Mx = Iu(),
    Dx = mc(),
    Lx = Vp(),
    Fx = Zn(Lx),
    qx = Td(),
    $x = Zn(qx),
    jx = vd(),
    Bx = Zn(jx),
    Vx = xd(),
    Kx = Zn(Vx);
  function Hx() {
    return "3.35.1";
  }
  xr.getVersion = Hx;
  function Wx(t, e) {
    Mx.validateOptions.call(void 0, e);
    try {
      let n = wd(t, e),
        r = new $x.default(n, e.transforms, !!e.enableLegacyBabel5ModuleInterop, e).transform(),
        s = { code: r.code };
      if (e.sourceMapOptions) {
        if (!e.filePath)
          throw new Error("filePath must be specified when generating a source map.");
        s = {
          ...s,
          sourceMap: Ax.default.call(
            void 0,
            r,
            e.filePath,
            e.sourceMapOptions,
            t,
            n.tokenProcessor.tokens,
          ),
        };
      }
      return s;
    } catch (n) {
      throw (e.filePath && (n.message = `Error transforming ${e.filePath}: ${n.message}`), n);
    }
  }
  xr.transform = Wx;
  function Ux(t, e) {
    const n = wd(t, e).tokenProcessor.tokens;
    return Bx.default.call(void 0, t, n);
  }
  xr.getFormattedTokens = Ux;
  function wd(t, e) {
    let n = e.transforms.includes("jsx"),
      o = e.transforms.includes("typescript"),
      r = e.transforms.includes("flow"),
      s = e.disableESTransforms === !0,
      i = Dx.parse.call(void 0, t, n, o, r),
      a = i.tokens,
      c = i.scopes,
      u = new Rx.default(t, a),
      d = new Ox.HelperManager(u),
      h = new Fx.default(t, a, r, s, d),
      f = !!e.enableLegacyTypeScriptModuleInterop,
      _ = null;
    return (
      e.transforms.includes("imports")
        ? ((_ = new Sx.default(
            u,
            h,
            f,
            e,
            e.transforms.includes("typescript"),
            !!e.keepUnusedImports,
            d,
          )),
          _.preprocessTokens(),
          _d.default.call(void 0, h, c, _.getGlobalNames()),
          e.transforms.includes("typescript") && !e.keepUnusedImports && _.pruneTypeOnlyImports())
        : e.transforms.includes("typescript") &&
          !e.keepUnusedImports &&
          _d.default.call(void 0, h, c, Kx.default.call(void 0, h)),
      { tokenProcessor: h, scopes: c, nameManager: u, importProcessor: _, helperManager: d }
    );
  }
});
var Wl = Sl(Hl(), 1),
  {
    program: Y_,
    createCommand: Z_,
    createArgument: ew,
    createOption: tw,
    CommanderError: Ul,
    InvalidArgumentError: zl,
    InvalidOptionArgumentError: nw,
    Command: Jl,
    Argument: ow,
    Option: rw,
    Help: sw,
  } = Wl.default;
import { readFileSync as Qh, existsSync as Xl } from "node:fs";
import { resolve as Ql, dirname as Yh, extname as Zh } from "node:path";
import { pathToFileURL as ef } from "node:url";
import { inspect as q_ } from "node:util";
function An(t) {
  try {
    return { success: !0, value: JSON.parse(t) };
  } catch (e) {
    return { success: !1, error: e instanceof Error ? e : new Error(String(e)) };
  }
}
function Gl(t, e = "JSON") {
  const n = An(t);
  if (!n.success) throw new SyntaxError(`${e} is not valid JSON: ${n.error.message}`);
  return n.value;
}
var tf = ["codemode.config.json", "codemode.config.mjs", "codemode.config.js"];
async function Oi(t, e = process.cwd()) {
  const n = t ? Ql(e, t) : tf.map((d) => Ql(e, d)).find(Xl);
  if (!n) return { config: {}, baseDirectory: e };
  if (!Xl(n))
    throw new Lt(`The config file ${n} does not exist: check the path given to --config.`);
  const o = Yh(n),
    { parseConfig: r } = await import("./config-LYK5XWFU.js");
  if (Zh(n) === ".json") {
    let d;
    try {
      d = Qh(n, "utf8");
    } catch (f) {
      throw new Lt(`The config file ${n} cannot be read (${f.message}).`);
    }
    const h = An(d);
    if (!h.success) throw new Lt(`The config file ${n} is not valid JSON: ${h.error.message}.`);
    return { config: r(h.value, n), path: n, baseDirectory: o };
  }
  let s;
  try {
    s = await import(ef(n).href);
  } catch (d) {
    throw new Lt(`The config module ${n} failed to load: ${d.message}`);
  }
  const i = s.default;
  if (typeof i != "object" || i === null)
    throw new Lt(`The config module ${n} must export the config object as its default export.`);
  const { functions: a, ...c } = i;
  if (a !== void 0 && (typeof a != "object" || a === null))
    throw new Lt(`${n}: functions must be an object of namespaces of host functions.`);
  const u = { config: r(c, n), path: n, baseDirectory: o };
  return (a && (u.functions = a), u);
}
import { randomUUID as hh } from "node:crypto";
function Yl(t) {
  return { ...(t.mcpServers ?? {}), ...(t.servers ?? {}) };
}
async function Zl(t) {
  const e = Yl(t.config),
    n = [];
  for (const [o, r] of Object.entries(e)) {
    const s = "openapi" in r ? "OpenAPI documents" : "MCP servers";
    throw new Lt(
      `servers.${o}: ${s} are not supported by this version of codemode yet; remove the entry or use host functions.`,
    );
  }
  return n;
}
var e1 = new Set(
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval undefined NaN Infinity globalThis".split(
      " ",
    ),
  ),
  nf = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function _o(t) {
  return nf.test(t) && !e1.has(t);
}
function gn(t) {
  let e = t.replace(/[^A-Za-z0-9_$]+/g, "_");
  return (
    (e === "" || e === "_") && (e = "_unnamed"),
    /^[0-9]/.test(e) && (e = `_${e}`),
    e1.has(e) && (e = `${e}_`),
    e
  );
}
function t1(t) {
  const e = new Map(),
    n = new Set(),
    o = [...new Set(t)].sort((r, s) => +!_o(r) - +!_o(s) || (r < s ? -1 : r > s ? 1 : 0));
  for (const r of o) {
    let s = gn(r),
      i = s;
    for (let a = 2; n.has(i); a++) i = `${s}_${a}`;
    n.add(i), e.set(r, i);
  }
  return e;
}
import { createRequire as of } from "node:module";
var Pi = of(import.meta.url),
  n1 = (t) => Pi("ajv-formats")(t),
  Mr,
  Dr;
function rf(t) {
  const e = typeof t == "object" ? String(t.$schema ?? "") : "";
  if (e.includes("2020-12") || e.includes("2019-09")) {
    if (!Dr) {
      const { Ajv2020: n } = Pi("ajv/dist/2020.js");
      (Dr = new n({ allErrors: !0, strict: !1, validateFormats: !0 })), n1(Dr);
    }
    return Dr;
  }
  if (!Mr) {
    const { Ajv: n } = Pi("ajv");
    (Mr = new n({ allErrors: !0, strict: !1, validateFormats: !0 })), n1(Mr);
  }
  return Mr;
}
function o1(t) {
  let e;
  try {
    e = rf(t).compile(typeof t == "boolean" ? t : sf(t));
  } catch (n) {
    const o = n instanceof Error ? n.message : String(n);
    return () => ({ valid: !1, message: `its input schema cannot be used (${o})` });
  }
  return (n) => (e(n) ? { valid: !0 } : { valid: !1, message: af(e.errors ?? []) });
}
function sf(t) {
  if (!("$id" in t)) return t;
  const { $id: e, ...n } = t;
  return n;
}
function af(t) {
  const e = t.slice(0, 8).map((n) => {
    const o = n.instancePath ? n.instancePath.slice(1).replaceAll("/", ".") : "input";
    return n.keyword === "additionalProperties"
      ? `${o}: unknown property "${String(n.params.additionalProperty)}"`
      : n.keyword === "enum"
        ? `${o}: must be one of ${JSON.stringify(n.params.allowedValues)}`
        : `${o}: ${n.message ?? "is invalid"}`;
  });
  return (t.length > 8 && e.push(`\u2026 and ${t.length - 8} more`), e.join("; "));
}
function r1(t) {
  return typeof t == "object" && t !== null && "~standard" in t;
}
async function Ni(t, e) {
  if (!r1(t)) return t;
  const n = t["~standard"];
  if (n.jsonSchema?.input) return n.jsonSchema.input({ target: "draft-2020-12" });
  if (n.vendor === "zod") {
    const { toJSONSchema: o } = await import("./zod-3V2NKU2Z.js");
    return o(t, { io: "input", unrepresentable: "any" });
  }
  throw new Lt(
    `${e}: a ${n.vendor} schema cannot be turned into JSON Schema; give a JSON Schema or a zod schema instead.`,
  );
}
function s1(t) {
  if (r1(t))
    return async (n) => {
      const o = await t["~standard"].validate(n);
      return o.issues
        ? {
            valid: !1,
            message: o.issues
              .slice(0, 8)
              .map((s) => `${s.path?.length ? s.path.map(cf).join(".") : "input"}: ${s.message}`)
              .join("; "),
          }
        : { valid: !0, value: o.value };
    };
  let e;
  return async (n) => ((e ??= o1(t)), e(n));
}
function cf(t) {
  return typeof t == "object" && t !== null && "key" in t ? String(t.key) : String(t);
}
var lf = { type: "object" },
  Lr = class {
    namespace;
    functions;
    entries = new Map();
    operations;
    constructor(e, n) {
      (this.namespace = e), (this.functions = n);
    }
    async listOperations() {
      if (this.operations) return this.operations;
      const e = t1(Object.keys(this.functions)),
        n = [];
      for (const [o, r] of Object.entries(this.functions)) {
        const s = e.get(o) ?? o,
          i = `${this.namespace}.${s}`;
        if (typeof r?.execute != "function")
          throw new ui("config_invalid", `${i} has no execute function: give it execute(args).`);
        const a = r.input ?? lf;
        this.entries.set(s, { fn: r, validate: s1(a) });
        const c = {
          namespace: this.namespace,
          name: s,
          inputSchema: await Ni(a, i),
          source: { kind: "functions", ...(s === o ? {} : { originalName: o }) },
        };
        r.description && (c.description = r.description),
          r.output && (c.outputSchema = await Ni(r.output, i)),
          r.annotations && (c.annotations = r.annotations),
          n.push(c);
      }
      return ((this.operations = n), n);
    }
    async callOperation(e, n, o) {
      this.operations || (await this.listOperations());
      const r = this.entries.get(e),
        s = `${this.namespace}.${e}`;
      if (!r) throw new At(`There is no operation "${s}".`, { code: "unknown_operation" });
      const i = await r.validate(n);
      if (!i.valid)
        throw new At(
          `${s}: invalid input: ${i.message}. Call describe("${s}") for the expected shape.`,
          { code: "invalid_input" },
        );
      try {
        return await r.fn.execute(i.value === void 0 ? n : i.value, o);
      } catch (a) {
        if (a instanceof ui) throw a;
        const c = a instanceof Error ? a.message : String(a);
        throw new At(`${s} failed: ${c}`, { cause: a });
      }
    }
  };
function Fr(t) {
  return `${t.namespace}.${t.name}`;
}
var i1 = new Set(["codemode", "console", "ToolError"]),
  qr = class {
    connectors = new Map();
    operationsByPath = new Map();
    version = 0;
    constructor(e) {
      for (const n of e) {
        if (!_o(n.namespace) || i1.has(n.namespace))
          throw new Lt(
            `"${n.namespace}" cannot be a namespace: use a name made of letters, digits and _ that is not reserved (${[...i1].join(", ")}).`,
          );
        if (this.connectors.has(n.namespace))
          throw new Lt(`Two sources are named "${n.namespace}": give each a different key.`);
        this.connectors.set(n.namespace, n);
      }
    }
    async refresh() {
      const e = await Promise.all([...this.connectors.values()].map((o) => o.listOperations())),
        n = new Map();
      for (const o of e.flat()) n.set(Fr(o), o);
      (this.operationsByPath = n), this.version++;
    }
    get revision() {
      return this.version;
    }
    operations() {
      return [...this.operationsByPath.values()];
    }
    get(e) {
      return this.operationsByPath.get(e);
    }
    namespaces() {
      return [...this.connectors.keys()];
    }
    globals() {
      const e = {};
      for (const n of this.connectors.keys()) e[n] = [];
      for (const n of this.operationsByPath.values()) e[n.namespace]?.push(n.name);
      return e;
    }
    async call(e, n, o, r) {
      const s = this.connectors.get(e),
        i = `${e}.${n}`;
      if (!s || !this.operationsByPath.has(i)) throw new El(i);
      return s.callOperation(n, o, r);
    }
    async close() {
      await Promise.allSettled([...this.connectors.values()].map((e) => e.close?.()));
    }
  };
function a1(t, e, n) {
  return t === void 0
    ? void 0
    : t.length <= e
      ? n(t)
      : {
          truncated: !0,
          notice: `The result was ${t.length} characters of JSON, more than limits.maxOutputChars (${e}), and was cut. Return only what you need (pick fields, slice arrays), or raise the limit.`,
          preview: t.slice(0, e),
        };
}
var $r = class {
  maxChars;
  lines = [];
  used = 0;
  overflowed = !1;
  constructor(e) {
    this.maxChars = e;
  }
  push(e) {
    if (this.overflowed) return !1;
    const n = this.maxChars - this.used;
    return e.length + 1 <= n
      ? (this.lines.push(e), (this.used += e.length + 1), !0)
      : (n > 0 && this.lines.push(e.slice(0, n)),
        this.lines.push(
          `\u2026 output truncated at ${this.maxChars} characters (limits.maxOutputChars)`,
        ),
        (this.overflowed = !0),
        !1);
  }
};
var c1 = "codemode",
  uf = { "codemode.search": ["query", "options"], "codemode.describe": ["path"] };
async function l1(t, e) {
  let n = Date.now(),
    o = e.newExecutionId(),
    { limits: r } = e,
    s = new $r(r.maxOutputChars),
    i = 0,
    a = (f) => ({
      executionId: o,
      logs: s.lines,
      ...f,
      stats: { durationMs: Date.now() - n, toolCalls: i },
    }),
    c;
  try {
    if (((c = e.transpiler.transpile(t)), e.checker)) {
      const f = await e.checker.check(t, e.declarations());
      if (f.length > 0) throw new xo("type_error", f);
    }
  } catch (f) {
    if (f instanceof xo) return a({ status: "failed", error: df(f) });
    throw f;
  }
  const u = new AbortController(),
    d = {
      async call(f, _, E) {
        if ((i++, i > r.maxToolCalls)) throw new Ol(r.maxToolCalls);
        return f === c1
          ? pf(e.discovery, _, E)
          : e.catalog.call(f, _, E, { executionId: o, signal: u.signal });
      },
      log(f, _) {
        if (!s.push(f === "log" || f === "info" ? _ : `[${f}] ${_}`))
          throw new Pl(r.maxOutputChars);
      },
      nondeterminism: e.nondeterminism,
    },
    h = { ...e.catalog.globals(), [c1]: ["search", "describe"] };
  try {
    const f = await e.sandbox.run({
      code: c,
      globals: h,
      positional: uf,
      bridge: d,
      limits: r,
      signal: u.signal,
    });
    if (!f.ok) return a({ status: "failed", error: f.error });
    const _ = a1(f.resultJson, r.maxOutputChars, (E) => Gl(E, "The script's result"));
    return a(_ === void 0 ? { status: "completed" } : { status: "completed", result: _ });
  } finally {
    u.abort();
  }
}
async function pf(t, e, n) {
  const o = n ?? {};
  if (e === "search") {
    if (typeof o.query != "string") throw new At("codemode.search needs a query string.");
    const r = typeof o.options?.limit == "number" ? o.options.limit : void 0;
    return t.search(o.query, r === void 0 ? {} : { limit: r });
  }
  if (e === "describe") {
    if (typeof o.path != "string")
      throw new At('codemode.describe needs a path such as "ns.name".');
    return t.describe(o.path);
  }
  throw new At(`codemode.${e} does not exist: use codemode.search or codemode.describe.`);
}
function df(t) {
  const e = t.diagnostics[0];
  return {
    name: t.code === "syntax_error" ? "SyntaxError" : "TypeError",
    message: t.message,
    code: t.code,
    ...(e ? { line: e.line } : {}),
    ...(e?.column ? { column: e.column } : {}),
    details: { diagnostics: t.diagnostics },
  };
}
var Go = Object.freeze({
  timeoutMs: 3e4,
  cpuMs: 3e4,
  memoryMb: 64,
  maxToolCalls: 1e3,
  maxOutputChars: 2e4,
});
function Ri(...t) {
  const e = {};
  for (const o of t) if (o) for (const [r, s] of Object.entries(o)) s !== void 0 && (e[r] = s);
  const n = e.timeoutMs ?? Go.timeoutMs;
  return {
    timeoutMs: n,
    cpuMs: e.cpuMs ?? Math.min(n, Go.cpuMs),
    memoryMb: e.memoryMb ?? Go.memoryMb,
    maxToolCalls: e.maxToolCalls ?? Go.maxToolCalls,
    maxOutputChars: e.maxOutputChars ?? Go.maxOutputChars,
  };
}
function u1(t) {
  const e = new Map();
  for (const r of t.operations) e.set(r.namespace, (e.get(r.namespace) ?? 0) + 1);
  const n = [...e].map(([r, s]) => `${r} (${s} operations)`).join(", "),
    o =
      t.declarations.length <= 6e3
        ? `These are all the operations, as TypeScript declarations:

\`\`\`ts
${t.declarations.trim()}
\`\`\``
        : `Namespaces: ${n}. Use search to find operations and describe to read their exact types.`;
  return [
    "You act by writing TypeScript that the `execute` tool runs in a sandbox.",
    "Every API is a global namespace of async functions that take one object argument: `const r = await ns.name({ ... })`.",
    "Write one script for the whole task: loops, conditions and Promise.all instead of one call per step.",
    "Only console.log output and the script's returned value come back to you: return or print just what you need, not whole payloads.",
    "There is no network, filesystem, process, require or import in the sandbox. A failed call throws a ToolError you can catch.",
    t.operations.length === 0 ? "No operations are configured yet." : o,
  ].join(`
`);
}
function p1(t, e) {
  return typeof t == "object" && t !== null ? t[e] : void 0;
}
function Mi(t, e, n) {
  const o = p1(t, e);
  if (typeof o != "string" || o.trim() === "")
    throw new At(`${n} needs "${e}", a non-empty string.`);
  return o;
}
function d1(t) {
  return {
    search: {
      name: "search",
      description:
        "Find operations by what they do. Returns ranked `namespace.name` paths with one-line signatures. Search first, then describe what you will call.",
      inputSchema: {
        type: "object",
        properties: {
          query: { type: "string", description: "What you want to do, in words" },
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 50,
            description: "How many results (default 10)",
          },
        },
        required: ["query"],
      },
      annotations: { readOnlyHint: !0, destructiveHint: !1, idempotentHint: !0, openWorldHint: !1 },
      execute: async (e) => {
        const n = p1(e, "limit");
        return t.search(Mi(e, "query", "search"), typeof n == "number" ? { limit: n } : {});
      },
    },
    describe: {
      name: "describe",
      description:
        "The exact TypeScript declaration of an operation (`ns.name`) or of a whole namespace (`ns`): argument and result types.",
      inputSchema: {
        type: "object",
        properties: { path: { type: "string", description: "`namespace.name` or `namespace`" } },
        required: ["path"],
      },
      annotations: { readOnlyHint: !0, destructiveHint: !1, idempotentHint: !0, openWorldHint: !1 },
      execute: async (e) => t.describe(Mi(e, "path", "describe")),
    },
    execute: {
      name: "execute",
      description: [
        "Run a TypeScript script in a sandbox. Every namespace is a global of async functions taking one object: `await ns.name({...})`.",
        "Do the whole task in one script: loops, conditions, Promise.all. Top-level await and return work.",
        "Only console.log output and the returned value come back: return just what you need.",
        "No network, filesystem, require or import. A failed call throws ToolError (catchable). Type errors against the declarations are reported before anything runs.",
      ].join(`
`),
      inputSchema: {
        type: "object",
        properties: { code: { type: "string", description: "The TypeScript script" } },
        required: ["code"],
      },
      annotations: { readOnlyHint: !1, destructiveHint: !0, idempotentHint: !1, openWorldHint: !0 },
      execute: async (e) => t.execute(Mi(e, "code", "execute")),
    },
  };
}
import { readFile as ff } from "node:fs/promises";
import { createRequire as mf } from "node:module";
import { dirname as Tf, join as yf } from "node:path";
import kf from "@jitl/quickjs-wasmfile-release-sync";
async function h1(t) {
  const e = jr(await t),
    [n, o, { QuickJSWASMModule: r }] = await Promise.all([
      e.importModuleLoader().then(jr),
      e.importFFI(),
      import("./module-ES6BEMUI-76PXMIHV.js").then(jr),
    ]),
    s = await n();
  s.type = "sync";
  const i = new o(s);
  return new r(s, i);
}
function jr(t) {
  return t && "default" in t && t.default
    ? t.default && "default" in t.default && t.default.default
      ? t.default.default
      : t.default
    : t;
}
function f1(t, e) {
  return {
    ...t,
    async importModuleLoader() {
      const n = jr(await t.importModuleLoader());
      return async () => {
        const o = e.emscriptenModule ? { ...e.emscriptenModule } : {},
          r = e.log ?? ((...h) => Nl("newVariant moduleLoader:", ...h)),
          s = (h, f) => (r(...h, f), f),
          i = (h) => (typeof h == "function" ? h() : h);
        (e.wasmLocation || e.wasmSourceMapLocation || e.locateFile) &&
          (o.locateFile = (h, f) => {
            const _ = { fileName: h, relativeTo: f };
            if (h.endsWith(".wasm") && e.wasmLocation !== void 0)
              return s(["locateFile .wasm: provide wasmLocation", _], e.wasmLocation);
            if (h.endsWith(".map")) {
              if (e.wasmSourceMapLocation !== void 0)
                return s(
                  ["locateFile .map: provide wasmSourceMapLocation", _],
                  e.wasmSourceMapLocation,
                );
              if (e.wasmLocation && !e.locateFile)
                return s(["locateFile .map: infer from wasmLocation", _], e.wasmLocation + ".map");
            }
            return e.locateFile
              ? s(["locateFile: use provided fn", _], e.locateFile(h, f))
              : s(["locateFile: unhandled, passthrough", _], h);
          }),
          e.wasmBinary && (o.wasmBinary = await i(e.wasmBinary)),
          e.wasmMemory && (o.wasmMemory = await i(e.wasmMemory));
        let a = e.wasmModule,
          c;
        a &&
          (o.instantiateWasm = async (h, f) => {
            c ?? (c = Promise.resolve(i(a)));
            const _ = await c;
            if (!_) throw new di(`options.wasmModule returned ${String(_)}`);
            const E = await WebAssembly.instantiate(_, h);
            return (f(E), E.exports);
          }),
          (o.monitorRunDependencies = (h) => {
            r("monitorRunDependencies:", h);
          }),
          (o.quickjsEmscriptenInit = () => hf(r));
        const u = n(o),
          d = o.quickjsEmscriptenInit?.(r);
        if (a && d?.receiveWasmOffsetConverter && !d.existingWasmOffsetConverter) {
          const h = (await i(e.wasmBinary)) ?? new ArrayBuffer(0);
          c ?? (c = Promise.resolve(i(a)));
          const f = await c;
          if (!f) throw new di(`options.wasmModule returned ${String(f)}`);
          d.receiveWasmOffsetConverter(h, f);
        }
        if (d?.receiveSourceMapJSON) {
          const h = await i(e.wasmSourceMapData);
          typeof h == "string"
            ? d.receiveSourceMapJSON(JSON.parse(h))
            : h
              ? d.receiveSourceMapJSON(h)
              : d.receiveSourceMapJSON({ version: 3, names: [], sources: [], mappings: "" });
        }
        return u;
      };
    },
  };
}
function hf(t) {
  const e = "mock called, emscripten module may not be initialized yet";
  return {
    mock: !0,
    removeRunDependency(n) {
      t(`${e}: removeRunDependency called:`, n);
    },
    receiveSourceMapJSON(n) {
      t(`${e}: receiveSourceMapJSON called:`, n);
    },
    WasmOffsetConverter: void 0,
    receiveWasmOffsetConverter(n, o) {
      t(`${e}: receiveWasmOffsetConverter called:`, n, o);
    },
  };
}
var gf = kf,
  vf = 64 * 1024,
  xf = 1024 * 1024,
  _f = 16,
  wf = 2e3,
  Br = class t {
    idle = new Map();
    maxIdle;
    constructor(e = {}) {
      this.maxIdle = e.maxIdle ?? 4;
    }
    async acquire(e) {
      const n = this.idle.get(e)?.pop();
      return n || t.create(e);
    }
    release(e, n) {
      if ((e.runs++, !n.healthy || e.runs >= wf)) {
        (this.idle.get(e.memoryMb)?.length ?? 0) === 0 && this.warm(e.memoryMb);
        return;
      }
      const o = this.idle.get(e.memoryMb) ?? [];
      o.length < this.maxIdle && o.push(e), this.idle.set(e.memoryMb, o);
    }
    async warm(e) {
      const n = await t.create(e),
        o = this.idle.get(e) ?? [];
      o.length < this.maxIdle && o.push(n), this.idle.set(e, o);
    }
    clear() {
      this.idle.clear();
    }
    static async create(e) {
      const n = Math.ceil(((e + _f) * xf) / vf),
        o = new WebAssembly.Memory({ initial: n, maximum: n }),
        r = await bf();
      return {
        module: await h1(f1(gf, { wasmModule: r, wasmMemory: o })),
        memory: o,
        memoryMb: e,
        runs: 0,
      };
    }
  },
  Di;
function bf() {
  if (!Di) {
    const t = mf(import.meta.url),
      e = Tf(t.resolve("@jitl/quickjs-wasmfile-release-sync/package.json"));
    Di = ff(yf(e, "dist", "emscripten-module.wasm")).then((n) => WebAssembly.compile(n));
  }
  return Di;
}
import { formatWithOptions as Cf, inspect as If } from "node:util";
var Sf = { depth: 4, breakLength: 100, maxArrayLength: 100, maxStringLength: 1e4 };
function On(t) {
  return { [If.custom]: () => t };
}
function Ef(t) {
  const e = () => {};
  Object.defineProperty(e, "name", { value: t });
  const n = Object.create(Object.prototype, { constructor: { value: e } });
  return ((e.prototype = n), n);
}
function jn(t, e, n) {
  switch (t.t) {
    case "null":
      return null;
    case "u":
      return;
    case "s":
      return t.more ? `${t.v}\u2026 (${t.more} more characters)` : t.v;
    case "n":
      return Number(t.v);
    case "bool":
      return t.v;
    case "big":
      return BigInt(t.v);
    case "sym":
      return Symbol(t.v);
    case "f":
      return On(
        `[${t.cls ? "class" : "Function"}${t.name ? `${t.cls ? " " : ": "}${t.name}` : " (anonymous)"}]`,
      );
    case "ref":
      return e.get(t.id) ?? On("[Circular]");
    case "deep":
      return On(t.arr ? "[Array]" : "[Object]");
    case "more":
      return On(`${t.v} more properties`);
    case "cut":
      return On("\u2026");
    case "a": {
      const o = [];
      e.set(t.id, o);
      const r = Math.min(t.items.length, 100);
      for (let s = 0; s < r; s++) o.push(jn(t.items[s], e, n));
      return (t.length > r && o.push(On(`... ${t.length - r} more items`)), o);
    }
    case "d":
      return t.v === null ? new Date(Number.NaN) : new Date(t.v);
    case "re":
      return On(t.v);
    case "e": {
      const o = new Error(t.message);
      e.set(t.id, o),
        Object.defineProperty(o, "name", { value: t.name, configurable: !0, writable: !0 });
      const r = n(t.stack).trimEnd();
      o.stack = `${t.name}: ${t.message}${
        r
          ? `
${r}`
          : ""
      }`;
      for (const [s, i] of t.props) o[s] = jn(i, e, n);
      return o;
    }
    case "map": {
      const o = new Map();
      e.set(t.id, o);
      for (const [r, s] of t.items) o.set(jn(r, e, n), jn(s, e, n));
      return o;
    }
    case "set": {
      const o = new Set();
      e.set(t.id, o);
      for (const r of t.items) o.add(jn(r, e, n));
      return o;
    }
    case "p":
      return On("Promise { <pending> }");
    case "ta": {
      const o = t.length > 100 ? `, ... ${t.length - 100} more items` : "",
        r = t.items.slice(0, 100).join(", ");
      return On(`${t.ctor}(${t.length}) [${r ? ` ${r}${o} ` : ""}]`);
    }
    case "o": {
      const o = t.ctor === null ? null : t.ctor === "Object" ? Object.prototype : Ef(t.ctor),
        r = Object.create(o);
      e.set(t.id, r);
      for (const [s, i] of t.props)
        s === "..." && i.t === "more" ? (r["..."] = jn(i, e, n)) : (r[s] = jn(i, e, n));
      return r;
    }
  }
}
function m1(t, e = (n) => n) {
  const n = An(t);
  if (!n.success || !Array.isArray(n.value)) return String(t);
  const o = new Map(),
    r = n.value.map((s) => jn(s, o, e));
  return Cf(Sf, ...r);
}
var Vr = "script.ts",
  Af = /script\.ts:(\d+)(?::(\d+))?/g;
function Li(t, e) {
  const n = t
      .split(`
`)
      .filter((r) => r.trim() !== "" && !r.includes("prelude.js"))
      .map((r) =>
        r.replace(Af, (s, i, a) => {
          const c = Math.max(1, Number(i) - e);
          return `${Vr}:${c}${a ? `:${a}` : ""}`;
        }),
      ),
    o = n.slice(0, 10);
  return (
    n.length > 10 && o.push(`    ... ${n.length - 10} more frames`),
    o.join(`
`)
  );
}
function T1(t, e) {
  if (!t.stack) return t;
  const n = Li(t.stack, e),
    o = { ...t, stack: n },
    r = /script\.ts:(\d+)(?::(\d+))?/.exec(n);
  return (r && ((o.line = Number(r[1])), r[2] && (o.column = Number(r[2]))), o);
}
var y1 = String.raw`(function (host, configJson) {
  "use strict";
  const config = JSON.parse(configJson);
  const G = globalThis;
  const stringify = JSON.stringify, parse = JSON.parse;
  const ObjectKeys = Object.keys, getPrototypeOf = Object.getPrototypeOf, isArray = Array.isArray;
  const freeze = Object.freeze, defineProperty = Object.defineProperty;
  const RealDate = Date;
  const maxString = config.maxStringChars;
  const hostCall = host.call, hostLog = host.log, hostDraw = host.draw, hostFinish = host.finish;
  const hostSetTimer = host.setTimer, hostClearTimer = host.clearTimer;

  class ToolError extends Error {
    constructor(message, code, details) {
      super(message);
      this.code = code === undefined ? "tool_failed" : code;
      if (details !== undefined) this.details = details;
    }
  }
  defineProperty(ToolError.prototype, "name", { value: "ToolError", writable: true, configurable: true });

  function reviveError(payload) {
    let info;
    try { info = parse(payload); } catch { info = { name: "Error", message: String(payload) }; }
    const error = info.name === "ToolError" || info.name === "UnknownOperationError"
      ? new ToolError(info.message, info.code, info.details) : new Error(info.message);
    if (error.name !== info.name) defineProperty(error, "name", { value: info.name, writable: true, configurable: true });
    if (info.code !== undefined && error.code === undefined) error.code = info.code;
    return error;
  }

  function callOperation(namespace, name, input) {
    let json;
    try {
      json = stringify(input === undefined ? {} : input, jsonReplacer);
    } catch (error) {
      return Promise.reject(new TypeError(namespace + "." + name + ": the input must be JSON-serialisable (" + error.message + ")"));
    }
    // The call site's stack, so a failure points at the script's line, not at the bridge.
    const site = new Error();
    return hostCall(namespace, name, json).then(
      (text) => (text === undefined ? undefined : parse(text)),
      (payload) => {
        const error = reviveError(payload);
        error.stack = site.stack;
        throw error;
      },
    );
  }

  for (const namespace of ObjectKeys(config.globals)) {
    const api = {};
    for (const name of config.globals[namespace]) {
      const parameters = config.positional[namespace + "." + name];
      const fn = parameters === undefined
        ? { [name]: (input) => callOperation(namespace, name, input) }[name]
        : { [name]: (...args) => {
            const input = {};
            for (let i = 0; i < parameters.length; i++) if (args[i] !== undefined) input[parameters[i]] = args[i];
            return callOperation(namespace, name, input);
          } }[name];
      api[name] = fn;
    }
    defineProperty(G, namespace, { value: freeze(api), writable: false, enumerable: false, configurable: false });
  }

  // -- console: a tagged tree per argument, formatted on the host like util.inspect --
  // seen: the objects on the path from the argument down (a repeat is a cycle); budget: nodes
  // left for this console call, so a shared-reference graph cannot expand without end.
  function tag(value, seen, depth, budget) {
    if (--budget.left < 0) return { t: "cut" };
    const type = typeof value;
    if (value === null) return { t: "null" };
    if (type === "string") return value.length > maxString ? { t: "s", v: value.slice(0, maxString), more: value.length - maxString } : { t: "s", v: value };
    if (type === "number") return { t: "n", v: String(value) };
    if (type === "boolean") return { t: "bool", v: value };
    if (type === "undefined") return { t: "u" };
    if (type === "bigint") return { t: "big", v: String(value) };
    if (type === "symbol") return { t: "sym", v: value.description === undefined ? "" : value.description };
    if (type === "function") return { t: "f", name: value.name || "", cls: /^class[\s{]/.test(Function.prototype.toString.call(value)) };
    const id = seen.get(value);
    if (id !== undefined) return { t: "ref", id };
    const newId = ++budget.ids;
    seen.set(value, newId);
    try {
      return tagObject(value, seen, depth, budget, newId);
    } finally {
      seen.delete(value);
    }
  }
  function tagObject(value, seen, depth, budget, newId) {
    if (depth > 6) return { t: "deep", id: newId, arr: isArray(value) };
    const next = depth + 1;
    if (isArray(value)) {
      const items = [];
      const n = value.length < 101 ? value.length : 101;
      for (let i = 0; i < n; i++) items.push(tag(value[i], seen, next, budget));
      return { t: "a", id: newId, items, length: value.length };
    }
    if (value instanceof RealDate) return { t: "d", id: newId, v: isNaN(value.getTime()) ? null : value.toISOString() };
    if (value instanceof RegExp) return { t: "re", id: newId, v: String(value) };
    if (value instanceof Error) {
      return { t: "e", id: newId, name: String(value.name), message: String(value.message), stack: typeof value.stack === "string" ? value.stack : "", props: entries(value, seen, next, ["name", "message", "stack"], budget) };
    }
    if (value instanceof Map) {
      const items = [];
      for (const [k, v] of value) { if (items.length > 100) break; items.push([tag(k, seen, next, budget), tag(v, seen, next, budget)]); }
      return { t: "map", id: newId, items, size: value.size };
    }
    if (value instanceof Set) {
      const items = [];
      for (const v of value) { if (items.length > 100) break; items.push(tag(v, seen, next, budget)); }
      return { t: "set", id: newId, items, size: value.size };
    }
    if (value instanceof Promise) return { t: "p", id: newId };
    if (ArrayBuffer.isView(value)) {
      const items = [];
      const n = value.length < 101 ? value.length : 101;
      for (let i = 0; i < n; i++) items.push(typeof value[i] === "bigint" ? String(value[i]) : value[i]);
      return { t: "ta", id: newId, ctor: value.constructor.name, items, length: value.length };
    }
    let ctor = "Object";
    const proto = getPrototypeOf(value);
    if (proto === null) ctor = null;
    else if (proto !== Object.prototype) {
      const c = proto.constructor;
      ctor = typeof c === "function" && c.name ? c.name : "Object";
    }
    return { t: "o", id: newId, ctor, props: entries(value, seen, next, [], budget) };
  }
  function entries(object, seen, depth, skip, budget) {
    const keys = ObjectKeys(object);
    const props = [];
    for (let i = 0; i < keys.length && i < 200; i++) {
      if (skip.indexOf(keys[i]) >= 0) continue;
      let v;
      try { v = object[keys[i]]; } catch (error) { v = "[getter threw]"; }
      props.push([keys[i], tag(v, seen, depth, budget)]);
    }
    if (keys.length > 200) props.push(["...", { t: "more", v: keys.length - 200 }]);
    return props;
  }
  const consoleApi = {};
  for (const level of ["log", "info", "warn", "error", "debug"]) {
    consoleApi[level] = function (...args) {
      const budget = { left: 5000, ids: 0 };
      hostLog(level, stringify(args.map((a) => tag(a, new Map(), 0, budget))));
    };
  }
  consoleApi.trace = consoleApi.debug;
  defineProperty(G, "console", { value: freeze(consoleApi), writable: true, configurable: true });

  // -- non-deterministic values: all drawn from the host through one hook --
  Math.random = function random() { return hostDraw("random"); };
  // A function, not a class: Date() without new must still work. Declared under another name
  // because a hoisted "function Date" would shadow RealDate above.
  const HostDate = function Date(...args) {
    if (new.target === undefined) return new RealDate(hostDraw("now")).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [hostDraw("now")] : args, new.target);
  };
  HostDate.prototype = RealDate.prototype;
  HostDate.now = function now() { return hostDraw("now"); };
  HostDate.parse = RealDate.parse;
  HostDate.UTC = RealDate.UTC;
  defineProperty(RealDate.prototype, "constructor", { value: HostDate, writable: true, configurable: true });
  defineProperty(G, "Date", { value: HostDate, writable: true, configurable: true });
  const crypto = {
    randomUUID() { return hostDraw("uuid"); },
    getRandomValues(array) {
      for (let i = 0; i < array.length; i++) array[i] = Math.floor(hostDraw("random") * 4294967296);
      return array;
    },
  };
  defineProperty(G, "crypto", { value: freeze(crypto), writable: true, configurable: true });

  // -- timers: host timers owned by the run, cancelled when it ends --
  G.setTimeout = function setTimeout(callback, ms, ...args) {
    if (typeof callback !== "function") throw new TypeError("setTimeout needs a function");
    return hostSetTimer(() => callback(...args), Number(ms) || 0);
  };
  G.clearTimeout = function clearTimeout(id) { if (typeof id === "number") hostClearTimer(id); };
  G.ToolError = ToolError;

  // -- results and errors leave as JSON --
  function jsonReplacer(key, value) {
    if (typeof value === "bigint") return String(value);
    if (value instanceof Map) return Object.fromEntries(value);
    if (value instanceof Set) return Array.from(value);
    return value;
  }
  // Never throws: a hostile thrown value (throwing getters, a Proxy) still ends the run at once.
  function describeError(error) {
    try {
      if (error instanceof Error) {
        const info = { name: String(error.name), message: String(error.message), stack: typeof error.stack === "string" ? error.stack : "" };
        if (typeof error.code === "string") info.code = error.code;
        return stringify(info);
      }
      let message;
      try { message = typeof error === "string" ? error : typeof error === "symbol" ? String(error) : stringify(error); }
      catch { message = String(error); }
      return stringify({ name: "Error", message: "Uncaught " + message, stack: "" });
    } catch {
      return stringify({ name: "Error", message: "Uncaught exception (the thrown value could not be read)", stack: "" });
    }
  }
  function settle(value) {
    let json;
    try { json = value === undefined ? undefined : stringify(value, jsonReplacer); }
    catch (error) {
      let reason;
      try { reason = String(error && error.message); } catch { reason = "its toJSON threw"; }
      hostFinish(false, describeError(new TypeError("The returned value is not JSON-serialisable: " + reason)));
      return;
    }
    hostFinish(true, json);
  }
  return function start(main, callResult) {
    let promise;
    try { promise = Promise.resolve(main()); } catch (error) { hostFinish(false, describeError(error)); return; }
    promise.then((value) => {
      if (callResult && typeof value === "function") {
        return Promise.resolve().then(() => value()).then(settle, (error) => hostFinish(false, describeError(error)));
      }
      settle(value);
    }, (error) => hostFinish(false, describeError(error)));
  };
})`;
var Fi = 1024 * 1024,
  Of = 256 * 1024,
  k1 = 1,
  Pf = /^\s*(?:async\b|function\b|\()/,
  Nf = new Set(["log", "info", "warn", "error", "debug"]),
  g1 = 1e3,
  Rf = {
    name: "InternalError",
    message:
      "stack overflow: the script nests or recurses too deeply for the sandbox (deep recursion, or a value nested thousands of levels deep). Flatten it.",
  },
  Kr = class {
    runtime;
    context;
    request;
    memory;
    deadline;
    handles = [];
    deferreds = new Set();
    timers = new Map();
    nextTimerId = 1;
    cpuUsed = 0;
    sliceStart = 0;
    abortError;
    finished = !1;
    corrupted = !1;
    removeAbortListener;
    resolveOutcome;
    wallTimer;
    constructor(e, n) {
      (this.request = n),
        (this.memory = e.memory),
        (this.deadline = Date.now() + n.limits.timeoutMs),
        (this.runtime = e.module.newRuntime()),
        this.runtime.setMemoryLimit(n.limits.memoryMb * Fi),
        this.runtime.setMaxStackSize(Of),
        this.runtime.setInterruptHandler(() => this.shouldInterrupt()),
        (this.context = this.runtime.newContext());
    }
    execute() {
      const e = new Promise((r) => {
          this.resolveOutcome = r;
        }),
        { limits: n, signal: o } = this.request;
      if (((this.wallTimer = setTimeout(() => this.abort(new Or(n.timeoutMs)), n.timeoutMs)), o))
        if (o.aborted) this.abortFromSignal(o);
        else {
          const r = () => this.abortFromSignal(o);
          o.addEventListener("abort", r, { once: !0 }),
            (this.removeAbortListener = () => o.removeEventListener("abort", r));
        }
      return (this.finished || this.start(), e);
    }
    dispose() {
      this.finish({ ok: !1, error: { name: "Error", message: "The run was disposed." } });
      for (const { timeout: n } of this.timers.values()) clearTimeout(n);
      if (this.corrupted) return !1;
      let e = !(this.abortError instanceof pi);
      try {
        for (const { callback: n } of this.timers.values()) n.dispose();
        this.timers.clear();
        for (const n of this.deferreds) n.dispose();
        this.deferreds.clear();
        for (const n of this.handles) n.alive && n.dispose();
        this.context.dispose(), this.runtime.dispose();
      } catch {
        e = !1;
      }
      return e;
    }
    start() {
      const { context: e } = this,
        n = this.guest(() => e.evalCode(y1, "prelude.js", { type: "global" }));
      if (!n) return;
      const o = this.keep(this.unwrapInternal(n)),
        r = this.keep(e.newObject());
      this.hostFunction(r, "call", (d, h, f) => this.hostCall(d, h, f)),
        this.hostFunction(r, "log", (d, h) => this.hostLog(d, h)),
        this.hostFunction(r, "draw", (d) => this.hostDraw(d)),
        this.hostFunction(r, "finish", (d, h) => this.hostFinish(d, h)),
        this.hostFunction(r, "setTimer", (d, h) => this.setTimer(d, h)),
        this.hostFunction(r, "clearTimer", (d) => this.clearTimer(d));
      const s = this.keep(
          e.newString(
            JSON.stringify({
              globals: this.request.globals,
              positional: this.request.positional ?? {},
              maxStringChars: this.request.limits.maxOutputChars + 1,
            }),
          ),
        ),
        i = this.guest(() => e.callFunction(o, e.undefined, r, s));
      if (!i) return;
      const a = this.keep(this.unwrapInternal(i)),
        c = this.compileScript(this.request.code);
      if (!c) return;
      if ("error" in c) {
        this.finish({ ok: !1, error: c.error });
        return;
      }
      const u = this.guest(() =>
        e.callFunction(a, e.undefined, c.main, c.callResult ? e.true : e.false),
      );
      if (u) {
        if (u.error) {
          this.failFromGuest(u.error);
          return;
        }
        u.value.dispose(), this.pump();
      }
    }
    compileScript(e) {
      const { context: n } = this;
      if (Pf.test(e)) {
        const r = e.replace(/[\s;]+$/, ""),
          s = this.guest(() =>
            n.evalCode(
              `(async () => { return (
${r}
) })`,
              Vr,
              { type: "global" },
            ),
          );
        if (!s) return;
        if (!s.error) return { main: this.keep(s.value), callResult: !0 };
        s.error.dispose();
      }
      const o = this.guest(() =>
        n.evalCode(
          `(async () => {
${e}
})`,
          Vr,
          { type: "global" },
        ),
      );
      if (o)
        return o.error
          ? { error: this.classify(this.dumpError(o.error)) }
          : { main: this.keep(o.value), callResult: !1 };
    }
    hostFunction(e, n, o) {
      const r = this.context.newFunction(n, o);
      this.context.setProp(e, n, r), r.dispose();
    }
    hostCall(e, n, o) {
      const { context: r } = this;
      if (this.finished) throw new Error("The run has ended.");
      const s = r.getString(e),
        i = r.getString(n),
        a = r.getString(o),
        c = r.newPromise();
      this.deferreds.add(c);
      const u = An(a),
        d = (h) => {
          if (this.finished) return;
          if ("error" in h && h.error instanceof zo) {
            this.abort(h.error);
            return;
          }
          this.guest(() => {
            if ("text" in h) {
              const _ = h.text === void 0 ? r.undefined : r.newString(h.text);
              c.resolve(_), h.text !== void 0 && _.dispose();
            } else {
              const _ = r.newString(JSON.stringify(Mf(h.error)));
              c.reject(_), _.dispose();
            }
            return !0;
          }) && this.settled(c);
        };
      return (
        Promise.resolve()
          .then(() => this.request.bridge.call(s, i, u.success ? u.value : {}))
          .then(
            (h) => {
              let f;
              try {
                f = this.resultText(h, `${s}.${i}`);
              } catch (_) {
                d({ error: _ });
                return;
              }
              d({ text: f });
            },
            (h) => d({ error: h }),
          ),
        c.handle
      );
    }
    resultText(e, n) {
      if (e === void 0) return;
      let o;
      try {
        o = JSON.stringify(e);
      } catch (s) {
        throw new At(`${n} returned a value that is not JSON (${s.message}).`, {
          code: "result_not_json",
        });
      }
      if (o === void 0) return;
      const r = (this.request.limits.memoryMb * Fi) / 4;
      if (o.length > r)
        throw new At(
          `${n} returned ${(o.length / Fi).toFixed(1)} MB, more than the sandbox can hold (limits.memoryMb = ${this.request.limits.memoryMb}). Ask for less (filters, pagination), or raise limits.memoryMb.`,
          { code: "result_too_large" },
        );
      return o;
    }
    settled(e) {
      this.deferreds.delete(e), e.dispose(), this.pump();
    }
    hostLog(e, n) {
      if (this.finished) return;
      const o = this.context.getString(e),
        r = m1(this.context.getString(n), (s) => Li(s, k1));
      try {
        this.request.bridge.log(Nf.has(o) ? o : "log", r);
      } catch (s) {
        if (s instanceof zo) this.abort(s);
        else throw s;
      }
    }
    hostDraw(e) {
      const n = this.context.getString(e),
        { nondeterminism: o } = this.request.bridge;
      return n === "uuid"
        ? this.context.newString(o.randomUUID())
        : this.context.newNumber(n === "now" ? o.now() : o.random());
    }
    hostFinish(e, n) {
      const o = this.context.dump(e) === !0,
        r = this.context.typeof(n) === "string" ? this.context.getString(n) : void 0;
      if (o) {
        this.finish(r === void 0 ? { ok: !0 } : { ok: !0, resultJson: r });
        return;
      }
      const s = r === void 0 ? void 0 : An(r),
        i = s?.success ? s.value : { name: "Error", message: String(r) };
      this.finish({ ok: !1, error: this.classify(i) });
    }
    setTimer(e, n) {
      const o = this.nextTimerId++;
      if (this.finished) throw new Error("The run has ended.");
      if (this.timers.size >= g1)
        throw new RangeError(
          `A run may hold at most ${g1} timers at once: clear the ones it no longer needs.`,
        );
      const r = e.dup(),
        s = Math.max(0, this.deadline - Date.now()) + 1,
        i = Math.min(Math.max(0, this.context.getNumber(n) || 0), s),
        a = setTimeout(() => {
          if ((this.timers.delete(o), this.finished)) {
            this.corrupted || r.dispose();
            return;
          }
          const c = this.guest(() => this.context.callFunction(r, this.context.undefined));
          c &&
            (r.dispose(), c.error ? this.failFromGuest(c.error) : (c.value.dispose(), this.pump()));
        }, i);
      return (this.timers.set(o, { timeout: a, callback: r }), this.context.newNumber(o));
    }
    clearTimer(e) {
      const n = this.context.getNumber(e),
        o = this.timers.get(n);
      o && (clearTimeout(o.timeout), o.callback.dispose(), this.timers.delete(n));
    }
    pump() {
      if (this.finished) return;
      const e = this.guest(() => this.runtime.executePendingJobs());
      e?.error && this.failFromGuest(e.error);
    }
    guest(e) {
      if (!this.corrupted) {
        this.sliceStart = Date.now();
        try {
          return e();
        } catch (n) {
          (this.corrupted = !0),
            this.finish({
              ok: !1,
              error:
                n instanceof RangeError
                  ? Rf
                  : { name: "InternalError", message: `The sandbox failed: ${String(n)}` },
            });
          return;
        } finally {
          this.cpuUsed += Date.now() - this.sliceStart;
        }
      }
    }
    shouldInterrupt() {
      if (this.abortError || this.finished) return !0;
      const e = Date.now(),
        { limits: n } = this.request;
      if (e >= this.deadline) this.abortError = new Or(n.timeoutMs);
      else if (this.cpuUsed + (e - this.sliceStart) > n.cpuMs) this.abortError = new Al(n.cpuMs);
      else return !1;
      return !0;
    }
    failFromGuest(e) {
      const n = this.dumpError(e);
      this.finish({ ok: !1, error: this.classify(n) });
    }
    dumpError(e) {
      let n;
      try {
        n = this.context.dump(e);
      } catch {
        n = void 0;
      }
      if ((e.dispose(), n && typeof n == "object")) {
        const { name: o, message: r, stack: s } = n;
        return {
          name: typeof o == "string" ? o : "Error",
          message: typeof r == "string" ? r : String(r),
          ...(typeof s == "string" ? { stack: s } : {}),
        };
      }
      return { name: "Error", message: `Uncaught ${String(n)}` };
    }
    classify(e) {
      return this.abortError
        ? Xo(this.abortError)
        : (e.name === "InternalError" && /out of memory/i.test(e.message)) ||
            (e.message === "Uncaught null" && !/\bthrow\s+null\b/.test(this.request.code))
          ? ((this.abortError = new pi(this.request.limits.memoryMb)), Xo(this.abortError))
          : e.name === "InternalError" && e.message === "interrupted"
            ? Xo(new Or(this.request.limits.timeoutMs))
            : T1(e, k1);
    }
    abort(e) {
      this.finished ||
        ((this.abortError ??= e), this.finish({ ok: !1, error: Xo(this.abortError) }));
    }
    abortFromSignal(e) {
      const n = e.reason;
      n instanceof zo
        ? this.abort(n)
        : ((this.abortError ??= new zo(
            "aborted",
            "signal",
            n instanceof Error ? n.message : "The run was aborted.",
          )),
          this.finish({ ok: !1, error: Xo(this.abortError) }));
    }
    finish(e) {
      if (!this.finished) {
        (this.finished = !0), this.removeAbortListener?.(), clearTimeout(this.wallTimer);
        for (const { timeout: n } of this.timers.values()) clearTimeout(n);
        this.resolveOutcome?.(e);
      }
    }
    keep(e) {
      return (this.handles.push(e), e);
    }
    unwrapInternal(e) {
      if (e.error) {
        const n = this.dumpError(e.error);
        throw new Error(`The sandbox failed to start: ${n.name}: ${n.message}`);
      }
      return e.value;
    }
    get memoryBytes() {
      return this.memory.buffer.byteLength;
    }
  };
function Xo(t) {
  return { name: t.name, message: t.message, code: t.code, details: { limit: t.limit } };
}
function Mf(t) {
  if (t instanceof Error) {
    const e = { name: t.name, message: t.message },
      n = t.code;
    if ((typeof n == "string" && (e.code = n), Ar(t) && t.details)) {
      const o = An(JSON.stringify(t.details) ?? "null");
      o.success && o.value && typeof o.value == "object" && (e.details = o.value);
    }
    return e;
  }
  return { name: "Error", message: String(t) };
}
var qi = class {
  name = "quickjs";
  pool;
  constructor(e = {}) {
    this.pool = e.pool ?? new Br();
  }
  async run(e) {
    const n = await this.pool.acquire(e.limits.memoryMb),
      o = new Kr(n, e);
    try {
      return await o.execute();
    } finally {
      this.pool.release(n, { healthy: o.dispose() });
    }
  }
  warm(e) {
    return this.pool.warm(e);
  }
  async close() {
    this.pool.clear();
  }
};
function v1(t) {
  return new qi(t);
}
var Hr = `/** Discovery from inside a script. */
declare namespace codemode {
  /** Ranked operations matching a query: \`path\` (namespace.name), a one-line signature and description. */
  function search(query: string, options?: { limit?: number }): Promise<{ path: string; signature: string; description: string; score: number }[]>;
  /** The TypeScript declaration of one operation (\`ns.name\`) or namespace (\`ns\`). */
  function describe(path: string): Promise<string>;
}
/** Raised when a tool call fails: bad arguments, an error result, an HTTP error status. */
declare class ToolError extends Error {
  readonly code: string;
  readonly details?: unknown;
}
declare const console: {
  log(...values: unknown[]): void;
  info(...values: unknown[]): void;
  warn(...values: unknown[]): void;
  error(...values: unknown[]): void;
  debug(...values: unknown[]): void;
  trace(...values: unknown[]): void;
};
declare const crypto: { randomUUID(): string; getRandomValues<T extends ArrayLike<number>>(array: T): T };
declare function setTimeout(callback: (...args: any[]) => void, ms?: number, ...args: any[]): number;
declare function clearTimeout(id: number | undefined): void;
`;
var Id = Sl(bd(), 1);
var Cd = /\((\d+):(\d+)\)\s*$/,
  zx = /^\s*import\s*(?:[\w*{}\s,$]+\s+from\s+)?["']/m,
  Sd = {
    transpile(t) {
      const e = zx.exec(t);
      if (e) {
        const n =
          t.slice(0, e.index).split(`
`).length +
          (e[0].startsWith(`
`)
            ? 1
            : 0);
        throw new xo("syntax_error", [
          {
            line: n,
            column: 1,
            message:
              "import is not available in the sandbox: every API is already a global (see describe).",
          },
        ]);
      }
      try {
        return (0, Id.transform)(t, { transforms: ["typescript"], disableESTransforms: !0 }).code;
      } catch (n) {
        const o = n instanceof Error ? n.message : String(n),
          r = Cd.exec(o);
        throw new xo("syntax_error", [
          {
            line: r ? Number(r[1]) : 1,
            ...(r ? { column: Number(r[2]) } : {}),
            message: o.replace(Cd, "").trim(),
          },
        ]);
      }
    },
  };
import { createHash as Jx } from "node:crypto";
import { readFileSync as Gx } from "node:fs";
import { createRequire as Ed } from "node:module";
import { join as Ad, dirname as Xx } from "node:path";
var $o = "/script.ts",
  _r = "/catalog.d.ts",
  Od = "/globals.d.ts",
  Pd = "export {}; async function __codemode_main() {",
  Qx = 256,
  $s = class {
    typescript;
    service;
    declarations = "";
    declarationsVersion = 0;
    script = "";
    scriptVersion = 0;
    cache = new Map();
    libFiles = new Map();
    async check(e, n) {
      const o = Jx("sha256").update(n).update("\0").update(e).digest("hex"),
        r = this.cache.get(o);
      if (r) return r;
      const s = this.checkNow(e, n);
      return (
        this.cache.size >= Qx && this.cache.delete(this.cache.keys().next().value),
        this.cache.set(o, s),
        s
      );
    }
    checkNow(e, n) {
      const o = this.load();
      n !== this.declarations && ((this.declarations = n), this.declarationsVersion++),
        (this.script = `${Pd}${e}
}`),
        this.scriptVersion++;
      const r = this.languageService(o),
        s = r.getProgram(),
        i = s?.getSourceFile($o);
      if (!s || !i) return [];
      const a = r.getSyntacticDiagnostics($o),
        c = a.length > 0 ? [] : r.getSemanticDiagnostics($o).filter((u) => this.blocks(o, s, i, u));
      return [...a, ...c]
        .filter((u) => u.category === o.DiagnosticCategory.Error && u.start !== void 0)
        .map((u) => this.toDiagnostic(o, i, u));
    }
    blocks(e, n, o, r) {
      if (r.start === void 0) return !1;
      if (r.code === 2304 || r.code === 2552) return !0;
      let s = n.getTypeChecker(),
        i = Yx(e, o, r.start);
      for (let a = 0; i && a < 8; a++, i = i.parent) {
        if (e.isCallExpression(i)) {
          const c = s.getResolvedSignature(i)?.getDeclaration(),
            u = s.getSymbolAtLocation(i.expression);
          if (
            (c?.getSourceFile().fileName ?? u?.declarations?.[0]?.getSourceFile().fileName) === _r
          )
            return !0;
          if (i.expression.getStart() <= r.start && r.start < i.expression.getEnd()) continue;
          return !1;
        }
        if (
          e.isPropertyAccessExpression(i) &&
          s
            .getSymbolAtLocation(i.expression)
            ?.declarations?.some((u) => u.getSourceFile().fileName === _r)
        )
          return !0;
      }
      return !1;
    }
    toDiagnostic(e, n, o) {
      const { line: r, character: s } = n.getLineAndCharacterOfPosition(o.start ?? 0),
        i = r === 0 ? s - Pd.length + 1 : s + 1;
      return {
        line: r + 1,
        column: Math.max(1, i),
        message: e.flattenDiagnosticMessageText(
          o.messageText,
          `
`,
        ),
      };
    }
    load() {
      if (!this.typescript) {
        const e = Ed(import.meta.url);
        this.typescript = e("typescript");
      }
      return this.typescript;
    }
    languageService(e) {
      if (this.service) return this.service;
      const n = Xx(Ed(import.meta.url).resolve("typescript/lib/lib.d.ts")),
        o = {
          target: e.ScriptTarget.ES2022,
          module: e.ModuleKind.ESNext,
          lib: ["lib.es2023.d.ts"],
          types: [],
          strict: !1,
          noImplicitAny: !1,
          noEmit: !0,
          skipLibCheck: !0,
          allowJs: !1,
        },
        r = () => [$o, _r, Od],
        s = (a) => {
          if (a === $o) return this.script;
          if (a === _r) return this.declarations;
          if (a === Od) return Hr;
          let c = a.startsWith(n) ? a : Ad(n, a.replace(/^\//, "")),
            u = this.libFiles.get(c);
          if (u === void 0) {
            try {
              u = Gx(c, "utf8");
            } catch {
              return;
            }
            this.libFiles.set(c, u);
          }
          return u;
        },
        i = {
          getCompilationSettings: () => o,
          getScriptFileNames: r,
          getScriptVersion: (a) =>
            a === $o
              ? String(this.scriptVersion)
              : a === _r
                ? String(this.declarationsVersion)
                : "1",
          getScriptSnapshot: (a) => {
            const c = s(a);
            return c === void 0 ? void 0 : e.ScriptSnapshot.fromString(c);
          },
          getCurrentDirectory: () => "/",
          getDefaultLibFileName: () => Ad(n, "lib.es2023.d.ts"),
          fileExists: (a) => s(a) !== void 0,
          readFile: s,
        };
      return (
        (this.service = e.createLanguageService(i, e.createDocumentRegistry())), this.service
      );
    }
  };
function Yx(t, e, n) {
  let o,
    r = (s) => {
      s.getStart(e) <= n && n < s.getEnd() && ((o = s), t.forEachChild(s, r));
    };
  return (t.forEachChild(e, r), o);
}
var Zx = "ENTRIES",
  Ld = "KEYS",
  Fd = "VALUES";
var wr = class {
    constructor(e, n) {
      const o = e._tree,
        r = Array.from(o.keys());
      (this.set = e), (this._type = n), (this._path = r.length > 0 ? [{ node: o, keys: r }] : []);
    }
    next() {
      const e = this.dive();
      return (this.backtrack(), e);
    }
    dive() {
      if (this._path.length === 0) return { done: !0, value: void 0 };
      const { node: e, keys: n } = jo(this._path);
      if (jo(n) === "") return { done: !1, value: this.result() };
      const o = e.get(jo(n));
      return (this._path.push({ node: o, keys: Array.from(o.keys()) }), this.dive());
    }
    backtrack() {
      if (this._path.length === 0) return;
      const e = jo(this._path).keys;
      e.pop(), !(e.length > 0) && (this._path.pop(), this.backtrack());
    }
    key() {
      return (
        this.set._prefix +
        this._path
          .map(({ keys: e }) => jo(e))
          .filter((e) => e !== "")
          .join("")
      );
    }
    value() {
      return jo(this._path).node.get("");
    }
    result() {
      switch (this._type) {
        case Fd:
          return this.value();
        case Ld:
          return this.key();
        default:
          return [this.key(), this.value()];
      }
    }
    [Symbol.iterator]() {
      return this;
    }
  },
  jo = (t) => t[t.length - 1],
  e_ = (t, e, n) => {
    const o = new Map();
    if (e === void 0) return o;
    const r = e.length + 1,
      s = r + n,
      i = new Uint8Array(s * r).fill(n + 1);
    for (let a = 0; a < r; ++a) i[a] = a;
    for (let a = 1; a < s; ++a) i[a * r] = a;
    return (qd(t, e, n, o, i, 1, r, ""), o);
  },
  qd = (t, e, n, o, r, s, i, a) => {
    const c = s * i;
    e: for (const u of t.keys())
      if (u === "") {
        const d = r[c - 1];
        d <= n && o.set(a, [t.get(u), d]);
      } else {
        let d = s;
        for (let h = 0; h < u.length; ++h, ++d) {
          let f = u[h],
            _ = i * d,
            E = _ - i,
            V = r[_],
            b = Math.max(0, d - n - 1),
            L = Math.min(i - 1, d + n);
          for (let J = b; J < L; ++J) {
            const ke = f !== e[J],
              le = r[E + J] + +ke,
              se = r[E + J + 1] + 1,
              Se = r[_ + J] + 1,
              ze = (r[_ + J + 1] = Math.min(le, se, Se));
            ze < V && (V = ze);
          }
          if (V > n) continue e;
        }
        qd(t.get(u), e, n, o, r, d, i, a + u);
      }
  },
  br = class t {
    constructor(e = new Map(), n = "") {
      (this._size = void 0), (this._tree = e), (this._prefix = n);
    }
    atPrefix(e) {
      if (!e.startsWith(this._prefix)) throw new Error("Mismatched prefix");
      const [n, o] = Vs(this._tree, e.slice(this._prefix.length));
      if (n === void 0) {
        const [r, s] = dl(o);
        for (const i of r.keys())
          if (i !== "" && i.startsWith(s)) {
            const a = new Map();
            return (a.set(i.slice(s.length), r.get(i)), new t(a, e));
          }
      }
      return new t(n, e);
    }
    clear() {
      (this._size = void 0), this._tree.clear();
    }
    delete(e) {
      return ((this._size = void 0), t_(this._tree, e));
    }
    entries() {
      return new wr(this, Zx);
    }
    forEach(e) {
      for (const [n, o] of this) e(n, o, this);
    }
    fuzzyGet(e, n) {
      return e_(this._tree, e, n);
    }
    get(e) {
      const n = ll(this._tree, e);
      return n !== void 0 ? n.get("") : void 0;
    }
    has(e) {
      const n = ll(this._tree, e);
      return n !== void 0 && n.has("");
    }
    keys() {
      return new wr(this, Ld);
    }
    set(e, n) {
      if (typeof e != "string") throw new Error("key must be a string");
      return ((this._size = void 0), sl(this._tree, e).set("", n), this);
    }
    get size() {
      if (this._size) return this._size;
      this._size = 0;
      const e = this.entries();
      for (; !e.next().done; ) this._size += 1;
      return this._size;
    }
    update(e, n) {
      if (typeof e != "string") throw new Error("key must be a string");
      this._size = void 0;
      const o = sl(this._tree, e);
      return (o.set("", n(o.get(""))), this);
    }
    fetch(e, n) {
      if (typeof e != "string") throw new Error("key must be a string");
      this._size = void 0;
      let o = sl(this._tree, e),
        r = o.get("");
      return (r === void 0 && o.set("", (r = n())), r);
    }
    values() {
      return new wr(this, Fd);
    }
    [Symbol.iterator]() {
      return this.entries();
    }
    static from(e) {
      const n = new t();
      for (const [o, r] of e) n.set(o, r);
      return n;
    }
    static fromObject(e) {
      return t.from(Object.entries(e));
    }
  },
  Vs = (t, e, n = []) => {
    if (e.length === 0 || t == null) return [t, n];
    for (const o of t.keys())
      if (o !== "" && e.startsWith(o)) return (n.push([t, o]), Vs(t.get(o), e.slice(o.length), n));
    return (n.push([t, e]), Vs(void 0, "", n));
  },
  ll = (t, e) => {
    if (e.length === 0 || t == null) return t;
    for (const n of t.keys())
      if (n !== "" && e.startsWith(n)) return ll(t.get(n), e.slice(n.length));
  },
  sl = (t, e) => {
    const n = e.length;
    e: for (let o = 0; t && o < n; ) {
      for (const s of t.keys())
        if (s !== "" && e[o] === s[0]) {
          let i = Math.min(n - o, s.length),
            a = 1;
          for (; a < i && e[o + a] === s[a]; ) ++a;
          const c = t.get(s);
          if (a === s.length) t = c;
          else {
            const u = new Map();
            u.set(s.slice(a), c), t.set(e.slice(o, o + a), u), t.delete(s), (t = u);
          }
          o += a;
          continue e;
        }
      const r = new Map();
      return (t.set(e.slice(o), r), r);
    }
    return t;
  },
  t_ = (t, e) => {
    const [n, o] = Vs(t, e);
    if (n !== void 0) {
      if ((n.delete(""), n.size === 0)) $d(o);
      else if (n.size === 1) {
        const [r, s] = n.entries().next().value;
        jd(o, r, s);
      }
    }
  },
  $d = (t) => {
    if (t.length === 0) return;
    const [e, n] = dl(t);
    if ((e.delete(n), e.size === 0)) $d(t.slice(0, -1));
    else if (e.size === 1) {
      const [o, r] = e.entries().next().value;
      o !== "" && jd(t.slice(0, -1), o, r);
    }
  },
  jd = (t, e, n) => {
    if (t.length === 0) return;
    const [o, r] = dl(t);
    o.set(r + e, n), o.delete(r);
  },
  dl = (t) => t[t.length - 1],
  hl = "or",
  Bd = "and",
  n_ = "and_not",
  Cr = class t {
    constructor(e) {
      if (e?.fields == null) throw new Error('MiniSearch: option "fields" must be provided');
      const n = e.autoVacuum == null || e.autoVacuum === !0 ? cl : e.autoVacuum;
      (this._options = {
        ...al,
        ...e,
        autoVacuum: n,
        searchOptions: { ...Nd, ...(e.searchOptions || {}) },
        autoSuggestOptions: { ...a_, ...(e.autoSuggestOptions || {}) },
      }),
        (this._index = new br()),
        (this._documentCount = 0),
        (this._documentIds = new Map()),
        (this._idToShortId = new Map()),
        (this._fieldIds = {}),
        (this._fieldLength = new Map()),
        (this._avgFieldLength = []),
        (this._nextId = 0),
        (this._storedFields = new Map()),
        (this._dirtCount = 0),
        (this._currentVacuum = null),
        (this._enqueuedVacuum = null),
        (this._enqueuedVacuumConditions = pl),
        this.addFields(this._options.fields);
    }
    add(e) {
      const {
          extractField: n,
          stringifyField: o,
          tokenize: r,
          processTerm: s,
          fields: i,
          idField: a,
        } = this._options,
        c = n(e, a);
      if (c == null) throw new Error(`MiniSearch: document does not have ID field "${a}"`);
      if (this._idToShortId.has(c)) throw new Error(`MiniSearch: duplicate ID ${c}`);
      const u = this.addDocumentId(c);
      this.saveStoredFields(u, e);
      for (const d of i) {
        const h = n(e, d);
        if (h == null) continue;
        const f = r(o(h, d), d),
          _ = this._fieldIds[d],
          E = new Set(f).size;
        this.addFieldLength(u, _, this._documentCount - 1, E);
        for (const V of f) {
          const b = s(V, d);
          if (Array.isArray(b)) for (const L of b) this.addTerm(_, u, L);
          else b && this.addTerm(_, u, b);
        }
      }
    }
    addAll(e) {
      for (const n of e) this.add(n);
    }
    addAllAsync(e, n = {}) {
      const { chunkSize: o = 10 } = n,
        r = { chunk: [], promise: Promise.resolve() },
        { chunk: s, promise: i } = e.reduce(
          ({ chunk: a, promise: c }, u, d) => (
            a.push(u),
            (d + 1) % o === 0
              ? {
                  chunk: [],
                  promise: c
                    .then(() => new Promise((h) => setTimeout(h, 0)))
                    .then(() => this.addAll(a)),
                }
              : { chunk: a, promise: c }
          ),
          r,
        );
      return i.then(() => this.addAll(s));
    }
    remove(e) {
      const {
          tokenize: n,
          processTerm: o,
          extractField: r,
          stringifyField: s,
          fields: i,
          idField: a,
        } = this._options,
        c = r(e, a);
      if (c == null) throw new Error(`MiniSearch: document does not have ID field "${a}"`);
      const u = this._idToShortId.get(c);
      if (u == null)
        throw new Error(`MiniSearch: cannot remove document with ID ${c}: it is not in the index`);
      for (const d of i) {
        const h = r(e, d);
        if (h == null) continue;
        const f = n(s(h, d), d),
          _ = this._fieldIds[d],
          E = new Set(f).size;
        this.removeFieldLength(u, _, this._documentCount, E);
        for (const V of f) {
          const b = o(V, d);
          if (Array.isArray(b)) for (const L of b) this.removeTerm(_, u, L);
          else b && this.removeTerm(_, u, b);
        }
      }
      this._storedFields.delete(u),
        this._documentIds.delete(u),
        this._idToShortId.delete(c),
        this._fieldLength.delete(u),
        (this._documentCount -= 1);
    }
    removeAll(e) {
      if (e) for (const n of e) this.remove(n);
      else {
        if (arguments.length > 0)
          throw new Error(
            "Expected documents to be present. Omit the argument to remove all documents.",
          );
        (this._index = new br()),
          (this._documentCount = 0),
          (this._documentIds = new Map()),
          (this._idToShortId = new Map()),
          (this._fieldLength = new Map()),
          (this._avgFieldLength = []),
          (this._storedFields = new Map()),
          (this._nextId = 0);
      }
    }
    discard(e) {
      const n = this._idToShortId.get(e);
      if (n == null)
        throw new Error(`MiniSearch: cannot discard document with ID ${e}: it is not in the index`);
      this._idToShortId.delete(e),
        this._documentIds.delete(n),
        this._storedFields.delete(n),
        (this._fieldLength.get(n) || []).forEach((o, r) => {
          this.removeFieldLength(n, r, this._documentCount, o);
        }),
        this._fieldLength.delete(n),
        (this._documentCount -= 1),
        (this._dirtCount += 1),
        this.maybeAutoVacuum();
    }
    maybeAutoVacuum() {
      if (this._options.autoVacuum === !1) return;
      const {
        minDirtFactor: e,
        minDirtCount: n,
        batchSize: o,
        batchWait: r,
      } = this._options.autoVacuum;
      this.conditionalVacuum({ batchSize: o, batchWait: r }, { minDirtCount: n, minDirtFactor: e });
    }
    discardAll(e) {
      const n = this._options.autoVacuum;
      try {
        this._options.autoVacuum = !1;
        for (const o of e) this.discard(o);
      } finally {
        this._options.autoVacuum = n;
      }
      this.maybeAutoVacuum();
    }
    replace(e) {
      const { idField: n, extractField: o } = this._options,
        r = o(e, n);
      this.discard(r), this.add(e);
    }
    vacuum(e = {}) {
      return this.conditionalVacuum(e);
    }
    conditionalVacuum(e, n) {
      return this._currentVacuum
        ? ((this._enqueuedVacuumConditions = this._enqueuedVacuumConditions && n),
          this._enqueuedVacuum != null
            ? this._enqueuedVacuum
            : ((this._enqueuedVacuum = this._currentVacuum.then(() => {
                const o = this._enqueuedVacuumConditions;
                return ((this._enqueuedVacuumConditions = pl), this.performVacuuming(e, o));
              })),
              this._enqueuedVacuum))
        : this.vacuumConditionsMet(n) === !1
          ? Promise.resolve()
          : ((this._currentVacuum = this.performVacuuming(e)), this._currentVacuum);
    }
    async performVacuuming(e, n) {
      const o = this._dirtCount;
      if (this.vacuumConditionsMet(n)) {
        let r = e.batchSize || ul.batchSize,
          s = e.batchWait || ul.batchWait,
          i = 1;
        for (const [a, c] of this._index) {
          for (const [u, d] of c)
            for (const [h] of d)
              this._documentIds.has(h) || (d.size <= 1 ? c.delete(u) : d.delete(h));
          this._index.get(a).size === 0 && this._index.delete(a),
            i % r === 0 && (await new Promise((u) => setTimeout(u, s))),
            (i += 1);
        }
        this._dirtCount -= o;
      }
      await null, (this._currentVacuum = this._enqueuedVacuum), (this._enqueuedVacuum = null);
    }
    vacuumConditionsMet(e) {
      if (e == null) return !0;
      let { minDirtCount: n, minDirtFactor: o } = e;
      return (
        (n = n || cl.minDirtCount),
        (o = o || cl.minDirtFactor),
        this.dirtCount >= n && this.dirtFactor >= o
      );
    }
    get isVacuuming() {
      return this._currentVacuum != null;
    }
    get dirtCount() {
      return this._dirtCount;
    }
    get dirtFactor() {
      return this._dirtCount / (1 + this._documentCount + this._dirtCount);
    }
    has(e) {
      return this._idToShortId.has(e);
    }
    getStoredFields(e) {
      const n = this._idToShortId.get(e);
      if (n != null) return this._storedFields.get(n);
    }
    search(e, n = {}) {
      const { searchOptions: o } = this._options,
        r = { ...o, ...n },
        s = this.executeQuery(e, n),
        i = [];
      for (const [a, { score: c, terms: u, match: d }] of s) {
        const h = u.length || 1,
          f = {
            id: this._documentIds.get(a),
            score: c * h,
            terms: Object.keys(d),
            queryTerms: u,
            match: d,
          };
        Object.assign(f, this._storedFields.get(a)), (r.filter == null || r.filter(f)) && i.push(f);
      }
      return ((e === t.wildcard && r.boostDocument == null) || i.sort(Md), i);
    }
    autoSuggest(e, n = {}) {
      n = { ...this._options.autoSuggestOptions, ...n };
      const o = new Map();
      for (const { score: s, terms: i } of this.search(e, n)) {
        const a = i.join(" "),
          c = o.get(a);
        c != null ? ((c.score += s), (c.count += 1)) : o.set(a, { score: s, terms: i, count: 1 });
      }
      const r = [];
      for (const [s, { score: i, terms: a, count: c }] of o)
        r.push({ suggestion: s, terms: a, score: i / c });
      return (r.sort(Md), r);
    }
    get documentCount() {
      return this._documentCount;
    }
    get termCount() {
      return this._index.size;
    }
    static loadJSON(e, n) {
      if (n == null)
        throw new Error(
          "MiniSearch: loadJSON should be given the same options used when serializing the index",
        );
      return this.loadJS(JSON.parse(e), n);
    }
    static async loadJSONAsync(e, n) {
      if (n == null)
        throw new Error(
          "MiniSearch: loadJSON should be given the same options used when serializing the index",
        );
      return this.loadJSAsync(JSON.parse(e), n);
    }
    static getDefault(e) {
      if (Object.hasOwn(al, e)) return il(al, e);
      throw new Error(`MiniSearch: unknown option "${e}"`);
    }
    static loadJS(e, n) {
      const {
          index: o,
          documentIds: r,
          fieldLength: s,
          storedFields: i,
          serializationVersion: a,
        } = e,
        c = this.instantiateMiniSearch(e, n);
      (c._documentIds = js(r)), (c._fieldLength = js(s)), (c._storedFields = js(i));
      for (const [u, d] of c._documentIds) c._idToShortId.set(d, u);
      for (const [u, d] of o) {
        const h = new Map();
        for (const f of Object.keys(d)) {
          let _ = d[f];
          a === 1 && (_ = _.ds), h.set(parseInt(f, 10), js(_));
        }
        c._index.set(u, h);
      }
      return c;
    }
    static async loadJSAsync(e, n) {
      const {
          index: o,
          documentIds: r,
          fieldLength: s,
          storedFields: i,
          serializationVersion: a,
        } = e,
        c = this.instantiateMiniSearch(e, n);
      (c._documentIds = await Bs(r)),
        (c._fieldLength = await Bs(s)),
        (c._storedFields = await Bs(i));
      for (const [d, h] of c._documentIds) c._idToShortId.set(h, d);
      let u = 0;
      for (const [d, h] of o) {
        const f = new Map();
        for (const _ of Object.keys(h)) {
          let E = h[_];
          a === 1 && (E = E.ds), f.set(parseInt(_, 10), await Bs(E));
        }
        ++u % 1e3 === 0 && (await Vd(0)), c._index.set(d, f);
      }
      return c;
    }
    static instantiateMiniSearch(e, n) {
      const {
        documentCount: o,
        nextId: r,
        fieldIds: s,
        averageFieldLength: i,
        dirtCount: a,
        serializationVersion: c,
      } = e;
      if (c !== 1 && c !== 2)
        throw new Error(
          "MiniSearch: cannot deserialize an index created with an incompatible version",
        );
      const u = new t(n);
      return (
        (u._documentCount = o),
        (u._nextId = r),
        (u._idToShortId = new Map()),
        (u._fieldIds = s),
        (u._avgFieldLength = i),
        (u._dirtCount = a || 0),
        (u._index = new br()),
        u
      );
    }
    executeQuery(e, n = {}) {
      if (e === t.wildcard) return this.executeWildcardQuery(n);
      if (typeof e != "string") {
        const f = { ...n, ...e, queries: void 0 },
          _ = e.queries.map((E) => this.executeQuery(E, f));
        return this.combineResults(_, f.combineWith);
      }
      const { tokenize: o, processTerm: r, searchOptions: s } = this._options,
        i = { tokenize: o, processTerm: r, ...s, ...n },
        { tokenize: a, processTerm: c } = i,
        h = a(e)
          .flatMap((f) => c(f))
          .filter((f) => !!f)
          .map(i_(i))
          .map((f) => this.executeQuerySpec(f, i));
      return this.combineResults(h, i.combineWith);
    }
    executeQuerySpec(e, n) {
      let o = { ...this._options.searchOptions, ...n },
        r = (o.fields || this._options.fields).reduce(
          (V, b) => ({ ...V, [b]: il(o.boost, b) || 1 }),
          {},
        ),
        { boostDocument: s, weights: i, maxFuzzy: a, bm25: c } = o,
        { fuzzy: u, prefix: d } = { ...Nd.weights, ...i },
        h = this._index.get(e.term),
        f = this.termResults(e.term, e.term, 1, e.termBoost, h, r, s, c),
        _,
        E;
      if ((e.prefix && (_ = this._index.atPrefix(e.term)), e.fuzzy)) {
        const V = e.fuzzy === !0 ? 0.2 : e.fuzzy,
          b = V < 1 ? Math.min(a, Math.round(e.term.length * V)) : V;
        b && (E = this._index.fuzzyGet(e.term, b));
      }
      if (_)
        for (const [V, b] of _) {
          const L = V.length - e.term.length;
          if (!L) continue;
          E?.delete(V);
          const J = (d * V.length) / (V.length + 0.3 * L);
          this.termResults(e.term, V, J, e.termBoost, b, r, s, c, f);
        }
      if (E)
        for (const V of E.keys()) {
          const [b, L] = E.get(V);
          if (!L) continue;
          const J = (u * V.length) / (V.length + L);
          this.termResults(e.term, V, J, e.termBoost, b, r, s, c, f);
        }
      return f;
    }
    executeWildcardQuery(e) {
      const n = new Map(),
        o = { ...this._options.searchOptions, ...e };
      for (const [r, s] of this._documentIds) {
        const i = o.boostDocument ? o.boostDocument(s, "", this._storedFields.get(r)) : 1;
        n.set(r, { score: i, terms: [], match: {} });
      }
      return n;
    }
    combineResults(e, n = hl) {
      if (e.length === 0) return new Map();
      const o = n.toLowerCase(),
        r = o_[o];
      if (!r) throw new Error(`Invalid combination operator: ${n}`);
      return e.reduce(r) || new Map();
    }
    toJSON() {
      const e = [];
      for (const [n, o] of this._index) {
        const r = {};
        for (const [s, i] of o) r[s] = Object.fromEntries(i);
        e.push([n, r]);
      }
      return {
        documentCount: this._documentCount,
        nextId: this._nextId,
        documentIds: Object.fromEntries(this._documentIds),
        fieldIds: this._fieldIds,
        fieldLength: Object.fromEntries(this._fieldLength),
        averageFieldLength: this._avgFieldLength,
        storedFields: Object.fromEntries(this._storedFields),
        dirtCount: this._dirtCount,
        index: e,
        serializationVersion: 2,
      };
    }
    termResults(e, n, o, r, s, i, a, c, u = new Map()) {
      if (s == null) return u;
      for (const d of Object.keys(i)) {
        const h = i[d],
          f = this._fieldIds[d],
          _ = s.get(f);
        if (_ == null) continue;
        let E = _.size,
          V = this._avgFieldLength[f];
        for (const b of _.keys()) {
          if (!this._documentIds.has(b)) {
            this.removeTerm(f, b, n), (E -= 1);
            continue;
          }
          const L = a ? a(this._documentIds.get(b), n, this._storedFields.get(b)) : 1;
          if (!L) continue;
          const J = _.get(b),
            ke = this._fieldLength.get(b)[f],
            le = s_(J, E, this._documentCount, ke, V, c),
            se = o * r * h * L * le,
            Se = u.get(b);
          if (Se) {
            (Se.score += se), c_(Se.terms, e);
            const ze = il(Se.match, n);
            ze ? ze.push(d) : (Se.match[n] = [d]);
          } else u.set(b, { score: se, terms: [e], match: { [n]: [d] } });
        }
      }
      return u;
    }
    addTerm(e, n, o) {
      let r = this._index.fetch(o, Dd),
        s = r.get(e);
      if (s == null) (s = new Map()), s.set(n, 1), r.set(e, s);
      else {
        const i = s.get(n);
        s.set(n, (i || 0) + 1);
      }
    }
    removeTerm(e, n, o) {
      if (!this._index.has(o)) {
        this.warnDocumentChanged(n, e, o);
        return;
      }
      const r = this._index.fetch(o, Dd),
        s = r.get(e);
      s == null || s.get(n) == null
        ? this.warnDocumentChanged(n, e, o)
        : s.get(n) <= 1
          ? s.size <= 1
            ? r.delete(e)
            : s.delete(n)
          : s.set(n, s.get(n) - 1),
        this._index.get(o).size === 0 && this._index.delete(o);
    }
    warnDocumentChanged(e, n, o) {
      for (const r of Object.keys(this._fieldIds))
        if (this._fieldIds[r] === n) {
          this._options.logger(
            "warn",
            `MiniSearch: document with ID ${this._documentIds.get(e)} has changed before removal: term "${o}" was not present in field "${r}". Removing a document after it has changed can corrupt the index!`,
            "version_conflict",
          );
          return;
        }
    }
    addDocumentId(e) {
      const n = this._nextId;
      return (
        this._idToShortId.set(e, n),
        this._documentIds.set(n, e),
        (this._documentCount += 1),
        (this._nextId += 1),
        n
      );
    }
    addFields(e) {
      for (let n = 0; n < e.length; n++) this._fieldIds[e[n]] = n;
    }
    addFieldLength(e, n, o, r) {
      let s = this._fieldLength.get(e);
      s == null && this._fieldLength.set(e, (s = [])), (s[n] = r);
      const a = (this._avgFieldLength[n] || 0) * o + r;
      this._avgFieldLength[n] = a / (o + 1);
    }
    removeFieldLength(e, n, o, r) {
      if (o === 1) {
        this._avgFieldLength[n] = 0;
        return;
      }
      const s = this._avgFieldLength[n] * o - r;
      this._avgFieldLength[n] = s / (o - 1);
    }
    saveStoredFields(e, n) {
      const { storeFields: o, extractField: r } = this._options;
      if (o == null || o.length === 0) return;
      let s = this._storedFields.get(e);
      s == null && this._storedFields.set(e, (s = {}));
      for (const i of o) {
        const a = r(n, i);
        a !== void 0 && (s[i] = a);
      }
    }
  };
Cr.wildcard = Symbol("*");
var il = (t, e) => (Object.hasOwn(t, e) ? t[e] : void 0),
  o_ = {
    [hl]: (t, e) => {
      for (const n of e.keys()) {
        const o = t.get(n);
        if (o == null) t.set(n, e.get(n));
        else {
          const { score: r, terms: s, match: i } = e.get(n);
          (o.score = o.score + r), (o.match = Object.assign(o.match, i)), Rd(o.terms, s);
        }
      }
      return t;
    },
    [Bd]: (t, e) => {
      const n = new Map();
      for (const o of e.keys()) {
        const r = t.get(o);
        if (r == null) continue;
        const { score: s, terms: i, match: a } = e.get(o);
        Rd(r.terms, i),
          n.set(o, { score: r.score + s, terms: r.terms, match: Object.assign(r.match, a) });
      }
      return n;
    },
    [n_]: (t, e) => {
      for (const n of e.keys()) t.delete(n);
      return t;
    },
  },
  r_ = { k: 1.2, b: 0.7, d: 0.5 },
  s_ = (t, e, n, o, r, s) => {
    const { k: i, b: a, d: c } = s;
    return (
      Math.log(1 + (n - e + 0.5) / (e + 0.5)) *
      (c + (t * (i + 1)) / (t + i * (1 - a + (a * o) / r)))
    );
  },
  i_ = (t) => (e, n, o) => {
    const r = typeof t.fuzzy == "function" ? t.fuzzy(e, n, o) : t.fuzzy || !1,
      s = typeof t.prefix == "function" ? t.prefix(e, n, o) : t.prefix === !0,
      i = typeof t.boostTerm == "function" ? t.boostTerm(e, n, o) : 1;
    return { term: e, fuzzy: r, prefix: s, termBoost: i };
  },
  al = {
    idField: "id",
    extractField: (t, e) => t[e],
    stringifyField: (t, e) => t.toString(),
    tokenize: (t) => t.split(l_),
    processTerm: (t) => t.toLowerCase(),
    fields: void 0,
    searchOptions: void 0,
    storeFields: [],
    logger: (t, e) => {
      typeof console?.[t] == "function" && console[t](e);
    },
    autoVacuum: !0,
  },
  Nd = {
    combineWith: hl,
    prefix: !1,
    fuzzy: !1,
    maxFuzzy: 6,
    boost: {},
    weights: { fuzzy: 0.45, prefix: 0.375 },
    bm25: r_,
  },
  a_ = { combineWith: Bd, prefix: (t, e, n) => e === n.length - 1 },
  ul = { batchSize: 1e3, batchWait: 10 },
  pl = { minDirtFactor: 0.1, minDirtCount: 20 },
  cl = { ...ul, ...pl },
  c_ = (t, e) => {
    t.includes(e) || t.push(e);
  },
  Rd = (t, e) => {
    for (const n of e) t.includes(n) || t.push(n);
  },
  Md = ({ score: t }, { score: e }) => e - t,
  Dd = () => new Map(),
  js = (t) => {
    const e = new Map();
    for (const n of Object.keys(t)) e.set(parseInt(n, 10), t[n]);
    return e;
  },
  Bs = async (t) => {
    let e = new Map(),
      n = 0;
    for (const o of Object.keys(t)) e.set(parseInt(o, 10), t[o]), ++n % 1e3 === 0 && (await Vd(0));
    return e;
  },
  Vd = (t) => new Promise((e) => setTimeout(e, t)),
  l_ = /[\n\r\p{Z}\p{P}]+/u;
function Ks(t) {
  return t
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/[_\-./{}]+/g, " ")
    .toLowerCase()
    .trim();
}
function u_(t) {
  const e = t.inputSchema;
  return typeof e != "object" || !e.properties || typeof e.properties != "object"
    ? ""
    : Object.keys(e.properties).map(Ks).join(" ");
}
var Hs = class {
  signature;
  index;
  operations = new Map();
  constructor(e, n) {
    (this.signature = n),
      (this.index = new Cr({
        fields: ["name", "namespace", "description", "parameters", "route", "tags"],
        storeFields: [],
        processTerm: (r) => r.toLowerCase(),
        tokenize: (r) =>
          Ks(r)
            .split(/[^a-z0-9]+/)
            .filter(Boolean),
        searchOptions: {
          boost: { name: 3, namespace: 1.5, route: 1.5, tags: 1, description: 1, parameters: 0.5 },
          prefix: (r) => r.length > 2,
          fuzzy: (r) => (r.length > 4 ? 0.2 : !1),
          combineWith: "OR",
        },
      }));
    const o = [];
    for (const r of e) {
      const s = Fr(r);
      this.operations.set(s, r),
        o.push({
          id: s,
          name: Ks(r.name),
          namespace: Ks(r.namespace),
          description: r.description ?? "",
          parameters: u_(r),
          route: [r.source.method, r.source.path, r.source.originalName].filter(Boolean).join(" "),
          tags: (r.source.tags ?? []).join(" "),
        });
    }
    this.index.addAll(o);
  }
  search(e, n = {}) {
    const o = Math.max(1, Math.min(n.limit ?? 10, 100)),
      r = e.trim();
    return (r === "" ? [] : this.index.search(r)).slice(0, o).map((i) => {
      const a = this.operations.get(i.id);
      return {
        path: i.id,
        signature: this.signature(a),
        description: p_(a.description ?? ""),
        score: Math.round(i.score * 1e3) / 1e3,
      };
    });
  }
};
function p_(t) {
  const e = t.split(/\n/)[0]?.trim() ?? "";
  return e.length > 160 ? `${e.slice(0, 157)}\u2026` : e;
}
var Kd = [
  "$ref",
  "type",
  "enum",
  "const",
  "properties",
  "patternProperties",
  "additionalProperties",
  "required",
  "items",
  "prefixItems",
  "additionalItems",
  "anyOf",
  "oneOf",
  "allOf",
  "nullable",
];
function We(t) {
  return typeof t == "object" && t !== null && !Array.isArray(t);
}
function Ws(t) {
  return Kd.some((e) => Object.hasOwn(t, e));
}
function eo(t) {
  return typeof t.$ref == "string" && Kd.every((e) => e === "$ref" || !Object.hasOwn(t, e));
}
function Us(t) {
  if (typeof t.type == "string") return [t.type];
  if (Array.isArray(t.type)) return t.type.filter((e) => typeof e == "string");
}
function ho(t) {
  return Array.isArray(t.required) ? t.required.filter((e) => typeof e == "string") : [];
}
function Fn(t) {
  return We(t.properties) ? Object.entries(t.properties) : [];
}
function to(t) {
  return Array.isArray(t) ? t : [];
}
function Hd(t, e) {
  const n = t[e];
  return typeof n == "string" ? n : void 0;
}
var fl = { found: !1 };
function Wd(t) {
  if (!t.startsWith("#")) return;
  let e;
  try {
    e = decodeURIComponent(t.slice(1));
  } catch {
    return;
  }
  if (e === "") return [];
  if (e.startsWith("/"))
    return e
      .slice(1)
      .split("/")
      .map((n) => n.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function In(t, e) {
  const n = Wd(e);
  if (n === void 0) return fl;
  let o = t;
  for (const r of n)
    if (Array.isArray(o)) {
      if (!/^(0|[1-9][0-9]*)$/.test(r) || Number(r) >= o.length) return fl;
      o = o[Number(r)];
    } else if (We(o) && Object.hasOwn(o, r)) o = o[r];
    else return fl;
  return { found: !0, target: o };
}
function Ud(t) {
  return Wd(t)?.at(-1);
}
function zs(t, e) {
  const n = [];
  if (We(t.properties))
    for (const [r, s] of Object.entries(t.properties)) n.push({ schema: s, hint: r });
  if (We(t.patternProperties))
    for (const r of Object.values(t.patternProperties)) n.push({ schema: r, hint: `${e} value` });
  We(t.additionalProperties) && n.push({ schema: t.additionalProperties, hint: `${e} value` }),
    We(t.additionalItems) && n.push({ schema: t.additionalItems, hint: `${e} item` });
  const o = Array.isArray(t.items) ? t.items : [t.items];
  for (const r of [...to(t.prefixItems), ...o]) We(r) && n.push({ schema: r, hint: `${e} item` });
  for (const r of ["allOf", "anyOf", "oneOf"])
    for (const s of to(t[r])) n.push({ schema: s, hint: e });
  return n;
}
var d_ = 512;
function Js(t) {
  const e = new Map(),
    n = new Set(),
    o = (s, i, a, c) => {
      const u = s.$ref,
        d = In(i, u);
      d.found && r(d.target, i, a, u, c + 1);
    },
    r = (s, i, a, c, u) => {
      if (!We(s) || u > d_) return;
      const d = e.get(s);
      if (d) {
        if ((d.uses++, (d.ref ??= c), n.has(s))) {
          d.cyclic = !0;
          return;
        }
        typeof s.$ref == "string" && (n.add(s), o(s, d.root, a, u), n.delete(s));
        return;
      }
      e.set(s, { uses: 1, cyclic: !1, ref: c, hint: a, root: i, order: e.size }),
        n.add(s),
        typeof s.$ref == "string" && o(s, i, a, u);
      for (const h of zs(s, a)) r(h.schema, i, h.hint, void 0, u + 1);
      n.delete(s);
    };
  for (const { schema: s, root: i, hint: a } of t) r(s, i, a, void 0, 0);
  return e;
}
function Gs(t) {
  if (t === void 0) return "";
  const e = t.split(/[^A-Za-z0-9]+/).filter((o) => o !== "");
  if (e.length === 0) return "";
  const n = e.map((o) => o.charAt(0).toUpperCase() + o.slice(1)).join("");
  return gn(n);
}
var Xs = ["Promise"];
function h_(t, e, n) {
  if (eo(t)) return !1;
  if (e.cyclic) return !0;
  if (e.ref !== void 0) return n || e.uses > 1;
  const o = Array.isArray(t.enum) && t.enum.length > 1;
  return e.uses > 1 && (o || zs(t, "").length > 0);
}
function f_(t, e) {
  const n = e.ref === void 0 ? void 0 : Ud(e.ref);
  return (
    (n === void 0 || /^[0-9]*$/.test(n) ? "" : Gs(n)) ||
    Gs(Hd(t, "title")) ||
    Gs(e.hint) ||
    "Schema"
  );
}
function Qs(t, e) {
  const n = [];
  for (const [s, i] of t)
    h_(s, i, e.nameEveryRef ?? !1) &&
      n.push({ schema: s, base: f_(s, i), key: i.ref ?? "\uFFFF", order: i.order });
  n.sort((s, i) => zd(s.base, i.base) || zd(s.key, i.key) || s.order - i.order);
  const o = new Set(e.reserved),
    r = new Map();
  for (const { schema: s, base: i } of n) {
    let a = i;
    for (let c = 2; o.has(a); c++) a = `${i}_${c}`;
    o.add(a), r.set(s, a);
  }
  return r;
}
function zd(t, e) {
  return t < e ? -1 : t > e ? 1 : 0;
}
function Ys(t, e) {
  const n = [{ schema: t.inputSchema, root: t.schemaRoot ?? t.inputSchema, hint: `${e} input` }];
  return (
    t.outputSchema !== void 0 &&
      n.push({ schema: t.outputSchema, root: t.schemaRoot ?? t.outputSchema, hint: `${e} output` }),
    n
  );
}
function Jd(t) {
  return [...t].sort((e, n) => (e.name < n.name ? -1 : e.name > n.name ? 1 : 0));
}
function qn(t, e) {
  return {
    ...t,
    depth: e ? t.depth + 1 : t.depth,
    nesting: t.nesting + 1,
    deferred: t.deferred || e,
  };
}
function Zs(t) {
  return {
    context: t.context,
    root: t.root,
    depth: 0,
    nesting: 0,
    deferred: !1,
    budget: { limit: t.maxChars, used: 0 },
    expanding: new Set(),
    references: new Map(),
    breakCycles: t.breakCycles ?? new Set(),
  };
}
function ei(t, e = "  ") {
  return t
    .split(`
`)
    .map((n) => (n === "" ? n : e + n))
    .join(`
`);
}
function no(t, e) {
  return t.length <= e ? t : `${t.slice(0, Math.max(0, e - 1)).trimEnd()}\u2026`;
}
function oo(t) {
  return t.replace(/\*\//g, "*\\/");
}
var ml = 400,
  m_ = 120,
  T_ = 2,
  Gd = 100;
function ti(t, e = ml) {
  const n = [],
    o = typeof t.description == "string" ? t.description : t.title;
  typeof o == "string" && n.push(...Tl(o, e)),
    typeof t.format == "string" && n.push(`@format ${oo(no(t.format.replace(/\s+/g, " "), 80))}`),
    Object.hasOwn(t, "default") && Xd(n, "@default", t.default);
  const r = Array.isArray(t.examples) ? t.examples : [];
  r.length === 0 && Object.hasOwn(t, "example") && r.push(t.example);
  for (const s of r.slice(0, T_)) Xd(n, "@example", s);
  return (t.deprecated === !0 && n.push("@deprecated"), n);
}
function ni(t, e) {
  if (!We(e)) return t;
  const n = {};
  for (const o of ["description", "title", "format", "default", "examples", "example"])
    Object.hasOwn(t, o) ? (n[o] = t[o]) : Object.hasOwn(e, o) && (n[o] = e[o]);
  return ((t.deprecated === !0 || e.deprecated === !0) && (n.deprecated = !0), n);
}
function Tl(t, e) {
  const n = no(t.trim(), e)
    .replace(
      /\r\n?/g,
      `
`,
    )
    .split(`
`)
    .flatMap((o) => y_(oo(o.trimEnd())));
  return n.filter((o, r) => o !== "" || (n[r - 1] ?? "") !== "");
}
function y_(t) {
  let e = [],
    n = t;
  for (; n.length > Gd; ) {
    const o = n.lastIndexOf(" ", Gd);
    if (o <= 0) break;
    e.push(n.slice(0, o)), (n = n.slice(o + 1));
  }
  return (e.push(n), e);
}
function Bo(t) {
  return t.length === 0
    ? ""
    : t.length === 1 && t[0].length <= 90
      ? `/** ${t[0]} */
`
      : `/**
${t
  .map((e) => (e === "" ? " *" : ` * ${e}`))
  .join(`
`)}
 */
`;
}
function Xd(t, e, n) {
  let o;
  try {
    o = JSON.stringify(n);
  } catch {
    return;
  }
  o !== void 0 && t.push(`${e} ${oo(no(o, m_))}`);
}
function Ue(t) {
  return { text: t, precedence: "primary" };
}
var ht = Ue("any"),
  oi = Ue("never"),
  Qd = Ue("null"),
  Yd = Ue("undefined");
function Sn(t) {
  const e = t.flatMap((o) => o.members ?? [o]);
  if (e.some((o) => o.text === "any")) return ht;
  const n = th(e.filter((o) => o.text !== "never"));
  return n.length === 0
    ? oi
    : n.length === 1
      ? n[0]
      : { text: n.map((o) => o.text).join(" | "), precedence: "union", members: n };
}
function ri(t) {
  if (t.some((o) => o.text === "never")) return oi;
  const e = th(t.filter((o) => o.text !== "any"));
  return e.length === 0
    ? ht
    : e.length === 1
      ? e[0]
      : {
          text: e.map((o) => (o.precedence === "union" ? `(${o.text})` : o.text)).join(" & "),
          precedence: "intersection",
        };
}
function yl(t) {
  return Ue(`${eh(t)}[]`);
}
function Zd(t) {
  return `${eh(t)}?`;
}
function eh(t) {
  return t.precedence === "primary" ? t.text : `(${t.text})`;
}
function th(t) {
  const e = new Set();
  return t.filter((n) => !e.has(n.text) && e.add(n.text));
}
function k_(t) {
  const e = Fn(t).length;
  return e > 0
    ? `object with ${e} ${e === 1 ? "property" : "properties"}`
    : Array.isArray(t.prefixItems) || Array.isArray(t.items)
      ? "tuple"
      : t.items !== void 0 || t.type === "array"
        ? "array"
        : typeof t.type == "string"
          ? oo(no(t.type, 40))
          : "schema";
}
function Vo(t, e) {
  if (e.context.compact) return Ue("\u2026");
  const { maxDepth: n } = e.context,
    o = e.depth >= n ? n : 64,
    r = o === 1 ? "1 level" : `${o} levels`;
  return Ue(`unknown /* depth cap: ${k_(t)} nested deeper than ${r} */`);
}
function si(t) {
  return _o(t) ? t : JSON.stringify(t);
}
function Ko(t) {
  if (t === null) return Ue("null");
  switch (typeof t) {
    case "string":
      return Ue(JSON.stringify(t));
    case "boolean":
      return Ue(String(t));
    case "number":
      return Number.isFinite(t)
        ? t < 0
          ? { text: String(t), precedence: "intersection" }
          : Ue(String(t))
        : Ue("number");
    case "object": {
      if (Array.isArray(t)) return Ue(`[${t.map((n) => Ko(n).text).join(", ")}]`);
      const e = Object.entries(t).map(([n, o]) => `${si(n)}: ${Ko(o).text}`);
      return Ue(e.length === 0 ? "{}" : `{ ${e.join("; ")} }`);
    }
    default:
      return ht;
  }
}
function nh(t) {
  return t === null
    ? Ue("null")
    : typeof t == "string" || typeof t == "number" || typeof t == "boolean"
      ? Ue(typeof t)
      : ht;
}
var g_ = 80,
  v_ = 200,
  x_ = 0.75;
function Ir(t, e) {
  if (e.depth >= e.context.maxDepth) return Vo(t, e);
  let { budget: n, context: o } = e,
    r = qn(e, !0),
    s = new Set(ho(t)),
    i = Fn(t),
    a = [],
    c = [],
    u = !1,
    d = 0;
  for (const [_, E] of i) {
    const V = s.has(_);
    if (n.used >= (V ? n.limit * 2 : n.limit)) {
      d++;
      continue;
    }
    const b = n.used,
      L = Pt(E, r),
      ke = !o.compact && n.used < n.limit * x_ ? w_(E, e) : "",
      le = `${ke}${si(_)}${V ? "" : "?"}: ${L.text}`;
    (n.used = b + le.length + 2),
      a.push({ text: le, documented: ke !== "", terminated: !0 }),
      c.push(L),
      (u ||= !V);
  }
  const h = new Set(i.map(([_]) => _));
  for (const _ of s)
    h.has(_) || (a.push({ text: `${si(_)}: any`, documented: !1, terminated: !0 }), c.push(ht));
  let f = __(t, r);
  if (d > 0) {
    const _ = o.compact ? "\u2026" : `/* \u2026 ${d} more properties cut (size cap) */`;
    a.push({ text: _, documented: !1, terminated: !1 }), o.compact || (f ??= ht);
  }
  if (f !== void 0) {
    if (f.text !== "any" && c.length > 0) {
      const _ = Sn([f, ...c, ...(u ? [Yd] : [])]);
      f =
        _.text.length <= v_ &&
        !_.text.includes(`
`)
          ? _
          : ht;
    }
    a.push({ text: `[key: string]: ${f.text}`, documented: !1, terminated: !0 });
  }
  return Ue(b_(a, o.compact));
}
function __(t, e) {
  const n = [];
  if (We(t.patternProperties)) for (const s of Object.values(t.patternProperties)) n.push(Pt(s, e));
  const o = t.additionalProperties;
  return (
    o !== void 0 && o !== !1 && n.push(Pt(o, e)),
    o === void 0 && n.length === 0 && Fn(t).length === 0 && ho(t).length === 0
      ? ht
      : n.length === 0
        ? void 0
        : Sn(n)
  );
}
function w_(t, e) {
  if (!We(t) || e.context.names.has(t)) return "";
  let n = t;
  if (eo(t)) {
    const o = In(e.root, t.$ref);
    o.found && !e.context.names.has(o.target) && (n = ni(t, o.target));
  }
  return Bo(ti(n));
}
function b_(t, e) {
  if (t.length === 0) return "{}";
  const n = t.length - 1,
    o = t.map((i, a) => (i.terminated && a < n ? `${i.text};` : i.text)).join(" ");
  return e ||
    (!t.some(
      (i) =>
        i.documented ||
        i.text.includes(`
`),
    ) &&
      o.length <= g_)
    ? `{ ${o} }`
    : `{
${t
  .map((i) => ei(i.terminated ? `${i.text};` : i.text))
  .join(`
`)}
}`;
}
var C_ = [
  "$ref",
  "allOf",
  "anyOf",
  "oneOf",
  "enum",
  "const",
  "items",
  "prefixItems",
  "patternProperties",
  "nullable",
];
function oh(t) {
  return (t.type !== void 0 && t.type !== "object") ||
    (t.additionalProperties !== void 0 && t.additionalProperties !== !1)
    ? !1
    : C_.every((e) => !Object.hasOwn(t, e));
}
function I_(t, e) {
  if (!We(t) || !eo(t)) return t;
  const n = In(e.root, t.$ref);
  return !n.found || !We(n.target) || e.context.names.has(n.target) ? t : n.target;
}
function rh(t, e) {
  const n = [],
    o = [],
    r = qn(e, !1),
    s = { ...t };
  for (const c of ["allOf", "anyOf", "oneOf", "$ref", "nullable"]) delete s[c];
  Ws(s) && (oh(s) ? n.push(s) : o.push(gl(s, e) ?? ht));
  for (const c of to(t.allOf)) {
    const u = I_(c, r);
    We(u) && Ws(u) && oh(u) ? n.push(u) : o.push(Pt(c, r));
  }
  const i = S_(n),
    a = i === void 0 ? o : [Ir(i, e), ...o];
  return ri(a);
}
function S_(t) {
  const e = new Map();
  for (const o of t)
    for (const [r, s] of Fn(o)) {
      const i = e.get(r),
        a = We(s) ? Ws(s) : s === !1;
      if (i === void 0) e.set(r, s);
      else if (a) {
        const c = We(i) ? ni(i, s) : {};
        e.set(r, { ...c, allOf: [i, s] });
      }
    }
  if (e.size === 0) return;
  const n = t.flatMap(ho).filter((o) => e.has(o));
  return { type: "object", properties: Object.fromEntries(e), required: [...new Set(n)] };
}
function vl(t, e) {
  if (e.depth >= e.context.maxDepth) return Vo(t, e);
  const n = qn(e, !0),
    o = Array.isArray(t.prefixItems)
      ? { elements: t.prefixItems, rest: t.items }
      : Array.isArray(t.items)
        ? { elements: t.items, rest: t.additionalItems }
        : void 0;
  if (o === void 0 || o.elements.length === 0) {
    const i = o === void 0 ? t.items : o.rest;
    return yl(i === void 0 ? ht : Pt(i, n));
  }
  const r = typeof t.minItems == "number" ? t.minItems : 0,
    s = o.elements.map((i, a) => {
      const c = Pt(i, n);
      return a < r ? c.text : Zd(c);
    });
  if (o.rest !== !1) {
    const i = o.rest === void 0 ? ht : Pt(o.rest, n);
    s.push(`...${yl(i).text}`);
  }
  return Ue(`[${s.join(", ")}]`);
}
function sh(t, e) {
  const { budget: n } = e,
    o = [];
  for (const [r, s] of t.entries()) {
    const i = Ko(s);
    if (r > 0 && n.used + i.text.length > n.limit) {
      const a = t.slice(r),
        c = Sn(a.map(nh)),
        u = e.context.compact ? "" : ` /* \u2026 ${a.length} more values cut (size cap) */`;
      o.push({ text: `${c.text}${u}`, precedence: c.precedence });
      break;
    }
    (n.used += i.text.length + 3), o.push(i);
  }
  return Sn(o);
}
var E_ = {
  string: "string",
  number: "number",
  integer: "number",
  boolean: "boolean",
  null: "null",
};
function Pt(t, e) {
  if (t === !0 || t === void 0) return ht;
  if (t === !1) return oi;
  if (!We(t)) return ht;
  const n = e.context.names.get(t);
  if (n !== void 0) return P_(n, e);
  if (e.nesting > 64) return Vo(t, e);
  if (e.expanding.has(t)) return Ue("unknown /* recursive schema */");
  e.expanding.add(t);
  try {
    return xl(t, e);
  } finally {
    e.expanding.delete(t);
  }
}
function xl(t, e) {
  const n = [];
  if ((typeof t.$ref == "string" && n.push(O_(t.$ref, e)), to(t.allOf).length > 0))
    n.push(rh(t, e));
  else {
    const r = gl(t, e);
    r !== void 0 && n.push(r);
  }
  for (const r of ["anyOf", "oneOf"]) {
    const s = to(t[r]);
    if (s.length === 0) continue;
    const i = qn(e, !1);
    n.push(Sn(s.map((a) => Pt(a, i))));
  }
  const o = n.length === 0 ? ht : ri(n);
  return t.nullable === !0 ? Sn([o, Qd]) : o;
}
function gl(t, e) {
  if (Object.hasOwn(t, "const")) return Ko(t.const);
  if (Array.isArray(t.enum)) return sh(t.enum, e);
  const n = Us(t);
  if (n !== void 0) return Sn(n.map((o) => A_(t, o, e)));
  if (["properties", "additionalProperties", "patternProperties"].some((o) => Object.hasOwn(t, o)))
    return Ir(t, e);
  if (["items", "prefixItems", "additionalItems"].some((o) => Object.hasOwn(t, o))) return vl(t, e);
}
function A_(t, e, n) {
  if (e === "object") return Ir(t, n);
  if (e === "array") return vl(t, n);
  const o = E_[e];
  return o === void 0 ? ht : Ue(o);
}
function O_(t, e) {
  const n = In(e.root, t);
  return !n.found || !(We(n.target) || typeof n.target == "boolean")
    ? e.context.compact
      ? Ue("unknown")
      : Ue(`unknown /* unresolved $ref: ${oo(no(t, 120))} */`)
    : Pt(n.target, qn(e, !1));
}
function P_(t, e) {
  return !e.deferred && e.breakCycles.has(t)
    ? Ue(`unknown /* circular type: ${t} */`)
    : (e.references.set(t, (e.references.get(t) ?? !1) || !e.deferred), Ue(t));
}
function ih(t) {
  const { operation: e, name: n } = t,
    o = e.description ?? e.annotations?.title,
    r = Math.max(ml, Math.floor(t.maxChars / 4)),
    s = o === void 0 ? "" : Bo(Tl(o, r)),
    i = _l({ ...t, spent: s.length + n.length + 40 });
  return {
    text: `${s}function ${n}(${i.parameter}: ${i.input}): Promise<${i.output}>;`,
    references: i.references,
  };
}
function _l(t) {
  const { operation: e, context: n } = t,
    o = t.spent ?? 0,
    s = e.outputSchema !== void 0 && !n.compact ? (t.maxChars + o) / 2 : t.maxChars,
    i = Zs({ context: n, root: e.schemaRoot ?? e.inputSchema, maxChars: Math.floor(s) });
  i.budget.used = o;
  const a = M_(e.inputSchema, i.root),
    c = N_(a),
    u = c && !R_(a) ? "{}" : Pt(e.inputSchema, i).text,
    d =
      e.outputSchema === void 0
        ? "any"
        : Pt(e.outputSchema, {
            ...i,
            root: e.schemaRoot ?? e.outputSchema,
            budget: { limit: t.maxChars, used: n.compact ? 0 : i.budget.used },
          }).text;
  return { parameter: c ? "input?" : "input", input: u, output: d, references: i.references };
}
function N_(t) {
  if (t === !0 || t === void 0) return !0;
  if (!We(t)) return !1;
  const e = Us(t);
  if (e !== void 0 && !e.includes("object")) return !1;
  const n = ["$ref", "anyOf", "oneOf", "allOf", "enum", "const"];
  return Fn(t).length === 0 && ho(t).length === 0 && n.every((o) => !Object.hasOwn(t, o));
}
function R_(t) {
  if (!We(t)) return !1;
  const e = t.additionalProperties;
  return (e !== void 0 && e !== !1) || We(t.patternProperties);
}
function M_(t, e) {
  let n = t;
  for (let o = 0; o < 16 && We(n) && eo(n); o++) {
    const r = In(e, n.$ref);
    if (!r.found) return n;
    n = r.target;
  }
  return n;
}
function ah(t) {
  const e = new Map(),
    n = new Map(),
    o = (r) => {
      n.set(r, "open");
      for (const s of [...(t.get(r) ?? [])].sort()) {
        const i = n.get(s);
        if (i === "open") {
          const a = e.get(r) ?? new Set();
          a.add(s), e.set(r, a);
        } else i === void 0 && o(s);
      }
      n.set(r, "done");
    };
  for (const r of [...t.keys()].sort()) n.has(r) || o(r);
  return e;
}
function lh(t) {
  const { context: e, maxChars: n } = t,
    o = new Map();
  for (const [a, c] of e.names) o.set(c, a);
  const r = new Map(),
    s = [...t.references];
  for (let a = s.pop(); a !== void 0; a = s.pop()) {
    const c = o.get(a);
    if (c === void 0 || r.has(a)) continue;
    const u = ch({ context: e, maxChars: n, name: a, node: c });
    r.set(a, u), s.push(...u.references.keys());
  }
  const i = new Map();
  for (const [a, { references: c }] of r)
    i.set(
      a,
      [...c].filter(([, u]) => u).map(([u]) => u),
    );
  for (const [a, c] of ah(i)) {
    const u = o.get(a);
    r.set(a, ch({ context: e, maxChars: n, name: a, node: u, breakCycles: c }));
  }
  return [...r.keys()].sort().map((a) => r.get(a).text);
}
function ch(t) {
  const { context: e, name: n, node: o } = t,
    r = Zs({
      context: e,
      root: e.graph.get(o)?.root,
      maxChars: t.maxChars,
      ...(t.breakCycles === void 0 ? {} : { breakCycles: t.breakCycles }),
    });
  r.expanding.add(o);
  const s = xl(o, r);
  return { text: `${Bo(ti(o))}type ${n} = ${s.text};`, references: r.references };
}
function uh(t = {}) {
  return { maxDepth: t.maxDepth ?? 8, maxChars: t.maxChars ?? 6e3 };
}
function Sr(t, e, n) {
  const { maxDepth: o, maxChars: r } = uh(n),
    s = Jd(e),
    i = s.map((E) => gn(E.name)),
    a = Js(s.flatMap((E, V) => Ys(E, i[V] ?? ""))),
    c = Qs(a, { reserved: [...i, ...Xs] }),
    u = { graph: a, names: c, maxDepth: o, compact: !1 },
    d = s.map((E, V) => ih({ operation: E, name: i[V] ?? "", context: u, maxChars: r })),
    h = lh({ context: u, maxChars: r, references: d.flatMap((E) => [...E.references.keys()]) }),
    f = [d.map((E) => E.text), h]
      .filter((E) => E.length > 0)
      .map((E) =>
        E.join(`
`),
      ),
    _ =
      f.length === 0
        ? ""
        : `${ei(
            f.join(`

`),
          )}
`;
  return `declare namespace ${gn(t)} {
${_}}
`;
}
function wl(t, e) {
  return Sr(t.namespace, [t], e);
}
function bl(t, e) {
  const n = new Map();
  for (const o of t) {
    const r = gn(o.namespace),
      s = n.get(r) ?? [];
    s.push(o), n.set(r, s);
  }
  return [...n.keys()]
    .sort()
    .map((o) => Sr(o, n.get(o) ?? [], e))
    .join(`
`);
}
var Cl = 160,
  D_ = 48;
function Il(t) {
  const e = gn(t.name),
    n = Js(Ys(t, e)),
    o = Qs(n, { reserved: [e, ...Xs], nameEveryRef: !0 }),
    r = _l({
      operation: t,
      name: e,
      context: { graph: n, names: o, maxDepth: 3, compact: !0 },
      maxChars: Cl * 2,
    }),
    s = `${gn(t.namespace)}.${e}(${r.parameter}: `,
    i = `${s}${r.input}): Promise<${r.output}>`;
  if (i.length <= Cl) return i;
  const a = `Promise<${ph(r.output, D_)}>`,
    c = Cl - s.length - a.length - 3;
  return `${s}${ph(r.input, Math.max(c, 24))}): ${a}`;
}
function ph(t, e) {
  if (t.length <= e) return t;
  if (!t.startsWith("{ ") || !t.endsWith(" }")) return `${t.slice(0, e - 1).trimEnd()}\u2026`;
  const n = dh(t.slice(2, -2), "; "),
    o = [];
  for (const i of n) {
    if (`{ ${[...o, i, "\u2026"].join("; ")} }`.length > e) break;
    o.push(i);
  }
  if (o.length > 0) return `{ ${[...o, "\u2026"].join("; ")} }`;
  const [r] = dh(n[0] ?? "", ": "),
    s = `{ ${r}: \u2026${n.length > 1 ? "; \u2026" : ""} }`;
  return s.length <= e ? s : "{ \u2026 }";
}
function dh(t, e) {
  let n = [],
    o = 0,
    r = !1,
    s = 0;
  for (let i = 0; i < t.length; i++) {
    const a = t[i];
    r
      ? a === "\\"
        ? i++
        : a === '"' && (r = !1)
      : a === '"'
        ? (r = !0)
        : "{([<".includes(a)
          ? o++
          : "})]>".includes(a)
            ? o--
            : o === 0 &&
              t.startsWith(e, i) &&
              (n.push(t.slice(s, i)), (s = i + e.length), (i = s - 1));
  }
  return (n.push(t.slice(s)), n);
}
async function fh(t, e = {}) {
  const n = { ...t.functions, ...e.functions },
    o = [
      ...(await Zl(t)),
      ...Object.entries(n).map(([b, L]) => new Lr(b, L)),
      ...(e.connectors ?? []),
    ],
    r = new qr(o);
  await r.refresh();
  let s = Ri(t.config.limits, e.limits),
    i = e.sandbox ?? v1(),
    c = (e.typecheck ?? t.config.typecheck ?? !0) ? new $s() : void 0,
    u = e.nondeterminism ?? {
      now: () => Date.now(),
      random: () => Math.random(),
      randomUUID: () => hh(),
    },
    d,
    h = () => (
      d?.revision !== r.revision && (d = { revision: r.revision, text: bl(r.operations()) }), d.text
    ),
    f,
    _ = () => (
      f?.revision !== r.revision &&
        (f = { revision: r.revision, index: new Hs(r.operations(), Il) }),
      f.index
    ),
    E = { search: async (b, L) => _().search(b, L), describe: async (b) => L_(r, b) },
    V = {
      systemPrompt: u1({ operations: r.operations(), declarations: h() }),
      tools: void 0,
      limits: s,
      execute: (b, L) =>
        l1(b, {
          catalog: r,
          sandbox: i,
          transpiler: Sd,
          ...(c ? { checker: c } : {}),
          declarations: h,
          discovery: E,
          limits: L?.limits ? Ri(s, L.limits) : s,
          nondeterminism: u,
          newExecutionId: hh,
        }),
      search: E.search,
      describe: E.describe,
      types: () => `${Hr}
${h()}`,
      operations: () => r.operations(),
      close: async () => {
        await r.close(), e.sandbox || (await i.close());
      },
    };
  return ((V.tools = d1(V)), V);
}
function L_(t, e) {
  const n = e.trim(),
    o = t.get(n);
  if (o) return wl(o);
  const r = t.operations().filter((s) => s.namespace === n);
  if (r.length > 0) return Sr(n, r);
  throw new At(
    `Nothing is called "${n}". Give "namespace.name" or "namespace" (namespaces: ${t.namespaces().join(", ") || "none"}); search finds names.`,
    { code: "unknown_operation" },
  );
}
async function Er(t) {
  const e = await Oi(t.config);
  return fh(e, { typecheck: t.typecheck ?? e.config.typecheck ?? !1 });
}
import { readFileSync as F_ } from "node:fs";
var fo = class extends Error {
  name = "UsageError";
};
async function mh(t) {
  if (t === void 0 || t === "-") {
    if (t === void 0 && process.stdin.isTTY)
      throw new fo("Give a script file to run, or - to read it from standard input.");
    const e = [];
    for await (const n of process.stdin) e.push(n);
    return { code: Buffer.concat(e).toString("utf8"), name: "<stdin>" };
  }
  try {
    return { code: F_(t, "utf8"), name: t };
  } catch (e) {
    const n = e.code === "ENOENT" ? "it does not exist" : e.message;
    throw new fo(`Cannot read the script ${t}: ${n}.`);
  }
}
var Tn = { completed: 0, failed: 1, usage: 2, paused: 3 };
async function Th(t, e) {
  const { code: n } = await mh(t),
    o = await Er(e);
  try {
    const r = await o.execute(n);
    return (
      e.json
        ? process.stdout.write(`${JSON.stringify(r, null, 2)}
`)
        : $_(r),
      r.status === "completed" ? Tn.completed : Tn.failed
    );
  } finally {
    await o.close();
  }
}
function $_(t) {
  for (const e of t.logs)
    process.stdout.write(`${e}
`);
  if (t.status === "completed") {
    t.result !== void 0 &&
      process.stdout.write(`${j_(t.result)}
`);
    return;
  }
  t.error &&
    process.stderr.write(`${B_(t.error)}
`);
}
function j_(t) {
  return typeof t == "string" ? t : q_(t, { depth: 8, breakLength: 100, colors: !1 });
}
function B_(t) {
  const e = t.line ? ` at line ${t.line}${t.column ? `:${t.column}` : ""}` : "";
  return `${t.name}${e}: ${t.message}`;
}
async function yh(t) {
  const e = await Er(t);
  try {
    return (process.stdout.write(e.types()), Tn.completed);
  } finally {
    await e.close();
  }
}
async function kh(t, e) {
  const n = await Er(e);
  try {
    return (
      process.stdout.write(`${await n.describe(t)}
`),
      Tn.completed
    );
  } finally {
    await n.close();
  }
}
async function gh(t, e) {
  const n = await Er(e);
  try {
    const o = await n.search(t, e.limit === void 0 ? {} : { limit: e.limit });
    if (e.json) {
      const r = o.map(({ path: s, description: i, score: a, signature: c }) => ({
        path: s,
        description: i,
        score: a,
        signature: c,
      }));
      process.stdout.write(`${JSON.stringify(r, null, 2)}
`);
    } else if (o.length === 0)
      process.stderr.write(`Nothing matches "${t}". Try other words, or codemode types to see everything.
`);
    else
      for (const r of o)
        process.stdout.write(`${r.path}  ${r.description}
    ${r.signature}
`);
    return Tn.completed;
  } finally {
    await n.close();
  }
}
var V_ = new Set(["config_invalid", "unknown_operation"]);
function K_(t) {
  const e = Number(t);
  if (!Number.isInteger(e) || e < 1) throw new zl("give a whole number above 0.");
  return e;
}
function H_(t) {
  const e = new Jl("codemode")
      .description(
        "Run TypeScript against MCP servers, OpenAPI APIs and host functions, in a sandbox.",
      )
      .showHelpAfterError("(run with --help for usage)")
      .exitOverride(),
    n = ["--config <file>", "config file (default: codemode.config.json|.mjs|.js here)"];
  return (
    e
      .command("run")
      .description("run a TypeScript or JavaScript script; prints its console output and result")
      .argument("[file]", "the script, or - for standard input")
      .option(...n)
      .option("--json", "print the whole execution result as JSON")
      .option("--typecheck", "type-check the script against the declarations before running it")
      .option("--no-typecheck", "skip the type-check even when the config asks for it")
      .addHelpText(
        "after",
        `
Exit codes: 0 completed, 1 failed, 2 usage or config error, 3 paused for approval.`,
      )
      .action(async (o, r) => t(await Th(o, r))),
    e
      .command("types")
      .description("print the TypeScript declarations of every operation")
      .option(...n)
      .action(async (o) => t(await yh(o))),
    e
      .command("describe")
      .description("print the declaration of one operation (ns.name) or namespace (ns)")
      .argument("<path>", "ns.name or ns")
      .option(...n)
      .action(async (o, r) => t(await kh(o, r))),
    e
      .command("search")
      .description("find operations by what they do")
      .argument("<query>", "words describing the task")
      .option(...n)
      .option("--json", "print [{path, description, score, signature}]")
      .option("--limit <n>", "how many results", K_)
      .action(async (o, r) => t(await gh(o, r))),
    e
  );
}
async function CE(t) {
  let e = Tn.completed;
  try {
    return (
      await H_((n) => {
        e = n;
      }).parseAsync(t, { from: "user" }),
      e
    );
  } catch (n) {
    return n instanceof Ul
      ? n.exitCode === 0
        ? Tn.completed
        : Tn.usage
      : n instanceof fo || (Ar(n) && V_.has(n.code))
        ? (process.stderr.write(`codemode: ${n.message}
`),
          Tn.usage)
        : (process.stderr.write(`codemode: ${n instanceof Error ? n.message : String(n)}
`),
          Tn.failed);
  }
}
export { CE as main };
