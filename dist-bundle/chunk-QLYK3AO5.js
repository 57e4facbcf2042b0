import { createRequire as __cr } from "node:module";
const require = __cr(import.meta.url);

import { c as he } from "./chunk-7QWMKDIK.js";
var kp = {};
he(kp, {
  $brand: () => uo,
  $input: () => Au,
  $output: () => Uu,
  INVALID: () => H,
  NEVER: () => ao,
  TimePrecision: () => Ku,
  ZodAny: () => Us,
  ZodArray: () => Es,
  ZodBase64: () => Ei,
  ZodBase64URL: () => Ci,
  ZodBigInt: () => Ct,
  ZodBigIntFormat: () => Ri,
  ZodBoolean: () => Et,
  ZodCIDRv4: () => Ti,
  ZodCIDRv6: () => Zi,
  ZodCUID: () => Pi,
  ZodCUID2: () => Di,
  ZodCatch: () => il,
  ZodCodec: () => Zr,
  ZodCompileAsyncError: () => fe,
  ZodCompileUnsupportedError: () => N,
  ZodCreditCard: () => ws,
  ZodCustom: () => Er,
  ZodCustomStringFormat: () => Qe,
  ZodDate: () => jr,
  ZodDefault: () => Hs,
  ZodDiscriminatedUnion: () => Ls,
  ZodE164: () => Li,
  ZodEmail: () => Ii,
  ZodEmoji: () => zi,
  ZodEnum: () => At,
  ZodError: () => Mh,
  ZodExactOptional: () => Bi,
  ZodFile: () => Ws,
  ZodFirstPartyTypeKind: () => hl,
  ZodFunction: () => pl,
  ZodGUID: () => wi,
  ZodIBAN: () => zs,
  ZodIPv4: () => Ui,
  ZodIPv6: () => Ai,
  ZodISODate: () => Ae,
  ZodISODateTime: () => Ue,
  ZodISODuration: () => Ze,
  ZodISOTime: () => Te,
  ZodInstanceOf: () => $l,
  ZodIntersection: () => Vs,
  ZodIssueCode: () => Kh,
  ZodJWT: () => Vi,
  ZodKSUID: () => Ni,
  ZodLazy: () => dl,
  ZodLiteral: () => Gs,
  ZodMAC: () => Is,
  ZodMap: () => Bs,
  ZodNaN: () => al,
  ZodNanoID: () => Si,
  ZodNever: () => Ts,
  ZodNonOptional: () => Ki,
  ZodNull: () => Os,
  ZodNullable: () => Ys,
  ZodNumber: () => Zt,
  ZodNumberFormat: () => et,
  ZodObject: () => Nr,
  ZodOptional: () => Ar,
  ZodPipe: () => Tr,
  ZodPrefault: () => el,
  ZodPreprocess: () => ul,
  ZodPromise: () => ml,
  ZodReadonly: () => cl,
  ZodRealError: () => oe,
  ZodRecord: () => Ut,
  ZodSet: () => Ks,
  ZodString: () => Tt,
  ZodStringFormat: () => C,
  ZodSuccess: () => nl,
  ZodSymbol: () => Ds,
  ZodTemplateLiteral: () => ll,
  ZodTransform: () => Xs,
  ZodTuple: () => Fs,
  ZodType: () => j,
  ZodULID: () => ji,
  ZodURL: () => Dr,
  ZodUUID: () => $e,
  ZodUndefined: () => js,
  ZodUnion: () => Ur,
  ZodUnknown: () => As,
  ZodVoid: () => Zs,
  ZodXID: () => Oi,
  ZodXor: () => Cs,
  _ZodString: () => xi,
  _default: () => Qs,
  _function: () => np,
  any: () => Am,
  array: () => Or,
  base64: () => pm,
  base64url: () => gm,
  bigint: () => Dm,
  boolean: () => Ps,
  catch: () => ol,
  check: () => ip,
  cidrv4: () => fm,
  cidrv6: () => mm,
  clone: () => T,
  codec: () => Qm,
  coerce: () => _l,
  compile: () => Cu,
  config: () => F,
  core: () => xe,
  creditCard: () => $m,
  cuid: () => im,
  cuid2: () => om,
  currencyCode: () => xm,
  custom: () => op,
  date: () => Zm,
  decode: () => $s,
  decodeAsync: () => ys,
  deepPartial: () => hp,
  describe: () => ap,
  discriminatedUnion: () => Fm,
  e164: () => vm,
  email: () => Wf,
  emoji: () => rm,
  encode: () => vs,
  encodeAsync: () => hs,
  endsWith: () => kt,
  enum: () => Mi,
  exactOptional: () => qs,
  file: () => Xm,
  flattenError: () => Ht,
  float32: () => wm,
  float64: () => zm,
  formatError: () => Qt,
  fromJSONSchema: () => vp,
  function: () => np,
  getDiscriminatedOption: () => uu,
  getErrorMap: () => Wh,
  globalRegistry: () => G,
  gt: () => ge,
  gte: () => ue,
  guid: () => Xf,
  hash: () => Im,
  hex: () => km,
  hostname: () => bm,
  httpUrl: () => tm,
  iban: () => hm,
  includes: () => _t,
  input: () => _p,
  instanceof: () => cp,
  int: () => bi,
  int32: () => Sm,
  int64: () => jm,
  intersection: () => Rs,
  invertCodec: () => ep,
  ipv4: () => sm,
  ipv6: () => dm,
  iso: () => Cr,
  json: () => lp,
  jwt: () => ym,
  keyof: () => Em,
  ksuid: () => cm,
  lazy: () => fl,
  length: () => We,
  literal: () => Wm,
  locales: () => yr,
  looseObject: () => Vm,
  looseRecord: () => Jm,
  lowercase: () => ht,
  lt: () => pe,
  lte: () => ae,
  mac: () => lm,
  map: () => Bm,
  maxLength: () => Ge,
  maxSize: () => De,
  memoizer: () => $r,
  meta: () => up,
  mime: () => It,
  minLength: () => ke,
  minSize: () => ve,
  multipleOf: () => Pe,
  nan: () => Hm,
  nanoid: () => nm,
  nativeEnum: () => Gm,
  negative: () => li,
  never: () => Fi,
  nonnegative: () => fi,
  nonoptional: () => rl,
  nonpositive: () => di,
  normalize: () => wt,
  null: () => Ns,
  nullable: () => Pr,
  nullish: () => qm,
  number: () => Ss,
  object: () => Cm,
  optional: () => Ye,
  output: () => bp,
  overwrite: () => me,
  parse: () => fs,
  parseAsync: () => ms,
  partialRecord: () => Mm,
  pipe: () => ki,
  positive: () => si,
  prefault: () => tl,
  preprocess: () => dp,
  prettifyError: () => mo,
  promise: () => rp,
  properties: () => xt,
  property: () => mi,
  readonly: () => sl,
  record: () => Js,
  refine: () => gl,
  regex: () => $t,
  regexes: () => le,
  registry: () => Cn,
  safeDecode: () => bs,
  safeDecodeAsync: () => xs,
  safeEncode: () => _s,
  safeEncodeAsync: () => ks,
  safeParse: () => ps,
  safeParseAsync: () => gs,
  set: () => Km,
  setErrorMap: () => Gh,
  size: () => Ke,
  slugify: () => Dt,
  startsWith: () => bt,
  strictObject: () => Lm,
  string: () => Sr,
  stringFormat: () => _m,
  stringbool: () => sp,
  success: () => Ym,
  superRefine: () => vl,
  symbol: () => Nm,
  templateLiteral: () => tp,
  toJSONSchema: () => $i,
  toLowerCase: () => St,
  toUpperCase: () => Pt,
  toZod: () => Ft,
  transform: () => Ji,
  treeifyError: () => fo,
  trim: () => zt,
  tuple: () => Ms,
  uint32: () => Pm,
  uint64: () => Om,
  ulid: () => am,
  undefined: () => Um,
  union: () => Lt,
  unknown: () => qe,
  uppercase: () => yt,
  url: () => em,
  util: () => $,
  uuid: () => qf,
  uuidv4: () => Yf,
  uuidv6: () => Hf,
  uuidv7: () => Qf,
  validate: () => er,
  validateAsync: () => tr,
  void: () => Tm,
  withParser: () => Ln,
  xid: () => um,
  xor: () => Rm,
});
var xe = {};
he(xe, {
  $ZodAny: () => Ha,
  $ZodArray: () => iu,
  $ZodAsyncError: () => ne,
  $ZodBase64: () => Va,
  $ZodBase64URL: () => Ra,
  $ZodBigInt: () => In,
  $ZodBigIntFormat: () => Wa,
  $ZodBoolean: () => dr,
  $ZodCIDRv4: () => Ca,
  $ZodCIDRv6: () => La,
  $ZodCUID: () => za,
  $ZodCUID2: () => Sa,
  $ZodCatch: () => xu,
  $ZodCheck: () => L,
  $ZodCheckBigIntFormat: () => Qo,
  $ZodCheckEndsWith: () => da,
  $ZodCheckGreaterThan: () => cn,
  $ZodCheckIncludes: () => sa,
  $ZodCheckLengthEquals: () => oa,
  $ZodCheckLessThan: () => un,
  $ZodCheckLowerCase: () => ua,
  $ZodCheckMaxLength: () => na,
  $ZodCheckMaxSize: () => ea,
  $ZodCheckMimeType: () => pa,
  $ZodCheckMinLength: () => ia,
  $ZodCheckMinSize: () => ta,
  $ZodCheckMultipleOf: () => Yo,
  $ZodCheckNumberFormat: () => Ho,
  $ZodCheckOverwrite: () => ga,
  $ZodCheckProperties: () => ma,
  $ZodCheckProperty: () => fa,
  $ZodCheckRegex: () => aa,
  $ZodCheckSizeEquals: () => ra,
  $ZodCheckStartsWith: () => la,
  $ZodCheckStringFormat: () => ft,
  $ZodCheckUpperCase: () => ca,
  $ZodCodec: () => mr,
  $ZodCreditCard: () => Ma,
  $ZodCustom: () => ju,
  $ZodCustomStringFormat: () => Ka,
  $ZodCyclicError: () => On,
  $ZodDate: () => ru,
  $ZodDefault: () => yu,
  $ZodDiscriminatedUnion: () => cu,
  $ZodE164: () => Fa,
  $ZodEmail: () => _a,
  $ZodEmoji: () => Ia,
  $ZodEncodeError: () => ze,
  $ZodEnum: () => mu,
  $ZodError: () => lo,
  $ZodExactOptional: () => $u,
  $ZodFile: () => gu,
  $ZodFunction: () => Pu,
  $ZodGUID: () => ha,
  $ZodIBAN: () => Ja,
  $ZodIPv4: () => Ta,
  $ZodIPv6: () => Za,
  $ZodISODate: () => Na,
  $ZodISODateTime: () => Oa,
  $ZodISODuration: () => Aa,
  $ZodISOTime: () => Ua,
  $ZodIntersection: () => su,
  $ZodJWT: () => Ba,
  $ZodKSUID: () => ja,
  $ZodLazy: () => pr,
  $ZodLiteral: () => pu,
  $ZodMAC: () => Ea,
  $ZodMap: () => du,
  $ZodNaN: () => Iu,
  $ZodNanoID: () => wa,
  $ZodNever: () => eu,
  $ZodNonOptional: () => bu,
  $ZodNull: () => Ya,
  $ZodNullable: () => hu,
  $ZodNumber: () => xn,
  $ZodNumberFormat: () => Ga,
  $ZodObject: () => nd,
  $ZodObjectJIT: () => ou,
  $ZodOptional: () => zn,
  $ZodPipe: () => Sn,
  $ZodPrefault: () => _u,
  $ZodPreprocess: () => wu,
  $ZodPromise: () => Du,
  $ZodReadonly: () => zu,
  $ZodRealError: () => ie,
  $ZodRecord: () => lu,
  $ZodRegistry: () => En,
  $ZodSet: () => fu,
  $ZodString: () => Fe,
  $ZodStringFormat: () => Z,
  $ZodSuccess: () => ku,
  $ZodSymbol: () => Xa,
  $ZodTemplateLiteral: () => Su,
  $ZodTransform: () => vu,
  $ZodTuple: () => wn,
  $ZodType: () => P,
  $ZodULID: () => Pa,
  $ZodURL: () => xa,
  $ZodUUID: () => ya,
  $ZodUndefined: () => qa,
  $ZodUnion: () => fr,
  $ZodUnknown: () => Qa,
  $ZodVoid: () => tu,
  $ZodXID: () => Da,
  $ZodXor: () => au,
  $brand: () => uo,
  $constructor: () => p,
  $input: () => Au,
  $output: () => Uu,
  Doc: () => Re,
  INVALID: () => H,
  JSONSchema: () => Bf,
  JSONSchemaGenerator: () => hi,
  NEVER: () => ao,
  TimePrecision: () => Ku,
  URL_BAD_FORMAT: () => ba,
  URL_UNPARSEABLE: () => ar,
  ZodCompileAsyncError: () => fe,
  ZodCompileUnsupportedError: () => N,
  _any: () => sc,
  _array: () => vc,
  _base64: () => oi,
  _base64url: () => ai,
  _bigint: () => rc,
  _boolean: () => ec,
  _catch: () => Oh,
  _check: () => Df,
  _cidrv4: () => ni,
  _cidrv6: () => ii,
  _coercedBigint: () => nc,
  _coercedBoolean: () => tc,
  _coercedDate: () => pc,
  _coercedNumber: () => Wu,
  _coercedString: () => Fu,
  _creditCard: () => Ju,
  _cuid: () => qn,
  _cuid2: () => Yn,
  _custom: () => hc,
  _date: () => mc,
  _decode: () => Xr,
  _decodeAsync: () => Yr,
  _default: () => Ph,
  _discriminatedUnion: () => vh,
  _e164: () => ui,
  _email: () => Fn,
  _emoji: () => Wn,
  _encode: () => Wr,
  _encodeAsync: () => qr,
  _endsWith: () => kt,
  _enum: () => kh,
  _file: () => $c,
  _float32: () => qu,
  _float64: () => Yu,
  _gt: () => ge,
  _gte: () => ue,
  _guid: () => Mn,
  _iban: () => Bu,
  _includes: () => _t,
  _int: () => Xu,
  _int32: () => Hu,
  _int64: () => ic,
  _intersection: () => $h,
  _ipv4: () => ti,
  _ipv6: () => ri,
  _isoDate: () => kr,
  _isoDateTime: () => br,
  _isoDuration: () => Ir,
  _isoTime: () => xr,
  _jwt: () => ci,
  _ksuid: () => ei,
  _lazy: () => Th,
  _length: () => We,
  _literal: () => Ih,
  _lowercase: () => ht,
  _lt: () => pe,
  _lte: () => ae,
  _mac: () => Mu,
  _map: () => _h,
  _max: () => ae,
  _maxLength: () => Ge,
  _maxSize: () => De,
  _mime: () => It,
  _min: () => ue,
  _minLength: () => ke,
  _minSize: () => ve,
  _multipleOf: () => Pe,
  _nan: () => gc,
  _nanoid: () => Xn,
  _nativeEnum: () => xh,
  _negative: () => li,
  _never: () => dc,
  _nonnegative: () => fi,
  _nonoptional: () => Dh,
  _nonpositive: () => di,
  _normalize: () => wt,
  _null: () => cc,
  _nullable: () => Sh,
  _number: () => Gu,
  _optional: () => zh,
  _overwrite: () => me,
  _parse: () => ct,
  _parseAsync: () => st,
  _pipe: () => Nh,
  _positive: () => si,
  _promise: () => Zh,
  _properties: () => xt,
  _property: () => mi,
  _readonly: () => Uh,
  _record: () => yh,
  _refine: () => yc,
  _regex: () => $t,
  _safeDecode: () => Qr,
  _safeDecodeAsync: () => tn,
  _safeEncode: () => Hr,
  _safeEncodeAsync: () => en,
  _safeParse: () => lt,
  _safeParseAsync: () => dt,
  _set: () => bh,
  _size: () => Ke,
  _slugify: () => Dt,
  _startsWith: () => bt,
  _string: () => Ru,
  _stringFormat: () => Xe,
  _stringbool: () => xc,
  _success: () => jh,
  _superRefine: () => _c,
  _symbol: () => ac,
  _templateLiteral: () => Ah,
  _toLowerCase: () => St,
  _toUpperCase: () => Pt,
  _transform: () => wh,
  _trim: () => zt,
  _tuple: () => hh,
  _uint32: () => Qu,
  _uint64: () => oc,
  _ulid: () => Hn,
  _undefined: () => uc,
  _union: () => ph,
  _unknown: () => lc,
  _uppercase: () => yt,
  _url: () => _r,
  _uuid: () => Jn,
  _uuidv4: () => Bn,
  _uuidv6: () => Kn,
  _uuidv7: () => Gn,
  _void: () => fc,
  _xid: () => Qn,
  _xor: () => gh,
  base64Charset: () => hn,
  base64urlCharset: () => lr,
  canParseURL: () => ka,
  clone: () => T,
  compile: () => Cu,
  compileFn: () => Vn,
  config: () => F,
  createStandardJSONSchemaMethod: () => jt,
  createToJSONSchemaMethod: () => wc,
  decode: () => gg,
  decodeAsync: () => $g,
  describe: () => bc,
  encode: () => pg,
  encodeAsync: () => vg,
  extractDefs: () => Oe,
  finalize: () => Ne,
  flattenError: () => Ht,
  formatError: () => Qt,
  getDiscriminatedOption: () => uu,
  globalConfig: () => B,
  globalRegistry: () => G,
  handleUnrepresentable: () => M,
  initializeContext: () => je,
  isBackEdge: () => Un,
  isRecursiveSchema: () => Nn,
  isValidBase64: () => sr,
  isValidBase64URL: () => yn,
  isValidCIDRv6: () => $n,
  isValidCreditCard: () => _n,
  isValidIBAN: () => bn,
  isValidIPv6: () => cr,
  isValidJWT: () => kn,
  locales: () => yr,
  memoizer: () => $r,
  mergeValues: () => mt,
  meta: () => kc,
  parse: () => Kr,
  parseAsync: () => Gr,
  parseURLObject: () => ed,
  prettifyError: () => mo,
  process: () => E,
  processSchema: () => E,
  regexes: () => le,
  registry: () => Cn,
  safeDecode: () => yg,
  safeDecodeAsync: () => bg,
  safeEncode: () => hg,
  safeEncodeAsync: () => _g,
  safeParse: () => sg,
  safeParseAsync: () => lg,
  standardProps: () => mn,
  stripTabAndNewline: () => ur,
  toDotPath: () => Ul,
  toJSONSchema: () => $i,
  toZod: () => Ft,
  treeifyError: () => fo,
  urlHostnameOk: () => gn,
  urlProtocolOk: () => vn,
  util: () => $,
  validate: () => er,
  validateAsync: () => tr,
  validateURL: () => pn,
  version: () => va,
  withParser: () => Ln,
});
var $ = {};
he($, {
  BIGINT_FORMAT_RANGES: () => Gt,
  CONSTANT_CATCH: () => Jr,
  Class: () => qi,
  NUMBER_FORMAT_RANGES: () => Kt,
  aborted: () => Y,
  allowsEval: () => Qi,
  assert: () => Dp,
  assertEqual: () => wp,
  assertIs: () => Sp,
  assertNever: () => Pp,
  assertNotEqual: () => zp,
  assignProp: () => K,
  attachSchema: () => Wt,
  base64ToUint8Array: () => Sl,
  base64urlToUint8Array: () => Wp,
  cached: () => it,
  captureStackTrace: () => Fr,
  cleanEnum: () => Gp,
  cleanRegex: () => _e,
  clone: () => T,
  cloneDef: () => Np,
  codePointLength: () => Le,
  constantCatch: () => io,
  createTransparentProxy: () => Cp,
  defineLazy: () => Yi,
  defineLazyInternal: () => O,
  derived: () => Hp,
  esc: () => q,
  escapeRegex: () => se,
  explicitlyAborted: () => ro,
  extend: () => Rp,
  finalizeIssue: () => re,
  floatSafeRemainder: () => Mt,
  getElementAtPath: () => Up,
  getEnumValues: () => rt,
  getLengthableOrigin: () => qt,
  getParsedType: () => Ep,
  getSizableOrigin: () => Xt,
  hexToUint8Array: () => qp,
  hide: () => Yt,
  installLazyProp: () => rg,
  isObject: () => Ce,
  isPlainObject: () => ce,
  issue: () => ut,
  joinValues: () => g,
  jsonStringifyReplacer: () => nt,
  members: () => no,
  merge: () => Mp,
  mergeDefs: () => de,
  normalizeParams: () => b,
  nullish: () => Rr,
  numKeys: () => Zp,
  objectClone: () => jp,
  omit: () => Vp,
  optionalKeys: () => to,
  own: () => we,
  parsedType: () => y,
  partial: () => Jp,
  pick: () => Lp,
  prefixIssues: () => te,
  primitiveTypes: () => eo,
  promiseAllObject: () => Ap,
  propertyKeyTypes: () => Bt,
  randomString: () => Tp,
  rawShape: () => ot,
  required: () => Bp,
  safeExtend: () => Fp,
  shallowClone: () => Jt,
  sizeCaps: () => at,
  slugify: () => Hi,
  stringifyPrimitive: () => h,
  toZod: () => Ft,
  uint8ArrayToBase64: () => Pl,
  uint8ArrayToBase64url: () => Xp,
  uint8ArrayToHex: () => Yp,
  unwrapMessage: () => tt,
});
function wp(e) {
  return e;
}
function zp(e) {
  return e;
}
function Ft() {
  return (e) => e;
}
function Sp(e) {}
function Pp(e) {
  throw new Error("Unexpected value in exhaustive check");
}
function Dp(e) {}
function rt(e) {
  const r = Object.values(e).filter((o) => typeof o == "number");
  return Object.entries(e)
    .filter(([o, t]) => r.indexOf(+o) === -1)
    .map(([o, t]) => t);
}
function g(e, r = "|") {
  return e.map((i) => h(i)).join(r);
}
function nt(e, r) {
  return typeof r == "bigint" ? r.toString() : r;
}
var Xi = class {
  constructor(r) {
    (this._getter = r), (this._value = void 0);
  }
  get value() {
    const r = this._getter;
    return (r !== void 0 && ((this._value = r()), (this._getter = void 0)), this._value);
  }
};
function it(e) {
  return new Xi(e);
}
function Rr(e) {
  return e == null;
}
function _e(e) {
  const r = e.startsWith("^") ? 1 : 0,
    i = e.endsWith("$") ? e.length - 1 : e.length;
  return e.slice(r, i);
}
function Mt(e, r) {
  const i = e / r,
    o = Math.round(i),
    t = 4 * Number.EPSILON * Math.max(Math.abs(i), 1);
  return Math.abs(i - o) < t ? 0 : i - o;
}
var xl = Symbol("evaluating");
function Yi(e, r, i) {
  let o;
  Object.defineProperty(e, r, {
    get() {
      if (o !== xl) return (o === void 0 && ((o = xl), (o = i())), o);
    },
    set(t) {
      Object.defineProperty(e, r, { value: t });
    },
    configurable: !0,
  });
}
function jp(e) {
  return Object.create(Object.getPrototypeOf(e), Object.getOwnPropertyDescriptors(e));
}
function K(e, r, i) {
  Object.defineProperty(e, r, { value: i, writable: !0, enumerable: !0, configurable: !0 });
}
function ot(e) {
  const r = Object.getOwnPropertyDescriptor(e, "shape");
  return r?.get ? r.get.raw : r?.value;
}
function ye(e) {
  return ot(e._zod.def) ?? e._zod.def.shape;
}
function Il(e, r, i) {
  Object.defineProperty(e, r, {
    get() {
      const o = i();
      return (K(this, r, o), o);
    },
    enumerable: !0,
    configurable: !0,
  });
}
function wl(e, r, i) {
  r in e ? K(e, r, i) : (e[r] = i);
}
function Ee(e, r, i, o) {
  const t = ye(r);
  for (const n of i) {
    const a = Object.getOwnPropertyDescriptor(t, n);
    a.enumerable &&
      (a.get
        ? Il(e, n, () => {
            const u = r._zod.def.shape[n];
            return o ? o(u, n) : u;
          })
        : wl(e, n, o ? o(a.value, n) : a.value));
  }
}
function Op(e, r) {
  for (const i of Reflect.ownKeys(r)) {
    const o = Object.getOwnPropertyDescriptor(r, i);
    o.enumerable && (o.get ? Il(e, i, () => r[i]) : wl(e, i, o.value));
  }
}
function de(...e) {
  const r = {};
  for (const i of e) {
    const o = Object.getOwnPropertyDescriptors(i);
    Object.assign(r, o);
  }
  return Object.defineProperties({}, r);
}
function Np(e) {
  return de(e._zod.def);
}
function Up(e, r) {
  return r ? r.reduce((i, o) => i?.[o], e) : e;
}
function Ap(e) {
  const r = Object.keys(e),
    i = r.map((o) => e[o]);
  return Promise.all(i).then((o) => {
    const t = {};
    for (let n = 0; n < r.length; n++) t[r[n]] = o[n];
    return t;
  });
}
function Tp(e = 10) {
  let r = "abcdefghijklmnopqrstuvwxyz",
    i = "";
  for (let o = 0; o < e; o++) i += r[Math.floor(Math.random() * r.length)];
  return i;
}
function q(e) {
  return JSON.stringify(e);
}
function Hi(e) {
  return e
    .toLowerCase()
    .trim()
    .replace(/[^\w\s-]/g, "")
    .replace(/[\s_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
var Fr = "captureStackTrace" in Error ? Error.captureStackTrace : (...e) => {};
function Ce(e) {
  return typeof e == "object" && e !== null && !Array.isArray(e);
}
var Qi = it(() => {
  if (B.jitless || (typeof navigator < "u" && navigator?.userAgent?.includes("Cloudflare")))
    return !1;
  try {
    const e = Function;
    return (new e(""), !0);
  } catch {
    return !1;
  }
});
function ce(e) {
  if (Ce(e) === !1) return !1;
  const r = e.constructor;
  if (r === void 0 || typeof r != "function") return !0;
  const i = r.prototype;
  return !(Ce(i) === !1 || Object.hasOwn(i, "isPrototypeOf") === !1);
}
function Jt(e) {
  return ce(e)
    ? { ...e }
    : Array.isArray(e)
      ? [...e]
      : e instanceof Map
        ? new Map(e)
        : e instanceof Set
          ? new Set(e)
          : e;
}
function Zp(e) {
  let r = 0;
  for (const i in e) Object.hasOwn(e, i) && r++;
  return r;
}
var Ep = (e) => {
    const r = typeof e;
    switch (r) {
      case "undefined":
        return "undefined";
      case "string":
        return "string";
      case "number":
        return Number.isNaN(e) ? "nan" : "number";
      case "boolean":
        return "boolean";
      case "function":
        return "function";
      case "bigint":
        return "bigint";
      case "symbol":
        return "symbol";
      case "object":
        return Array.isArray(e)
          ? "array"
          : e === null
            ? "null"
            : e.then && typeof e.then == "function" && e.catch && typeof e.catch == "function"
              ? "promise"
              : typeof Map < "u" && e instanceof Map
                ? "map"
                : typeof Set < "u" && e instanceof Set
                  ? "set"
                  : typeof Date < "u" && e instanceof Date
                    ? "date"
                    : typeof File < "u" && e instanceof File
                      ? "file"
                      : "object";
      default:
        throw new Error(`Unknown data type: ${r}`);
    }
  },
  Bt = new Set(["string", "number", "symbol"]),
  eo = new Set(["string", "number", "bigint", "boolean", "symbol", "undefined"]);
function se(e) {
  return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function T(e, r, i) {
  const o = new e._zod.constr(r ?? e._zod.def);
  return ((!r || i?.parent) && (o._zod.parent = e), o);
}
function b(e) {
  const r = e;
  if (!r) return {};
  if (typeof r == "string") return { error: () => r };
  if (r?.message !== void 0) {
    if (r?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
    r.error = r.message;
  }
  return (delete r.message, typeof r.error == "string" ? { ...r, error: () => r.error } : r);
}
function Cp(e) {
  let r;
  return new Proxy(
    {},
    {
      get(i, o, t) {
        return (r ?? (r = e()), Reflect.get(r, o, t));
      },
      set(i, o, t, n) {
        return (r ?? (r = e()), Reflect.set(r, o, t, n));
      },
      has(i, o) {
        return (r ?? (r = e()), Reflect.has(r, o));
      },
      deleteProperty(i, o) {
        return (r ?? (r = e()), Reflect.deleteProperty(r, o));
      },
      ownKeys(i) {
        return (r ?? (r = e()), Reflect.ownKeys(r));
      },
      getOwnPropertyDescriptor(i, o) {
        return (r ?? (r = e()), Reflect.getOwnPropertyDescriptor(r, o));
      },
      defineProperty(i, o, t) {
        return (r ?? (r = e()), Reflect.defineProperty(r, o, t));
      },
    },
  );
}
function h(e) {
  return typeof e == "bigint" ? e.toString() + "n" : typeof e == "string" ? `"${e}"` : `${e}`;
}
function to(e) {
  return Object.keys(e).filter(
    (r) => e[r]._zod.optin !== void 0 && e[r]._zod.optout === "optional",
  );
}
var Kt = {
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
  },
  Gt = {
    int64: [BigInt("-9223372036854775808"), BigInt("9223372036854775807")],
    uint64: [BigInt(0), BigInt("18446744073709551615")],
  };
function Lp(e, r) {
  const i = e._zod.def,
    o = i.checks;
  if (o && o.length > 0)
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  const n = {};
  return (Ee(n, e, Mr(e, r)), T(e, de(i, { shape: n, checks: [] })));
}
function Mr(e, r) {
  const i = ye(e),
    o = [];
  for (const t of Reflect.ownKeys(r)) {
    if (!Object.getOwnPropertyDescriptor(i, t)?.enumerable)
      throw new Error(`Unrecognized key: "${String(t)}"`);
    r[t] && o.push(t);
  }
  return o;
}
function Vp(e, r) {
  const i = e._zod.def,
    o = i.checks;
  if (o && o.length > 0)
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  const n = new Set(Mr(e, r)),
    a = {};
  return (
    Ee(
      a,
      e,
      Reflect.ownKeys(ye(e)).filter((u) => !n.has(u)),
    ),
    T(e, de(i, { shape: a, checks: [] }))
  );
}
function Rp(e, r) {
  if (!ce(r)) throw new Error("Invalid input to extend: expected a plain object");
  const i = e._zod.def.checks;
  if (i && i.length > 0) {
    const t = ye(e);
    for (const n of Reflect.ownKeys(r))
      if (Object.getOwnPropertyDescriptor(t, n) !== void 0)
        throw new Error(
          "Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.",
        );
  }
  return T(e, de(e._zod.def, { shape: zl(e, r) }));
}
function zl(e, r) {
  const i = {};
  return (Ee(i, e, Reflect.ownKeys(ye(e))), Op(i, r), i);
}
function Fp(e, r) {
  if (!ce(r)) throw new Error("Invalid input to safeExtend: expected a plain object");
  return T(e, de(e._zod.def, { shape: zl(e, r) }));
}
function Mp(e, r) {
  if (!r?._zod?.def)
    throw new Error(
      "Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.",
    );
  if (e._zod.def.checks?.length)
    throw new Error(
      ".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.",
    );
  const i = {};
  Ee(i, e, Reflect.ownKeys(ye(e))), Ee(i, r, Reflect.ownKeys(ye(r)));
  const o = de(e._zod.def, {
    shape: i,
    get catchall() {
      return r._zod.def.catchall;
    },
    checks: r._zod.def.checks ?? [],
  });
  return T(e, o);
}
function Jp(e, r, i, o = "partial") {
  const n = r._zod.def.checks;
  if (n && n.length > 0)
    throw new Error(`.${o}() cannot be used on object schemas containing refinements`);
  const u = i ? new Set(Mr(r, i)) : void 0,
    s = {};
  return (
    Ee(
      s,
      r,
      Reflect.ownKeys(ye(r)),
      e && ((c, l) => (u && !u.has(l) ? c : new e({ type: "optional", innerType: c }))),
    ),
    T(r, de(r._zod.def, { shape: s, checks: [] }))
  );
}
function Bp(e, r, i) {
  const o = i ? new Set(Mr(r, i)) : void 0,
    t = {};
  return (
    Ee(t, r, Reflect.ownKeys(ye(r)), (n, a) =>
      o && !o.has(a) ? n : new e({ type: "nonoptional", innerType: n }),
    ),
    T(r, de(r._zod.def, { shape: t }))
  );
}
function Y(e, r = 0) {
  if (e.aborted === !0) return !0;
  for (let i = r; i < e.issues.length; i++) if (e.issues[i]?.continue !== !0) return !0;
  return !1;
}
function ro(e, r = 0) {
  if (e.aborted === !0) return !0;
  for (let i = r; i < e.issues.length; i++) if (e.issues[i]?.continue === !1) return !0;
  return !1;
}
function te(e, r) {
  return r.map((i) => {
    var o;
    return ((o = i).path ?? (o.path = []), i.path.unshift(e), i);
  });
}
function tt(e) {
  return typeof e == "string" ? e : e?.message;
}
function at(e) {
  const r = [];
  for (const i of e ?? []) {
    const o = i._zod.def;
    if (!/_(length|size)$|_equals$/.test(o.check)) break;
    const t = o.maximum ?? o.length ?? o.size;
    t >= 0 && r.push([t, i]);
  }
  return r;
}
function Wt(e, r, i) {
  var o;
  for (let t = r; t < e.length; t++) (o = e[t]).schema ?? (o.schema = i);
}
function re(e, r, i) {
  var o;
  const t = e.inst?._zod?.traits;
  t?.has("$ZodType") &&
    (t.has("$ZodCheck") ? ((o = e).schema ?? (o.schema = e.inst)) : (e.schema = e.inst));
  const n = e.schema !== e.inst ? e.schema?._zod.def?.error : void 0,
    a = e.message
      ? e.message
      : (tt(e.inst?._zod.def?.error?.(e)) ??
        tt(n?.(e)) ??
        tt(r?.error?.(e)) ??
        tt(i.customError?.(e)) ??
        tt(i.localeError?.(e)) ??
        "Invalid input"),
    u = {};
  for (const s of Object.keys(e))
    s === "inst" ||
      s === "schema" ||
      s === "continue" ||
      s === "input" ||
      s === "__proto__" ||
      (u[s] = e[s]);
  return (u.path ?? (u.path = []), (u.message = a), r?.reportInput && (u.input = e.input), u);
}
function Xt(e) {
  return e instanceof Set
    ? "set"
    : e instanceof Map
      ? "map"
      : e instanceof File
        ? "file"
        : "unknown";
}
var Kp = /[\uD800-\uDBFF]/;
function Le(e) {
  const r = e.length;
  if (!Kp.test(e)) return r;
  let i = r;
  for (let o = 0; o < r - 1; o++)
    (e.charCodeAt(o) & 64512) === 55296 && (e.charCodeAt(o + 1) & 64512) === 56320 && (i--, o++);
  return i;
}
function qt(e) {
  return Array.isArray(e) ? "array" : typeof e == "string" ? "string" : "unknown";
}
function y(e) {
  const r = typeof e;
  switch (r) {
    case "number":
      return Number.isNaN(e) ? "nan" : "number";
    case "object": {
      if (e === null) return "null";
      if (Array.isArray(e)) return "array";
      const i = e;
      if (i && Object.getPrototypeOf(i) !== Object.prototype && "constructor" in i && i.constructor)
        return i.constructor.name;
    }
  }
  return r;
}
function ut(...e) {
  const [r, i, o] = e;
  return typeof r == "string" ? { message: r, code: "custom", input: i, inst: o } : { ...r };
}
function Gp(e) {
  return Object.entries(e)
    .filter(([r, i]) => Number.isNaN(Number.parseInt(r, 10)))
    .map((r) => r[1]);
}
function Sl(e) {
  const r = atob(e),
    i = new Uint8Array(r.length);
  for (let o = 0; o < r.length; o++) i[o] = r.charCodeAt(o);
  return i;
}
function Pl(e) {
  let r = "";
  for (let i = 0; i < e.length; i++) r += String.fromCharCode(e[i]);
  return btoa(r);
}
function Wp(e) {
  const r = e.replace(/-/g, "+").replace(/_/g, "/"),
    i = "=".repeat((4 - (r.length % 4)) % 4);
  return Sl(r + i);
}
function Xp(e) {
  return Pl(e).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function qp(e) {
  const r = e.replace(/^0x/, "");
  if (r.length % 2 !== 0) throw new Error("Invalid hex string length");
  const i = new Uint8Array(r.length / 2);
  for (let o = 0; o < r.length; o += 2) i[o / 2] = Number.parseInt(r.slice(o, o + 2), 16);
  return i;
}
function Yp(e) {
  return Array.from(e)
    .map((r) => r.toString(16).padStart(2, "0"))
    .join("");
}
var qi = class {
  constructor(...r) {}
};
function no(e, r) {
  for (const i in r) {
    const o = Object.getOwnPropertyDescriptor(r, i);
    o.get ? Object.defineProperty(e, i, { ...o, enumerable: !1 }) : Qp(e, i, o.value);
  }
}
function we(e, r, i, o = !0) {
  return (
    Object.defineProperty(e, r, { configurable: !0, writable: !0, enumerable: o, value: i }), i
  );
}
function Yt(e, r, i) {
  return we(e, r, i, !1);
}
function Hp(e, r) {
  for (const i in e) {
    const o = e[i];
    Object.defineProperty(r, i, {
      configurable: !0,
      enumerable: !0,
      get() {
        return we(this, i, o(this));
      },
      set(t) {
        we(this, i, t);
      },
    });
  }
  return r;
}
function Qp(e, r, i) {
  Object.defineProperty(e, r, {
    configurable: !0,
    get() {
      return this == null ? i : we(this, r, i.bind(this));
    },
    set(o) {
      we(this, r, o);
    },
  });
}
function eg(e, r) {
  const i = Object.getPrototypeOf(e);
  return r in i ? void 0 : i;
}
var Wi,
  Ie = !1,
  tg = {
    configurable: !0,
    get() {
      Ie = !0;
    },
  };
function O(e, r, i) {
  const o = Object.getPrototypeOf(e._zod);
  if (r in o && Wi !== e._zod) {
    Wi = void 0;
    return;
  }
  (Wi = e._zod),
    Object.defineProperty(o, r, {
      configurable: !0,
      get() {
        Object.defineProperty(this, r, tg);
        const t = Ie;
        Ie = !1;
        try {
          const n = i(this);
          return (
            Ie
              ? delete this[r]
              : Object.defineProperty(this, r, { configurable: !0, writable: !0, value: n }),
            (Ie = Ie || t),
            n
          );
        } catch (n) {
          throw (delete this[r], (Ie = Ie || t), n);
        }
      },
      set(t) {
        Object.defineProperty(this, r, { configurable: !0, writable: !0, value: t });
      },
    });
}
function rg(e, r, i, o) {
  const t = eg(e, r);
  t &&
    Object.defineProperty(t, r, {
      configurable: !0,
      get() {
        const n = { configurable: !0, writable: !0, enumerable: o, value: void 0 };
        return (
          Object.defineProperty(this, r, n),
          (n.value = i(this)),
          Object.defineProperty(this, r, n),
          n.value
        );
      },
      set(n) {
        Object.defineProperty(this, r, { configurable: !0, writable: !0, enumerable: o, value: n });
      },
    });
}
var Jr = "~constantCatch";
function io(e) {
  const r = () => e;
  return ((r[Jr] = !0), r);
}
var Dl,
  ao = Object.freeze({ status: "aborted" }),
  oo = { value: void 0, enumerable: !1 },
  jl = "captureStackTrace" in Error ? Error : null;
function ng(e) {
  const r = jl;
  if (r) {
    const i = r.stackTraceLimit;
    if (typeof i == "number") {
      try {
        r.stackTraceLimit = 0;
      } catch {
        return ((jl = null), new e());
      }
      try {
        return new e();
      } finally {
        r.stackTraceLimit = i;
      }
    }
  }
  return new e();
}
function p(e, r, i, o) {
  const t = {};
  function n(f) {
    (this.def = f), (this.constr = d), (this.traits = new Set());
  }
  n.prototype = t;
  const a = i,
    u = a && new WeakSet();
  function s(f, m) {
    if (f._zod) {
      if (f._zod.traits.has(e)) return;
    } else {
      oo.value = new n(m);
      try {
        Object.defineProperty(f, "_zod", oo);
      } finally {
        oo.value = void 0;
      }
    }
    if ((f._zod.traits.add(e), r(f, m), u)) {
      let _ = Object.getPrototypeOf(f),
        k = f._zod.constr.prototype,
        z = _;
      for (; z && z !== k; ) z = Object.getPrototypeOf(z);
      const I = z ?? _;
      u.has(I) || (u.add(I), no(I, a));
    }
    const v = d.prototype;
    for (const _ in v) Object.hasOwn(v, _) && (_ in f || (f[_] = v[_].bind(f)));
  }
  const c = o?.Parent ?? Object;
  class l extends c {}
  Object.defineProperty(l, "name", { value: e });
  function d(f) {
    const m = o?.Parent ? ng(l) : this;
    s(m, f);
    const v = m._zod.deferred;
    if (v) {
      for (const k of v) k();
      m._zod.deferred = void 0;
    }
    const _ = globalThis.__zod_globalConfig?.postProcessor;
    return (_ && _(m), m);
  }
  return (
    Object.defineProperty(d, "init", { value: s }),
    Object.defineProperty(d, Symbol.hasInstance, {
      value: (f) => (o?.Parent && f instanceof o.Parent ? !0 : f?._zod?.traits?.has(e)),
    }),
    Object.defineProperty(d, "name", { value: e }),
    d
  );
}
var uo = Symbol("zod_brand"),
  ne = class extends Error {
    constructor() {
      super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
    }
  },
  ze = class extends Error {
    constructor(r) {
      super(`Encountered unidirectional transform during encode: ${r}`),
        (this.name = "ZodEncodeError");
    }
  };
(Dl = globalThis).__zod_globalConfig ?? (Dl.__zod_globalConfig = {});
var B = globalThis.__zod_globalConfig;
function F(e) {
  return (e && Object.assign(B, e), B);
}
function ig() {
  const e = this._zod;
  return (e.message ?? (e.message = JSON.stringify(e.def, nt, 2)), e.message);
}
function og(e) {
  this._zod.message = e;
}
var ag = { get: ig, set: og, enumerable: !0, configurable: !0 },
  so = { value: void 0, enumerable: !1 },
  Ol = new WeakSet([Object.prototype, Error.prototype]),
  Nl = (e, r) => {
    (e.name = "$ZodError"),
      (so.value = r),
      Object.defineProperty(e, "issues", so),
      (so.value = void 0),
      Object.defineProperty(e, "message", ag);
    const i = Object.getPrototypeOf(e);
    Ol.has(i) ||
      (Ol.add(i),
      Object.defineProperty(i, "toString", {
        configurable: !0,
        enumerable: !1,
        get() {
          const o = () => this.message;
          return (
            Object.defineProperty(this, "toString", { value: o, configurable: !0, writable: !0 }), o
          );
        },
        set(o) {
          Object.defineProperty(this, "toString", { value: o, configurable: !0, writable: !0 });
        },
      }));
  },
  lo = p("$ZodError", Nl),
  ie = p("$ZodError", Nl, void 0, { Parent: Error });
function ug(e, r, i) {
  return (
    Object.hasOwn(e, r) ||
      (r === "__proto__"
        ? Object.defineProperty(e, r, {
            value: i(),
            writable: !0,
            enumerable: !0,
            configurable: !0,
          })
        : (e[r] = i())),
    e[r]
  );
}
function Ht(e, r = (i) => i.message) {
  const i = {},
    o = [];
  for (const t of e.issues)
    t.path.length > 0 ? ug(i, t.path[0], () => []).push(r(t)) : o.push(r(t));
  return { formErrors: o, fieldErrors: i };
}
function Qt(e, r = (i) => i.message) {
  const i = { _errors: [] },
    o = (t, n = []) => {
      for (const a of t.issues)
        if (a.code === "invalid_union" && a.errors.length)
          a.errors.map((u) => o({ issues: u }, [...n, ...a.path]));
        else if (a.code === "invalid_key") o({ issues: a.issues }, [...n, ...a.path]);
        else if (a.code === "invalid_element") o({ issues: a.issues }, [...n, ...a.path]);
        else {
          const u = [...n, ...a.path];
          if (u.length === 0) i._errors.push(r(a));
          else {
            let s = i,
              c = 0;
            for (; c < u.length; ) {
              const l = u[c],
                d = c === u.length - 1;
              if (l === "_errors") {
                d && s._errors.push(r(a)), c++;
                continue;
              }
              Object.hasOwn(s, l) ||
                Object.defineProperty(s, l, {
                  value: { _errors: [] },
                  enumerable: !0,
                  writable: !0,
                  configurable: !0,
                });
              const f = s[l];
              d && f._errors.push(r(a)), (s = f), c++;
            }
          }
        }
    };
  return (o(e), i);
}
function fo(e, r = (i) => i.message) {
  const i = { errors: [] },
    o = (t, n = []) => {
      var a;
      for (const u of t.issues)
        if (u.code === "invalid_union" && u.errors.length)
          u.errors.map((s) => o({ issues: s }, [...n, ...u.path]));
        else if (u.code === "invalid_key") o({ issues: u.issues }, [...n, ...u.path]);
        else if (u.code === "invalid_element") o({ issues: u.issues }, [...n, ...u.path]);
        else {
          const s = [...n, ...u.path];
          if (s.length === 0) {
            i.errors.push(r(u));
            continue;
          }
          let c = i,
            l = 0;
          for (; l < s.length; ) {
            const d = s[l],
              f = l === s.length - 1;
            typeof d == "string"
              ? (c.properties ?? (c.properties = {}),
                Object.hasOwn(c.properties, d) ||
                  Object.defineProperty(c.properties, d, {
                    value: { errors: [] },
                    enumerable: !0,
                    writable: !0,
                    configurable: !0,
                  }),
                (c = c.properties[d]))
              : (c.items ?? (c.items = []),
                (a = c.items)[d] ?? (a[d] = { errors: [] }),
                (c = c.items[d])),
              f && c.errors.push(r(u)),
              l++;
          }
        }
    };
  return (o(e), i);
}
function Ul(e) {
  const r = [],
    i = e.map((o) => (typeof o == "object" ? o.key : o));
  for (const o of i)
    typeof o == "number"
      ? r.push(`[${o}]`)
      : typeof o == "symbol"
        ? r.push(`[${JSON.stringify(String(o))}]`)
        : /[^\w$]/.test(o)
          ? r.push(`[${JSON.stringify(o)}]`)
          : (r.length && r.push("."), r.push(o));
  return r.join("");
}
function mo(e) {
  const r = [],
    i = [...e.issues].sort((o, t) => (o.path ?? []).length - (t.path ?? []).length);
  for (const o of i)
    r.push(`\u2716 ${o.message}`), o.path?.length && r.push(`  \u2192 at ${Ul(o.path)}`);
  return r.join(`
`);
}
function Br(e, r) {
  return { callee: r?.callee ?? e, Err: r?.Err };
}
var ct = (e) => {
    const r = (i, o, t, n) => {
      const a = t ? { ...t, async: !1 } : { async: !1 },
        u = i._zod.run({ value: o, issues: [] }, a);
      if (u instanceof Promise) throw new ne();
      if (u.issues.length) {
        const s = new (n?.Err ?? e)(u.issues.map((c) => re(c, a, F())));
        throw (Fr(s, n?.callee ?? r), s);
      }
      return u.value;
    };
    return r;
  },
  Kr = ct(ie),
  st = (e) => {
    const r = async (i, o, t, n) => {
      let a = t ? { ...t, async: !0 } : { async: !0 },
        u = i._zod.run({ value: o, issues: [] }, a);
      if ((u instanceof Promise && (u = await u), u.issues.length)) {
        const s = new (n?.Err ?? e)(u.issues.map((c) => re(c, a, F())));
        throw (Fr(s, n?.callee ?? r), s);
      }
      return u.value;
    };
    return r;
  },
  Gr = st(ie),
  lt = (e) => (r, i, o) => {
    const t = o ? { ...o, async: !1 } : { async: !1 },
      n = r._zod.run({ value: i, issues: [] }, t);
    if (n instanceof Promise) throw new ne();
    return n.issues.length ? Al(e, n.issues, t) : { success: !0, data: n.value };
  },
  sg = lt(ie);
function Al(e, r, i) {
  let o;
  return {
    success: !1,
    get error() {
      return (o || ((o = new e(r.map((t) => re(t, i, F())))), (r = void 0), (i = void 0)), o);
    },
    set error(t) {
      (o = t), (r = void 0), (i = void 0);
    },
  };
}
var dt = (e) => async (r, i, o) => {
    let t = o ? { ...o, async: !0 } : { async: !0 },
      n = r._zod.run({ value: i, issues: [] }, t);
    return (
      n instanceof Promise && (n = await n),
      n.issues.length ? Al(e, n.issues, t) : { success: !0, data: n.value }
    );
  },
  lg = dt(ie),
  dg = Symbol.for("zod.compile.invalid"),
  fg = Symbol.for("zod.compile.fallback"),
  er = (e, r, i) => {
    const o = e._zod.bag.validator;
    if (o !== void 0) {
      if (o(r) !== dg) return !0;
      if (o.definite === !0 && i === void 0) return !1;
    }
    return mg(e, r, i);
  };
function mg(e, r, i) {
  let o = i ? { ...i, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
    t = e._zod.bag.fallbackRun,
    n;
  if (
    (t
      ? ((o[fg] = !0), (n = t({ value: r, issues: [] }, o)))
      : (n = e._zod.run({ value: r, issues: [] }, o)),
    n instanceof Promise)
  )
    throw new ne();
  return n.issues.length === 0;
}
var tr = async (e, r, i) => {
    let o = i ? { ...i, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
      t = e._zod.run({ value: r, issues: [] }, o);
    return (t instanceof Promise && (t = await t), t.issues.length === 0);
  },
  Wr = (e) => {
    const r = ct(e),
      i = (o, t, n, a) => {
        const u = n ? { ...n, direction: "backward" } : { direction: "backward" };
        return r(o, t, u, Br(i, a));
      };
    return i;
  },
  pg = Wr(ie),
  Xr = (e) => {
    const r = ct(e),
      i = (o, t, n, a) => r(o, t, n, Br(i, a));
    return i;
  },
  gg = Xr(ie),
  qr = (e) => {
    const r = st(e),
      i = async (o, t, n, a) => {
        const u = n ? { ...n, direction: "backward" } : { direction: "backward" };
        return await r(o, t, u, Br(i, a));
      };
    return i;
  },
  vg = qr(ie),
  Yr = (e) => {
    const r = st(e),
      i = async (o, t, n, a) => await r(o, t, n, Br(i, a));
    return i;
  },
  $g = Yr(ie),
  Hr = (e) => (r, i, o) => {
    const t = o ? { ...o, direction: "backward" } : { direction: "backward" };
    return lt(e)(r, i, t);
  },
  hg = Hr(ie),
  Qr = (e) => (r, i, o) => lt(e)(r, i, o),
  yg = Qr(ie),
  en = (e) => async (r, i, o) => {
    const t = o ? { ...o, direction: "backward" } : { direction: "backward" };
    return dt(e)(r, i, t);
  },
  _g = en(ie),
  tn = (e) => async (r, i, o) => dt(e)(r, i, o),
  bg = tn(ie);
var le = {};
he(le, {
  anyString: () => Vo,
  base64: () => Oo,
  base64url: () => No,
  bigint: () => Fo,
  boolean: () => Mo,
  browserEmail: () => Dg,
  cidrv4: () => Do,
  cidrv6: () => jo,
  creditCard: () => rn,
  cuid: () => go,
  cuid2: () => vo,
  currencyCode: () => Zo,
  date: () => Eo,
  datetime: () => Lo,
  domain: () => Ao,
  duration: () => ko,
  e164: () => To,
  email: () => Io,
  emoji: () => wo,
  extendedDuration: () => kg,
  guid: () => xo,
  hex: () => Wo,
  hostname: () => Uo,
  html5Email: () => zg,
  httpProtocol: () => rr,
  iban: () => nn,
  idnEmail: () => Pg,
  integer: () => nr,
  ipv4: () => zo,
  ipv6: () => So,
  ksuid: () => yo,
  lowercase: () => Ko,
  mac: () => Po,
  md5_base64: () => Ug,
  md5_base64url: () => Ag,
  md5_hex: () => Ng,
  nanoid: () => _o,
  nanoidOfLength: () => bo,
  null: () => Jo,
  number: () => be,
  rfc5322Email: () => Sg,
  sha1_base64: () => Zg,
  sha1_base64url: () => Eg,
  sha1_hex: () => Tg,
  sha256_base64: () => Lg,
  sha256_base64url: () => Vg,
  sha256_hex: () => Cg,
  sha384_base64: () => Fg,
  sha384_base64url: () => Mg,
  sha384_hex: () => Rg,
  sha512_base64: () => Bg,
  sha512_base64url: () => Kg,
  sha512_hex: () => Jg,
  string: () => Ro,
  time: () => Co,
  ulid: () => $o,
  undefined: () => Bo,
  unicodeEmail: () => Tl,
  uppercase: () => Go,
  uuid: () => Ve,
  uuid4: () => xg,
  uuid6: () => Ig,
  uuid7: () => wg,
  xid: () => ho,
});
var go = /^[cC][0-9a-z]{6,}$/,
  vo = /^[0-9a-z]+$/,
  $o = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
  ho = /^[0-9a-vA-V]{20}$/,
  yo = /^[A-Za-z0-9]{27}$/,
  _o = /^[a-zA-Z0-9_-]{21}$/;
function bo(e) {
  return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var ko =
    /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,
  kg =
    /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,
  xo = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
  Ve = (e) =>
    e
      ? new RegExp(
          `^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`,
        )
      : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
  xg = Ve(4),
  Ig = Ve(6),
  wg = Ve(7),
  Io =
    /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/,
  zg =
    /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,
  Sg =
    /^(([^<>()[\]\\.,;:\s@"]+(\.[^<>()[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,
  Tl = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u,
  Pg = Tl,
  Dg =
    /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,
  jg =
    "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";
function wo() {
  return new RegExp(jg, "u");
}
var zo =
    /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
  So =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,
  Po = (e) => {
    const r = se(e ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${r}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${r}){5}[0-9a-f]{2}$`);
  },
  Do =
    /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
  jo =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
  Oo = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
  No = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,
  Uo =
    /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/,
  Ao = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,
  rr = /^https?$/,
  To = /^\+[1-9]\d{6,14}$/,
  rn = /^\d(?:[ -]?\d){11,18}$/,
  Zo =
    /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,
  nn = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,
  Zl =
    "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
function Og(e) {
  return new RegExp(`^${e}$`);
}
var Eo = Og(Zl);
function po(e) {
  const r = "(?:[01]\\d|2[0-3]):[0-5]\\d";
  return typeof e.precision == "number"
    ? e.precision === -1
      ? `${r}`
      : e.precision === 0
        ? `${r}:[0-5]\\d`
        : `${r}:[0-5]\\d\\.\\d{${e.precision}}`
    : e.seconds
      ? `${r}:[0-5]\\d(?:\\.\\d+)?`
      : `${r}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function Co(e) {
  return new RegExp(`^${po(e)}$`);
}
function Lo(e) {
  const r = ["Z"];
  e.offset && r.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
  const i = `${po({ precision: e.precision, seconds: !0 })}(?:${r.join("|")})`,
    o = e.local ? `${i}|${po({ precision: e.precision })}` : i;
  return new RegExp(`^${Zl}T(?:${o})$`);
}
var Vo = /^[\s\S]{0,}$/,
  Ro = (e) => {
    const r = e ? `[\\s\\S]{${e?.minimum ?? 0},${e?.maximum ?? ""}}` : "[\\s\\S]*";
    return new RegExp(`^${r}$`);
  },
  Fo = /^-?\d+n?$/,
  nr = /^-?\d+$/,
  be = /^-?\d+(?:\.\d+)?$/,
  Mo = /^(?:true|false)$/i,
  Jo = /^null$/i;
var Bo = /^undefined$/i;
var Ko = /^[^A-Z]*$/,
  Go = /^[^a-z]*$/,
  Wo = /^[0-9a-fA-F]*$/;
function ir(e, r) {
  return new RegExp(`^[A-Za-z0-9+/]{${e}}${r}$`);
}
function or(e) {
  return new RegExp(`^[A-Za-z0-9_-]{${e}}$`);
}
var Ng = /^[0-9a-fA-F]{32}$/,
  Ug = ir(22, "=="),
  Ag = or(22),
  Tg = /^[0-9a-fA-F]{40}$/,
  Zg = ir(27, "="),
  Eg = or(27),
  Cg = /^[0-9a-fA-F]{64}$/,
  Lg = ir(43, "="),
  Vg = or(43),
  Rg = /^[0-9a-fA-F]{96}$/,
  Fg = ir(64, ""),
  Mg = or(64),
  Jg = /^[0-9a-fA-F]{128}$/,
  Bg = ir(86, "=="),
  Kg = or(86);
var L = p("$ZodCheck", (e, r) => {
    var i;
    e._zod ?? (e._zod = {}), (e._zod.def = r), (i = e._zod).onattach ?? (i.onattach = []);
  }),
  Xo = (e) => {
    const r = e.value;
    return !Rr(r) && r.size !== void 0;
  },
  qo = (e) => {
    const r = e.value;
    return !Rr(r) && r.length !== void 0;
  },
  on = { number: "number", bigint: "bigint", object: "date" },
  un = p("$ZodCheckLessThan", (e, r) => {
    L.init(e, r);
    const i = on[typeof r.value];
    e._zod.check = (o) => {
      (r.inclusive ? o.value <= r.value : o.value < r.value) ||
        o.issues.push({
          origin: on[typeof o.value] ?? i,
          code: "too_big",
          maximum: typeof r.value == "object" ? r.value.getTime() : r.value,
          input: o.value,
          inclusive: r.inclusive,
          inst: e,
          continue: !r.abort,
        });
    };
  }),
  cn = p("$ZodCheckGreaterThan", (e, r) => {
    L.init(e, r);
    const i = on[typeof r.value];
    e._zod.check = (o) => {
      (r.inclusive ? o.value >= r.value : o.value > r.value) ||
        o.issues.push({
          origin: on[typeof o.value] ?? i,
          code: "too_small",
          minimum: typeof r.value == "object" ? r.value.getTime() : r.value,
          input: o.value,
          inclusive: r.inclusive,
          inst: e,
          continue: !r.abort,
        });
    };
  }),
  Yo = p("$ZodCheckMultipleOf", (e, r) => {
    L.init(e, r),
      (e._zod.check = (i) => {
        if (typeof i.value != typeof r.value)
          throw new Error("Cannot mix number and bigint in multiple_of check.");
        (typeof i.value == "bigint"
          ? r.value !== BigInt(0) && i.value % r.value === BigInt(0)
          : Mt(i.value, r.value) === 0) ||
          i.issues.push({
            origin: typeof i.value,
            code: "not_multiple_of",
            divisor: r.value,
            input: i.value,
            inst: e,
            continue: !r.abort,
          });
      });
  }),
  Ho = p("$ZodCheckNumberFormat", (e, r) => {
    L.init(e, r), (r.format = r.format || "float64");
    const i = r.format?.includes("int"),
      o = i ? "int" : "number",
      [t, n] = Kt[r.format];
    e._zod.check = (a) => {
      const u = a.value;
      if (i) {
        if (!Number.isInteger(u)) {
          a.issues.push({
            expected: o,
            format: r.format,
            code: "invalid_type",
            continue: !1,
            input: u,
            inst: e,
          });
          return;
        }
        if (!Number.isSafeInteger(u)) {
          u > 0
            ? a.issues.push({
                input: u,
                code: "too_big",
                maximum: Number.MAX_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst: e,
                origin: o,
                inclusive: !0,
                continue: !r.abort,
              })
            : a.issues.push({
                input: u,
                code: "too_small",
                minimum: Number.MIN_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst: e,
                origin: o,
                inclusive: !0,
                continue: !r.abort,
              });
          return;
        }
      }
      u < t &&
        a.issues.push({
          origin: "number",
          input: u,
          code: "too_small",
          minimum: t,
          inclusive: !0,
          inst: e,
          continue: !r.abort,
        }),
        u > n &&
          a.issues.push({
            origin: "number",
            input: u,
            code: "too_big",
            maximum: n,
            inclusive: !0,
            inst: e,
            continue: !r.abort,
          });
    };
  }),
  Qo = p("$ZodCheckBigIntFormat", (e, r) => {
    L.init(e, r);
    const [i, o] = Gt[r.format];
    e._zod.check = (t) => {
      const n = t.value;
      n < i &&
        t.issues.push({
          origin: "bigint",
          input: n,
          code: "too_small",
          minimum: i,
          inclusive: !0,
          inst: e,
          continue: !r.abort,
        }),
        n > o &&
          t.issues.push({
            origin: "bigint",
            input: n,
            code: "too_big",
            maximum: o,
            inclusive: !0,
            inst: e,
            continue: !r.abort,
          });
    };
  }),
  ea = p("$ZodCheckMaxSize", (e, r) => {
    var i;
    L.init(e, r),
      (i = e._zod.def).when ?? (i.when = Xo),
      (e._zod.check = (o) => {
        const t = o.value;
        t.size <= r.maximum ||
          o.issues.push({
            origin: Xt(t),
            code: "too_big",
            maximum: r.maximum,
            inclusive: !0,
            input: t,
            inst: e,
            continue: !r.abort,
          });
      });
  }),
  ta = p("$ZodCheckMinSize", (e, r) => {
    var i;
    L.init(e, r),
      (i = e._zod.def).when ?? (i.when = Xo),
      (e._zod.check = (o) => {
        const t = o.value;
        t.size >= r.minimum ||
          o.issues.push({
            origin: Xt(t),
            code: "too_small",
            minimum: r.minimum,
            inclusive: !0,
            input: t,
            inst: e,
            continue: !r.abort,
          });
      });
  }),
  ra = p("$ZodCheckSizeEquals", (e, r) => {
    var i;
    L.init(e, r),
      (i = e._zod.def).when ?? (i.when = Xo),
      (e._zod.check = (o) => {
        const t = o.value,
          n = t.size;
        if (n === r.size) return;
        const a = n > r.size;
        o.issues.push({
          origin: Xt(t),
          ...(a ? { code: "too_big", maximum: r.size } : { code: "too_small", minimum: r.size }),
          inclusive: !0,
          exact: !0,
          input: o.value,
          inst: e,
          continue: !r.abort,
        });
      });
  }),
  na = p("$ZodCheckMaxLength", (e, r) => {
    var i;
    L.init(e, r),
      (i = e._zod.def).when ?? (i.when = qo),
      (e._zod.check = (o) => {
        const t = o.value,
          n = t.length;
        if ((typeof t == "string" && n > r.maximum ? Le(t) : n) <= r.maximum) return;
        const u = qt(t);
        o.issues.push({
          origin: u,
          code: "too_big",
          maximum: r.maximum,
          inclusive: !0,
          input: t,
          inst: e,
          continue: !r.abort,
        });
      });
  }),
  ia = p("$ZodCheckMinLength", (e, r) => {
    var i;
    L.init(e, r),
      (i = e._zod.def).when ?? (i.when = qo),
      (e._zod.check = (o) => {
        const t = o.value,
          n = t.length;
        if ((typeof t == "string" && n >= r.minimum && n < r.minimum * 2 ? Le(t) : n) >= r.minimum)
          return;
        const u = qt(t);
        o.issues.push({
          origin: u,
          code: "too_small",
          minimum: r.minimum,
          inclusive: !0,
          input: t,
          inst: e,
          continue: !r.abort,
        });
      });
  }),
  oa = p("$ZodCheckLengthEquals", (e, r) => {
    var i;
    L.init(e, r),
      (i = e._zod.def).when ?? (i.when = qo),
      (e._zod.check = (o) => {
        const t = o.value,
          n = t.length,
          a = typeof t == "string" && n >= r.length && n <= r.length * 2 ? Le(t) : n;
        if (a === r.length) return;
        const u = qt(t),
          s = a > r.length;
        o.issues.push({
          origin: u,
          ...(s
            ? { code: "too_big", maximum: r.length }
            : { code: "too_small", minimum: r.length }),
          inclusive: !0,
          exact: !0,
          input: o.value,
          inst: e,
          continue: !r.abort,
        });
      });
  }),
  ft = p("$ZodCheckStringFormat", (e, r) => {
    var i, o;
    L.init(e, r),
      r.pattern
        ? ((i = e._zod).check ??
          (i.check = (t) => {
            (r.pattern.lastIndex = 0),
              !r.pattern.test(t.value) &&
                t.issues.push({
                  origin: "string",
                  code: "invalid_format",
                  format: r.format,
                  input: t.value,
                  ...(r.pattern ? { pattern: r.pattern.toString() } : {}),
                  inst: e,
                  continue: !r.abort,
                });
          }))
        : ((o = e._zod).check ?? (o.check = () => {}));
  }),
  aa = p("$ZodCheckRegex", (e, r) => {
    ft.init(e, r),
      (e._zod.check = (i) => {
        (r.pattern.lastIndex = 0),
          !r.pattern.test(i.value) &&
            i.issues.push({
              origin: "string",
              code: "invalid_format",
              format: "regex",
              input: i.value,
              pattern: r.pattern.toString(),
              inst: e,
              continue: !r.abort,
            });
      });
  }),
  ua = p("$ZodCheckLowerCase", (e, r) => {
    r.pattern ?? (r.pattern = Ko), ft.init(e, r);
  }),
  ca = p("$ZodCheckUpperCase", (e, r) => {
    r.pattern ?? (r.pattern = Go), ft.init(e, r);
  }),
  sa = p("$ZodCheckIncludes", (e, r) => {
    L.init(e, r);
    const i = se(r.includes),
      o = new RegExp(typeof r.position == "number" ? `^.{${r.position},}${i}` : i);
    (r.pattern = o),
      (e._zod.check = (t) => {
        t.value.includes(r.includes, r.position) ||
          t.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: r.includes,
            input: t.value,
            inst: e,
            continue: !r.abort,
          });
      });
  }),
  la = p("$ZodCheckStartsWith", (e, r) => {
    L.init(e, r);
    const i = new RegExp(`^${se(r.prefix)}.*`);
    r.pattern ?? (r.pattern = i),
      (e._zod.check = (o) => {
        o.value.startsWith(r.prefix) ||
          o.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: r.prefix,
            input: o.value,
            inst: e,
            continue: !r.abort,
          });
      });
  }),
  da = p("$ZodCheckEndsWith", (e, r) => {
    L.init(e, r);
    const i = new RegExp(`.*${se(r.suffix)}$`);
    r.pattern ?? (r.pattern = i),
      (e._zod.check = (o) => {
        o.value.endsWith(r.suffix) ||
          o.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: r.suffix,
            input: o.value,
            inst: e,
            continue: !r.abort,
          });
      });
  });
function an(e, r, i) {
  e.issues.length && r.issues.push(...te(i, e.issues));
}
var fa = p("$ZodCheckProperty", (e, r) => {
    L.init(e, r),
      (e._zod.check = (i) => {
        const o = r.schema._zod.run({ value: i.value[r.property], issues: [] }, {});
        if (o instanceof Promise) return o.then((t) => an(t, i, r.property));
        an(o, i, r.property);
      });
  }),
  ma = p("$ZodCheckProperties", (e, r) => {
    L.init(e, r),
      Yt(e, Symbol.iterator, function* () {
        yield e;
      });
    let i;
    e._zod.check = (o) => {
      if (o.value == null) {
        o.issues.push({ expected: "object", code: "invalid_type", input: o.value, inst: e });
        return;
      }
      i ?? (i = Reflect.ownKeys(r.shape).map((a) => [a, r.shape[a]]));
      let t = o.value,
        n;
      for (const [a, u] of i) {
        const s = u._zod.run({ value: t[a], issues: [] }, {});
        s instanceof Promise ? (n ?? (n = []), n.push(s.then((c) => an(c, o, a)))) : an(s, o, a);
      }
      if (n) return Promise.all(n).then(() => {});
    };
  }),
  pa = p("$ZodCheckMimeType", (e, r) => {
    L.init(e, r);
    const i = new Set(r.mime);
    e._zod.check = (o) => {
      i.has(o.value.type) ||
        o.issues.push({
          code: "invalid_value",
          values: r.mime,
          input: o.value.type,
          inst: e,
          continue: !r.abort,
        });
    };
  }),
  ga = p("$ZodCheckOverwrite", (e, r) => {
    L.init(e, r),
      (e._zod.check = (i) => {
        i.value = r.tx(i.value);
      });
  });
var Re = class {
  constructor(r = [], i = {}) {
    (this.content = []), (this.indent = 0), (this.args = r), (this.closed = i);
  }
  indented(r) {
    this.indent += 1;
    try {
      r(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(r) {
    if (typeof r == "function") {
      r(this, { execution: "sync" }), r(this, { execution: "async" });
      return;
    }
    const o = r
        .split(`
`)
        .filter((a) => a),
      t = Math.min(...o.map((a) => a.length - a.trimStart().length)),
      n = o.map((a) => a.slice(t)).map((a) => " ".repeat(this.indent * 2) + a);
    for (const a of n) this.content.push(a);
  }
  compile() {
    const r = Function,
      i = this?.content ?? [""];
    return new r(
      ...Object.keys(this.closed),
      `return function (${this.args.join(", ")}) {
${i.join(`
`)}
};`,
    )(...Object.values(this.closed));
  }
};
var va = { major: 4, minor: 6, patch: 7 };
var P = p(
    "$ZodType",
    (e, r) => {
      var i;
      e ?? (e = {}), (e._zod.def = r), (e._zod.bag = e._zod.bag || {}), (e._zod.version = va);
      const o = e._zod.def.checks,
        t = e._zod.traits.has("$ZodCheck") ? [e, ...(o ?? [])] : o?.length ? [...o] : [];
      for (const n of t) for (const a of n._zod.onattach) a(e);
      if (t.length === 0)
        (i = e._zod).deferred ?? (i.deferred = []),
          e._zod.deferred?.push(() => {
            e._zod.run = e._zod.parse;
          });
      else {
        const n = (u, s, c) => {
            if (u.memo) return u;
            let l = Y(u),
              d;
            for (const f of s) {
              if (f._zod.def.when) {
                if (ro(u) || !f._zod.def.when(u)) continue;
              } else if (l) continue;
              const m = u.issues.length,
                v = f._zod.check(u);
              if (v instanceof Promise && c?.async === !1) throw new ne();
              if (d || v instanceof Promise)
                d = (d ?? Promise.resolve()).then(async () => {
                  await v, u.issues.length !== m && (Wt(u.issues, m, e), l || (l = Y(u, m)));
                });
              else {
                if (u.issues.length === m) continue;
                Wt(u.issues, m, e), l || (l = Y(u, m));
              }
            }
            return d ? d.then(() => u) : u;
          },
          a = (u, s, c) => {
            if (Y(u)) return ((u.aborted = !0), u);
            const l = n(s, t, c);
            if (l instanceof Promise) {
              if (c.async === !1) throw new ne();
              return l.then((d) => e._zod.parse(d, c));
            }
            return e._zod.parse(l, c);
          };
        e._zod.run = (u, s) => {
          if (s.skipChecks) return e._zod.parse(u, s);
          if (s.direction === "backward") {
            const l = e._zod.parse({ value: u.value, issues: [] }, { ...s, skipChecks: !0 });
            return l instanceof Promise ? l.then((d) => a(d, u, s)) : a(l, u, s);
          }
          const c = e._zod.parse(u, s);
          if (c instanceof Promise) {
            if (s.async === !1) throw new ne();
            return c.then((l) => n(l, t, s));
          }
          return n(c, t, s);
        };
      }
    },
    {
      get "~standard"() {
        return Yt(this, "~standard", mn(this));
      },
      set "~standard"(e) {
        we(this, "~standard", e);
      },
    },
  ),
  Ql = (e, r) =>
    e.issues.length ? { issues: e.issues.map((i) => re(i, r, F())) } : { value: e.value };
async function Gg(e, r) {
  const i = { async: !0 };
  return Ql(await e._zod.run({ value: r, issues: [] }, i), i);
}
function mn(e) {
  return {
    validate: (r) => {
      const i = { async: !1 };
      try {
        const o = e._zod.run({ value: r, issues: [] }, i);
        if (!(o instanceof Promise)) return Ql(o, i);
      } catch {}
      return Gg(e, r);
    },
    vendor: "zod",
    version: 1,
  };
}
var Fe = p("$ZodString", (e, r) => {
    P.init(e, r),
      (e._zod.pattern = r.pattern ?? Vo),
      (e._zod.parse = (i, o) => {
        if (r.coerce)
          try {
            i.value = String(i.value);
          } catch {}
        return (
          typeof i.value == "string" ||
            i.issues.push({ expected: "string", code: "invalid_type", input: i.value, inst: e }),
          i
        );
      });
  }),
  Z = p("$ZodStringFormat", (e, r) => {
    ft.init(e, r), Fe.init(e, r);
  }),
  ha = p("$ZodGUID", (e, r) => {
    r.pattern ?? (r.pattern = xo), Z.init(e, r);
  }),
  ya = p("$ZodUUID", (e, r) => {
    if (r.version) {
      const o = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[r.version];
      if (o === void 0) throw new Error(`Invalid UUID version: "${r.version}"`);
      r.pattern ?? (r.pattern = Ve(o));
    } else r.pattern ?? (r.pattern = Ve());
    Z.init(e, r);
  }),
  _a = p("$ZodEmail", (e, r) => {
    r.pattern ?? (r.pattern = Io), Z.init(e, r);
  }),
  ba = 1,
  ar = 2;
function ka(e) {
  try {
    return typeof URL < "u" && typeof URL.canParse == "function"
      ? URL.canParse(e)
      : (new URL(e), !0);
  } catch {
    return !1;
  }
}
function pn(e, r) {
  return !("normalize" in r) && !("hostname" in r) && !("protocol" in r) ? ka(e) || ar : ed(e, r);
}
function ed(e, r) {
  if (!r.normalize && r.protocol?.source === rr.source && !/^https?:\/\//i.test(e)) return ba;
  try {
    if (typeof URL < "u") {
      const i = URL;
      if (typeof i.parse == "function") return i.parse(e) ?? ar;
    }
    return new URL(e);
  } catch {
    return ar;
  }
}
var Wg = /[\t\n\r]/g;
function ur(e) {
  return e.replace(Wg, "");
}
function gn(e, r) {
  return ((r.lastIndex = 0), r.test(e.hostname));
}
function vn(e, r) {
  return (
    (r.lastIndex = 0), r.test(e.protocol.endsWith(":") ? e.protocol.slice(0, -1) : e.protocol)
  );
}
var xa = p("$ZodURL", (e, r) => {
    Z.init(e, r),
      (e._zod.check = (i) => {
        try {
          const o = i.value.trim(),
            t = pn(o, r);
          if (t === ba) {
            i.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid URL format",
              input: i.value,
              inst: e,
              continue: !r.abort,
            });
            return;
          }
          if (t === ar) {
            i.issues.push({
              code: "invalid_format",
              format: "url",
              input: i.value,
              inst: e,
              continue: !r.abort,
            });
            return;
          }
          if (t === !0) {
            i.value = ur(o);
            return;
          }
          r.hostname &&
            !gn(t, r.hostname) &&
            i.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid hostname",
              pattern: r.hostname.source,
              input: i.value,
              inst: e,
              continue: !r.abort,
            }),
            r.protocol &&
              !vn(t, r.protocol) &&
              i.issues.push({
                code: "invalid_format",
                format: "url",
                note: "Invalid protocol",
                pattern: r.protocol.source,
                input: i.value,
                inst: e,
                continue: !r.abort,
              }),
            (i.value = r.normalize ? t.href : ur(o));
          return;
        } catch {
          i.issues.push({
            code: "invalid_format",
            format: "url",
            input: i.value,
            inst: e,
            continue: !r.abort,
          });
        }
      });
  }),
  Ia = p("$ZodEmoji", (e, r) => {
    r.pattern ?? (r.pattern = wo()), Z.init(e, r);
  }),
  wa = p("$ZodNanoID", (e, r) => {
    if (r.length !== void 0 && (!Number.isInteger(r.length) || r.length < 1))
      throw new Error(`Invalid nanoid length: ${r.length}`);
    r.pattern ?? (r.pattern = r.length === void 0 ? _o : bo(r.length)), Z.init(e, r);
  }),
  za = p("$ZodCUID", (e, r) => {
    r.pattern ?? (r.pattern = go), Z.init(e, r);
  }),
  Sa = p("$ZodCUID2", (e, r) => {
    r.pattern ?? (r.pattern = vo), Z.init(e, r);
  }),
  Pa = p("$ZodULID", (e, r) => {
    r.pattern ?? (r.pattern = $o), Z.init(e, r);
  }),
  Da = p("$ZodXID", (e, r) => {
    r.pattern ?? (r.pattern = ho), Z.init(e, r);
  }),
  ja = p("$ZodKSUID", (e, r) => {
    r.pattern ?? (r.pattern = yo), Z.init(e, r);
  }),
  Oa = p("$ZodISODateTime", (e, r) => {
    r.pattern ?? (r.pattern = Lo(r)), Z.init(e, r);
  }),
  Na = p("$ZodISODate", (e, r) => {
    r.pattern ?? (r.pattern = Eo), Z.init(e, r);
  }),
  Ua = p("$ZodISOTime", (e, r) => {
    r.pattern ?? (r.pattern = Co(r)), Z.init(e, r);
  }),
  Aa = p("$ZodISODuration", (e, r) => {
    r.pattern ?? (r.pattern = ko), Z.init(e, r);
  }),
  Ta = p("$ZodIPv4", (e, r) => {
    r.pattern ?? (r.pattern = zo), Z.init(e, r);
  }),
  Xg = /^[0-9a-fA-F:.]+$/;
function cr(e) {
  return Xg.test(e) ? ka(`http://[${e}]`) : !1;
}
var Za = p("$ZodIPv6", (e, r) => {
    r.pattern ?? (r.pattern = So),
      Z.init(e, r),
      (e._zod.check = (i) => {
        cr(i.value) ||
          i.issues.push({
            code: "invalid_format",
            format: "ipv6",
            input: i.value,
            inst: e,
            continue: !r.abort,
          });
      });
  }),
  Ea = p("$ZodMAC", (e, r) => {
    r.pattern ?? (r.pattern = Po(r.delimiter)), Z.init(e, r);
  }),
  Ca = p("$ZodCIDRv4", (e, r) => {
    r.pattern ?? (r.pattern = Do), Z.init(e, r);
  });
function $n(e) {
  const r = e.split("/");
  if (r.length !== 2) return !1;
  const [i, o] = r;
  if (!o) return !1;
  const t = Number(o);
  return `${t}` !== o || t < 0 || t > 128 ? !1 : cr(i);
}
var La = p("$ZodCIDRv6", (e, r) => {
  r.pattern ?? (r.pattern = jo),
    Z.init(e, r),
    (e._zod.check = (i) => {
      $n(i.value) ||
        i.issues.push({
          code: "invalid_format",
          format: "cidrv6",
          input: i.value,
          inst: e,
          continue: !r.abort,
        });
    });
});
function sr(e) {
  if (e === "") return !0;
  if (/\s/.test(e) || e.length % 4 !== 0) return !1;
  try {
    return (atob(e), !0);
  } catch {
    return !1;
  }
}
var hn = /^[0-9a-zA-Z+/]*={0,2}$/,
  Va = p("$ZodBase64", (e, r) => {
    r.pattern ?? (r.pattern = hn),
      Z.init(e, r),
      (e._zod.check = (i) => {
        sr(i.value) ||
          i.issues.push({
            code: "invalid_format",
            format: "base64",
            input: i.value,
            inst: e,
            continue: !r.abort,
          });
      });
  }),
  lr = /^[A-Za-z0-9_-]*$/;
function yn(e) {
  if (!lr.test(e)) return !1;
  const r = e.replace(/[-_]/g, (o) => (o === "-" ? "+" : "/")),
    i = r.padEnd(Math.ceil(r.length / 4) * 4, "=");
  return sr(i);
}
var Ra = p("$ZodBase64URL", (e, r) => {
    r.pattern ?? (r.pattern = lr),
      Z.init(e, r),
      (e._zod.check = (i) => {
        yn(i.value) ||
          i.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: i.value,
            inst: e,
            continue: !r.abort,
          });
      });
  }),
  Fa = p("$ZodE164", (e, r) => {
    r.pattern ?? (r.pattern = To), Z.init(e, r);
  }),
  qg = /[- ]/g;
function Yg(e) {
  let r = e.length,
    i = 1,
    o = 0;
  for (; r; ) {
    const t = e.charCodeAt(--r) - 48;
    (i ^= 1), (o += i ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][t] : t);
  }
  return o % 10 === 0;
}
function _n(e) {
  return rn.test(e) ? Yg(e.replace(qg, "")) : !1;
}
var Ma = p("$ZodCreditCard", (e, r) => {
  r.pattern ?? (r.pattern = rn),
    Z.init(e, r),
    (e._zod.check = (i) => {
      _n(i.value) ||
        i.issues.push({
          code: "invalid_format",
          format: "credit_card",
          input: i.value,
          inst: e,
          continue: !r.abort,
        });
    });
});
function Hg(e) {
  let r = 0,
    i = e.length;
  for (let o = 4; o < i; o++) {
    const t = e.charCodeAt(o);
    r = (t >= 65 ? r * 100 + (t - 55) : r * 10 + (t - 48)) % 97;
  }
  for (let o = 0; o < 4; o++) {
    const t = e.charCodeAt(o);
    r = (t >= 65 ? r * 100 + (t - 55) : r * 10 + (t - 48)) % 97;
  }
  return r === 1;
}
function bn(e) {
  return nn.test(e) ? Hg(e) : !1;
}
var Ja = p("$ZodIBAN", (e, r) => {
  r.pattern ?? (r.pattern = nn),
    Z.init(e, r),
    (e._zod.check = (i) => {
      bn(i.value) ||
        i.issues.push({
          code: "invalid_format",
          format: "iban",
          input: i.value,
          inst: e,
          continue: !r.abort,
        });
    });
});
function kn(e, r = null) {
  try {
    const i = e.split(".");
    if (i.length !== 3) return !1;
    const [o] = i;
    if (!o) return !1;
    const t = JSON.parse(atob(o));
    return !(("typ" in t && t?.typ !== "JWT") || !t.alg || (r && (!("alg" in t) || t.alg !== r)));
  } catch {
    return !1;
  }
}
var Ba = p("$ZodJWT", (e, r) => {
    Z.init(e, r),
      (e._zod.check = (i) => {
        kn(i.value, r.alg) ||
          i.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: i.value,
            inst: e,
            continue: !r.abort,
          });
      });
  }),
  Ka = p("$ZodCustomStringFormat", (e, r) => {
    Z.init(e, r),
      (e._zod.check = (i) => {
        r.fn(i.value) ||
          i.issues.push({
            code: "invalid_format",
            format: r.format,
            input: i.value,
            inst: e,
            continue: !r.abort,
          });
      });
  }),
  xn = p("$ZodNumber", (e, r) => {
    P.init(e, r),
      (e._zod.pattern = be),
      (e._zod.parse = (i, o) => {
        if (r.coerce)
          try {
            i.value = Number(i.value);
          } catch {}
        const t = i.value;
        if (typeof t == "number" && !Number.isNaN(t) && Number.isFinite(t)) return i;
        const n =
          typeof t == "number"
            ? Number.isNaN(t)
              ? "NaN"
              : Number.isFinite(t)
                ? void 0
                : String(t)
            : void 0;
        return (
          i.issues.push({
            expected: "number",
            code: "invalid_type",
            input: t,
            inst: e,
            ...(n ? { received: n } : {}),
          }),
          i
        );
      });
  }),
  Ga = p("$ZodNumberFormat", (e, r) => {
    Ho.init(e, r), xn.init(e, r);
  }),
  dr = p("$ZodBoolean", (e, r) => {
    P.init(e, r),
      (e._zod.pattern = Mo),
      (e._zod.parse = (i, o) => {
        if (r.coerce)
          try {
            i.value = !!i.value;
          } catch {}
        const t = i.value;
        return (
          typeof t == "boolean" ||
            i.issues.push({ expected: "boolean", code: "invalid_type", input: t, inst: e }),
          i
        );
      });
  }),
  In = p("$ZodBigInt", (e, r) => {
    P.init(e, r),
      (e._zod.pattern = Fo),
      (e._zod.parse = (i, o) => {
        if (r.coerce)
          try {
            i.value = BigInt(i.value);
          } catch {}
        return (
          typeof i.value == "bigint" ||
            i.issues.push({ expected: "bigint", code: "invalid_type", input: i.value, inst: e }),
          i
        );
      });
  }),
  Wa = p("$ZodBigIntFormat", (e, r) => {
    Qo.init(e, r), In.init(e, r);
  }),
  Xa = p("$ZodSymbol", (e, r) => {
    P.init(e, r),
      (e._zod.parse = (i, o) => {
        const t = i.value;
        return (
          typeof t == "symbol" ||
            i.issues.push({ expected: "symbol", code: "invalid_type", input: t, inst: e }),
          i
        );
      });
  }),
  qa = p("$ZodUndefined", (e, r) => {
    P.init(e, r),
      (e._zod.pattern = Bo),
      (e._zod.values = new Set([void 0])),
      (e._zod.parse = (i, o) => {
        const t = i.value;
        return (
          typeof t > "u" ||
            i.issues.push({ expected: "undefined", code: "invalid_type", input: t, inst: e }),
          i
        );
      });
  }),
  Ya = p("$ZodNull", (e, r) => {
    P.init(e, r),
      (e._zod.pattern = Jo),
      (e._zod.values = new Set([null])),
      (e._zod.parse = (i, o) => {
        const t = i.value;
        return (
          t === null ||
            i.issues.push({ expected: "null", code: "invalid_type", input: t, inst: e }),
          i
        );
      });
  }),
  Ha = p("$ZodAny", (e, r) => {
    P.init(e, r), (e._zod.parse = (i) => i);
  }),
  Qa = p("$ZodUnknown", (e, r) => {
    P.init(e, r), (e._zod.parse = (i) => i);
  }),
  eu = p("$ZodNever", (e, r) => {
    P.init(e, r),
      (e._zod.parse = (i, o) => (
        i.issues.push({ expected: "never", code: "invalid_type", input: i.value, inst: e }), i
      ));
  }),
  tu = p("$ZodVoid", (e, r) => {
    P.init(e, r),
      (e._zod.parse = (i, o) => {
        const t = i.value;
        return (
          typeof t > "u" ||
            i.issues.push({ expected: "void", code: "invalid_type", input: t, inst: e }),
          i
        );
      });
  }),
  ru = p("$ZodDate", (e, r) => {
    P.init(e, r),
      (e._zod.parse = (i, o) => {
        if (r.coerce)
          try {
            i.value = new Date(i.value);
          } catch {}
        const t = i.value,
          n = t instanceof Date;
        return (
          (n && !Number.isNaN(t.getTime())) ||
            i.issues.push({
              expected: "date",
              code: "invalid_type",
              input: t,
              ...(n ? { received: "Invalid Date" } : {}),
              inst: e,
            }),
          i
        );
      });
  });
function nu(e, r) {
  const i = at(e._zod.def.checks);
  if (!i.length) return;
  const o = Math.min(...i.map((n) => n[0])),
    t = e._zod.parse;
  e._zod.parse = (n, a) => {
    const u = r(n.value);
    if (u > o && !a?.skipChecks && a?.direction !== "backward") {
      for (const [s, c] of at(e._zod.def.checks))
        if (u > s && c._zod.def.when(n)) {
          const l = n.issues.length;
          return (c._zod.check(n), (n.issues[l].continue = !1), Wt(n.issues, l, e), n);
        }
    }
    return t(n, a);
  };
}
var Qg = (e) => (Array.isArray(e) ? e.length : -1),
  ev = (e) => (e instanceof Map ? e.size : -1),
  tv = (e) => (e instanceof Set ? e.size : -1);
function Cl(e, r, i) {
  e.issues.length && r.issues.push(...te(i, e.issues)), (r.value[i] = e.value);
}
var iu = p("$ZodArray", (e, r) => {
  P.init(e, r);
  const i = B.memoizer;
  i?.attach(e),
    (e._zod.parse = (o, t) => {
      const n = o.value;
      if (!Array.isArray(n))
        return (o.issues.push({ expected: "array", code: "invalid_type", input: n, inst: e }), o);
      o.value = i ? i.alloc(e, o, Array(n.length), t) : Array(n.length);
      const a = [],
        u = t?.abortEarly;
      for (let s = 0; s < n.length; s++) {
        const c = n[s],
          l = r.element._zod.run({ value: c, issues: [] }, t);
        if (l instanceof Promise) a.push(l.then((d) => Cl(d, o, s)));
        else if ((Cl(l, o, s), u && l.issues.length !== 0 && Y(l))) break;
      }
      return a.length ? Promise.all(a).then(() => o) : o;
    }),
    nu(e, Qg);
});
function fn(e, r, i, o, t, n) {
  const a = i in o,
    u = n === "optional";
  if (!(!a && u && t === "optional")) {
    if (e.issues.length) {
      if (t !== void 0 && u && !a) return;
      r.issues.push(...te(i, e.issues));
    }
    if (!a && t === void 0) {
      e.issues.length ||
        r.issues.push({ code: "invalid_type", expected: "nonoptional", input: void 0, path: [i] });
      return;
    }
    e.value === void 0
      ? (a || (t === "defaulted" && !u)) && (r.value[i] = void 0)
      : (r.value[i] = e.value);
  }
}
var rv = [];
function td(e) {
  const r = Object.keys(e.shape),
    i = Object.getOwnPropertySymbols(e.shape),
    o = i.length ? i : rv,
    t = o.length ? [...r, ...o] : r;
  for (const a of t)
    if (!e.shape?.[a]?._zod?.traits?.has("$ZodType"))
      throw new Error(`Invalid element at key "${String(a)}": expected a Zod schema`);
  const n = to(e.shape);
  return {
    ...e,
    allKeys: t,
    symbolKeys: o,
    keySet: new Set(r),
    numKeys: r.length,
    optionalKeys: new Set(n),
  };
}
function rd(e, r, i, o, t, n, a) {
  let u = [],
    s = t.keySet,
    c = t.catchall._zod,
    l = c.def.type,
    d = c.optin,
    f = c.optout,
    m = 0;
  for (const v in r) {
    if (a && i.issues.length !== m) {
      if (Y(i, m)) break;
      m = i.issues.length;
    }
    if (s.has(v)) continue;
    if (v === "__proto__") {
      l === "never" && u.push(v);
      continue;
    }
    if (l === "never") {
      u.push(v);
      continue;
    }
    const _ = c.run({ value: r[v], issues: [] }, o);
    _ instanceof Promise ? e.push(_.then((k) => fn(k, i, v, r, d, f))) : fn(_, i, v, r, d, f);
  }
  return (
    u.length &&
      i.issues.push({ code: "unrecognized_keys", keys: u, input: r, inst: n, continue: !0 }),
    e.length ? Promise.all(e).then(() => i) : i
  );
}
var nd = p("$ZodObject", (e, r) => {
    P.init(e, r);
    const i = Object.getOwnPropertyDescriptor(r, "shape"),
      o = i?.get ? i.get.raw : (r.shape ?? {});
    if (o) {
      const c = () => {
        const l = { ...o };
        return (Object.defineProperty(r, "shape", { value: l }), (c.raw = l), l);
      };
      (c.raw = o), Object.defineProperty(r, "shape", { get: c });
    }
    const t = it(() => td(r));
    O(e, "propValues", (c) => {
      const l = c.def.shape,
        d = {};
      for (const f in l) {
        const m = l[f]._zod;
        if (m.values) {
          Object.hasOwn(d, f) || K(d, f, new Set());
          for (const v of m.values) d[f].add(v);
          m.optin !== void 0 && d[f].add(void 0);
        }
      }
      return d;
    });
    let n = Ce,
      a = r.catchall,
      u,
      s = B.memoizer;
    s?.attach(e),
      (e._zod.parse = (c, l) => {
        u ?? (u = t.value);
        const d = c.value;
        if (!n(d))
          return (
            c.issues.push({ expected: "object", code: "invalid_type", input: d, inst: e }), c
          );
        c.value = s ? s.alloc(e, c, {}, l) : {};
        let f = [],
          m = u.shape,
          v = l?.abortEarly,
          _ = c.issues.length;
        for (const k of u.allKeys) {
          if (v && c.issues.length !== _) {
            if (Y(c, _)) break;
            _ = c.issues.length;
          }
          if (k === "__proto__") continue;
          const z = m[k],
            I = z._zod.optin,
            D = z._zod.optout,
            A = z._zod.run({ value: d[k], issues: [] }, l);
          A instanceof Promise ? f.push(A.then((V) => fn(V, c, k, d, I, D))) : fn(A, c, k, d, I, D);
        }
        return a
          ? rd(f, d, c, l, t.value, e, v === !0)
          : f.length
            ? Promise.all(f).then(() => c)
            : c;
      });
  }),
  ou = p("$ZodObjectJIT", (e, r) => {
    nd.init(e, r);
    let i = e._zod.parse,
      o = it(() => td(r)),
      t = B.memoizer,
      n = (m) => {
        const v = o.value,
          _ = v.symbolKeys,
          k = new Re(["payload", "ctx"], { shape: m, inst: e, memo: t, syms: _ }),
          z = (V) => `shape[${V}]._zod.run({ value: input[${V}], issues: [] }, ctx)`,
          I = (V, U) => `
          let ${V}_ab = false;
          for (let i = 0; i < ${V}.issues.length; i++) {
            const iss = ${V}.issues[i];
            iss.path = iss.path ? [${U}, ...iss.path] : [${U}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${V}_ab = true;
          }
          if (${V}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        k.write("const input = payload.value;");
        let D = Object.create(null),
          A = 0;
        for (const V of v.allKeys) D[V] = `key_${A++}`;
        k.write(
          t ? "const newResult = memo.alloc(inst, payload, {}, ctx);" : "const newResult = {};",
        );
        for (const V of v.allKeys) {
          if (V === "__proto__") continue;
          const U = D[V],
            W = typeof V == "symbol" ? `syms[${_.indexOf(V)}]` : q(V),
            Rt = `${W} in input`,
            bl = m[V],
            Gi = bl?._zod?.optin,
            kl = Gi !== void 0,
            xp = bl?._zod?.optout === "optional";
          if ((k.write(`const ${U} = ${z(W)};`), kl && xp)) {
            const Ip =
              Gi === "optional" ? `${U}_present` : `${U}.value !== undefined || ${U}_present`;
            k.write(`
        const ${U}_present = ${Rt};
        if (!${U}.issues.length || ${U}_present) {
          if (${U}.issues.length) {${I(U, W)}
          }

          if (${Ip}) {
            newResult[${W}] = ${U}.value;
          }
        }

      `);
          } else
            kl
              ? (k.write(`
        if (${U}.issues.length) {${I(U, W)}
        }
      `),
                Gi === "defaulted"
                  ? k.write(`newResult[${W}] = ${U}.value;`)
                  : k.write(`
        if (${U}.value !== undefined || ${Rt}) {
          newResult[${W}] = ${U}.value;
        }
      `))
              : k.write(`
        const ${U}_present = ${Rt};
        if (${U}.issues.length) {${I(U, W)}
        }
        if (!${U}_present && !${U}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${W}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${U}_present) {
          newResult[${W}] = ${U}.value;
        }

      `);
        }
        return (k.write("payload.value = newResult;"), k.write("return payload;"), k.compile());
      },
      a,
      u = Ce,
      s = !B.jitless,
      l = s && Qi.value,
      d = r.catchall,
      f;
    e._zod.parse = (m, v) => {
      f ?? (f = o.value);
      const _ = m.value;
      return u(_)
        ? s && l && v?.async === !1 && v.jitless !== !0
          ? (a || (a = n(r.shape)),
            (m = a(m, v)),
            d ? rd([], _, m, v, f, e, v?.abortEarly === !0) : m)
          : i(m, v)
        : (m.issues.push({ expected: "object", code: "invalid_type", input: _, inst: e }), m);
    };
  });
function Ll(e, r, i, o) {
  for (const n of e) if (n.issues.length === 0) return ((r.value = n.value), r);
  const t = e.filter((n) => !Y(n));
  return t.length === 1
    ? ((r.value = t[0].value), t[0])
    : (r.issues.push({
        code: "invalid_union",
        input: r.value,
        inst: i,
        errors: e.map((n) => n.issues.map((a) => re(a, o, F()))),
      }),
      r);
}
var fr = p("$ZodUnion", (e, r) => {
  P.init(e, r),
    O(e, "optin", (o) =>
      o.def.options.some((t) => t._zod.optin === "defaulted")
        ? "defaulted"
        : o.def.options.some((t) => t._zod.optin !== void 0)
          ? "optional"
          : void 0,
    ),
    O(e, "optout", (o) =>
      o.def.options.some((t) => t._zod.optout === "optional") ? "optional" : void 0,
    ),
    O(e, "values", (o) => {
      if (o.def.options.every((t) => t._zod.values))
        return new Set(o.def.options.flatMap((t) => Array.from(t._zod.values)));
    }),
    O(e, "pattern", (o) => {
      if (o.def.options.every((t) => t._zod.pattern)) {
        const t = o.def.options.map((n) => n._zod.pattern);
        return new RegExp(`^(${t.map((n) => _e(n.source)).join("|")})$`);
      }
    });
  const i = r.options.length === 1 ? r.options[0]._zod.run : null;
  e._zod.parse = (o, t) => {
    if (i) return i(o, t);
    let n = !1,
      a = [];
    for (const u of r.options) {
      const s = u._zod.run({ value: o.value, issues: [] }, t);
      if (s instanceof Promise) a.push(s), (n = !0);
      else {
        if (s.issues.length === 0) return s;
        a.push(s);
      }
    }
    return n ? Promise.all(a).then((u) => Ll(u, o, e, t)) : Ll(a, o, e, t);
  };
});
function Vl(e, r, i, o) {
  const t = [];
  for (let n = 0; n < e.length; n++) e[n].issues.length === 0 && t.push(n);
  return t.length === 1
    ? ((r.value = e[t[0]].value), r)
    : (t.length === 0
        ? r.issues.push({
            code: "invalid_union",
            input: r.value,
            inst: i,
            errors: e.map((n) => n.issues.map((a) => re(a, o, F()))),
          })
        : r.issues.push({
            code: "invalid_union",
            input: r.value,
            inst: i,
            errors: [],
            inclusive: !1,
            matches: t,
          }),
      r);
}
var au = p("$ZodXor", (e, r) => {
  fr.init(e, r), (r.inclusive = !1);
  const i = r.options.length === 1 ? r.options[0]._zod.run : null;
  e._zod.parse = (o, t) => {
    if (i) return i(o, t);
    let n = !1,
      a = [];
    for (const u of r.options) {
      const s = u._zod.run({ value: o.value, issues: [] }, t);
      s instanceof Promise ? (a.push(s), (n = !0)) : a.push(s);
    }
    return n ? Promise.all(a).then((u) => Vl(u, o, e, t)) : Vl(a, o, e, t);
  };
});
function uu(e, r) {
  let i = e._zod,
    o = i.bag.optionsMap;
  o || ((o = id(i.def)), (i.bag.optionsMap = o));
  const t = o.get(r);
  if (t === null) throw new Error(`Ambiguous discriminator value "${String(r)}"`);
  return t;
}
function id(e) {
  const r = new Map();
  for (const i of e.options) {
    const o = i._zod.propValues?.[e.discriminator];
    if (!o || o.size === 0)
      throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(i)}"`);
    for (const t of o)
      if (r.has(t)) {
        if (t !== void 0) throw new Error(`Duplicate discriminator value "${String(t)}"`);
        r.set(t, null);
      } else r.set(t, i);
  }
  return r;
}
var cu = p("$ZodDiscriminatedUnion", (e, r) => {
    (r.inclusive = !1), fr.init(e, r);
    const i = e._zod.parse;
    O(e, "propValues", (t) => {
      let n = {},
        a = 0;
      for (const u of t.def.options) {
        const s = u._zod.propValues;
        if (!s || Object.keys(s).length === 0)
          throw new Error(
            `Invalid discriminated union option at index "${t.def.options.indexOf(u)}"`,
          );
        s[t.def.discriminator]?.has(void 0) && a++;
        for (const [c, l] of Object.entries(s)) {
          Object.hasOwn(n, c) || K(n, c, new Set());
          for (const d of l) n[c].add(d);
        }
      }
      return (!t.def.unionFallback && a > 1 && n[t.def.discriminator]?.delete(void 0), n);
    }),
      r.options.forEach((t, n) => {
        const a = ot(t._zod.def);
        if (a && !Object.hasOwn(a, r.discriminator))
          throw new Error(`Invalid discriminated union option at index "${n}"`);
      });
    const o = it(() => id(r));
    e._zod.parse = (t, n) => {
      const a = t.value;
      if (!Ce(a))
        return (t.issues.push({ code: "invalid_type", expected: "object", input: a, inst: e }), t);
      const u = a?.[r.discriminator],
        s = o.value.get(u);
      return s && (u !== void 0 || n.direction !== "backward")
        ? s._zod.run(t, n)
        : r.unionFallback || n.direction === "backward"
          ? i(t, n)
          : (t.issues.push({
              code: "invalid_union",
              errors: [],
              note: "No matching discriminator",
              discriminator: r.discriminator,
              options: Array.from(o.value.keys()).filter((c) => o.value.get(c) !== null),
              input: a,
              path: [r.discriminator],
              inst: e,
            }),
            t);
    };
  }),
  su = p("$ZodIntersection", (e, r) => {
    P.init(e, r),
      (e._zod.parse = (i, o) => {
        const t = i.value,
          n = r.left._zod.run({ value: t, issues: [] }, o),
          a = r.right._zod.run({ value: t, issues: [] }, o);
        return n instanceof Promise || a instanceof Promise
          ? Promise.all([n, a]).then(([s, c]) => Rl(i, s, c))
          : Rl(i, n, a);
      });
  });
function mt(e, r) {
  if (e === r) return { valid: !0, data: e };
  if (e instanceof Date && r instanceof Date && +e == +r) return { valid: !0, data: e };
  if (ce(e) && ce(r)) {
    const i = Object.keys(r),
      o = Object.keys(e).filter((n) => i.indexOf(n) !== -1),
      t = { ...e, ...r };
    Object.hasOwn(t, "__proto__") && delete t.__proto__;
    for (const n of o) {
      if (n === "__proto__") continue;
      const a = mt(e[n], r[n]);
      if (!a.valid) return { valid: !1, mergeErrorPath: [n, ...a.mergeErrorPath] };
      t[n] = a.data;
    }
    return { valid: !0, data: t };
  }
  if (Array.isArray(e) && Array.isArray(r)) {
    if (e.length !== r.length) return { valid: !1, mergeErrorPath: [] };
    const i = [];
    for (let o = 0; o < e.length; o++) {
      const t = e[o],
        n = r[o],
        a = mt(t, n);
      if (!a.valid) return { valid: !1, mergeErrorPath: [o, ...a.mergeErrorPath] };
      i.push(a.data);
    }
    return { valid: !0, data: i };
  }
  return { valid: !1, mergeErrorPath: [] };
}
function Rl(e, r, i) {
  let o = new Map(),
    t,
    n = new Map(),
    a = (c, l) => {
      let d;
      if (c.code === "unrecognized_keys" && !c.path?.length) t ?? (t = c), (d = c.keys);
      else if (c.code === "invalid_key" && c.origin === "record" && c.path?.length === 1) {
        const f = String(c.path[0]);
        n.has(f) || n.set(f, c), (d = [f]);
      } else return !1;
      for (const f of d) o.has(f) || o.set(f, {}), (o.get(f)[l] = !0);
      return !0;
    };
  for (const c of r.issues) a(c, "l") || e.issues.push(c);
  for (const c of i.issues) a(c, "r") || e.issues.push(c);
  const u = [...o].filter(([, c]) => c.l && c.r).map(([c]) => c);
  if (u.length) {
    const c = t ? u.filter((l) => t.keys.includes(l)) : [];
    c.length && e.issues.push({ ...t, keys: c });
    for (const l of u) !c.includes(l) && n.has(l) && e.issues.push(n.get(l));
  }
  const s = mt(r.value, i.value);
  if (!s.valid) {
    if (Y(e)) return e;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(s.mergeErrorPath)}`);
  }
  return ((e.value = s.data), e);
}
var wn = p("$ZodTuple", (e, r) => {
  P.init(e, r);
  const i = r.items,
    o = B.memoizer;
  o?.attach(e),
    (e._zod.parse = (t, n) => {
      const a = t.value;
      if (!Array.isArray(a))
        return (t.issues.push({ input: a, inst: e, expected: "tuple", code: "invalid_type" }), t);
      t.value = o ? o.alloc(e, t, [], n) : [];
      const u = [],
        s = Fl(i, "optin"),
        c = Fl(i, "optout");
      if (!r.rest) {
        if (a.length < s)
          return (
            t.issues.push({
              code: "too_small",
              minimum: s,
              inclusive: !0,
              input: a,
              inst: e,
              origin: "array",
            }),
            t
          );
        a.length > i.length &&
          t.issues.push({
            code: "too_big",
            maximum: i.length,
            inclusive: !0,
            input: a,
            inst: e,
            origin: "array",
          });
      }
      let l = new Array(i.length),
        d = r.rest ? n?.abortEarly : void 0,
        f = !1;
      for (let m = 0; m < i.length; m++) {
        const v = i[m]._zod.run({ value: a[m], issues: [] }, n);
        v instanceof Promise
          ? u.push(
              v.then((_) => {
                l[m] = _;
              }),
            )
          : ((l[m] = v), d && !f && v.issues.length && (f = Y(v)));
      }
      if (r.rest && !f) {
        let m = i.length - 1,
          v = a.slice(i.length),
          _ = t.issues.length;
        for (const k of v) {
          if (d && t.issues.length !== _) {
            if (Y(t, _)) break;
            _ = t.issues.length;
          }
          m++;
          const z = r.rest._zod.run({ value: k, issues: [] }, n);
          z instanceof Promise ? u.push(z.then((I) => Ml(I, t, m))) : Ml(z, t, m);
        }
      }
      return u.length ? Promise.all(u).then(() => Jl(l, t, i, a, c)) : Jl(l, t, i, a, c);
    });
});
function Fl(e, r) {
  for (let i = e.length - 1; i >= 0; i--)
    if (!(r === "optin" ? e[i]._zod.optin !== void 0 : e[i]._zod.optout === "optional"))
      return i + 1;
  return 0;
}
function Ml(e, r, i) {
  e.issues.length && r.issues.push(...te(i, e.issues)), (r.value[i] = e.value);
}
function Jl(e, r, i, o, t) {
  for (let n = 0; n < i.length; n++) {
    const a = e[n],
      u = n < o.length;
    if (!u && n >= t && i[n]._zod.optin === "optional") {
      r.value.length = n;
      break;
    }
    if (a.issues.length) {
      if (!u && n >= t) {
        r.value.length = n;
        break;
      }
      r.issues.push(...te(n, a.issues));
    }
    r.value[n] = a.value;
  }
  for (
    let n = r.value.length - 1;
    n >= o.length && i[n]._zod.optout === "optional" && r.value[n] === void 0;
    n--
  )
    r.value.length = n;
  return r;
}
var lu = p("$ZodRecord", (e, r) => {
    P.init(e, r);
    const i = B.memoizer;
    i?.attach(e),
      (e._zod.parse = (o, t) => {
        const n = o.value;
        if (!ce(n))
          return (
            o.issues.push({ expected: "record", code: "invalid_type", input: n, inst: e }), o
          );
        const a = [],
          u = r.keyType._zod.values;
        if (u && !r.partial) {
          o.value = i ? i.alloc(e, o, {}, t) : {};
          const s = new Set();
          for (const l of u)
            if (typeof l == "string" || typeof l == "number" || typeof l == "symbol") {
              if ((s.add(typeof l == "number" ? l.toString() : l), l === "__proto__")) continue;
              const d = r.keyType._zod.run({ value: l, issues: [] }, t);
              if (d instanceof Promise)
                throw new Error("Async schemas not supported in object keys currently");
              if (d.issues.length) {
                o.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: d.issues.map((v) => re(v, t, F())),
                  input: l,
                  path: [l],
                  inst: e,
                });
                continue;
              }
              const f = d.value;
              if (f === "__proto__") continue;
              const m = r.valueType._zod.run({ value: n[l], issues: [] }, t);
              m instanceof Promise
                ? a.push(
                    m.then((v) => {
                      v.issues.length && o.issues.push(...te(l, v.issues)), (o.value[f] = v.value);
                    }),
                  )
                : (m.issues.length && o.issues.push(...te(l, m.issues)), (o.value[f] = m.value));
            }
          let c;
          for (const l in n)
            if (!s.has(l))
              if (r.mode === "loose") {
                if (l === "__proto__") continue;
                o.value[l] = n[l];
              } else (c = c ?? []), c.push(l);
          c &&
            c.length > 0 &&
            o.issues.push({ code: "unrecognized_keys", input: n, inst: e, keys: c, continue: !0 });
        } else {
          o.value = i ? i.alloc(e, o, {}, t) : {};
          let s;
          for (const c of Reflect.ownKeys(n)) {
            if (c === "__proto__" || !Object.prototype.propertyIsEnumerable.call(n, c)) continue;
            let l = r.keyType._zod.run({ value: c, issues: [] }, t);
            if (l instanceof Promise)
              throw new Error("Async schemas not supported in object keys currently");
            if (typeof c == "string" && be.test(c) && l.issues.length) {
              const v = r.keyType._zod.run({ value: Number(c), issues: [] }, t);
              if (v instanceof Promise)
                throw new Error("Async schemas not supported in object keys currently");
              v.issues.length === 0 && (l = v);
            }
            if (l.issues.length) {
              r.mode === "loose"
                ? (o.value[c] = n[c])
                : u
                  ? ((s = s ?? []), s.push(c))
                  : o.issues.push({
                      code: "invalid_key",
                      origin: "record",
                      issues: l.issues.map((v) => re(v, t, F())),
                      input: c,
                      path: [c],
                      inst: e,
                    });
              continue;
            }
            const f = l.value;
            if (f === "__proto__") continue;
            const m = r.valueType._zod.run({ value: n[c], issues: [] }, t);
            m instanceof Promise
              ? a.push(
                  m.then((v) => {
                    v.issues.length && o.issues.push(...te(c, v.issues)), (o.value[f] = v.value);
                  }),
                )
              : (m.issues.length && o.issues.push(...te(c, m.issues)), (o.value[f] = m.value));
          }
          s &&
            s.length > 0 &&
            o.issues.push({ code: "unrecognized_keys", input: n, inst: e, keys: s, continue: !0 });
        }
        return a.length ? Promise.all(a).then(() => o) : o;
      });
  }),
  du = p("$ZodMap", (e, r) => {
    P.init(e, r);
    const i = B.memoizer;
    i?.attach(e),
      (e._zod.parse = (o, t) => {
        const n = o.value;
        if (!(n instanceof Map))
          return (o.issues.push({ expected: "map", code: "invalid_type", input: n, inst: e }), o);
        const a = [];
        o.value = i ? i.alloc(e, o, new Map(), t) : new Map();
        let u = t?.abortEarly,
          s = o.issues.length;
        for (const [c, l] of n) {
          if (u && o.issues.length !== s) {
            if (Y(o, s)) break;
            s = o.issues.length;
          }
          const d = r.keyType._zod.run({ value: c, issues: [] }, t),
            f = r.valueType._zod.run({ value: l, issues: [] }, t);
          d instanceof Promise || f instanceof Promise
            ? a.push(
                Promise.all([d, f]).then(([m, v]) => {
                  Bl(m, v, o, c, n, e, t);
                }),
              )
            : Bl(d, f, o, c, n, e, t);
        }
        return a.length ? Promise.all(a).then(() => o) : o;
      }),
      nu(e, ev);
  });
function Bl(e, r, i, o, t, n, a) {
  e.issues.length &&
    (Bt.has(typeof o)
      ? i.issues.push(...te(o, e.issues))
      : i.issues.push({
          code: "invalid_key",
          origin: "map",
          input: t,
          inst: n,
          issues: e.issues.map((u) => re(u, a, F())),
        })),
    r.issues.length &&
      (Bt.has(typeof o)
        ? i.issues.push(...te(o, r.issues))
        : i.issues.push({
            origin: "map",
            code: "invalid_element",
            input: t,
            inst: n,
            key: o,
            issues: r.issues.map((u) => re(u, a, F())),
          })),
    i.value.set(e.value, r.value);
}
var fu = p("$ZodSet", (e, r) => {
  P.init(e, r);
  const i = B.memoizer;
  i?.attach(e),
    (e._zod.parse = (o, t) => {
      const n = o.value;
      if (!(n instanceof Set))
        return (o.issues.push({ input: n, inst: e, expected: "set", code: "invalid_type" }), o);
      const a = [];
      o.value = i ? i.alloc(e, o, new Set(), t) : new Set();
      let u = t?.abortEarly,
        s = o.issues.length;
      for (const c of n) {
        if (u && o.issues.length !== s) {
          if (Y(o, s)) break;
          s = o.issues.length;
        }
        const l = r.valueType._zod.run({ value: c, issues: [] }, t);
        l instanceof Promise ? a.push(l.then((d) => Kl(d, o))) : Kl(l, o);
      }
      return a.length ? Promise.all(a).then(() => o) : o;
    }),
    nu(e, tv);
});
function Kl(e, r) {
  e.issues.length && r.issues.push(...e.issues), r.value.add(e.value);
}
var mu = p("$ZodEnum", (e, r) => {
    P.init(e, r);
    const i = rt(r.entries),
      o = new Set(i);
    (e._zod.values = o),
      O(e, "pattern", (t) => {
        const n = rt(t.def.entries).filter((a) => Bt.has(typeof a));
        return new RegExp(
          n.length ? `^(${n.map((a) => se(a.toString())).join("|")})$` : "^[^\\s\\S]$",
        );
      }),
      (e._zod.parse = (t, n) => {
        const a = t.value;
        return (
          o.has(a) || t.issues.push({ code: "invalid_value", values: i, input: a, inst: e }), t
        );
      });
  }),
  pu = p("$ZodLiteral", (e, r) => {
    P.init(e, r);
    const i = new Set(r.values);
    (e._zod.values = i),
      O(e, "pattern", (o) => {
        const t = o.def.values;
        return new RegExp(
          t.length
            ? `^(${t.map((n) => (typeof n == "string" ? se(n) : n ? se(n.toString()) : String(n))).join("|")})$`
            : "^[^\\s\\S]$",
        );
      }),
      (e._zod.parse = (o, t) => {
        const n = o.value;
        return (
          i.has(n) || o.issues.push({ code: "invalid_value", values: r.values, input: n, inst: e }),
          o
        );
      });
  }),
  gu = p("$ZodFile", (e, r) => {
    P.init(e, r),
      (e._zod.parse = (i, o) => {
        const t = i.value;
        return (
          t instanceof File ||
            i.issues.push({ expected: "file", code: "invalid_type", input: t, inst: e }),
          i
        );
      });
  }),
  vu = p("$ZodTransform", (e, r) => {
    P.init(e, r),
      (e._zod.optin = "optional"),
      B.memoizer?.guard(e),
      (e._zod.parse = (i, o) => {
        if (o.direction === "backward") throw new ze(e.constructor.name);
        const t = r.transform(i.value, i);
        if (o.async)
          return (t instanceof Promise ? t : Promise.resolve(t)).then((a) => ((i.value = a), i));
        if (t instanceof Promise) throw new ne();
        return ((i.value = t), i);
      });
  });
function Gl(e, r) {
  return ((e.value = r.issues.length ? void 0 : r.value), e);
}
var zn = p("$ZodOptional", (e, r) => {
    P.init(e, r),
      O(e, "optin", (i) => (i.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional")),
      (e._zod.optout = "optional"),
      O(e, "values", (i) => {
        const o = i.def.innerType._zod.values;
        return o ? new Set([...o, void 0]) : void 0;
      }),
      O(e, "pattern", (i) => {
        const o = i.def.innerType._zod.pattern;
        return o ? new RegExp(`^(${_e(o.source)})?$`) : void 0;
      }),
      (e._zod.parse = (i, o) => {
        if (i.value === void 0) {
          if (r.innerType._zod.optin !== "defaulted") return i;
          const t = r.innerType._zod.run({ value: i.value, issues: [] }, o);
          return t instanceof Promise ? t.then((n) => Gl(i, n)) : Gl(i, t);
        }
        return r.innerType._zod.run(i, o);
      });
  }),
  $u = p("$ZodExactOptional", (e, r) => {
    zn.init(e, r),
      O(e, "values", (i) => i.def.innerType._zod.values),
      O(e, "pattern", (i) => i.def.innerType._zod.pattern),
      (e._zod.parse = (i, o) => r.innerType._zod.run(i, o));
  }),
  hu = p("$ZodNullable", (e, r) => {
    P.init(e, r),
      O(e, "optin", (i) => i.def.innerType._zod.optin),
      O(e, "optout", (i) => i.def.innerType._zod.optout),
      O(e, "pattern", (i) => {
        const o = i.def.innerType._zod.pattern;
        return o ? new RegExp(`^(${_e(o.source)}|null)$`) : void 0;
      }),
      O(e, "values", (i) =>
        i.def.innerType._zod.values ? new Set([...i.def.innerType._zod.values, null]) : void 0,
      ),
      (e._zod.parse = (i, o) => (i.value === null ? i : r.innerType._zod.run(i, o)));
  }),
  yu = p("$ZodDefault", (e, r) => {
    P.init(e, r),
      (e._zod.optin = "defaulted"),
      O(e, "values", (i) => i.def.innerType._zod.values),
      (e._zod.parse = (i, o) => {
        if (o.direction === "backward") return r.innerType._zod.run(i, o);
        if (i.value === void 0) return ((i.value = r.defaultValue), i);
        const t = r.innerType._zod.run(i, o);
        return t instanceof Promise ? t.then((n) => Wl(n, r)) : Wl(t, r);
      });
  });
function Wl(e, r) {
  return (e.value === void 0 && (e.value = r.defaultValue), e);
}
var _u = p("$ZodPrefault", (e, r) => {
    P.init(e, r),
      (e._zod.optin = "defaulted"),
      O(e, "values", (i) => i.def.innerType._zod.values),
      (e._zod.parse = (i, o) => (
        o.direction === "backward" || (i.value === void 0 && (i.value = r.defaultValue)),
        r.innerType._zod.run(i, o)
      ));
  }),
  bu = p("$ZodNonOptional", (e, r) => {
    P.init(e, r),
      O(e, "values", (i) => {
        const o = i.def.innerType._zod.values;
        return o ? new Set([...o].filter((t) => t !== void 0)) : void 0;
      }),
      (e._zod.parse = (i, o) => {
        const t = r.innerType._zod.run(i, o);
        return t instanceof Promise ? t.then((n) => Xl(n, e)) : Xl(t, e);
      });
  });
function Xl(e, r) {
  return (
    !e.issues.length &&
      e.value === void 0 &&
      e.issues.push({ code: "invalid_type", expected: "nonoptional", input: e.value, inst: r }),
    e
  );
}
var ku = p("$ZodSuccess", (e, r) => {
  P.init(e, r),
    (e._zod.parse = (i, o) => {
      if (o.direction === "backward") throw new ze("ZodSuccess");
      const t = r.innerType._zod.run(i, o);
      return t instanceof Promise
        ? t.then((n) => ((i.value = n.issues.length === 0), i))
        : ((i.value = t.issues.length === 0), i);
    });
});
function ql(e, r, i, o) {
  return r.issues.length
    ? ((e.value = i.catchValue({
        ...r,
        value: e.value,
        error: { issues: r.issues.map((t) => re(t, o, F())) },
        input: e.value,
      })),
      e)
    : ((e.value = r.value), r.memo && (e.memo = !0), e);
}
var xu = p("$ZodCatch", (e, r) => {
    P.init(e, r),
      O(e, "optin", (i) => (i.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional")),
      O(e, "optout", (i) => i.def.innerType._zod.optout),
      O(e, "values", (i) => i.def.innerType._zod.values),
      (e._zod.parse = (i, o) => {
        if (o.direction === "backward") return r.innerType._zod.run(i, o);
        const t = r.innerType._zod.run({ value: i.value, issues: [] }, o);
        return t instanceof Promise ? t.then((n) => ql(i, n, r, o)) : ql(i, t, r, o);
      });
  }),
  Iu = p("$ZodNaN", (e, r) => {
    P.init(e, r),
      (e._zod.parse = (i, o) => (
        (typeof i.value != "number" || !Number.isNaN(i.value)) &&
          i.issues.push({ input: i.value, inst: e, expected: "nan", code: "invalid_type" }),
        i
      ));
  }),
  Sn = p("$ZodPipe", (e, r) => {
    P.init(e, r),
      O(e, "values", (i) => i.def.in._zod.values),
      O(e, "optin", (i) => i.def.in._zod.optin),
      O(e, "optout", (i) => i.def.out._zod.optout),
      O(e, "propValues", (i) => i.def.in._zod.propValues),
      (e._zod.parse = (i, o) => {
        if (o.direction === "backward") {
          const n = r.out._zod.run(i, o);
          return n instanceof Promise ? n.then((a) => sn(a, r.in, o)) : sn(n, r.in, o);
        }
        const t = r.in._zod.run(i, o);
        return t instanceof Promise ? t.then((n) => sn(n, r.out, o)) : sn(t, r.out, o);
      });
  });
function sn(e, r, i) {
  return e.issues.some((o) => o.code !== "unrecognized_keys")
    ? ((e.aborted = !0), e)
    : r._zod.run({ value: e.value, issues: e.issues }, i);
}
var mr = p("$ZodCodec", (e, r) => {
  P.init(e, r),
    O(e, "values", (i) => i.def.in._zod.values),
    O(e, "optin", (i) => i.def.in._zod.optin),
    O(e, "optout", (i) => i.def.out._zod.optout),
    O(e, "propValues", (i) => i.def.in._zod.propValues),
    (e._zod.parse = (i, o) => {
      if ((o.direction || "forward") === "forward") {
        const n = r.in._zod.run(i, o);
        return n instanceof Promise ? n.then((a) => ln(a, r, o)) : ln(n, r, o);
      } else {
        const n = r.out._zod.run(i, o);
        return n instanceof Promise ? n.then((a) => ln(a, r, o)) : ln(n, r, o);
      }
    });
});
function ln(e, r, i) {
  if (e.issues.length) return ((e.aborted = !0), e);
  if ((i.direction || "forward") === "forward") {
    const t = r.transform(e.value, e);
    return t instanceof Promise ? t.then((n) => dn(e, n, r.out, i)) : dn(e, t, r.out, i);
  } else {
    const t = r.reverseTransform(e.value, e);
    return t instanceof Promise ? t.then((n) => dn(e, n, r.in, i)) : dn(e, t, r.in, i);
  }
}
function dn(e, r, i, o) {
  return e.issues.length ? ((e.aborted = !0), e) : i._zod.run({ value: r, issues: e.issues }, o);
}
var wu = p("$ZodPreprocess", (e, r) => {
    Sn.init(e, r);
  }),
  zu = p("$ZodReadonly", (e, r) => {
    P.init(e, r),
      O(e, "propValues", (i) => i.def.innerType._zod.propValues),
      O(e, "values", (i) => i.def.innerType._zod.values),
      O(e, "optin", (i) => i.def.innerType?._zod?.optin),
      O(e, "optout", (i) => i.def.innerType?._zod?.optout),
      (e._zod.parse = (i, o) => {
        if (o.direction === "backward") return r.innerType._zod.run(i, o);
        const t = r.innerType._zod.run(i, o);
        return t instanceof Promise ? t.then(Yl) : Yl(t);
      });
  });
function Yl(e) {
  return (e.memo || (e.value = Object.freeze(e.value)), e);
}
function nv(e) {
  let r = e._zod.def,
    i = r.pattern,
    o = !!r.format?.includes("int"),
    t,
    n;
  for (const u of r.checks ?? []) {
    const s = u._zod.def;
    s.pattern && (i = s.pattern), o || (o = !!s.format?.includes("int"));
    const c = s.minimum ?? s.length,
      l = s.maximum ?? s.length;
    c !== void 0 && (t === void 0 || c > t) && (t = c),
      l !== void 0 && (n === void 0 || l < n) && (n = l);
  }
  if (i) return i.source;
  if (t !== void 0 && n !== void 0 && t > n) return "(?!)";
  if (t !== void 0 || n !== void 0) return Ro({ minimum: t, maximum: n }).source;
  const a = e._zod.pattern;
  return (o && a === be ? nr : a)?.source;
}
function $a(e) {
  const r = e._zod.def,
    i = e._zod.pattern?.source,
    o = r.innerType ?? e._zod.innerType;
  if (o) {
    const t = o._zod.pattern?.source,
      n = $a(o);
    return i && t && n && n !== t ? i.replace(_e(t), () => _e(n)) : i;
  }
  if (r.options) {
    const t = r.options.map($a);
    if (t.every(Boolean)) return `^(${t.map((n) => _e(n)).join("|")})$`;
  }
  return nv(e);
}
var Su = p("$ZodTemplateLiteral", (e, r) => {
    P.init(e, r);
    const i = [];
    for (const o of r.parts)
      if (typeof o == "object" && o !== null) {
        const t = $a(o);
        if (!t)
          throw new Error(
            `Invalid template literal part, no pattern found: ${[...o._zod.traits].shift()}`,
          );
        i.push(_e(t));
      } else if (o === null || eo.has(typeof o)) i.push(se(`${o}`));
      else throw new Error(`Invalid template literal part: ${o}`);
    (e._zod.pattern = new RegExp(`^${i.join("")}$`)),
      (e._zod.parse = (o, t) =>
        typeof o.value != "string"
          ? (o.issues.push({ input: o.value, inst: e, expected: "string", code: "invalid_type" }),
            o)
          : ((e._zod.pattern.lastIndex = 0),
            e._zod.pattern.test(o.value) ||
              o.issues.push({
                input: o.value,
                inst: e,
                code: "invalid_format",
                format: r.format ?? "template_literal",
                pattern: e._zod.pattern.source,
              }),
            o));
  }),
  Pu = p(
    "$ZodFunction",
    (e, r) => (
      P.init(e, r),
      Object.defineProperty(e, "_def", { value: r }),
      (e._zod.def = r),
      (e.implement = (i) => {
        if (typeof i != "function") throw new Error("implement() must be called with a function");
        return Object.defineProperty(
          function (...o) {
            const t = e._def.input ? Kr(e._def.input, o) : o,
              n = Reflect.apply(i, this, t);
            return e._def.output ? Kr(e._def.output, n) : n;
          },
          "_zod",
          { value: e._zod, enumerable: !1 },
        );
      }),
      (e.implementAsync = (i) => {
        if (typeof i != "function")
          throw new Error("implementAsync() must be called with a function");
        return Object.defineProperty(
          async function (...o) {
            const t = e._def.input ? await Gr(e._def.input, o) : o,
              n = await Reflect.apply(i, this, t);
            return e._def.output ? await Gr(e._def.output, n) : n;
          },
          "_zod",
          { value: e._zod, enumerable: !1 },
        );
      }),
      (e._zod.parse = (i, o) =>
        typeof i.value != "function"
          ? (i.issues.push({ code: "invalid_type", expected: "function", input: i.value, inst: e }),
            i)
          : (e._def.output && e._def.output._zod.def.type === "promise"
              ? (i.value = e.implementAsync(i.value))
              : (i.value = e.implement(i.value)),
            i)),
      (e.input = (...i) => {
        const o = e.constructor;
        return Array.isArray(i[0])
          ? new o({
              type: "function",
              input: new wn({ type: "tuple", items: i[0], rest: i[1] }),
              output: e._def.output,
            })
          : new o({ type: "function", input: i[0], output: e._def.output });
      }),
      (e.output = (i) => {
        const o = e.constructor;
        return new o({ type: "function", input: e._def.input, output: i });
      }),
      e
    ),
  ),
  Du = p("$ZodPromise", (e, r) => {
    P.init(e, r),
      (e._zod.parse = (i, o) =>
        Promise.resolve(i.value).then((t) => r.innerType._zod.run({ value: t, issues: [] }, o)));
  }),
  pr = p("$ZodLazy", (e, r) => {
    P.init(e, r),
      Yi(e._zod, "innerType", () => {
        const i = r;
        return (i._cachedInner || (i._cachedInner = r.getter()), i._cachedInner);
      }),
      O(e, "pattern", (i) => i.innerType?._zod?.pattern),
      O(e, "propValues", (i) => i.innerType?._zod?.propValues),
      O(e, "optin", (i) => i.innerType?._zod?.optin ?? void 0),
      O(e, "optout", (i) => i.innerType?._zod?.optout ?? void 0),
      (e._zod.parse = (i, o) => e._zod.innerType._zod.run(i, o));
  }),
  ju = p("$ZodCustom", (e, r) => {
    L.init(e, r),
      P.init(e, r),
      (e._zod.parse = (i, o) => i),
      (e._zod.check = (i) => {
        const o = i.value,
          t = r.fn(o);
        if (t instanceof Promise) return t.then((n) => Hl(n, i, o, e));
        Hl(t, i, o, e);
      });
  });
function Hl(e, r, i, o) {
  if (!e) {
    const t = {
      code: "custom",
      input: i,
      inst: o,
      path: [...(o._zod.def.path ?? [])],
      continue: !o._zod.def.abort,
    };
    o._zod.def.params && (t.params = o._zod.def.params), r.issues.push(ut(t));
  }
}
var On = class extends Error {
    constructor() {
      super("Cannot parse a reference cycle that closes through a transform"),
        (this.name = "ZodCyclicError");
    }
  },
  Nu = "~memo",
  ad = [];
function ud(e) {
  return e !== null && typeof e == "object";
}
function Ou(e) {
  return e.map((r) => (r.path ? { ...r, path: r.path.slice() } : { ...r }));
}
var cd = new WeakMap(),
  pt = 0,
  jn = 1,
  gr = 2;
function vr(e, r, i) {
  const o = cd.get(e);
  if (o !== void 0) return o ? gr : pt;
  if (r.has(e)) return gr;
  r.add(e);
  let t = pt,
    n = (l) => {
      if (t !== gr && l?._zod) {
        const d = vr(l, r, i);
        d > t && (t = d);
      }
    },
    a = (l, d) => {
      let f = pt;
      for (const m of Reflect.ownKeys(l)) {
        const v = Object.getOwnPropertyDescriptor(l, m);
        if (d && !v.enumerable) continue;
        const _ = v.get ? jn : v.value?._zod ? vr(v.value, r, i) : pt;
        _ > f && (f = _);
      }
      return f;
    },
    u = (l) => {
      l > t && (t = l);
    },
    s = e._zod.def,
    c = s.type;
  switch (c) {
    case "object": {
      const l = ot(s);
      u(l ? a(l, !0) : jn), n(s.catchall);
      break;
    }
    case "array":
      n(s.element);
      break;
    case "tuple":
      for (const l of s.items) n(l);
      n(s.rest);
      break;
    case "record":
    case "map":
      n(s.keyType), n(s.valueType);
      break;
    case "set":
      n(s.valueType);
      break;
    case "union":
      for (const l of s.options) n(l);
      break;
    case "intersection":
      n(s.left), n(s.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      n(s.innerType);
      break;
    case "pipe":
      n(s.in), n(s.out);
      break;
    case "function":
      n(s.input), n(s.output);
      break;
    case "lazy": {
      const l = s._cachedInner ?? (i ? e._zod.innerType : void 0);
      u(l ? vr(l, r, !1) : jn);
      break;
    }
    case "template_literal":
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default:
      for (const l in s) {
        const d = Object.getOwnPropertyDescriptor(s, l);
        if (!d || d.get) continue;
        const f = d.value;
        if (!(!f || typeof f != "object")) {
          if (f._zod) n(f);
          else if (Array.isArray(f)) for (const m of f) n(m);
        }
      }
  }
  return (r.delete(e), iv(e, t));
}
function iv(e, r) {
  return (r !== jn && cd.set(e, r === gr), r);
}
function Nn(e) {
  return vr(e, new Set(), !0) !== pt;
}
function ov(e, r) {
  let i = e.buckets.get(r);
  return (i || ((i = new WeakMap()), e.buckets.set(r, i)), i);
}
var Pn,
  Dn = [],
  av = {
    alloc(e, r, i) {
      const o = Pn;
      if (!o) return i;
      Pn = void 0;
      const t = { value: i, issues: null };
      return (o.set(r.value, t), Dn.push(t), i);
    },
    guard(e) {
      var r;
      (r = e._zod).deferred ?? (r.deferred = []),
        e._zod.deferred.push(() => {
          const i = e._zod.parse,
            o = (t, n) => {
              if (n.direction !== "backward" && Un(n, t.value)) throw new On();
              return i(t, n);
            };
          (e._zod.parse = o), e._zod.run === i && (e._zod.run = o);
        });
    },
    attach(e) {
      var r;
      let i,
        o = !1,
        t,
        n;
      (r = e._zod).deferred ?? (r.deferred = []),
        e._zod.deferred.push(() => {
          const a = e._zod.parse,
            u = (s, c) => {
              if (i === void 0) {
                const z = vr(e, new Set(), !1);
                if (z === pt)
                  return ((e._zod.parse = a), e._zod.run === u && (e._zod.run = a), a(s, c));
                z === gr || o ? (i = !0) : (o = !0);
              }
              const l = s.value;
              if (!ud(l)) return a(s, c);
              let d = c[Nu];
              d || ((d = { buckets: new WeakMap(), backEdges: void 0 }), (c[Nu] = d));
              let f;
              t === c ? (f = n) : ((f = ov(d, e)), (t = c), (n = f));
              const m = f.get(l);
              if (m)
                return (
                  (s.value = m.value),
                  m.issues
                    ? m.issues.length && s.issues.push(...Ou(m.issues))
                    : ((s.memo = !0),
                      d.backEdges ?? (d.backEdges = new WeakSet()),
                      d.backEdges.add(m.value)),
                  s
                );
              Pn = f;
              const v = Dn.length,
                _ = a(s, c);
              Pn = void 0;
              const k = Dn.length > v ? Dn.pop() : void 0;
              return _ instanceof Promise
                ? _.then((z) => (k && (k.issues = z.issues.length ? Ou(z.issues) : ad), z))
                : (k && (k.issues = _.issues.length ? Ou(_.issues) : ad), _);
            };
          (e._zod.parse = u), e._zod.run === a && (e._zod.run = u);
        });
    },
  };
function $r() {
  return av;
}
function Un(e, r) {
  const i = e[Nu]?.backEdges;
  return i !== void 0 && ud(r) && i.has(r);
}
var yr = {};
he(yr, {
  ar: () => sd,
  az: () => ld,
  be: () => fd,
  bg: () => md,
  bn: () => pd,
  ca: () => gd,
  ckb: () => vd,
  cs: () => $d,
  da: () => hd,
  de: () => yd,
  el: () => _d,
  en: () => An,
  eo: () => bd,
  es: () => kd,
  fa: () => xd,
  fi: () => Id,
  fr: () => wd,
  frCA: () => zd,
  gu: () => Sd,
  he: () => Pd,
  hi: () => Dd,
  hr: () => jd,
  hu: () => Od,
  hy: () => Ud,
  id: () => Ad,
  is: () => Td,
  it: () => Zd,
  ja: () => Ed,
  ka: () => Cd,
  kh: () => Ld,
  km: () => Tn,
  kn: () => Vd,
  ko: () => Rd,
  lt: () => Md,
  mk: () => Jd,
  ms: () => Bd,
  ne: () => Kd,
  nl: () => Gd,
  nn: () => Wd,
  no: () => Xd,
  ota: () => qd,
  pl: () => Hd,
  ps: () => Yd,
  pt: () => Qd,
  ptBR: () => ef,
  ro: () => tf,
  ru: () => nf,
  sk: () => of,
  sl: () => af,
  sv: () => uf,
  ta: () => cf,
  tg: () => sf,
  th: () => lf,
  tk: () => df,
  tr: () => ff,
  ua: () => mf,
  uk: () => Zn,
  ur: () => pf,
  uz: () => gf,
  vi: () => vf,
  yo: () => yf,
  zhCN: () => $f,
  zhTW: () => hf,
});
var uv = () => {
  const e = {
    string: { unit: "\u062D\u0631\u0641", verb: "\u0623\u0646 \u064A\u062D\u0648\u064A" },
    file: { unit: "\u0628\u0627\u064A\u062A", verb: "\u0623\u0646 \u064A\u062D\u0648\u064A" },
    array: { unit: "\u0639\u0646\u0635\u0631", verb: "\u0623\u0646 \u064A\u062D\u0648\u064A" },
    set: { unit: "\u0639\u0646\u0635\u0631", verb: "\u0623\u0646 \u064A\u062D\u0648\u064A" },
    map: { unit: "\u0639\u0646\u0635\u0631", verb: "\u0623\u0646 \u064A\u062D\u0648\u064A" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0645\u062F\u062E\u0644",
      email: "\u0628\u0631\u064A\u062F \u0625\u0644\u0643\u062A\u0631\u0648\u0646\u064A",
      url: "\u0631\u0627\u0628\u0637",
      emoji: "\u0625\u064A\u0645\u0648\u062C\u064A",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime:
        "\u062A\u0627\u0631\u064A\u062E \u0648\u0648\u0642\u062A \u0628\u0645\u0639\u064A\u0627\u0631 ISO",
      date: "\u062A\u0627\u0631\u064A\u062E \u0628\u0645\u0639\u064A\u0627\u0631 ISO",
      time: "\u0648\u0642\u062A \u0628\u0645\u0639\u064A\u0627\u0631 ISO",
      duration: "\u0645\u062F\u0629 \u0628\u0645\u0639\u064A\u0627\u0631 ISO",
      ipv4: "\u0639\u0646\u0648\u0627\u0646 IPv4",
      ipv6: "\u0639\u0646\u0648\u0627\u0646 IPv6",
      mac: "\u0639\u0646\u0648\u0627\u0646 MAC",
      cidrv4:
        "\u0645\u062F\u0649 \u0639\u0646\u0627\u0648\u064A\u0646 \u0628\u0635\u064A\u063A\u0629 IPv4",
      cidrv6:
        "\u0645\u062F\u0649 \u0639\u0646\u0627\u0648\u064A\u0646 \u0628\u0635\u064A\u063A\u0629 IPv6",
      base64: "\u0646\u064E\u0635 \u0628\u062A\u0631\u0645\u064A\u0632 base64-encoded",
      base64url: "\u0646\u064E\u0635 \u0628\u062A\u0631\u0645\u064A\u0632 base64url-encoded",
      json_string: "\u0646\u064E\u0635 \u0639\u0644\u0649 \u0647\u064A\u0626\u0629 JSON",
      e164: "\u0631\u0642\u0645 \u0647\u0627\u062A\u0641 \u0628\u0645\u0639\u064A\u0627\u0631 E.164",
      credit_card:
        "\u0631\u0642\u0645 \u0628\u0637\u0627\u0642\u0629 \u0627\u0644\u0627\u0626\u062A\u0645\u0627\u0646",
      currency_code: "\u0631\u0645\u0632 \u0627\u0644\u0639\u0645\u0644\u0629",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0645\u062F\u062E\u0644",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 instanceof ${t.expected}\u060C \u0648\u0644\u0643\u0646 \u062A\u0645 \u0625\u062F\u062E\u0627\u0644 ${u}`
          : `\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 ${n}\u060C \u0648\u0644\u0643\u0646 \u062A\u0645 \u0625\u062F\u062E\u0627\u0644 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 ${h(t.values[0])}`
          : `\u0627\u062E\u062A\u064A\u0627\u0631 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062A\u0648\u0642\u0639 \u0627\u0646\u062A\u0642\u0627\u0621 \u0623\u062D\u062F \u0647\u0630\u0647 \u0627\u0644\u062E\u064A\u0627\u0631\u0627\u062A: ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? ` \u0623\u0643\u0628\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0623\u0646 \u062A\u0643\u0648\u0646 ${t.origin ?? "\u0627\u0644\u0642\u064A\u0645\u0629"} ${n} ${t.maximum.toString()} ${a.unit ?? "\u0639\u0646\u0635\u0631"}`
          : `\u0623\u0643\u0628\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0623\u0646 \u062A\u0643\u0648\u0646 ${t.origin ?? "\u0627\u0644\u0642\u064A\u0645\u0629"} ${n} ${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u0623\u0635\u063A\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0644\u0640 ${t.origin} \u0623\u0646 \u064A\u0643\u0648\u0646 ${n} ${t.minimum.toString()} ${a.unit}`
          : `\u0623\u0635\u063A\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0644\u0640 ${t.origin} \u0623\u0646 \u064A\u0643\u0648\u0646 ${n} ${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0628\u062F\u0623 \u0628\u0640 "${t.prefix}"`
          : n.format === "ends_with"
            ? `\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0646\u062A\u0647\u064A \u0628\u0640 "${n.suffix}"`
            : n.format === "includes"
              ? `\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u062A\u0636\u0645\u0651\u064E\u0646 "${n.includes}"`
              : n.format === "regex"
                ? `\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0637\u0627\u0628\u0642 \u0627\u0644\u0646\u0645\u0637 ${n.pattern}`
                : `${i[n.format] ?? t.format} \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644`;
      }
      case "not_multiple_of":
        return `\u0631\u0642\u0645 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0643\u0648\u0646 \u0645\u0646 \u0645\u0636\u0627\u0639\u0641\u0627\u062A ${t.divisor}`;
      case "unrecognized_keys":
        return `\u0645\u0639\u0631\u0641${t.keys.length > 1 ? "\u0627\u062A" : ""} \u063A\u0631\u064A\u0628${t.keys.length > 1 ? "\u0629" : ""}: ${g(t.keys, "\u060C ")}`;
      case "invalid_key":
        return `\u0645\u0639\u0631\u0641 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644 \u0641\u064A ${t.origin}`;
      case "invalid_union":
        return "\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644";
      case "invalid_element":
        return `\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644 \u0641\u064A ${t.origin}`;
      default:
        return "\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644";
    }
  };
};
function sd() {
  return { localeError: uv() };
}
var cv = () => {
  const e = {
    string: { unit: "simvol", verb: "olmal\u0131d\u0131r" },
    file: { unit: "bayt", verb: "olmal\u0131d\u0131r" },
    array: { unit: "element", verb: "olmal\u0131d\u0131r" },
    set: { unit: "element", verb: "olmal\u0131d\u0131r" },
    map: { unit: "element", verb: "olmal\u0131d\u0131r" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "input",
      email: "email address",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO datetime",
      date: "ISO date",
      time: "ISO time",
      duration: "ISO duration",
      ipv4: "IPv4 address",
      ipv6: "IPv6 address",
      mac: "MAC address",
      cidrv4: "IPv4 range",
      cidrv6: "IPv6 range",
      base64: "base64-encoded string",
      base64url: "base64url-encoded string",
      json_string: "JSON string",
      e164: "E.164 number",
      credit_card: "kredit kart\u0131 n\xF6mr\u0259si",
      currency_code: "valyuta kodu",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n instanceof ${t.expected}, daxil olan ${u}`
          : `Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n ${n}, daxil olan ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n ${h(t.values[0])}`
          : `Yanl\u0131\u015F se\xE7im: a\u015Fa\u011F\u0131dak\u0131lardan biri olmal\u0131d\u0131r: ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\xC7ox b\xF6y\xFCk: g\xF6zl\u0259nil\u0259n ${t.origin ?? "d\u0259y\u0259r"} ${n}${t.maximum.toString()} ${a.unit ?? "element"}`
          : `\xC7ox b\xF6y\xFCk: g\xF6zl\u0259nil\u0259n ${t.origin ?? "d\u0259y\u0259r"} ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\xC7ox ki\xE7ik: g\xF6zl\u0259nil\u0259n ${t.origin} ${n}${t.minimum.toString()} ${a.unit}`
          : `\xC7ox ki\xE7ik: g\xF6zl\u0259nil\u0259n ${t.origin} ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Yanl\u0131\u015F m\u0259tn: "${n.prefix}" il\u0259 ba\u015Flamal\u0131d\u0131r`
          : n.format === "ends_with"
            ? `Yanl\u0131\u015F m\u0259tn: "${n.suffix}" il\u0259 bitm\u0259lidir`
            : n.format === "includes"
              ? `Yanl\u0131\u015F m\u0259tn: "${n.includes}" daxil olmal\u0131d\u0131r`
              : n.format === "regex"
                ? `Yanl\u0131\u015F m\u0259tn: ${n.pattern} \u015Fablonuna uy\u011Fun olmal\u0131d\u0131r`
                : `Yanl\u0131\u015F ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Yanl\u0131\u015F \u0259d\u0259d: ${t.divisor} il\u0259 b\xF6l\xFCn\u0259 bil\u0259n olmal\u0131d\u0131r`;
      case "unrecognized_keys":
        return `Tan\u0131nmayan a\xE7ar${t.keys.length > 1 ? "lar" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `${t.origin} daxilind\u0259 yanl\u0131\u015F a\xE7ar`;
      case "invalid_union":
        return "Yanl\u0131\u015F d\u0259y\u0259r";
      case "invalid_element":
        return `${t.origin} daxilind\u0259 yanl\u0131\u015F d\u0259y\u0259r`;
      default:
        return "Yanl\u0131\u015F d\u0259y\u0259r";
    }
  };
};
function ld() {
  return { localeError: cv() };
}
function dd(e, r, i, o) {
  const t = Math.abs(e),
    n = t % 10,
    a = t % 100;
  return a >= 11 && a <= 19 ? o : n === 1 ? r : n >= 2 && n <= 4 ? i : o;
}
var sv = () => {
  const e = {
    string: {
      unit: {
        one: "\u0441\u0456\u043C\u0432\u0430\u043B",
        few: "\u0441\u0456\u043C\u0432\u0430\u043B\u044B",
        many: "\u0441\u0456\u043C\u0432\u0430\u043B\u0430\u045E",
      },
      verb: "\u043C\u0435\u0446\u044C",
    },
    array: {
      unit: {
        one: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442",
        few: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",
        many: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E",
      },
      verb: "\u043C\u0435\u0446\u044C",
    },
    set: {
      unit: {
        one: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442",
        few: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",
        many: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E",
      },
      verb: "\u043C\u0435\u0446\u044C",
    },
    map: {
      unit: {
        one: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442",
        few: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",
        many: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E",
      },
      verb: "\u043C\u0435\u0446\u044C",
    },
    file: {
      unit: {
        one: "\u0431\u0430\u0439\u0442",
        few: "\u0431\u0430\u0439\u0442\u044B",
        many: "\u0431\u0430\u0439\u0442\u0430\u045E",
      },
      verb: "\u043C\u0435\u0446\u044C",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0443\u0432\u043E\u0434",
      email: "email \u0430\u0434\u0440\u0430\u0441",
      url: "URL",
      emoji: "\u044D\u043C\u043E\u0434\u0437\u0456",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u0434\u0430\u0442\u0430 \u0456 \u0447\u0430\u0441",
      date: "ISO \u0434\u0430\u0442\u0430",
      time: "ISO \u0447\u0430\u0441",
      duration: "ISO \u043F\u0440\u0430\u0446\u044F\u0433\u043B\u0430\u0441\u0446\u044C",
      ipv4: "IPv4 \u0430\u0434\u0440\u0430\u0441",
      ipv6: "IPv6 \u0430\u0434\u0440\u0430\u0441",
      mac: "MAC \u0430\u0434\u0440\u0430\u0441",
      cidrv4: "IPv4 \u0434\u044B\u044F\u043F\u0430\u0437\u043E\u043D",
      cidrv6: "IPv6 \u0434\u044B\u044F\u043F\u0430\u0437\u043E\u043D",
      base64:
        "\u0440\u0430\u0434\u043E\u043A \u0443 \u0444\u0430\u0440\u043C\u0430\u0446\u0435 base64",
      base64url:
        "\u0440\u0430\u0434\u043E\u043A \u0443 \u0444\u0430\u0440\u043C\u0430\u0446\u0435 base64url",
      json_string: "JSON \u0440\u0430\u0434\u043E\u043A",
      e164: "\u043D\u0443\u043C\u0430\u0440 E.164",
      credit_card:
        "\u043D\u0443\u043C\u0430\u0440 \u043A\u0440\u044D\u0434\u044B\u0442\u043D\u0430\u0439 \u043A\u0430\u0440\u0442\u044B",
      currency_code: "\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u044B",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0443\u0432\u043E\u0434",
    },
    o = { nan: "NaN", number: "\u043B\u0456\u043A", array: "\u043C\u0430\u0441\u0456\u045E" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u045E\u0441\u044F instanceof ${t.expected}, \u0430\u0442\u0440\u044B\u043C\u0430\u043D\u0430 ${u}`
          : `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u045E\u0441\u044F ${n}, \u0430\u0442\u0440\u044B\u043C\u0430\u043D\u0430 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F ${h(t.values[0])}`
          : `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0432\u0430\u0440\u044B\u044F\u043D\u0442: \u0447\u0430\u043A\u0430\u045E\u0441\u044F \u0430\u0434\u0437\u0456\u043D \u0437 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        if (a) {
          const u = Number(t.maximum),
            s = dd(u, a.unit.one, a.unit.few, a.unit.many);
          return `\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u0432\u044F\u043B\u0456\u043A\u0456: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${t.origin ?? "\u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435"} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 ${a.verb} ${n}${t.maximum.toString()} ${s}`;
        }
        return `\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u0432\u044F\u043B\u0456\u043A\u0456: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${t.origin ?? "\u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435"} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 \u0431\u044B\u0446\u044C ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        if (a) {
          const u = Number(t.minimum),
            s = dd(u, a.unit.one, a.unit.few, a.unit.many);
          return `\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u043C\u0430\u043B\u044B: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${t.origin} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 ${a.verb} ${n}${t.minimum.toString()} ${s}`;
        }
        return `\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u043C\u0430\u043B\u044B: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${t.origin} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 \u0431\u044B\u0446\u044C ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u043F\u0430\u0447\u044B\u043D\u0430\u0446\u0446\u0430 \u0437 "${n.prefix}"`
          : n.format === "ends_with"
            ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0437\u0430\u043A\u0430\u043D\u0447\u0432\u0430\u0446\u0446\u0430 \u043D\u0430 "${n.suffix}"`
            : n.format === "includes"
              ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0437\u043C\u044F\u0448\u0447\u0430\u0446\u044C "${n.includes}"`
              : n.format === "regex"
                ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0430\u0434\u043F\u0430\u0432\u044F\u0434\u0430\u0446\u044C \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${n.pattern}`
                : `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u043B\u0456\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0431\u044B\u0446\u044C \u043A\u0440\u0430\u0442\u043D\u044B\u043C ${t.divisor}`;
      case "unrecognized_keys":
        return `\u041D\u0435\u0440\u0430\u0441\u043F\u0430\u0437\u043D\u0430\u043D\u044B ${t.keys.length > 1 ? "\u043A\u043B\u044E\u0447\u044B" : "\u043A\u043B\u044E\u0447"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u043A\u043B\u044E\u0447 \u0443 ${t.origin}`;
      case "invalid_union":
        return "\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434";
      case "invalid_element":
        return `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u0430\u0435 \u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435 \u045E ${t.origin}`;
      default:
        return "\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434";
    }
  };
};
function fd() {
  return { localeError: sv() };
}
var lv = () => {
  const e = {
    string: {
      unit: "\u0441\u0438\u043C\u0432\u043E\u043B\u0430",
      verb: "\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430",
    },
    file: {
      unit: "\u0431\u0430\u0439\u0442\u0430",
      verb: "\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430",
    },
    array: {
      unit: "\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",
      verb: "\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430",
    },
    set: {
      unit: "\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",
      verb: "\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430",
    },
    map: {
      unit: "\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",
      verb: "\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0432\u0445\u043E\u0434",
      email: "\u0438\u043C\u0435\u0439\u043B \u0430\u0434\u0440\u0435\u0441",
      url: "URL",
      emoji: "\u0435\u043C\u043E\u0434\u0436\u0438",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u0432\u0440\u0435\u043C\u0435",
      date: "ISO \u0434\u0430\u0442\u0430",
      time: "ISO \u0432\u0440\u0435\u043C\u0435",
      duration:
        "ISO \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0438\u0442\u0435\u043B\u043D\u043E\u0441\u0442",
      ipv4: "IPv4 \u0430\u0434\u0440\u0435\u0441",
      ipv6: "IPv6 \u0430\u0434\u0440\u0435\u0441",
      mac: "MAC \u0430\u0434\u0440\u0435\u0441",
      cidrv4: "IPv4 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",
      cidrv6: "IPv6 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",
      base64: "base64-\u043A\u043E\u0434\u0438\u0440\u0430\u043D \u043D\u0438\u0437",
      base64url: "base64url-\u043A\u043E\u0434\u0438\u0440\u0430\u043D \u043D\u0438\u0437",
      json_string: "JSON \u043D\u0438\u0437",
      e164: "E.164 \u043D\u043E\u043C\u0435\u0440",
      credit_card:
        "\u043D\u043E\u043C\u0435\u0440 \u043D\u0430 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430 \u043A\u0430\u0440\u0442\u0430",
      currency_code: "\u043A\u043E\u0434 \u043D\u0430 \u0432\u0430\u043B\u0443\u0442\u0430",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0432\u0445\u043E\u0434",
    },
    o = {
      nan: "NaN",
      number: "\u0447\u0438\u0441\u043B\u043E",
      array: "\u043C\u0430\u0441\u0438\u0432",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D instanceof ${t.expected}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D ${u}`
          : `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D ${n}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D ${h(t.values[0])}`
          : `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430 \u043E\u043F\u0446\u0438\u044F: \u043E\u0447\u0430\u043A\u0432\u0430\u043D\u043E \u0435\u0434\u043D\u043E \u043E\u0442 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u0422\u0432\u044A\u0440\u0434\u0435 \u0433\u043E\u043B\u044F\u043C\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${t.origin ?? "\u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442"} \u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430 ${n}${t.maximum.toString()} ${a.unit ?? "\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430"}`
          : `\u0422\u0432\u044A\u0440\u0434\u0435 \u0433\u043E\u043B\u044F\u043C\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${t.origin ?? "\u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442"} \u0434\u0430 \u0431\u044A\u0434\u0435 ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u0422\u0432\u044A\u0440\u0434\u0435 \u043C\u0430\u043B\u043A\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${t.origin} \u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430 ${n}${t.minimum.toString()} ${a.unit}`
          : `\u0422\u0432\u044A\u0440\u0434\u0435 \u043C\u0430\u043B\u043A\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${t.origin} \u0434\u0430 \u0431\u044A\u0434\u0435 ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        if (n.format === "starts_with")
          return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0437\u0430\u043F\u043E\u0447\u0432\u0430 \u0441 "${n.prefix}"`;
        if (n.format === "ends_with")
          return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0437\u0430\u0432\u044A\u0440\u0448\u0432\u0430 \u0441 "${n.suffix}"`;
        if (n.format === "includes")
          return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0432\u043A\u043B\u044E\u0447\u0432\u0430 "${n.includes}"`;
        if (n.format === "regex")
          return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0441\u044A\u0432\u043F\u0430\u0434\u0430 \u0441 ${n.pattern}`;
        let a = "\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D";
        return (
          n.format === "emoji" && (a = "\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),
          n.format === "datetime" && (a = "\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),
          n.format === "date" && (a = "\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430"),
          n.format === "time" && (a = "\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),
          n.format === "duration" && (a = "\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430"),
          `${a} ${i[n.format] ?? t.format}`
        );
      }
      case "not_multiple_of":
        return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E \u0447\u0438\u0441\u043B\u043E: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0431\u044A\u0434\u0435 \u043A\u0440\u0430\u0442\u043D\u043E \u043D\u0430 ${t.divisor}`;
      case "unrecognized_keys":
        return `\u041D\u0435\u0440\u0430\u0437\u043F\u043E\u0437\u043D\u0430\u0442${t.keys.length > 1 ? "\u0438" : ""} \u043A\u043B\u044E\u0447${t.keys.length > 1 ? "\u043E\u0432\u0435" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043A\u043B\u044E\u0447 \u0432 ${t.origin}`;
      case "invalid_union":
        return "\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434";
      case "invalid_element":
        return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430 \u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442 \u0432 ${t.origin}`;
      default:
        return "\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434";
    }
  };
};
function md() {
  return { localeError: lv() };
}
var dv = () => {
  const e = {
    string: {
      unit: "\u0985\u0995\u09CD\u09B7\u09B0",
      verb: "\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7",
    },
    file: {
      unit: "\u09AC\u09BE\u0987\u099F",
      verb: "\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7",
    },
    array: {
      unit: "\u0986\u0987\u099F\u09C7\u09AE",
      verb: "\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7",
    },
    set: {
      unit: "\u0986\u0987\u099F\u09C7\u09AE",
      verb: "\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7",
    },
    map: {
      unit: "\u098F\u09A8\u09CD\u099F\u09CD\u09B0\u09BF",
      verb: "\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0987\u09A8\u09AA\u09C1\u099F",
      email: "\u0987\u09AE\u09C7\u0987\u09B2 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",
      url: "URL",
      emoji: "\u0987\u09AE\u09CB\u099C\u09BF",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u09A4\u09BE\u09B0\u09BF\u0996 \u0993 \u09B8\u09AE\u09AF\u09BC",
      date: "ISO \u09A4\u09BE\u09B0\u09BF\u0996",
      time: "ISO \u09B8\u09AE\u09AF\u09BC",
      duration: "ISO \u09B8\u09AE\u09AF\u09BC\u0995\u09BE\u09B2",
      ipv4: "IPv4 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",
      ipv6: "IPv6 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",
      mac: "MAC \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",
      cidrv4: "IPv4 \u09B0\u09C7\u099E\u09CD\u099C",
      cidrv6: "IPv6 \u09B0\u09C7\u099E\u09CD\u099C",
      base64:
        "base64-\u098F\u09A8\u0995\u09CB\u09A1\u09C7\u09A1 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",
      base64url:
        "base64url-\u098F\u09A8\u0995\u09CB\u09A1\u09C7\u09A1 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",
      json_string: "JSON \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",
      e164: "E.164 \u09A8\u09AE\u09CD\u09AC\u09B0",
      credit_card:
        "\u0995\u09CD\u09B0\u09C7\u09A1\u09BF\u099F \u0995\u09BE\u09B0\u09CD\u09A1 \u09A8\u09AE\u09CD\u09AC\u09B0",
      currency_code: "\u09AE\u09C1\u09A6\u09CD\u09B0\u09BE \u0995\u09CB\u09A1",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0987\u09A8\u09AA\u09C1\u099F",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return `\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F: \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${n}, \u09AA\u09CD\u09B0\u09BE\u09AA\u09CD\u09A4 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F: \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${h(t.values[0])}`
          : `\u0985\u09AC\u09C8\u09A7 \u0985\u09AA\u09B6\u09A8: ${g(t.values, " | ")} \u098F\u09B0 \u09AE\u09A7\u09CD\u09AF\u09C7 \u098F\u0995\u099F\u09BF \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u0985\u09A8\u09C7\u0995 \u09AC\u09A1\u09BC: ${t.origin ?? "\u09AE\u09BE\u09A8"} ${n}${t.maximum.toString()} ${a.unit ?? "\u098F\u09B2\u09BF\u09AE\u09C7\u09A8\u09CD\u099F"} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`
          : `\u0985\u09A8\u09C7\u0995 \u09AC\u09A1\u09BC: ${t.origin ?? "\u09AE\u09BE\u09A8"} ${n}${t.maximum.toString()} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u0985\u09A8\u09C7\u0995 \u099B\u09CB\u099F: ${t.origin} ${n}${t.minimum.toString()} ${a.unit} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`
          : `\u0985\u09A8\u09C7\u0995 \u099B\u09CB\u099F: ${t.origin} ${n}${t.minimum.toString()} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${n.prefix}" \u09A6\u09BF\u09AF\u09BC\u09C7 \u09B6\u09C1\u09B0\u09C1 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`
          : n.format === "ends_with"
            ? `\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${n.suffix}" \u09A6\u09BF\u09AF\u09BC\u09C7 \u09B6\u09C7\u09B7 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`
            : n.format === "includes"
              ? `\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${n.includes}" \u0985\u09A8\u09CD\u09A4\u09B0\u09CD\u09AD\u09C1\u0995\u09CD\u09A4 \u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7`
              : n.format === "regex"
                ? `\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: ${n.pattern} \u09AA\u09CD\u09AF\u09BE\u099F\u09BE\u09B0\u09CD\u09A8 \u09AE\u09BF\u09B2\u09A4\u09C7 \u09B9\u09AC\u09C7`
                : `\u0985\u09AC\u09C8\u09A7 ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u0985\u09AC\u09C8\u09A7 \u09A8\u09AE\u09CD\u09AC\u09B0: ${t.divisor} \u098F\u09B0 \u0997\u09C1\u09A3\u09BF\u09A4\u0995 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`;
      case "unrecognized_keys":
        return `\u0985\u099A\u09C7\u09A8\u09BE \u0995\u09C0${t.keys.length > 1 ? "\u0997\u09C1\u09B2\u09CB" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `${t.origin} \u098F \u0985\u09AC\u09C8\u09A7 \u0995\u09C0`;
      case "invalid_union":
        return t.options && Array.isArray(t.options) && t.options.length > 0
          ? `\u0985\u09AC\u09C8\u09A7 \u09A1\u09BF\u09B8\u0995\u09CD\u09B0\u09BF\u09AE\u09BF\u09A8\u09C7\u099F\u09B0 \u09AE\u09BE\u09A8\u0964 \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${t.options.map((a) => `'${a}'`).join(" | ")}`
          : "\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F";
      case "invalid_element":
        return `${t.origin} \u098F \u0985\u09AC\u09C8\u09A7 \u09AE\u09BE\u09A8`;
      default:
        return "\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F";
    }
  };
};
function pd() {
  return { localeError: dv() };
}
var fv = () => {
  const e = {
    string: { unit: "car\xE0cters", verb: "contenir" },
    file: { unit: "bytes", verb: "contenir" },
    array: { unit: "elements", verb: "contenir" },
    set: { unit: "elements", verb: "contenir" },
    map: { unit: "elements", verb: "contenir" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "entrada",
      email: "adre\xE7a electr\xF2nica",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "data i hora ISO",
      date: "data ISO",
      time: "hora ISO",
      duration: "durada ISO",
      ipv4: "adre\xE7a IPv4",
      ipv6: "adre\xE7a IPv6",
      mac: "adre\xE7a MAC",
      cidrv4: "rang IPv4",
      cidrv6: "rang IPv6",
      base64: "cadena codificada en base64",
      base64url: "cadena codificada en base64url",
      json_string: "cadena JSON",
      e164: "n\xFAmero E.164",
      credit_card: "n\xFAmero de targeta de cr\xE8dit",
      currency_code: "codi de moneda",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "entrada",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Tipus inv\xE0lid: s'esperava instanceof ${t.expected}, s'ha rebut ${u}`
          : `Tipus inv\xE0lid: s'esperava ${n}, s'ha rebut ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Valor inv\xE0lid: s'esperava ${h(t.values[0])}`
          : `Opci\xF3 inv\xE0lida: s'esperava una de ${g(t.values, " o ")}`;
      case "too_big": {
        const n = t.inclusive ? "com a m\xE0xim" : "menys de",
          a = r(t.origin);
        return a
          ? `Massa gran: s'esperava que ${t.origin ?? "el valor"} contingu\xE9s ${n} ${t.maximum.toString()} ${a.unit ?? "elements"}`
          : `Massa gran: s'esperava que ${t.origin ?? "el valor"} fos ${n} ${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? "com a m\xEDnim" : "m\xE9s de",
          a = r(t.origin);
        return a
          ? `Massa petit: s'esperava que ${t.origin} contingu\xE9s ${n} ${t.minimum.toString()} ${a.unit}`
          : `Massa petit: s'esperava que ${t.origin} fos ${n} ${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Format inv\xE0lid: ha de comen\xE7ar amb "${n.prefix}"`
          : n.format === "ends_with"
            ? `Format inv\xE0lid: ha d'acabar amb "${n.suffix}"`
            : n.format === "includes"
              ? `Format inv\xE0lid: ha d'incloure "${n.includes}"`
              : n.format === "regex"
                ? `Format inv\xE0lid: ha de coincidir amb el patr\xF3 ${n.pattern}`
                : `Format inv\xE0lid per a ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `N\xFAmero inv\xE0lid: ha de ser m\xFAltiple de ${t.divisor}`;
      case "unrecognized_keys":
        return `Clau${t.keys.length > 1 ? "s" : ""} no reconeguda${t.keys.length > 1 ? "s" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Clau inv\xE0lida a ${t.origin}`;
      case "invalid_union":
        return "Entrada inv\xE0lida";
      case "invalid_element":
        return `Element inv\xE0lid a ${t.origin}`;
      default:
        return "Entrada inv\xE0lida";
    }
  };
};
function gd() {
  return { localeError: fv() };
}
var mv = () => {
  const e = {
    string: { unit: "\u067E\u06CC\u062A", verb: "\u0628\u06CE\u062A" },
    file: { unit: "\u0628\u0627\u06CC\u062A", verb: "\u0628\u06CE\u062A" },
    array: { unit: "\u062F\u0627\u0646\u06D5", verb: "\u0628\u06CE\u062A" },
    set: { unit: "\u062F\u0627\u0646\u06D5", verb: "\u0628\u06CE\u062A" },
    map: { unit: "\u062F\u0627\u0646\u06D5", verb: "\u0628\u06CE\u062A" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "regex",
      email: "\u0626\u06CC\u0645\u06D5\u06CC\u06B5",
      url: "\u0628\u06D5\u0633\u062A\u06D5\u0631 (URL)",
      emoji: "\u0626\u06CC\u0645\u06C6\u062C\u06CC",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "\u0695\u06CE\u06A9\u06D5\u0648\u062A \u0648 \u06A9\u0627\u062A",
      date: "\u0695\u06CE\u06A9\u06D5\u0648\u062A",
      time: "\u06A9\u0627\u062A",
      duration: "\u0645\u0627\u0648\u06D5",
      ipv4: "\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC IPv4",
      ipv6: "\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC IPv6",
      mac: "\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC MAC",
      cidrv4: "\u0645\u06D5\u0648\u062F\u0627\u06CC IPv4",
      cidrv6: "\u0645\u06D5\u0648\u062F\u0627\u06CC IPv6",
      base64: "\u062F\u06D5\u0642\u06CC base64",
      base64url: "\u062F\u06D5\u0642\u06CC base64url",
      json_string: "\u062F\u06D5\u0642\u06CC JSON",
      e164: "\u0698\u0645\u0627\u0631\u06D5\u06CC E.164",
      credit_card:
        "\u0698\u0645\u0627\u0631\u06D5\u06CC \u06A9\u0627\u0631\u062A\u06CC \u06A9\u0631\u06CE\u062F\u06CC\u062A",
      currency_code: "\u06A9\u06C6\u062F\u06CC \u062F\u0631\u0627\u0648",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u062A\u06CE\u06A9\u0631\u062F\u06D5",
    },
    o = {
      nan: "NaN",
      string: "\u0646\u0648\u0648\u0633\u06CC\u0646",
      number: "\u0698\u0645\u0627\u0631\u06D5",
      boolean: "boolean",
      array: "array",
      object: "object",
      date: "\u0695\u06CE\u06A9\u06D5\u0648\u062A",
      integer: "\u0698\u0645\u0627\u0631\u06D5",
      float: "\u0698\u0645\u0627\u0631\u06D5",
      null: "null",
      undefined: "undefined",
      function: "function",
      symbol: "symbol",
      unknown: "unknown",
      promise: "promise",
      void: "void",
      never: "never",
      map: "map",
      set: "set",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a,
          s = ["\u0627", "\u0648", "\u06C6", "\u0648\u0648", "\u06D5", "\u06CC", "\u06CE"].some(
            (l) => u.endsWith(l),
          )
            ? "\u06CC\u06D5"
            : "\u06D5",
          c = /^[a-zA-Z]+$/.test(u);
        return a === "null" || a === "undefined"
          ? "\u062F\u0627\u0648\u0627\u06A9\u0631\u0627\u0648\u06D5"
          : `\u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 ${n} \u0628\u06CE\u062A\u060C \u0628\u06D5\u06B5\u0627\u0645 ${u}${c ? "" : s}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0628\u06D5\u0647\u0627\u06A9\u06D5 \u0646\u0627\u062F\u0631\u0648\u0648\u0633\u062A\u06D5: \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 ${h(t.values[0])} \u0628\u06CE\u062A`
          : `\u0647\u06D5\u06B5\u0628\u0698\u0627\u0631\u062F\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 \u06CC\u06D5\u06A9\u06CE\u06A9 \u0628\u06CE\u062A \u0644\u06D5 ${g(t.values, "|")}`;
      case "too_big": {
        const n = r(t.origin);
        return n
          ? `\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u0632\u06C6\u0631\u06D5\u0648\u06D5 ${t.maximum.toString()} ${n.unit} ${n.verb}`
          : `\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u0632\u06C6\u0631\u06D5\u0648\u06D5 ${t.maximum.toString()} \u0628\u06CE\u062A`;
      }
      case "too_small": {
        const n = r(t.origin);
        return n
          ? `\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u06A9\u06D5\u0645\u06D5\u0648\u06D5 ${t.minimum.toString()} ${n.unit} ${n.verb}`
          : `\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u06A9\u06D5\u0645\u06D5\u0648\u06D5 ${t.minimum.toString()} \u0628\u06CE\u062A`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u062F\u06D5\u0633\u062A\u067E\u06CE\u0628\u06A9\u0627\u062A \u0628\u06D5 "${n.prefix}"`
          : n.format === "ends_with"
            ? `\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u06A9\u06C6\u062A\u0627\u06CC\u06CC\u0628\u06CE\u062A \u0628\u06D5 "${n.suffix}"`
            : n.format === "includes"
              ? `\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 "${n.includes}" \u0644\u06D5\u062E\u06C6\u0628\u06AF\u0631\u06CE\u062A`
              : n.format === "regex"
                ? `\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0644\u06D5\u06AF\u06D5\u06B5 \u067E\u0627\u062A\u06CE\u0631\u0646\u06CC ${n.pattern} \u0628\u06AF\u0648\u0646\u062C\u06CE\u062A`
                : `\u0628\u06D5\u0647\u0627\u06CC ${i[n.format] ?? t.format} \u0646\u0627\u062F\u0631\u0648\u0633\u062A\u06D5`;
      }
      case "not_multiple_of":
        return `\u0698\u0645\u0627\u0631\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u062F\u06D5\u0628\u06CE\u062A \u0686\u06D5\u0646\u062F \u0647\u06CE\u0646\u062F\u06D5 \u0628\u06CE\u062A \u0628\u06C6 ${t.divisor}`;
      case "unrecognized_keys":
        return `\u06A9\u0644\u06CC\u0644\u06CC \u0646\u06D5\u0646\u0627\u0633\u0631\u0627\u0648: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u06A9\u0644\u06CC\u0644\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A \u0644\u06D5 ${t.origin}`;
      case "invalid_union":
        return t.options && Array.isArray(t.options) && t.options.length > 0
          ? `\u0628\u06D5\u0647\u0627\u06CC \u0646\u06D5\u0646\u0627\u0633\u0631\u0627\u0648 \u0647\u06D5\u06CC\u06D5. \u0628\u06D5\u0647\u0627\u06CC \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648: ${t.options.map((a) => `'${a}'`).join(" | ")}`
          : "\u06CC\u06D5\u06A9\u06AF\u0631\u062A\u0646\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A";
      case "invalid_element":
        return `${t.origin} \u0628\u06D5\u0647\u0627\u06A9\u06D5 \u0646\u0627\u062F\u0631\u0648\u0633\u062A\u06D5`;
      default:
        return "\u062A\u06CE\u06A9\u0631\u062F\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A";
    }
  };
};
function vd() {
  return { localeError: mv() };
}
var pv = () => {
  const e = {
    string: { unit: "znak\u016F", verb: "m\xEDt" },
    file: { unit: "bajt\u016F", verb: "m\xEDt" },
    array: { unit: "prvk\u016F", verb: "m\xEDt" },
    set: { unit: "prvk\u016F", verb: "m\xEDt" },
    map: { unit: "prvk\u016F", verb: "m\xEDt" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "regul\xE1rn\xED v\xFDraz",
      email: "e-mailov\xE1 adresa",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "datum a \u010Das ve form\xE1tu ISO",
      date: "datum ve form\xE1tu ISO",
      time: "\u010Das ve form\xE1tu ISO",
      duration: "doba trv\xE1n\xED ISO",
      ipv4: "IPv4 adresa",
      ipv6: "IPv6 adresa",
      mac: "MAC adresa",
      cidrv4: "rozsah IPv4",
      cidrv6: "rozsah IPv6",
      base64: "\u0159et\u011Bzec zak\xF3dovan\xFD ve form\xE1tu base64",
      base64url: "\u0159et\u011Bzec zak\xF3dovan\xFD ve form\xE1tu base64url",
      json_string: "\u0159et\u011Bzec ve form\xE1tu JSON",
      e164: "\u010D\xEDslo E.164",
      credit_card: "\u010D\xEDslo kreditn\xED karty",
      currency_code: "k\xF3d m\u011Bny",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "vstup",
    },
    o = {
      nan: "NaN",
      number: "\u010D\xEDslo",
      string: "\u0159et\u011Bzec",
      function: "funkce",
      array: "pole",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no instanceof ${t.expected}, obdr\u017Eeno ${u}`
          : `Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no ${n}, obdr\u017Eeno ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no ${h(t.values[0])}`
          : `Neplatn\xE1 mo\u017Enost: o\u010Dek\xE1v\xE1na jedna z hodnot ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Hodnota je p\u0159\xEDli\u0161 velk\xE1: ${t.origin ?? "hodnota"} mus\xED m\xEDt ${n}${t.maximum.toString()} ${a.unit ?? "prvk\u016F"}`
          : `Hodnota je p\u0159\xEDli\u0161 velk\xE1: ${t.origin ?? "hodnota"} mus\xED b\xFDt ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Hodnota je p\u0159\xEDli\u0161 mal\xE1: ${t.origin ?? "hodnota"} mus\xED m\xEDt ${n}${t.minimum.toString()} ${a.unit ?? "prvk\u016F"}`
          : `Hodnota je p\u0159\xEDli\u0161 mal\xE1: ${t.origin ?? "hodnota"} mus\xED b\xFDt ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Neplatn\xFD \u0159et\u011Bzec: mus\xED za\u010D\xEDnat na "${n.prefix}"`
          : n.format === "ends_with"
            ? `Neplatn\xFD \u0159et\u011Bzec: mus\xED kon\u010Dit na "${n.suffix}"`
            : n.format === "includes"
              ? `Neplatn\xFD \u0159et\u011Bzec: mus\xED obsahovat "${n.includes}"`
              : n.format === "regex"
                ? `Neplatn\xFD \u0159et\u011Bzec: mus\xED odpov\xEDdat vzoru ${n.pattern}`
                : `Neplatn\xFD form\xE1t ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Neplatn\xE9 \u010D\xEDslo: mus\xED b\xFDt n\xE1sobkem ${t.divisor}`;
      case "unrecognized_keys":
        return `Nezn\xE1m\xE9 kl\xED\u010De: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Neplatn\xFD kl\xED\u010D v ${t.origin}`;
      case "invalid_union":
        return "Neplatn\xFD vstup";
      case "invalid_element":
        return `Neplatn\xE1 hodnota v ${t.origin}`;
      default:
        return "Neplatn\xFD vstup";
    }
  };
};
function $d() {
  return { localeError: pv() };
}
var gv = () => {
  const e = {
    string: { unit: "tegn", verb: "havde" },
    file: { unit: "bytes", verb: "havde" },
    array: { unit: "elementer", verb: "indeholdt" },
    set: { unit: "elementer", verb: "indeholdt" },
    map: { unit: "elementer", verb: "indeholdt" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "input",
      email: "e-mailadresse",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO dato- og klokkesl\xE6t",
      date: "ISO-dato",
      time: "ISO-klokkesl\xE6t",
      duration: "ISO-varighed",
      ipv4: "IPv4-adresse",
      ipv6: "IPv6-adresse",
      mac: "MAC-adresse",
      cidrv4: "IPv4-spektrum",
      cidrv6: "IPv6-spektrum",
      base64: "base64-kodet streng",
      base64url: "base64url-kodet streng",
      json_string: "JSON-streng",
      e164: "E.164-nummer",
      credit_card: "kreditkortnummer",
      currency_code: "valutakode",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input",
    },
    o = {
      nan: "NaN",
      string: "streng",
      number: "tal",
      boolean: "boolean",
      array: "liste",
      object: "objekt",
      set: "s\xE6t",
      file: "fil",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Ugyldigt input: forventede instanceof ${t.expected}, fik ${u}`
          : `Ugyldigt input: forventede ${n}, fik ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Ugyldig v\xE6rdi: forventede ${h(t.values[0])}`
          : `Ugyldigt valg: forventede en af f\xF8lgende ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin),
          u = o[t.origin] ?? t.origin;
        return a
          ? `For stor: forventede ${u ?? "value"} ${a.verb} ${n} ${t.maximum.toString()} ${a.unit ?? "elementer"}`
          : `For stor: forventede ${u ?? "value"} havde ${n} ${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin),
          u = o[t.origin] ?? t.origin;
        return a
          ? `For lille: forventede ${u} ${a.verb} ${n} ${t.minimum.toString()} ${a.unit}`
          : `For lille: forventede ${u} havde ${n} ${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Ugyldig streng: skal starte med "${n.prefix}"`
          : n.format === "ends_with"
            ? `Ugyldig streng: skal ende med "${n.suffix}"`
            : n.format === "includes"
              ? `Ugyldig streng: skal indeholde "${n.includes}"`
              : n.format === "regex"
                ? `Ugyldig streng: skal matche m\xF8nsteret ${n.pattern}`
                : `Ugyldig ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Ugyldigt tal: skal v\xE6re deleligt med ${t.divisor}`;
      case "unrecognized_keys":
        return `${t.keys.length > 1 ? "Ukendte n\xF8gler" : "Ukendt n\xF8gle"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Ugyldig n\xF8gle i ${t.origin}`;
      case "invalid_union":
        return "Ugyldigt input: matcher ingen af de tilladte typer";
      case "invalid_element":
        return `Ugyldig v\xE6rdi i ${t.origin}`;
      default:
        return "Ugyldigt input";
    }
  };
};
function hd() {
  return { localeError: gv() };
}
var vv = () => {
  const e = {
    string: { unit: "Zeichen", verb: "zu haben" },
    file: { unit: "Bytes", verb: "zu haben" },
    array: { unit: "Elemente", verb: "zu haben" },
    set: { unit: "Elemente", verb: "zu haben" },
    map: { unit: "Elemente", verb: "zu haben" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "Eingabe",
      email: "E-Mail-Adresse",
      url: "URL",
      emoji: "Emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO-Datum und -Uhrzeit",
      date: "ISO-Datum",
      time: "ISO-Uhrzeit",
      duration: "ISO-Dauer",
      ipv4: "IPv4-Adresse",
      ipv6: "IPv6-Adresse",
      mac: "MAC-Adresse",
      cidrv4: "IPv4-Bereich",
      cidrv6: "IPv6-Bereich",
      base64: "Base64-codierter String",
      base64url: "Base64-URL-codierter String",
      json_string: "JSON-String",
      e164: "E.164-Nummer",
      credit_card: "Kreditkartennummer",
      currency_code: "W\xE4hrungscode",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "Eingabe",
    },
    o = { nan: "NaN", number: "Zahl", array: "Array" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Ung\xFCltige Eingabe: erwartet instanceof ${t.expected}, erhalten ${u}`
          : `Ung\xFCltige Eingabe: erwartet ${n}, erhalten ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Ung\xFCltige Eingabe: erwartet ${h(t.values[0])}`
          : `Ung\xFCltige Option: erwartet eine von ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Zu gro\xDF: erwartet, dass ${t.origin ?? "Wert"} ${n}${t.maximum.toString()} ${a.unit ?? "Elemente"} hat`
          : `Zu gro\xDF: erwartet, dass ${t.origin ?? "Wert"} ${n}${t.maximum.toString()} ist`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Zu klein: erwartet, dass ${t.origin} ${n}${t.minimum.toString()} ${a.unit} hat`
          : `Zu klein: erwartet, dass ${t.origin} ${n}${t.minimum.toString()} ist`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Ung\xFCltiger String: muss mit "${n.prefix}" beginnen`
          : n.format === "ends_with"
            ? `Ung\xFCltiger String: muss mit "${n.suffix}" enden`
            : n.format === "includes"
              ? `Ung\xFCltiger String: muss "${n.includes}" enthalten`
              : n.format === "regex"
                ? `Ung\xFCltiger String: muss dem Muster ${n.pattern} entsprechen`
                : `Ung\xFCltig: ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Ung\xFCltige Zahl: muss ein Vielfaches von ${t.divisor} sein`;
      case "unrecognized_keys":
        return `${t.keys.length > 1 ? "Unbekannte Schl\xFCssel" : "Unbekannter Schl\xFCssel"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Ung\xFCltiger Schl\xFCssel in ${t.origin}`;
      case "invalid_union":
        return "Ung\xFCltige Eingabe";
      case "invalid_element":
        return `Ung\xFCltiger Wert in ${t.origin}`;
      default:
        return "Ung\xFCltige Eingabe";
    }
  };
};
function yd() {
  return { localeError: vv() };
}
var $v = () => {
  const e = {
    string: {
      unit: "\u03C7\u03B1\u03C1\u03B1\u03BA\u03C4\u03AE\u03C1\u03B5\u03C2",
      verb: "\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9",
    },
    file: { unit: "bytes", verb: "\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9" },
    array: {
      unit: "\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1",
      verb: "\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9",
    },
    set: {
      unit: "\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1",
      verb: "\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9",
    },
    map: {
      unit: "\u03BA\u03B1\u03C4\u03B1\u03C7\u03C9\u03C1\u03AE\u03C3\u03B5\u03B9\u03C2",
      verb: "\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2",
      email: "\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 email",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime:
        "ISO \u03B7\u03BC\u03B5\u03C1\u03BF\u03BC\u03B7\u03BD\u03AF\u03B1 \u03BA\u03B1\u03B9 \u03CE\u03C1\u03B1",
      date: "ISO \u03B7\u03BC\u03B5\u03C1\u03BF\u03BC\u03B7\u03BD\u03AF\u03B1",
      time: "ISO \u03CE\u03C1\u03B1",
      duration: "ISO \u03B4\u03B9\u03AC\u03C1\u03BA\u03B5\u03B9\u03B1",
      ipv4: "\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 IPv4",
      ipv6: "\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 IPv6",
      mac: "\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 MAC",
      cidrv4: "\u03B5\u03CD\u03C1\u03BF\u03C2 IPv4",
      cidrv6: "\u03B5\u03CD\u03C1\u03BF\u03C2 IPv6",
      base64:
        "\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7 \u03C3\u03B5 base64",
      base64url:
        "\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7 \u03C3\u03B5 base64url",
      json_string: "\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC JSON",
      e164: "\u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 E.164",
      credit_card:
        "\u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 \u03C0\u03B9\u03C3\u03C4\u03C9\u03C4\u03B9\u03BA\u03AE\u03C2 \u03BA\u03AC\u03C1\u03C4\u03B1\u03C2",
      currency_code:
        "\u03BA\u03C9\u03B4\u03B9\u03BA\u03CC\u03C2 \u03BD\u03BF\u03BC\u03AF\u03C3\u03BC\u03B1\u03C4\u03BF\u03C2",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return typeof t.expected == "string" && /^[A-Z]/.test(t.expected)
          ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD instanceof ${t.expected}, \u03BB\u03AE\u03C6\u03B8\u03B7\u03BA\u03B5 ${u}`
          : `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${n}, \u03BB\u03AE\u03C6\u03B8\u03B7\u03BA\u03B5 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${h(t.values[0])}`
          : `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD \u03AD\u03BD\u03B1 \u03B1\u03C0\u03CC ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u03A0\u03BF\u03BB\u03CD \u03BC\u03B5\u03B3\u03AC\u03BB\u03BF: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${t.origin ?? "\u03C4\u03B9\u03BC\u03AE"} \u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9 ${n}${t.maximum.toString()} ${a.unit ?? "\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1"}`
          : `\u03A0\u03BF\u03BB\u03CD \u03BC\u03B5\u03B3\u03AC\u03BB\u03BF: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${t.origin ?? "\u03C4\u03B9\u03BC\u03AE"} \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u03A0\u03BF\u03BB\u03CD \u03BC\u03B9\u03BA\u03C1\u03CC: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${t.origin} \u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9 ${n}${t.minimum.toString()} ${a.unit}`
          : `\u03A0\u03BF\u03BB\u03CD \u03BC\u03B9\u03BA\u03C1\u03CC: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${t.origin} \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AC \u03BC\u03B5 "${n.prefix}"`
          : n.format === "ends_with"
            ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03B5\u03BB\u03B5\u03B9\u03CE\u03BD\u03B5\u03B9 \u03BC\u03B5 "${n.suffix}"`
            : n.format === "includes"
              ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C0\u03B5\u03C1\u03B9\u03AD\u03C7\u03B5\u03B9 "${n.includes}"`
              : n.format === "regex"
                ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03B1\u03B9\u03C1\u03B9\u03AC\u03B6\u03B5\u03B9 \u03BC\u03B5 \u03C4\u03BF \u03BC\u03BF\u03C4\u03AF\u03B2\u03BF ${n.pattern}`
                : `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF: ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF\u03C2 \u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C0\u03BF\u03BB\u03BB\u03B1\u03C0\u03BB\u03AC\u03C3\u03B9\u03BF \u03C4\u03BF\u03C5 ${t.divisor}`;
      case "unrecognized_keys":
        return `\u0386\u03B3\u03BD\u03C9\u03C3\u03C4${t.keys.length > 1 ? "\u03B1" : "\u03BF"} \u03BA\u03BB\u03B5\u03B9\u03B4${t.keys.length > 1 ? "\u03B9\u03AC" : "\u03AF"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF \u03BA\u03BB\u03B5\u03B9\u03B4\u03AF \u03C3\u03C4\u03BF ${t.origin}`;
      case "invalid_union":
        return "\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2";
      case "invalid_element":
        return `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C4\u03B9\u03BC\u03AE \u03C3\u03C4\u03BF ${t.origin}`;
      default:
        return "\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2";
    }
  };
};
function _d() {
  return { localeError: $v() };
}
var hv = () => {
  const e = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" },
  };
  function r(n) {
    return e[n] ?? null;
  }
  const i = {
      regex: "input",
      email: "email address",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO datetime",
      date: "ISO date",
      time: "ISO time",
      duration: "ISO duration",
      ipv4: "IPv4 address",
      ipv6: "IPv6 address",
      mac: "MAC address",
      cidrv4: "IPv4 range",
      cidrv6: "IPv6 range",
      base64: "base64-encoded string",
      base64url: "base64url-encoded string",
      json_string: "JSON string",
      e164: "E.164 number",
      currency_code: "currency code",
      credit_card: "credit card number",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input",
    },
    o = { nan: "NaN" };
  function t(n, a) {
    return n === "number" && typeof a == "number" && !Number.isFinite(a) ? String(a) : (o[n] ?? n);
  }
  return (n) => {
    switch (n.code) {
      case "invalid_type": {
        const a = t(n.expected),
          u = y(n.input),
          s = t(u, n.input);
        return `Invalid input: expected ${a}, received ${s}`;
      }
      case "invalid_value":
        return n.values.length === 1
          ? `Invalid input: expected ${h(n.values[0])}`
          : `Invalid option: expected one of ${g(n.values, "|")}`;
      case "too_big": {
        const a = n.exact ? "exactly " : n.inclusive ? "<=" : "<",
          u = r(n.origin);
        return u
          ? `Too big: expected ${n.origin ?? "value"} to have ${a}${n.maximum.toString()} ${u.unit ?? "elements"}`
          : `Too big: expected ${n.origin ?? "value"} to be ${a}${n.maximum.toString()}`;
      }
      case "too_small": {
        const a = n.exact ? "exactly " : n.inclusive ? ">=" : ">",
          u = r(n.origin);
        return u
          ? `Too small: expected ${n.origin} to have ${a}${n.minimum.toString()} ${u.unit}`
          : `Too small: expected ${n.origin} to be ${a}${n.minimum.toString()}`;
      }
      case "invalid_format": {
        const a = n;
        return a.format === "starts_with"
          ? `Invalid string: must start with "${a.prefix}"`
          : a.format === "ends_with"
            ? `Invalid string: must end with "${a.suffix}"`
            : a.format === "includes"
              ? `Invalid string: must include "${a.includes}"`
              : a.format === "regex"
                ? `Invalid string: must match pattern ${a.pattern}`
                : `Invalid ${i[a.format] ?? n.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${n.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${n.keys.length > 1 ? "s" : ""}: ${g(n.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${n.origin}`;
      case "invalid_union":
        return n.options && Array.isArray(n.options) && n.options.length > 0
          ? `Invalid discriminator value. Expected ${n.options.map((u) => `'${u}'`).join(" | ")}`
          : n.inclusive === !1
            ? "Invalid input: more than one option matched"
            : "Invalid input";
      case "invalid_element":
        return `Invalid value in ${n.origin}`;
      default:
        return "Invalid input";
    }
  };
};
function An() {
  return { localeError: hv() };
}
var yv = () => {
  const e = {
    string: { unit: "karaktrojn", verb: "havi" },
    file: { unit: "bajtojn", verb: "havi" },
    array: { unit: "elementojn", verb: "havi" },
    set: { unit: "elementojn", verb: "havi" },
    map: { unit: "elementojn", verb: "havi" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "enigo",
      email: "retadreso",
      url: "URL",
      emoji: "emo\u011Dio",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO-datotempo",
      date: "ISO-dato",
      time: "ISO-tempo",
      duration: "ISO-da\u016Dro",
      ipv4: "IPv4-adreso",
      ipv6: "IPv6-adreso",
      mac: "MAC-adreso",
      cidrv4: "IPv4-rango",
      cidrv6: "IPv6-rango",
      base64: "64-ume kodita karaktraro",
      base64url: "URL-64-ume kodita karaktraro",
      json_string: "JSON-karaktraro",
      e164: "E.164-nombro",
      credit_card: "kreditkarta numero",
      currency_code: "valuta kodo",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "enigo",
    },
    o = { nan: "NaN", number: "nombro", array: "tabelo", null: "senvalora" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Nevalida enigo: atendi\u011Dis instanceof ${t.expected}, ricevi\u011Dis ${u}`
          : `Nevalida enigo: atendi\u011Dis ${n}, ricevi\u011Dis ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Nevalida enigo: atendi\u011Dis ${h(t.values[0])}`
          : `Nevalida opcio: atendi\u011Dis unu el ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Tro granda: atendi\u011Dis ke ${t.origin ?? "valoro"} havu ${n}${t.maximum.toString()} ${a.unit ?? "elementojn"}`
          : `Tro granda: atendi\u011Dis ke ${t.origin ?? "valoro"} havu ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Tro malgranda: atendi\u011Dis ke ${t.origin} havu ${n}${t.minimum.toString()} ${a.unit}`
          : `Tro malgranda: atendi\u011Dis ke ${t.origin} estu ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Nevalida karaktraro: devas komenci\u011Di per "${n.prefix}"`
          : n.format === "ends_with"
            ? `Nevalida karaktraro: devas fini\u011Di per "${n.suffix}"`
            : n.format === "includes"
              ? `Nevalida karaktraro: devas inkluzivi "${n.includes}"`
              : n.format === "regex"
                ? `Nevalida karaktraro: devas kongrui kun la modelo ${n.pattern}`
                : `Nevalida ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Nevalida nombro: devas esti oblo de ${t.divisor}`;
      case "unrecognized_keys":
        return `Nekonata${t.keys.length > 1 ? "j" : ""} \u015Dlosilo${t.keys.length > 1 ? "j" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Nevalida \u015Dlosilo en ${t.origin}`;
      case "invalid_union":
        return "Nevalida enigo";
      case "invalid_element":
        return `Nevalida valoro en ${t.origin}`;
      default:
        return "Nevalida enigo";
    }
  };
};
function bd() {
  return { localeError: yv() };
}
var _v = () => {
  const e = {
    string: { unit: "caracteres", verb: "tener" },
    file: { unit: "bytes", verb: "tener" },
    array: { unit: "elementos", verb: "tener" },
    set: { unit: "elementos", verb: "tener" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "entrada",
      email: "direcci\xF3n de correo electr\xF3nico",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "fecha y hora ISO",
      date: "fecha ISO",
      time: "hora ISO",
      duration: "duraci\xF3n ISO",
      ipv4: "direcci\xF3n IPv4",
      ipv6: "direcci\xF3n IPv6",
      mac: "direcci\xF3n MAC",
      cidrv4: "rango IPv4",
      cidrv6: "rango IPv6",
      base64: "cadena codificada en base64",
      base64url: "URL codificada en base64",
      json_string: "cadena JSON",
      e164: "n\xFAmero E.164",
      credit_card: "n\xFAmero de tarjeta de cr\xE9dito",
      currency_code: "c\xF3digo de moneda",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "entrada",
    },
    o = {
      nan: "NaN",
      string: "texto",
      number: "n\xFAmero",
      boolean: "booleano",
      array: "arreglo",
      object: "objeto",
      set: "conjunto",
      file: "archivo",
      date: "fecha",
      bigint: "n\xFAmero grande",
      symbol: "s\xEDmbolo",
      undefined: "indefinido",
      null: "nulo",
      function: "funci\xF3n",
      map: "mapa",
      record: "registro",
      tuple: "tupla",
      enum: "enumeraci\xF3n",
      union: "uni\xF3n",
      literal: "literal",
      promise: "promesa",
      void: "vac\xEDo",
      never: "nunca",
      unknown: "desconocido",
      any: "cualquiera",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Entrada inv\xE1lida: se esperaba instanceof ${t.expected}, recibido ${u}`
          : `Entrada inv\xE1lida: se esperaba ${n}, recibido ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Entrada inv\xE1lida: se esperaba ${h(t.values[0])}`
          : `Opci\xF3n inv\xE1lida: se esperaba una de ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin),
          u = o[t.origin] ?? t.origin;
        return a
          ? `Demasiado grande: se esperaba que ${u ?? "valor"} tuviera ${n}${t.maximum.toString()} ${a.unit ?? "elementos"}`
          : `Demasiado grande: se esperaba que ${u ?? "valor"} fuera ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin),
          u = o[t.origin] ?? t.origin;
        return a
          ? `Demasiado peque\xF1o: se esperaba que ${u} tuviera ${n}${t.minimum.toString()} ${a.unit}`
          : `Demasiado peque\xF1o: se esperaba que ${u} fuera ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Cadena inv\xE1lida: debe comenzar con "${n.prefix}"`
          : n.format === "ends_with"
            ? `Cadena inv\xE1lida: debe terminar en "${n.suffix}"`
            : n.format === "includes"
              ? `Cadena inv\xE1lida: debe incluir "${n.includes}"`
              : n.format === "regex"
                ? `Cadena inv\xE1lida: debe coincidir con el patr\xF3n ${n.pattern}`
                : `Inv\xE1lido ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `N\xFAmero inv\xE1lido: debe ser m\xFAltiplo de ${t.divisor}`;
      case "unrecognized_keys":
        return `Llave${t.keys.length > 1 ? "s" : ""} desconocida${t.keys.length > 1 ? "s" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Llave inv\xE1lida en ${o[t.origin] ?? t.origin}`;
      case "invalid_union":
        return "Entrada inv\xE1lida";
      case "invalid_element":
        return `Valor inv\xE1lido en ${o[t.origin] ?? t.origin}`;
      default:
        return "Entrada inv\xE1lida";
    }
  };
};
function kd() {
  return { localeError: _v() };
}
var bv = () => {
  const e = {
    string: {
      unit: "\u06A9\u0627\u0631\u0627\u06A9\u062A\u0631",
      verb: "\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F",
    },
    file: {
      unit: "\u0628\u0627\u06CC\u062A",
      verb: "\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F",
    },
    array: {
      unit: "\u0622\u06CC\u062A\u0645",
      verb: "\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F",
    },
    set: {
      unit: "\u0622\u06CC\u062A\u0645",
      verb: "\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F",
    },
    map: {
      unit: "\u0622\u06CC\u062A\u0645",
      verb: "\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0648\u0631\u0648\u062F\u06CC",
      email: "\u0622\u062F\u0631\u0633 \u0627\u06CC\u0645\u06CC\u0644",
      url: "URL",
      emoji: "\u0627\u06CC\u0645\u0648\u062C\u06CC",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime:
        "\u062A\u0627\u0631\u06CC\u062E \u0648 \u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",
      date: "\u062A\u0627\u0631\u06CC\u062E \u0627\u06CC\u0632\u0648",
      time: "\u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",
      duration: "\u0645\u062F\u062A \u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",
      ipv4: "IPv4 \u0622\u062F\u0631\u0633",
      ipv6: "IPv6 \u0622\u062F\u0631\u0633",
      mac: "MAC \u0622\u062F\u0631\u0633",
      cidrv4: "IPv4 \u062F\u0627\u0645\u0646\u0647",
      cidrv6: "IPv6 \u062F\u0627\u0645\u0646\u0647",
      base64: "base64-encoded \u0631\u0634\u062A\u0647",
      base64url: "base64url-encoded \u0631\u0634\u062A\u0647",
      json_string: "JSON \u0631\u0634\u062A\u0647",
      e164: "E.164 \u0639\u062F\u062F",
      credit_card:
        "\u0634\u0645\u0627\u0631\u0647 \u06A9\u0627\u0631\u062A \u0627\u0639\u062A\u0628\u0627\u0631\u06CC",
      currency_code: "\u06A9\u062F \u0627\u0631\u0632",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0648\u0631\u0648\u062F\u06CC",
    },
    o = { nan: "NaN", number: "\u0639\u062F\u062F", array: "\u0622\u0631\u0627\u06CC\u0647" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A instanceof ${t.expected} \u0645\u06CC\u200C\u0628\u0648\u062F\u060C ${u} \u062F\u0631\u06CC\u0627\u0641\u062A \u0634\u062F`
          : `\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A ${n} \u0645\u06CC\u200C\u0628\u0648\u062F\u060C ${u} \u062F\u0631\u06CC\u0627\u0641\u062A \u0634\u062F`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A ${h(t.values[0])} \u0645\u06CC\u200C\u0628\u0648\u062F`
          : `\u06AF\u0632\u06CC\u0646\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A \u06CC\u06A9\u06CC \u0627\u0632 ${g(t.values, "|")} \u0645\u06CC\u200C\u0628\u0648\u062F`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u062E\u06CC\u0644\u06CC \u0628\u0632\u0631\u06AF: ${t.origin ?? "\u0645\u0642\u062F\u0627\u0631"} \u0628\u0627\u06CC\u062F ${n}${t.maximum.toString()} ${a.unit ?? "\u0639\u0646\u0635\u0631"} \u0628\u0627\u0634\u062F`
          : `\u062E\u06CC\u0644\u06CC \u0628\u0632\u0631\u06AF: ${t.origin ?? "\u0645\u0642\u062F\u0627\u0631"} \u0628\u0627\u06CC\u062F ${n}${t.maximum.toString()} \u0628\u0627\u0634\u062F`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u062E\u06CC\u0644\u06CC \u06A9\u0648\u0686\u06A9: ${t.origin} \u0628\u0627\u06CC\u062F ${n}${t.minimum.toString()} ${a.unit} \u0628\u0627\u0634\u062F`
          : `\u062E\u06CC\u0644\u06CC \u06A9\u0648\u0686\u06A9: ${t.origin} \u0628\u0627\u06CC\u062F ${n}${t.minimum.toString()} \u0628\u0627\u0634\u062F`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 "${n.prefix}" \u0634\u0631\u0648\u0639 \u0634\u0648\u062F`
          : n.format === "ends_with"
            ? `\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 "${n.suffix}" \u062A\u0645\u0627\u0645 \u0634\u0648\u062F`
            : n.format === "includes"
              ? `\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0634\u0627\u0645\u0644 "${n.includes}" \u0628\u0627\u0634\u062F`
              : n.format === "regex"
                ? `\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 \u0627\u0644\u06AF\u0648\u06CC ${n.pattern} \u0645\u0637\u0627\u0628\u0642\u062A \u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F`
                : `${i[n.format] ?? t.format} \u0646\u0627\u0645\u0639\u062A\u0628\u0631`;
      }
      case "not_multiple_of":
        return `\u0639\u062F\u062F \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0645\u0636\u0631\u0628 ${t.divisor} \u0628\u0627\u0634\u062F`;
      case "unrecognized_keys":
        return `\u06A9\u0644\u06CC\u062F${t.keys.length > 1 ? "\u0647\u0627\u06CC" : ""} \u0646\u0627\u0634\u0646\u0627\u0633: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u06A9\u0644\u06CC\u062F \u0646\u0627\u0634\u0646\u0627\u0633 \u062F\u0631 ${t.origin}`;
      case "invalid_union":
        return "\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631";
      case "invalid_element":
        return `\u0645\u0642\u062F\u0627\u0631 \u0646\u0627\u0645\u0639\u062A\u0628\u0631 \u062F\u0631 ${t.origin}`;
      default:
        return "\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631";
    }
  };
};
function xd() {
  return { localeError: bv() };
}
var kv = () => {
  const e = {
    string: { unit: "merkki\xE4", subject: "merkkijonon" },
    file: { unit: "tavua", subject: "tiedoston" },
    array: { unit: "alkiota", subject: "listan" },
    set: { unit: "alkiota", subject: "joukon" },
    map: { unit: "alkiota", subject: "kuvauksen" },
    number: { unit: "", subject: "luvun" },
    bigint: { unit: "", subject: "suuren kokonaisluvun" },
    int: { unit: "", subject: "kokonaisluvun" },
    date: { unit: "", subject: "p\xE4iv\xE4m\xE4\xE4r\xE4n" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "s\xE4\xE4nn\xF6llinen lauseke",
      email: "s\xE4hk\xF6postiosoite",
      url: "URL-osoite",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO-aikaleima",
      date: "ISO-p\xE4iv\xE4m\xE4\xE4r\xE4",
      time: "ISO-aika",
      duration: "ISO-kesto",
      ipv4: "IPv4-osoite",
      ipv6: "IPv6-osoite",
      mac: "MAC-osoite",
      cidrv4: "IPv4-alue",
      cidrv6: "IPv6-alue",
      base64: "base64-koodattu merkkijono",
      base64url: "base64url-koodattu merkkijono",
      json_string: "JSON-merkkijono",
      e164: "E.164-luku",
      credit_card: "luottokortin numero",
      currency_code: "valuuttakoodi",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "templaattimerkkijono",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Virheellinen tyyppi: odotettiin instanceof ${t.expected}, oli ${u}`
          : `Virheellinen tyyppi: odotettiin ${n}, oli ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Virheellinen sy\xF6te: t\xE4ytyy olla ${h(t.values[0])}`
          : `Virheellinen valinta: t\xE4ytyy olla yksi seuraavista: ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Liian suuri: ${a.subject} t\xE4ytyy olla ${n}${t.maximum.toString()} ${a.unit}`.trim()
          : `Liian suuri: arvon t\xE4ytyy olla ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Liian pieni: ${a.subject} t\xE4ytyy olla ${n}${t.minimum.toString()} ${a.unit}`.trim()
          : `Liian pieni: arvon t\xE4ytyy olla ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Virheellinen sy\xF6te: t\xE4ytyy alkaa "${n.prefix}"`
          : n.format === "ends_with"
            ? `Virheellinen sy\xF6te: t\xE4ytyy loppua "${n.suffix}"`
            : n.format === "includes"
              ? `Virheellinen sy\xF6te: t\xE4ytyy sis\xE4lt\xE4\xE4 "${n.includes}"`
              : n.format === "regex"
                ? `Virheellinen sy\xF6te: t\xE4ytyy vastata s\xE4\xE4nn\xF6llist\xE4 lauseketta ${n.pattern}`
                : `Virheellinen ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Virheellinen luku: t\xE4ytyy olla luvun ${t.divisor} monikerta`;
      case "unrecognized_keys":
        return `${t.keys.length > 1 ? "Tuntemattomat avaimet" : "Tuntematon avain"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return "Virheellinen avain tietueessa";
      case "invalid_union":
        return "Virheellinen unioni";
      case "invalid_element":
        return "Virheellinen arvo joukossa";
      default:
        return "Virheellinen sy\xF6te";
    }
  };
};
function Id() {
  return { localeError: kv() };
}
var xv = () => {
  const e = {
    string: { unit: "caract\xE8res", verb: "avoir" },
    file: { unit: "octets", verb: "avoir" },
    array: { unit: "\xE9l\xE9ments", verb: "avoir" },
    set: { unit: "\xE9l\xE9ments", verb: "avoir" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "expression r\xE9guli\xE8re",
      email: "adresse e-mail",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "date et heure ISO",
      date: "date ISO",
      time: "heure ISO",
      duration: "dur\xE9e ISO",
      ipv4: "adresse IPv4",
      ipv6: "adresse IPv6",
      mac: "adresse MAC",
      cidrv4: "plage IPv4",
      cidrv6: "plage IPv6",
      base64: "cha\xEEne de caract\xE8res encod\xE9e en base64",
      base64url: "cha\xEEne de caract\xE8res encod\xE9e en base64url",
      json_string: "cha\xEEne de caract\xE8res JSON",
      e164: "num\xE9ro au format E.164",
      credit_card: "num\xE9ro de carte de cr\xE9dit",
      currency_code: "code de devise",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "entr\xE9e",
    },
    o = {
      string: "cha\xEEne de caract\xE8res",
      number: "nombre",
      int: "entier",
      boolean: "bool\xE9en",
      bigint: "grand entier",
      symbol: "symbole",
      undefined: "ind\xE9fini",
      null: "null",
      never: "jamais",
      void: "vide",
      date: "date",
      array: "tableau",
      object: "objet",
      tuple: "tuple",
      record: "record",
      map: "map",
      set: "ensemble",
      file: "fichier",
      nonoptional: "non optionnel",
      nan: "NaN",
      function: "fonction",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Entr\xE9e invalide : instance de ${t.expected} attendu, ${u} re\xE7u`
          : `Entr\xE9e invalide : ${n} attendu, ${u} re\xE7u`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Entr\xE9e invalide : ${h(t.values[0])} attendu`
          : `Option invalide : une valeur parmi ${g(t.values, "|")} attendue`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Trop grand : ${o[t.origin] ?? "valeur"} doit ${a.verb} ${n}${t.maximum.toString()} ${a.unit ?? "\xE9l\xE9ment(s)"}`
          : `Trop grand : ${o[t.origin] ?? "valeur"} doit \xEAtre ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Trop petit : ${o[t.origin] ?? "valeur"} doit ${a.verb} ${n}${t.minimum.toString()} ${a.unit}`
          : `Trop petit : ${o[t.origin] ?? "valeur"} doit \xEAtre ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Cha\xEEne de caract\xE8res invalide : doit commencer par "${n.prefix}"`
          : n.format === "ends_with"
            ? `Cha\xEEne de caract\xE8res invalide : doit se terminer par "${n.suffix}"`
            : n.format === "includes"
              ? `Cha\xEEne de caract\xE8res invalide : doit inclure "${n.includes}"`
              : n.format === "regex"
                ? `Cha\xEEne de caract\xE8res invalide : doit correspondre au motif ${n.pattern}`
                : `${i[n.format] ?? t.format} invalide`;
      }
      case "not_multiple_of":
        return `Nombre invalide : doit \xEAtre un multiple de ${t.divisor}`;
      case "unrecognized_keys":
        return `Cl\xE9${t.keys.length > 1 ? "s" : ""} non reconnue${t.keys.length > 1 ? "s" : ""} : ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Cl\xE9 invalide dans ${t.origin}`;
      case "invalid_union":
        return "Entr\xE9e invalide";
      case "invalid_element":
        return `Valeur invalide dans ${t.origin}`;
      default:
        return "Entr\xE9e invalide";
    }
  };
};
function wd() {
  return { localeError: xv() };
}
var Iv = () => {
  const e = {
    string: { unit: "caract\xE8res", verb: "avoir" },
    file: { unit: "octets", verb: "avoir" },
    array: { unit: "\xE9l\xE9ments", verb: "avoir" },
    set: { unit: "\xE9l\xE9ments", verb: "avoir" },
    map: { unit: "\xE9l\xE9ments", verb: "avoir" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "entr\xE9e",
      email: "adresse courriel",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "date-heure ISO",
      date: "date ISO",
      time: "heure ISO",
      duration: "dur\xE9e ISO",
      ipv4: "adresse IPv4",
      ipv6: "adresse IPv6",
      mac: "adresse MAC",
      cidrv4: "plage IPv4",
      cidrv6: "plage IPv6",
      base64: "cha\xEEne encod\xE9e en base64",
      base64url: "cha\xEEne encod\xE9e en base64url",
      json_string: "cha\xEEne JSON",
      e164: "num\xE9ro E.164",
      credit_card: "num\xE9ro de carte de cr\xE9dit",
      currency_code: "code de devise",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "entr\xE9e",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Entr\xE9e invalide : attendu instanceof ${t.expected}, re\xE7u ${u}`
          : `Entr\xE9e invalide : attendu ${n}, re\xE7u ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Entr\xE9e invalide : attendu ${h(t.values[0])}`
          : `Option invalide : attendu l'une des valeurs suivantes ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "\u2264" : "<",
          a = r(t.origin);
        return a
          ? `Trop grand : attendu que ${t.origin ?? "la valeur"} ait ${n}${t.maximum.toString()} ${a.unit}`
          : `Trop grand : attendu que ${t.origin ?? "la valeur"} soit ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? "\u2265" : ">",
          a = r(t.origin);
        return a
          ? `Trop petit : attendu que ${t.origin} ait ${n}${t.minimum.toString()} ${a.unit}`
          : `Trop petit : attendu que ${t.origin} soit ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Cha\xEEne invalide : doit commencer par "${n.prefix}"`
          : n.format === "ends_with"
            ? `Cha\xEEne invalide : doit se terminer par "${n.suffix}"`
            : n.format === "includes"
              ? `Cha\xEEne invalide : doit inclure "${n.includes}"`
              : n.format === "regex"
                ? `Cha\xEEne invalide : doit correspondre au motif ${n.pattern}`
                : `${i[n.format] ?? t.format} invalide`;
      }
      case "not_multiple_of":
        return `Nombre invalide : doit \xEAtre un multiple de ${t.divisor}`;
      case "unrecognized_keys":
        return `Cl\xE9${t.keys.length > 1 ? "s" : ""} non reconnue${t.keys.length > 1 ? "s" : ""} : ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Cl\xE9 invalide dans ${t.origin}`;
      case "invalid_union":
        return "Entr\xE9e invalide";
      case "invalid_element":
        return `Valeur invalide dans ${t.origin}`;
      default:
        return "Entr\xE9e invalide";
    }
  };
};
function zd() {
  return { localeError: Iv() };
}
var wv = () => {
  const e = {
    string: {
      unit: "\u0A85\u0A95\u0ACD\u0AB7\u0AB0",
      verb: "\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F",
    },
    file: {
      unit: "\u0AAC\u0ABE\u0AAF\u0A9F",
      verb: "\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F",
    },
    array: {
      unit: "\u0A86\u0A87\u0A9F\u0AAE",
      verb: "\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F",
    },
    set: {
      unit: "\u0A86\u0A87\u0A9F\u0AAE",
      verb: "\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F",
    },
    map: {
      unit: "\u0A8F\u0AA8\u0ACD\u0A9F\u0ACD\u0AB0\u0AC0",
      verb: "\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0A87\u0AA8\u0AAA\u0AC1\u0A9F",
      email: "\u0A88\u0AAE\u0AC7\u0A87\u0AB2 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",
      url: "URL",
      emoji: "\u0A87\u0AAE\u0ACB\u0A9C\u0AC0",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u0AA4\u0ABE\u0AB0\u0AC0\u0A96 \u0A85\u0AA8\u0AC7 \u0AB8\u0AAE\u0AAF",
      date: "ISO \u0AA4\u0ABE\u0AB0\u0AC0\u0A96",
      time: "ISO \u0AB8\u0AAE\u0AAF",
      duration: "ISO \u0A85\u0AB5\u0AA7\u0ABF",
      ipv4: "IPv4 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",
      ipv6: "IPv6 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",
      mac: "MAC \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",
      cidrv4: "IPv4 \u0AB6\u0ACD\u0AB0\u0AC7\u0AA3\u0AC0",
      cidrv6: "IPv6 \u0AB6\u0ACD\u0AB0\u0AC7\u0AA3\u0AC0",
      base64:
        "base64-\u0A8F\u0AA8\u0ACD\u0A95\u0ACB\u0AA1\u0AC7\u0AA1 \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",
      base64url:
        "base64url-\u0A8F\u0AA8\u0ACD\u0A95\u0ACB\u0AA1\u0AC7\u0AA1 \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",
      json_string: "JSON \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",
      e164: "E.164 \u0AA8\u0A82\u0AAC\u0AB0",
      credit_card:
        "\u0A95\u0ACD\u0AB0\u0AC7\u0AA1\u0ABF\u0A9F \u0A95\u0ABE\u0AB0\u0ACD\u0AA1 \u0AA8\u0A82\u0AAC\u0AB0",
      currency_code: "\u0A9A\u0AB2\u0AA3 \u0A95\u0ACB\u0AA1",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0A87\u0AA8\u0AAA\u0AC1\u0A9F",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F: \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${n}, \u0AAA\u0ACD\u0AB0\u0ABE\u0AAA\u0ACD\u0AA4 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F: \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${h(t.values[0])}`
          : `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB5\u0ABF\u0A95\u0AB2\u0ACD\u0AAA: ${g(t.values, " | ")} \u0AAE\u0ABE\u0AA7\u0ACD\u0AAF\u0AAE\u0AA5\u0AC0 \u0A8F\u0A95 \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u0A96\u0AC2\u0AAC \u0AAE\u0ACB\u0A9F\u0AC1\u0A82: ${t.origin ?? "\u0AAE\u0AC2\u0AB2\u0ACD\u0AAF"} ${n}${t.maximum.toString()} ${a.unit ?? "\u0A8F\u0AB2\u0ABF\u0AAE\u0AC7\u0AA8\u0ACD\u0A9F"} \u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F`
          : `\u0A96\u0AC2\u0AAC \u0AAE\u0ACB\u0A9F\u0AC1\u0A82: ${t.origin ?? "\u0AAE\u0AC2\u0AB2\u0ACD\u0AAF"} ${n}${t.maximum.toString()} \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u0A96\u0AC2\u0AAC \u0AA8\u0ABE\u0AA8\u0AC1\u0A82: ${t.origin} ${n}${t.minimum.toString()} ${a.unit} \u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F`
          : `\u0A96\u0AC2\u0AAC \u0AA8\u0ABE\u0AA8\u0AC1\u0A82: ${t.origin} ${n}${t.minimum.toString()} \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${n.prefix}" \u0AA5\u0AC0 \u0AB6\u0AB0\u0AC2 \u0AA5\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`
          : n.format === "ends_with"
            ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${n.suffix}" \u0AAA\u0AB0 \u0AB8\u0AAE\u0ABE\u0AAA\u0ACD\u0AA4 \u0AA5\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`
            : n.format === "includes"
              ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${n.includes}" \u0AB6\u0ABE\u0AAE\u0AC7\u0AB2 \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`
              : n.format === "regex"
                ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: \u0AAA\u0AC7\u0A9F\u0AB0\u0ACD\u0AA8 ${n.pattern} \u0AB8\u0ABE\u0AA5\u0AC7 \u0AAE\u0AC7\u0AB3 \u0A96\u0ABE\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`
                : `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AA8\u0A82\u0AAC\u0AB0: ${t.divisor} \u0AA8\u0ACB \u0A97\u0AC1\u0AA3\u0ABE\u0A82\u0A95 \u0AB9\u0ACB\u0AB5\u0ACB \u0A9C\u0ACB\u0A88\u0A8F`;
      case "unrecognized_keys":
        return `\u0A93\u0AB3\u0A96\u0AC0 \u0AB6\u0A95\u0ABE\u0AA4\u0ABE \u0AA8\u0AB9\u0AC0\u0A82 \u0AA4\u0AC7 \u0A95\u0AC0${t.keys.length > 1 ? "\u0A93" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `${t.origin} \u0AAE\u0ABE\u0A82 \u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A95\u0AC0`;
      case "invalid_union":
        return t.options && Array.isArray(t.options) && t.options.length > 0
          ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AA1\u0ABF\u0AB8\u0ACD\u0A95\u0ACD\u0AB0\u0ABF\u0AAE\u0ABF\u0AA8\u0AC7\u0A9F\u0AB0 \u0AAE\u0AC2\u0AB2\u0ACD\u0AAF. \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${t.options.map((a) => `'${a}'`).join(" | ")}`
          : "\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F";
      case "invalid_element":
        return `${t.origin} \u0AAE\u0ABE\u0A82 \u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AAE\u0AC2\u0AB2\u0ACD\u0AAF`;
      default:
        return "\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F";
    }
  };
};
function Sd() {
  return { localeError: wv() };
}
var zv = () => {
  const e = {
      string: { label: "\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA", gender: "f" },
      number: { label: "\u05DE\u05E1\u05E4\u05E8", gender: "m" },
      boolean: {
        label: "\u05E2\u05E8\u05DA \u05D1\u05D5\u05DC\u05D9\u05D0\u05E0\u05D9",
        gender: "m",
      },
      bigint: { label: "BigInt", gender: "m" },
      date: { label: "\u05EA\u05D0\u05E8\u05D9\u05DA", gender: "m" },
      array: { label: "\u05DE\u05E2\u05E8\u05DA", gender: "m" },
      object: { label: "\u05D0\u05D5\u05D1\u05D9\u05D9\u05E7\u05D8", gender: "m" },
      null: { label: "\u05E2\u05E8\u05DA \u05E8\u05D9\u05E7 (null)", gender: "m" },
      undefined: {
        label: "\u05E2\u05E8\u05DA \u05DC\u05D0 \u05DE\u05D5\u05D2\u05D3\u05E8 (undefined)",
        gender: "m",
      },
      symbol: { label: "\u05E1\u05D9\u05DE\u05D1\u05D5\u05DC (Symbol)", gender: "m" },
      function: { label: "\u05E4\u05D5\u05E0\u05E7\u05E6\u05D9\u05D4", gender: "f" },
      map: { label: "\u05DE\u05E4\u05D4 (Map)", gender: "f" },
      set: { label: "\u05E7\u05D1\u05D5\u05E6\u05D4 (Set)", gender: "f" },
      file: { label: "\u05E7\u05D5\u05D1\u05E5", gender: "m" },
      promise: { label: "Promise", gender: "m" },
      NaN: { label: "NaN", gender: "m" },
      unknown: { label: "\u05E2\u05E8\u05DA \u05DC\u05D0 \u05D9\u05D3\u05D5\u05E2", gender: "m" },
      value: { label: "\u05E2\u05E8\u05DA", gender: "m" },
    },
    r = {
      string: {
        unit: "\u05EA\u05D5\u05D5\u05D9\u05DD",
        shortLabel: "\u05E7\u05E6\u05E8",
        longLabel: "\u05D0\u05E8\u05D5\u05DA",
      },
      file: {
        unit: "\u05D1\u05D9\u05D9\u05D8\u05D9\u05DD",
        shortLabel: "\u05E7\u05D8\u05DF",
        longLabel: "\u05D2\u05D3\u05D5\u05DC",
      },
      array: {
        unit: "\u05E4\u05E8\u05D9\u05D8\u05D9\u05DD",
        shortLabel: "\u05E7\u05D8\u05DF",
        longLabel: "\u05D2\u05D3\u05D5\u05DC",
      },
      set: {
        unit: "\u05E4\u05E8\u05D9\u05D8\u05D9\u05DD",
        shortLabel: "\u05E7\u05D8\u05DF",
        longLabel: "\u05D2\u05D3\u05D5\u05DC",
      },
      number: { unit: "", shortLabel: "\u05E7\u05D8\u05DF", longLabel: "\u05D2\u05D3\u05D5\u05DC" },
    },
    i = (c) => (c ? e[c] : void 0),
    o = (c) => {
      const l = i(c);
      return l ? l.label : (c ?? e.unknown.label);
    },
    t = (c) => `\u05D4${o(c)}`,
    n = (c) =>
      (i(c)?.gender ?? "m") === "f"
        ? "\u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05D9\u05D5\u05EA"
        : "\u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA",
    a = (c) => (c ? (r[c] ?? null) : null),
    u = {
      regex: { label: "\u05E7\u05DC\u05D8", gender: "m" },
      email: {
        label: "\u05DB\u05EA\u05D5\u05D1\u05EA \u05D0\u05D9\u05DE\u05D9\u05D9\u05DC",
        gender: "f",
      },
      url: { label: "\u05DB\u05EA\u05D5\u05D1\u05EA \u05E8\u05E9\u05EA", gender: "f" },
      emoji: { label: "\u05D0\u05D9\u05DE\u05D5\u05D2'\u05D9", gender: "m" },
      uuid: { label: "UUID", gender: "m" },
      uuidv4: { label: "UUIDv4", gender: "m" },
      uuidv6: { label: "UUIDv6", gender: "m" },
      nanoid: { label: "nanoid", gender: "m" },
      guid: { label: "GUID", gender: "m" },
      cuid: { label: "cuid", gender: "m" },
      cuid2: { label: "cuid2", gender: "m" },
      ulid: { label: "ULID", gender: "m" },
      xid: { label: "XID", gender: "m" },
      ksuid: { label: "KSUID", gender: "m" },
      datetime: {
        label: "\u05EA\u05D0\u05E8\u05D9\u05DA \u05D5\u05D6\u05DE\u05DF ISO",
        gender: "m",
      },
      date: { label: "\u05EA\u05D0\u05E8\u05D9\u05DA ISO", gender: "m" },
      time: { label: "\u05D6\u05DE\u05DF ISO", gender: "m" },
      duration: { label: "\u05DE\u05E9\u05DA \u05D6\u05DE\u05DF ISO", gender: "m" },
      ipv4: { label: "\u05DB\u05EA\u05D5\u05D1\u05EA IPv4", gender: "f" },
      ipv6: { label: "\u05DB\u05EA\u05D5\u05D1\u05EA IPv6", gender: "f" },
      mac: { label: "\u05DB\u05EA\u05D5\u05D1\u05EA MAC", gender: "f" },
      cidrv4: { label: "\u05D8\u05D5\u05D5\u05D7 IPv4", gender: "m" },
      cidrv6: { label: "\u05D8\u05D5\u05D5\u05D7 IPv6", gender: "m" },
      base64: {
        label: "\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D1\u05D1\u05E1\u05D9\u05E1 64",
        gender: "f",
      },
      base64url: {
        label:
          "\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D1\u05D1\u05E1\u05D9\u05E1 64 \u05DC\u05DB\u05EA\u05D5\u05D1\u05D5\u05EA \u05E8\u05E9\u05EA",
        gender: "f",
      },
      json_string: { label: "\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA JSON", gender: "f" },
      e164: { label: "\u05DE\u05E1\u05E4\u05E8 E.164", gender: "m" },
      credit_card: {
        label:
          "\u05DE\u05E1\u05E4\u05E8 \u05DB\u05E8\u05D8\u05D9\u05E1 \u05D0\u05E9\u05E8\u05D0\u05D9",
        gender: "m",
      },
      currency_code: { label: "\u05E7\u05D5\u05D3 \u05DE\u05D8\u05D1\u05E2", gender: "m" },
      iban: { label: "IBAN", gender: "m" },
      jwt: { label: "JWT", gender: "m" },
      template_literal: { label: "\u05E7\u05DC\u05D8", gender: "m" },
      ends_with: { label: "\u05E7\u05DC\u05D8", gender: "m" },
      includes: { label: "\u05E7\u05DC\u05D8", gender: "m" },
      lowercase: { label: "\u05E7\u05DC\u05D8", gender: "m" },
      starts_with: { label: "\u05E7\u05DC\u05D8", gender: "m" },
      uppercase: { label: "\u05E7\u05DC\u05D8", gender: "m" },
    },
    s = { nan: "NaN" };
  return (c) => {
    switch (c.code) {
      case "invalid_type": {
        const l = c.expected,
          d = s[l ?? ""] ?? o(l),
          f = y(c.input),
          m = s[f] ?? e[f]?.label ?? f;
        return /^[A-Z]/.test(c.expected)
          ? `\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA instanceof ${c.expected}, \u05D4\u05EA\u05E7\u05D1\u05DC ${m}`
          : `\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${d}, \u05D4\u05EA\u05E7\u05D1\u05DC ${m}`;
      }
      case "invalid_value": {
        if (c.values.length === 1)
          return `\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05E2\u05E8\u05DA \u05D7\u05D9\u05D9\u05D1 \u05DC\u05D4\u05D9\u05D5\u05EA ${h(c.values[0])}`;
        const l = c.values.map((m) => h(m));
        if (c.values.length === 2)
          return `\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05D0\u05E4\u05E9\u05E8\u05D5\u05D9\u05D5\u05EA \u05D4\u05DE\u05EA\u05D0\u05D9\u05DE\u05D5\u05EA \u05D4\u05DF ${l[0]} \u05D0\u05D5 ${l[1]}`;
        const d = l[l.length - 1];
        return `\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05D0\u05E4\u05E9\u05E8\u05D5\u05D9\u05D5\u05EA \u05D4\u05DE\u05EA\u05D0\u05D9\u05DE\u05D5\u05EA \u05D4\u05DF ${l.slice(0, -1).join(", ")} \u05D0\u05D5 ${d}`;
      }
      case "too_big": {
        const l = a(c.origin),
          d = t(c.origin ?? "value");
        if (c.origin === "string")
          return `${l?.longLabel ?? "\u05D0\u05E8\u05D5\u05DA"} \u05DE\u05D3\u05D9: ${d} \u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05DB\u05D9\u05DC ${c.maximum.toString()} ${l?.unit ?? ""} ${c.inclusive ? "\u05D0\u05D5 \u05E4\u05D7\u05D5\u05EA" : "\u05DC\u05DB\u05DC \u05D4\u05D9\u05D5\u05EA\u05E8"}`.trim();
        if (c.origin === "number") {
          const v = c.inclusive
            ? `\u05E7\u05D8\u05DF \u05D0\u05D5 \u05E9\u05D5\u05D5\u05D4 \u05DC-${c.maximum}`
            : `\u05E7\u05D8\u05DF \u05DE-${c.maximum}`;
          return `\u05D2\u05D3\u05D5\u05DC \u05DE\u05D3\u05D9: ${d} \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${v}`;
        }
        if (c.origin === "array" || c.origin === "set") {
          const v =
              c.origin === "set" ? "\u05E6\u05E8\u05D9\u05DB\u05D4" : "\u05E6\u05E8\u05D9\u05DA",
            _ = c.inclusive
              ? `${c.maximum} ${l?.unit ?? ""} \u05D0\u05D5 \u05E4\u05D7\u05D5\u05EA`
              : `\u05E4\u05D7\u05D5\u05EA \u05DE-${c.maximum} ${l?.unit ?? ""}`;
          return `\u05D2\u05D3\u05D5\u05DC \u05DE\u05D3\u05D9: ${d} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${_}`.trim();
        }
        const f = c.inclusive ? "<=" : "<",
          m = n(c.origin ?? "value");
        return l?.unit
          ? `${l.longLabel} \u05DE\u05D3\u05D9: ${d} ${m} ${f}${c.maximum.toString()} ${l.unit}`
          : `${l?.longLabel ?? "\u05D2\u05D3\u05D5\u05DC"} \u05DE\u05D3\u05D9: ${d} ${m} ${f}${c.maximum.toString()}`;
      }
      case "too_small": {
        const l = a(c.origin),
          d = t(c.origin ?? "value");
        if (c.origin === "string")
          return `${l?.shortLabel ?? "\u05E7\u05E6\u05E8"} \u05DE\u05D3\u05D9: ${d} \u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05DB\u05D9\u05DC ${c.minimum.toString()} ${l?.unit ?? ""} ${c.inclusive ? "\u05D0\u05D5 \u05D9\u05D5\u05EA\u05E8" : "\u05DC\u05E4\u05D7\u05D5\u05EA"}`.trim();
        if (c.origin === "number") {
          const v = c.inclusive
            ? `\u05D2\u05D3\u05D5\u05DC \u05D0\u05D5 \u05E9\u05D5\u05D5\u05D4 \u05DC-${c.minimum}`
            : `\u05D2\u05D3\u05D5\u05DC \u05DE-${c.minimum}`;
          return `\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${d} \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${v}`;
        }
        if (c.origin === "array" || c.origin === "set") {
          const v =
            c.origin === "set" ? "\u05E6\u05E8\u05D9\u05DB\u05D4" : "\u05E6\u05E8\u05D9\u05DA";
          if (c.minimum === 1 && c.inclusive) {
            const k =
              (c.origin === "set",
              "\u05DC\u05E4\u05D7\u05D5\u05EA \u05E4\u05E8\u05D9\u05D8 \u05D0\u05D7\u05D3");
            return `\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${d} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${k}`;
          }
          const _ = c.inclusive
            ? `${c.minimum} ${l?.unit ?? ""} \u05D0\u05D5 \u05D9\u05D5\u05EA\u05E8`
            : `\u05D9\u05D5\u05EA\u05E8 \u05DE-${c.minimum} ${l?.unit ?? ""}`;
          return `\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${d} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${_}`.trim();
        }
        const f = c.inclusive ? ">=" : ">",
          m = n(c.origin ?? "value");
        return l?.unit
          ? `${l.shortLabel} \u05DE\u05D3\u05D9: ${d} ${m} ${f}${c.minimum.toString()} ${l.unit}`
          : `${l?.shortLabel ?? "\u05E7\u05D8\u05DF"} \u05DE\u05D3\u05D9: ${d} ${m} ${f}${c.minimum.toString()}`;
      }
      case "invalid_format": {
        const l = c;
        if (l.format === "starts_with")
          return `\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05EA\u05D7\u05D9\u05DC \u05D1 "${l.prefix}"`;
        if (l.format === "ends_with")
          return `\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05E1\u05EA\u05D9\u05D9\u05DD \u05D1 "${l.suffix}"`;
        if (l.format === "includes")
          return `\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05DB\u05DC\u05D5\u05DC "${l.includes}"`;
        if (l.format === "regex")
          return `\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05EA\u05D0\u05D9\u05DD \u05DC\u05EA\u05D1\u05E0\u05D9\u05EA ${l.pattern}`;
        const d = u[l.format],
          f = d?.label ?? l.format,
          v =
            (d?.gender ?? "m") === "f"
              ? "\u05EA\u05E7\u05D9\u05E0\u05D4"
              : "\u05EA\u05E7\u05D9\u05DF";
        return `${f} \u05DC\u05D0 ${v}`;
      }
      case "not_multiple_of":
        return `\u05DE\u05E1\u05E4\u05E8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D7\u05D9\u05D9\u05D1 \u05DC\u05D4\u05D9\u05D5\u05EA \u05DE\u05DB\u05E4\u05DC\u05D4 \u05E9\u05DC ${c.divisor}`;
      case "unrecognized_keys":
        return `\u05DE\u05E4\u05EA\u05D7${c.keys.length > 1 ? "\u05D5\u05EA" : ""} \u05DC\u05D0 \u05DE\u05D6\u05D5\u05D4${c.keys.length > 1 ? "\u05D9\u05DD" : "\u05D4"}: ${g(c.keys, ", ")}`;
      case "invalid_key":
        return "\u05E9\u05D3\u05D4 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF \u05D1\u05D0\u05D5\u05D1\u05D9\u05D9\u05E7\u05D8";
      case "invalid_union":
        return "\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF";
      case "invalid_element":
        return `\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF \u05D1${t(c.origin ?? "array")}`;
      default:
        return "\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF";
    }
  };
};
function Pd() {
  return { localeError: zv() };
}
var Sv = () => {
  const e = {
    string: {
      unit: "\u0905\u0915\u094D\u0937\u0930",
      verb: "\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F",
    },
    file: {
      unit: "\u092C\u093E\u0907\u091F\u094D\u0938",
      verb: "\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F",
    },
    array: {
      unit: "\u0924\u0924\u094D\u0935",
      verb: "\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F",
    },
    set: {
      unit: "\u0924\u0924\u094D\u0935",
      verb: "\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F",
    },
    map: {
      unit: "\u092A\u094D\u0930\u0935\u093F\u0937\u094D\u091F\u093F\u092F\u093E\u0901",
      verb: "\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0907\u0928\u092A\u0941\u091F",
      email: "\u0908\u092E\u0947\u0932 \u092A\u0924\u093E",
      url: "URL",
      emoji: "\u0907\u092E\u094B\u091C\u0940",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u0924\u093F\u0925\u093F \u0914\u0930 \u0938\u092E\u092F",
      date: "ISO \u0924\u093F\u0925\u093F",
      time: "ISO \u0938\u092E\u092F",
      duration: "ISO \u0905\u0935\u0927\u093F",
      ipv4: "IPv4 \u092A\u0924\u093E",
      ipv6: "IPv6 \u092A\u0924\u093E",
      mac: "MAC \u092A\u0924\u093E",
      cidrv4: "IPv4 \u0936\u094D\u0930\u0947\u0923\u0940",
      cidrv6: "IPv6 \u0936\u094D\u0930\u0947\u0923\u0940",
      base64:
        "Base64-\u090F\u0928\u094D\u0915\u094B\u0921\u0947\u0921 \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",
      base64url:
        "Base64URL-\u090F\u0928\u094D\u0915\u094B\u0921\u0947\u0921 \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",
      json_string: "JSON \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",
      e164: "E.164 \u0938\u0902\u0916\u094D\u092F\u093E",
      credit_card:
        "\u0915\u094D\u0930\u0947\u0921\u093F\u091F \u0915\u093E\u0930\u094D\u0921 \u0938\u0902\u0916\u094D\u092F\u093E",
      currency_code: "\u092E\u0941\u0926\u094D\u0930\u093E \u0915\u094B\u0921",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0907\u0928\u092A\u0941\u091F",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${n}, \u092A\u094D\u0930\u093E\u092A\u094D\u0924 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${h(t.values[0])}`
          : `\u0905\u092E\u093E\u0928\u094D\u092F \u0935\u093F\u0915\u0932\u094D\u092A: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u092E\u093E\u0928\u094B\u0902 \u092E\u0947\u0902 \u0938\u0947 \u090F\u0915 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u092C\u0939\u0941\u0924 \u092C\u0921\u093C\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${t.origin ?? "\u092E\u093E\u0928"} \u092E\u0947\u0902 ${n}${t.maximum} ${a.unit} \u0939\u094B\u0902`
          : `\u092C\u0939\u0941\u0924 \u092C\u0921\u093C\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${t.origin ?? "\u092E\u093E\u0928"} ${n}${t.maximum} \u0939\u094B`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u092C\u0939\u0941\u0924 \u091B\u094B\u091F\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${t.origin} \u092E\u0947\u0902 ${n}${t.minimum} ${a.unit} \u0939\u094B\u0902`
          : `\u092C\u0939\u0941\u0924 \u091B\u094B\u091F\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${t.origin} ${n}${t.minimum} \u0939\u094B`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: "${n.prefix}" \u0938\u0947 \u0936\u0941\u0930\u0942 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`
          : n.format === "ends_with"
            ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: "${n.suffix}" \u092A\u0930 \u0938\u092E\u093E\u092A\u094D\u0924 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`
            : n.format === "includes"
              ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: \u0907\u0938\u092E\u0947\u0902 "${n.includes}" \u0936\u093E\u092E\u093F\u0932 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`
              : n.format === "regex"
                ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: \u092A\u0948\u091F\u0930\u094D\u0928 ${n.pattern} \u0938\u0947 \u092E\u0947\u0932 \u0916\u093E\u0928\u093E \u091A\u093E\u0939\u093F\u090F`
                : `\u0905\u092E\u093E\u0928\u094D\u092F ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u0902\u0916\u094D\u092F\u093E: \u092F\u0939 ${t.divisor} \u0915\u093E \u0917\u0941\u0923\u091C \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`;
      case "unrecognized_keys":
        return `\u0905\u092A\u0930\u093F\u091A\u093F\u0924 \u0915\u0941\u0902\u091C\u0940${t.keys.length > 1 ? "\u092F\u093E\u0901" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0915\u0941\u0902\u091C\u0940: ${t.origin} \u092E\u0947\u0902`;
      case "invalid_union":
        return t.options && Array.isArray(t.options) && t.options.length > 0
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0921\u093F\u0938\u094D\u0915\u094D\u0930\u093F\u092E\u093F\u0928\u0947\u091F\u0930 \u092E\u093E\u0928: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${t.options.map((a) => `'${a}'`).join(" | ")}`
          : "\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F";
      case "invalid_element":
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u092E\u093E\u0928: ${t.origin} \u092E\u0947\u0902`;
      default:
        return "\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F";
    }
  };
};
function Dd() {
  return { localeError: Sv() };
}
var Pv = () => {
  const e = {
    string: { unit: "znakova", verb: "imati" },
    file: { unit: "bajtova", verb: "imati" },
    array: { unit: "stavki", verb: "imati" },
    set: { unit: "stavki", verb: "imati" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "unos",
      email: "email adresa",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO datum i vrijeme",
      date: "ISO datum",
      time: "ISO vrijeme",
      duration: "ISO trajanje",
      ipv4: "IPv4 adresa",
      ipv6: "IPv6 adresa",
      mac: "MAC adresa",
      cidrv4: "IPv4 raspon",
      cidrv6: "IPv6 raspon",
      base64: "base64 kodirani tekst",
      base64url: "base64url kodirani tekst",
      json_string: "JSON tekst",
      e164: "E.164 broj",
      credit_card: "broj kreditne kartice",
      currency_code: "kod valute",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "unos",
    },
    o = {
      nan: "NaN",
      string: "tekst",
      number: "broj",
      boolean: "boolean",
      array: "niz",
      object: "objekt",
      set: "skup",
      file: "datoteka",
      date: "datum",
      bigint: "bigint",
      symbol: "simbol",
      undefined: "undefined",
      null: "null",
      function: "funkcija",
      map: "mapa",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Neispravan unos: o\u010Dekuje se instanceof ${t.expected}, a primljeno je ${u}`
          : `Neispravan unos: o\u010Dekuje se ${n}, a primljeno je ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Neispravna vrijednost: o\u010Dekivano ${h(t.values[0])}`
          : `Neispravna opcija: o\u010Dekivano jedno od ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin),
          u = o[t.origin] ?? t.origin;
        return a
          ? `Preveliko: o\u010Dekivano da ${u ?? "vrijednost"} ima ${n}${t.maximum.toString()} ${a.unit ?? "elemenata"}`
          : `Preveliko: o\u010Dekivano da ${u ?? "vrijednost"} bude ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin),
          u = o[t.origin] ?? t.origin;
        return a
          ? `Premalo: o\u010Dekivano da ${u} ima ${n}${t.minimum.toString()} ${a.unit}`
          : `Premalo: o\u010Dekivano da ${u} bude ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Neispravan tekst: mora zapo\u010Dinjati s "${n.prefix}"`
          : n.format === "ends_with"
            ? `Neispravan tekst: mora zavr\u0161avati s "${n.suffix}"`
            : n.format === "includes"
              ? `Neispravan tekst: mora sadr\u017Eavati "${n.includes}"`
              : n.format === "regex"
                ? `Neispravan tekst: mora odgovarati uzorku ${n.pattern}`
                : `Neispravna ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Neispravan broj: mora biti vi\u0161ekratnik od ${t.divisor}`;
      case "unrecognized_keys":
        return `Neprepoznat${t.keys.length > 1 ? "i klju\u010Devi" : " klju\u010D"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Neispravan klju\u010D u ${o[t.origin] ?? t.origin}`;
      case "invalid_union":
        return "Neispravan unos";
      case "invalid_element":
        return `Neispravna vrijednost u ${o[t.origin] ?? t.origin}`;
      default:
        return "Neispravan unos";
    }
  };
};
function jd() {
  return { localeError: Pv() };
}
var Dv = () => {
  const e = {
    string: { unit: "karakter", verb: "legyen" },
    file: { unit: "byte", verb: "legyen" },
    array: { unit: "elem", verb: "legyen" },
    set: { unit: "elem", verb: "legyen" },
    map: { unit: "elem", verb: "legyen" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "bemenet",
      email: "email c\xEDm",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO id\u0151b\xE9lyeg",
      date: "ISO d\xE1tum",
      time: "ISO id\u0151",
      duration: "ISO id\u0151intervallum",
      ipv4: "IPv4 c\xEDm",
      ipv6: "IPv6 c\xEDm",
      mac: "MAC c\xEDm",
      cidrv4: "IPv4 tartom\xE1ny",
      cidrv6: "IPv6 tartom\xE1ny",
      base64: "base64-k\xF3dolt string",
      base64url: "base64url-k\xF3dolt string",
      json_string: "JSON string",
      e164: "E.164 sz\xE1m",
      credit_card: "hitelk\xE1rtyasz\xE1m",
      currency_code: "p\xE9nznemk\xF3d",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "bemenet",
    },
    o = { nan: "NaN", number: "sz\xE1m", array: "t\xF6mb" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k instanceof ${t.expected}, a kapott \xE9rt\xE9k ${u}`
          : `\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k ${n}, a kapott \xE9rt\xE9k ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k ${h(t.values[0])}`
          : `\xC9rv\xE9nytelen opci\xF3: valamelyik \xE9rt\xE9k v\xE1rt ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `T\xFAl nagy: ${t.origin ?? "\xE9rt\xE9k"} m\xE9rete t\xFAl nagy ${n}${t.maximum.toString()} ${a.unit ?? "elem"}`
          : `T\xFAl nagy: a bemeneti \xE9rt\xE9k ${t.origin ?? "\xE9rt\xE9k"} t\xFAl nagy: ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `T\xFAl kicsi: a bemeneti \xE9rt\xE9k ${t.origin} m\xE9rete t\xFAl kicsi ${n}${t.minimum.toString()} ${a.unit}`
          : `T\xFAl kicsi: a bemeneti \xE9rt\xE9k ${t.origin} t\xFAl kicsi ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\xC9rv\xE9nytelen string: "${n.prefix}" \xE9rt\xE9kkel kell kezd\u0151dnie`
          : n.format === "ends_with"
            ? `\xC9rv\xE9nytelen string: "${n.suffix}" \xE9rt\xE9kkel kell v\xE9gz\u0151dnie`
            : n.format === "includes"
              ? `\xC9rv\xE9nytelen string: "${n.includes}" \xE9rt\xE9ket kell tartalmaznia`
              : n.format === "regex"
                ? `\xC9rv\xE9nytelen string: ${n.pattern} mint\xE1nak kell megfelelnie`
                : `\xC9rv\xE9nytelen ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\xC9rv\xE9nytelen sz\xE1m: ${t.divisor} t\xF6bbsz\xF6r\xF6s\xE9nek kell lennie`;
      case "unrecognized_keys":
        return `Ismeretlen kulcs${t.keys.length > 1 ? "s" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\xC9rv\xE9nytelen kulcs ${t.origin}`;
      case "invalid_union":
        return "\xC9rv\xE9nytelen bemenet";
      case "invalid_element":
        return `\xC9rv\xE9nytelen \xE9rt\xE9k: ${t.origin}`;
      default:
        return "\xC9rv\xE9nytelen bemenet";
    }
  };
};
function Od() {
  return { localeError: Dv() };
}
function Nd(e, r, i) {
  return Math.abs(e) === 1 ? r : i;
}
function gt(e) {
  if (!e) return "";
  const r = ["\u0561", "\u0565", "\u0568", "\u056B", "\u0578", "\u0578\u0582", "\u0585"],
    i = e[e.length - 1];
  return e + (r.includes(i) ? "\u0576" : "\u0568");
}
var jv = () => {
  const e = {
    string: {
      unit: { one: "\u0576\u0577\u0561\u0576", many: "\u0576\u0577\u0561\u0576\u0576\u0565\u0580" },
      verb: "\u0578\u0582\u0576\u0565\u0576\u0561\u056C",
    },
    file: {
      unit: { one: "\u0562\u0561\u0575\u0569", many: "\u0562\u0561\u0575\u0569\u0565\u0580" },
      verb: "\u0578\u0582\u0576\u0565\u0576\u0561\u056C",
    },
    array: {
      unit: { one: "\u057F\u0561\u0580\u0580", many: "\u057F\u0561\u0580\u0580\u0565\u0580" },
      verb: "\u0578\u0582\u0576\u0565\u0576\u0561\u056C",
    },
    set: {
      unit: { one: "\u057F\u0561\u0580\u0580", many: "\u057F\u0561\u0580\u0580\u0565\u0580" },
      verb: "\u0578\u0582\u0576\u0565\u0576\u0561\u056C",
    },
    map: {
      unit: { one: "\u057F\u0561\u0580\u0580", many: "\u057F\u0561\u0580\u0580\u0565\u0580" },
      verb: "\u0578\u0582\u0576\u0565\u0576\u0561\u056C",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0574\u0578\u0582\u057F\u0584",
      email: "\u0567\u056C. \u0570\u0561\u057D\u0581\u0565",
      url: "URL",
      emoji: "\u0567\u0574\u0578\u057B\u056B",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u0561\u0574\u057D\u0561\u0569\u056B\u057E \u0587 \u056A\u0561\u0574",
      date: "ISO \u0561\u0574\u057D\u0561\u0569\u056B\u057E",
      time: "ISO \u056A\u0561\u0574",
      duration: "ISO \u057F\u0587\u0578\u0572\u0578\u0582\u0569\u0575\u0578\u0582\u0576",
      ipv4: "IPv4 \u0570\u0561\u057D\u0581\u0565",
      ipv6: "IPv6 \u0570\u0561\u057D\u0581\u0565",
      mac: "MAC \u0570\u0561\u057D\u0581\u0565",
      cidrv4: "IPv4 \u0574\u056B\u057B\u0561\u056F\u0561\u0575\u0584",
      cidrv6: "IPv6 \u0574\u056B\u057B\u0561\u056F\u0561\u0575\u0584",
      base64: "base64 \u0571\u0587\u0561\u0579\u0561\u0583\u0578\u057E \u057F\u0578\u0572",
      base64url: "base64url \u0571\u0587\u0561\u0579\u0561\u0583\u0578\u057E \u057F\u0578\u0572",
      json_string: "JSON \u057F\u0578\u0572",
      e164: "E.164 \u0570\u0561\u0574\u0561\u0580",
      credit_card:
        "\u056F\u0580\u0565\u0564\u056B\u057F \u0584\u0561\u0580\u057F\u056B \u0570\u0561\u0574\u0561\u0580",
      currency_code: "\u0561\u0580\u056A\u0578\u0582\u0575\u0569\u056B \u056F\u0578\u0564",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0574\u0578\u0582\u057F\u0584",
    },
    o = {
      nan: "NaN",
      number: "\u0569\u056B\u057E",
      array: "\u0566\u0561\u0576\u0563\u057E\u0561\u056E",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 instanceof ${t.expected}, \u057D\u057F\u0561\u0581\u057E\u0565\u056C \u0567 ${u}`
          : `\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 ${n}, \u057D\u057F\u0561\u0581\u057E\u0565\u056C \u0567 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 ${h(t.values[1])}`
          : `\u054D\u056D\u0561\u056C \u057F\u0561\u0580\u0562\u0565\u0580\u0561\u056F\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 \u0570\u0565\u057F\u0587\u0575\u0561\u056C\u0576\u0565\u0580\u056B\u0581 \u0574\u0565\u056F\u0568\u055D ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        if (a) {
          const u = Number(t.maximum),
            s = Nd(u, a.unit.one, a.unit.many);
          return `\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0574\u0565\u056E \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${gt(t.origin ?? "\u0561\u0580\u056A\u0565\u0584")} \u056F\u0578\u0582\u0576\u0565\u0576\u0561 ${n}${t.maximum.toString()} ${s}`;
        }
        return `\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0574\u0565\u056E \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${gt(t.origin ?? "\u0561\u0580\u056A\u0565\u0584")} \u056C\u056B\u0576\u056B ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        if (a) {
          const u = Number(t.minimum),
            s = Nd(u, a.unit.one, a.unit.many);
          return `\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0583\u0578\u0584\u0580 \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${gt(t.origin)} \u056F\u0578\u0582\u0576\u0565\u0576\u0561 ${n}${t.minimum.toString()} ${s}`;
        }
        return `\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0583\u0578\u0584\u0580 \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${gt(t.origin)} \u056C\u056B\u0576\u056B ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u057D\u056F\u057D\u057E\u056B "${n.prefix}"-\u0578\u057E`
          : n.format === "ends_with"
            ? `\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0561\u057E\u0561\u0580\u057F\u057E\u056B "${n.suffix}"-\u0578\u057E`
            : n.format === "includes"
              ? `\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u057A\u0561\u0580\u0578\u0582\u0576\u0561\u056F\u056B "${n.includes}"`
              : n.format === "regex"
                ? `\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0570\u0561\u0574\u0561\u057A\u0561\u057F\u0561\u057D\u056D\u0561\u0576\u056B ${n.pattern} \u0571\u0587\u0561\u0579\u0561\u0583\u056B\u0576`
                : `\u054D\u056D\u0561\u056C ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u054D\u056D\u0561\u056C \u0569\u056B\u057E\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0562\u0561\u0566\u0574\u0561\u057A\u0561\u057F\u056B\u056F \u056C\u056B\u0576\u056B ${t.divisor}-\u056B`;
      case "unrecognized_keys":
        return `\u0549\u0573\u0561\u0576\u0561\u0579\u057E\u0561\u056E \u0562\u0561\u0576\u0561\u056C\u056B${t.keys.length > 1 ? "\u0576\u0565\u0580" : ""}. ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u054D\u056D\u0561\u056C \u0562\u0561\u0576\u0561\u056C\u056B ${gt(t.origin)}-\u0578\u0582\u0574`;
      case "invalid_union":
        return "\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574";
      case "invalid_element":
        return `\u054D\u056D\u0561\u056C \u0561\u0580\u056A\u0565\u0584 ${gt(t.origin)}-\u0578\u0582\u0574`;
      default:
        return "\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574";
    }
  };
};
function Ud() {
  return { localeError: jv() };
}
var Ov = () => {
  const e = {
    string: { unit: "karakter", verb: "memiliki" },
    file: { unit: "byte", verb: "memiliki" },
    array: { unit: "item", verb: "memiliki" },
    set: { unit: "item", verb: "memiliki" },
    map: { unit: "item", verb: "memiliki" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "input",
      email: "alamat email",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "tanggal dan waktu format ISO",
      date: "tanggal format ISO",
      time: "jam format ISO",
      duration: "durasi format ISO",
      ipv4: "alamat IPv4",
      ipv6: "alamat IPv6",
      mac: "alamat MAC",
      cidrv4: "rentang alamat IPv4",
      cidrv6: "rentang alamat IPv6",
      base64: "string dengan enkode base64",
      base64url: "string dengan enkode base64url",
      json_string: "string JSON",
      e164: "angka E.164",
      credit_card: "nomor kartu kredit",
      currency_code: "kode mata uang",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Input tidak valid: diharapkan instanceof ${t.expected}, diterima ${u}`
          : `Input tidak valid: diharapkan ${n}, diterima ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Input tidak valid: diharapkan ${h(t.values[0])}`
          : `Pilihan tidak valid: diharapkan salah satu dari ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Terlalu besar: diharapkan ${t.origin ?? "value"} memiliki ${n}${t.maximum.toString()} ${a.unit ?? "elemen"}`
          : `Terlalu besar: diharapkan ${t.origin ?? "value"} menjadi ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Terlalu kecil: diharapkan ${t.origin} memiliki ${n}${t.minimum.toString()} ${a.unit}`
          : `Terlalu kecil: diharapkan ${t.origin} menjadi ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `String tidak valid: harus dimulai dengan "${n.prefix}"`
          : n.format === "ends_with"
            ? `String tidak valid: harus berakhir dengan "${n.suffix}"`
            : n.format === "includes"
              ? `String tidak valid: harus menyertakan "${n.includes}"`
              : n.format === "regex"
                ? `String tidak valid: harus sesuai pola ${n.pattern}`
                : `${i[n.format] ?? t.format} tidak valid`;
      }
      case "not_multiple_of":
        return `Angka tidak valid: harus kelipatan dari ${t.divisor}`;
      case "unrecognized_keys":
        return `Kunci tidak dikenali ${t.keys.length > 1 ? "s" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Kunci tidak valid di ${t.origin}`;
      case "invalid_union":
        return "Input tidak valid";
      case "invalid_element":
        return `Nilai tidak valid di ${t.origin}`;
      default:
        return "Input tidak valid";
    }
  };
};
function Ad() {
  return { localeError: Ov() };
}
var Nv = () => {
  const e = {
    string: { unit: "stafi", verb: "a\xF0 hafa" },
    file: { unit: "b\xE6ti", verb: "a\xF0 hafa" },
    array: { unit: "hluti", verb: "a\xF0 hafa" },
    set: { unit: "hluti", verb: "a\xF0 hafa" },
    map: { unit: "hluti", verb: "a\xF0 hafa" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "gildi",
      email: "netfang",
      url: "vefsl\xF3\xF0",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO dagsetning og t\xEDmi",
      date: "ISO dagsetning",
      time: "ISO t\xEDmi",
      duration: "ISO t\xEDmalengd",
      ipv4: "IPv4 address",
      ipv6: "IPv6 address",
      mac: "MAC address",
      cidrv4: "IPv4 range",
      cidrv6: "IPv6 range",
      base64: "base64-encoded strengur",
      base64url: "base64url-encoded strengur",
      json_string: "JSON strengur",
      e164: "E.164 t\xF6lugildi",
      credit_card: "kreditkortan\xFAmer",
      currency_code: "gjaldmi\xF0ilsk\xF3\xF0i",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "gildi",
    },
    o = { nan: "NaN", number: "n\xFAmer", array: "fylki" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Rangt gildi: \xDE\xFA sl\xF3st inn ${u} \xFEar sem \xE1 a\xF0 vera instanceof ${t.expected}`
          : `Rangt gildi: \xDE\xFA sl\xF3st inn ${u} \xFEar sem \xE1 a\xF0 vera ${n}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Rangt gildi: gert r\xE1\xF0 fyrir ${h(t.values[0])}`
          : `\xD3gilt val: m\xE1 vera eitt af eftirfarandi ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Of st\xF3rt: gert er r\xE1\xF0 fyrir a\xF0 ${t.origin ?? "gildi"} hafi ${n}${t.maximum.toString()} ${a.unit ?? "hluti"}`
          : `Of st\xF3rt: gert er r\xE1\xF0 fyrir a\xF0 ${t.origin ?? "gildi"} s\xE9 ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Of l\xEDti\xF0: gert er r\xE1\xF0 fyrir a\xF0 ${t.origin} hafi ${n}${t.minimum.toString()} ${a.unit}`
          : `Of l\xEDti\xF0: gert er r\xE1\xF0 fyrir a\xF0 ${t.origin} s\xE9 ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\xD3gildur strengur: ver\xF0ur a\xF0 byrja \xE1 "${n.prefix}"`
          : n.format === "ends_with"
            ? `\xD3gildur strengur: ver\xF0ur a\xF0 enda \xE1 "${n.suffix}"`
            : n.format === "includes"
              ? `\xD3gildur strengur: ver\xF0ur a\xF0 innihalda "${n.includes}"`
              : n.format === "regex"
                ? `\xD3gildur strengur: ver\xF0ur a\xF0 fylgja mynstri ${n.pattern}`
                : `Rangt ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `R\xF6ng tala: ver\xF0ur a\xF0 vera margfeldi af ${t.divisor}`;
      case "unrecognized_keys":
        return `\xD3\xFEekkt ${t.keys.length > 1 ? "ir lyklar" : "ur lykill"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Rangur lykill \xED ${t.origin}`;
      case "invalid_union":
        return "Rangt gildi";
      case "invalid_element":
        return `Rangt gildi \xED ${t.origin}`;
      default:
        return "Rangt gildi";
    }
  };
};
function Td() {
  return { localeError: Nv() };
}
var Uv = () => {
  const e = {
    string: { unit: "caratteri", verb: "avere" },
    file: { unit: "byte", verb: "avere" },
    array: { unit: "elementi", verb: "avere" },
    set: { unit: "elementi", verb: "avere" },
    map: { unit: "elementi", verb: "avere" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "input",
      email: "indirizzo email",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "data e ora ISO",
      date: "data ISO",
      time: "ora ISO",
      duration: "durata ISO",
      ipv4: "indirizzo IPv4",
      ipv6: "indirizzo IPv6",
      mac: "indirizzo MAC",
      cidrv4: "intervallo IPv4",
      cidrv6: "intervallo IPv6",
      base64: "stringa codificata in base64",
      base64url: "URL codificata in base64",
      json_string: "stringa JSON",
      e164: "numero E.164",
      credit_card: "numero di carta di credito",
      currency_code: "codice valuta",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input",
    },
    o = { nan: "NaN", number: "numero", array: "vettore" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Input non valido: atteso instanceof ${t.expected}, ricevuto ${u}`
          : `Input non valido: atteso ${n}, ricevuto ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Input non valido: atteso ${h(t.values[0])}`
          : `Opzione non valida: atteso uno tra ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Troppo grande: ${t.origin ?? "valore"} deve avere ${n}${t.maximum.toString()} ${a.unit ?? "elementi"}`
          : `Troppo grande: ${t.origin ?? "valore"} deve essere ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Troppo piccolo: ${t.origin} deve avere ${n}${t.minimum.toString()} ${a.unit}`
          : `Troppo piccolo: ${t.origin} deve essere ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Stringa non valida: deve iniziare con "${n.prefix}"`
          : n.format === "ends_with"
            ? `Stringa non valida: deve terminare con "${n.suffix}"`
            : n.format === "includes"
              ? `Stringa non valida: deve includere "${n.includes}"`
              : n.format === "regex"
                ? `Stringa non valida: deve corrispondere al pattern ${n.pattern}`
                : `Input non valido: ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Numero non valido: deve essere un multiplo di ${t.divisor}`;
      case "unrecognized_keys":
        return `Chiav${t.keys.length > 1 ? "i" : "e"} non riconosciut${t.keys.length > 1 ? "e" : "a"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Chiave non valida in ${t.origin}`;
      case "invalid_union":
        return "Input non valido";
      case "invalid_element":
        return `Valore non valido in ${t.origin}`;
      default:
        return "Input non valido";
    }
  };
};
function Zd() {
  return { localeError: Uv() };
}
var Av = () => {
  const e = {
    string: { unit: "\u6587\u5B57", verb: "\u3067\u3042\u308B" },
    file: { unit: "\u30D0\u30A4\u30C8", verb: "\u3067\u3042\u308B" },
    array: { unit: "\u8981\u7D20", verb: "\u3067\u3042\u308B" },
    set: { unit: "\u8981\u7D20", verb: "\u3067\u3042\u308B" },
    map: { unit: "\u8981\u7D20", verb: "\u3067\u3042\u308B" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u5165\u529B\u5024",
      email: "\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9",
      url: "URL",
      emoji: "\u7D75\u6587\u5B57",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO\u65E5\u6642",
      date: "ISO\u65E5\u4ED8",
      time: "ISO\u6642\u523B",
      duration: "ISO\u671F\u9593",
      ipv4: "IPv4\u30A2\u30C9\u30EC\u30B9",
      ipv6: "IPv6\u30A2\u30C9\u30EC\u30B9",
      mac: "MAC\u30A2\u30C9\u30EC\u30B9",
      cidrv4: "IPv4\u7BC4\u56F2",
      cidrv6: "IPv6\u7BC4\u56F2",
      base64: "base64\u30A8\u30F3\u30B3\u30FC\u30C9\u6587\u5B57\u5217",
      base64url: "base64url\u30A8\u30F3\u30B3\u30FC\u30C9\u6587\u5B57\u5217",
      json_string: "JSON\u6587\u5B57\u5217",
      e164: "E.164\u756A\u53F7",
      credit_card: "\u30AF\u30EC\u30B8\u30C3\u30C8\u30AB\u30FC\u30C9\u756A\u53F7",
      currency_code: "\u901A\u8CA8\u30B3\u30FC\u30C9",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u5165\u529B\u5024",
    },
    o = { nan: "NaN", number: "\u6570\u5024", array: "\u914D\u5217" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u7121\u52B9\u306A\u5165\u529B: instanceof ${t.expected}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F\u304C\u3001${u}\u304C\u5165\u529B\u3055\u308C\u307E\u3057\u305F`
          : `\u7121\u52B9\u306A\u5165\u529B: ${n}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F\u304C\u3001${u}\u304C\u5165\u529B\u3055\u308C\u307E\u3057\u305F`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u7121\u52B9\u306A\u5165\u529B: ${h(t.values[0])}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F`
          : `\u7121\u52B9\u306A\u9078\u629E: ${g(t.values, "\u3001")}\u306E\u3044\u305A\u308C\u304B\u3067\u3042\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;
      case "too_big": {
        const n = t.inclusive ? "\u4EE5\u4E0B\u3067\u3042\u308B" : "\u3088\u308A\u5C0F\u3055\u3044",
          a = r(t.origin);
        return a
          ? `\u5927\u304D\u3059\u304E\u308B\u5024: ${t.origin ?? "\u5024"}\u306F${t.maximum.toString()}${a.unit ?? "\u8981\u7D20"}${n}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
          : `\u5927\u304D\u3059\u304E\u308B\u5024: ${t.origin ?? "\u5024"}\u306F${t.maximum.toString()}${n}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;
      }
      case "too_small": {
        const n = t.inclusive ? "\u4EE5\u4E0A\u3067\u3042\u308B" : "\u3088\u308A\u5927\u304D\u3044",
          a = r(t.origin);
        return a
          ? `\u5C0F\u3055\u3059\u304E\u308B\u5024: ${t.origin}\u306F${t.minimum.toString()}${a.unit}${n}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
          : `\u5C0F\u3055\u3059\u304E\u308B\u5024: ${t.origin}\u306F${t.minimum.toString()}${n}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u7121\u52B9\u306A\u6587\u5B57\u5217: "${n.prefix}"\u3067\u59CB\u307E\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
          : n.format === "ends_with"
            ? `\u7121\u52B9\u306A\u6587\u5B57\u5217: "${n.suffix}"\u3067\u7D42\u308F\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
            : n.format === "includes"
              ? `\u7121\u52B9\u306A\u6587\u5B57\u5217: "${n.includes}"\u3092\u542B\u3080\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
              : n.format === "regex"
                ? `\u7121\u52B9\u306A\u6587\u5B57\u5217: \u30D1\u30BF\u30FC\u30F3${n.pattern}\u306B\u4E00\u81F4\u3059\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
                : `\u7121\u52B9\u306A${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u7121\u52B9\u306A\u6570\u5024: ${t.divisor}\u306E\u500D\u6570\u3067\u3042\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;
      case "unrecognized_keys":
        return `\u8A8D\u8B58\u3055\u308C\u3066\u3044\u306A\u3044\u30AD\u30FC${t.keys.length > 1 ? "\u7FA4" : ""}: ${g(t.keys, "\u3001")}`;
      case "invalid_key":
        return `${t.origin}\u5185\u306E\u7121\u52B9\u306A\u30AD\u30FC`;
      case "invalid_union":
        return "\u7121\u52B9\u306A\u5165\u529B";
      case "invalid_element":
        return `${t.origin}\u5185\u306E\u7121\u52B9\u306A\u5024`;
      default:
        return "\u7121\u52B9\u306A\u5165\u529B";
    }
  };
};
function Ed() {
  return { localeError: Av() };
}
var Tv = () => {
  const e = {
    string: {
      unit: "\u10E1\u10D8\u10DB\u10D1\u10DD\u10DA\u10DD",
      verb: "\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1",
    },
    file: {
      unit: "\u10D1\u10D0\u10D8\u10E2\u10D8",
      verb: "\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1",
    },
    array: {
      unit: "\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",
      verb: "\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1",
    },
    set: {
      unit: "\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",
      verb: "\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1",
    },
    map: {
      unit: "\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",
      verb: "\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0",
      email:
        "\u10D4\u10DA-\u10E4\u10DD\u10E1\u10E2\u10D8\u10E1 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",
      url: "URL",
      emoji: "\u10D4\u10DB\u10DD\u10EF\u10D8",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "\u10D7\u10D0\u10E0\u10D8\u10E6\u10D8-\u10D3\u10E0\u10DD",
      date: "\u10D7\u10D0\u10E0\u10D8\u10E6\u10D8",
      time: "\u10D3\u10E0\u10DD",
      duration: "\u10EE\u10D0\u10DC\u10D2\u10E0\u10EB\u10DA\u10D8\u10D5\u10DD\u10D1\u10D0",
      ipv4: "IPv4 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",
      ipv6: "IPv6 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",
      mac: "MAC \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",
      cidrv4: "IPv4 \u10D3\u10D8\u10D0\u10DE\u10D0\u10D6\u10DD\u10DC\u10D8",
      cidrv6: "IPv6 \u10D3\u10D8\u10D0\u10DE\u10D0\u10D6\u10DD\u10DC\u10D8",
      base64:
        "base64-\u10D9\u10DD\u10D3\u10D8\u10E0\u10D4\u10D1\u10E3\u10DA\u10D8 \u10D5\u10D4\u10DA\u10D8",
      base64url:
        "base64url-\u10D9\u10DD\u10D3\u10D8\u10E0\u10D4\u10D1\u10E3\u10DA\u10D8 \u10D5\u10D4\u10DA\u10D8",
      json_string: "JSON \u10D5\u10D4\u10DA\u10D8",
      e164: "E.164 \u10DC\u10DD\u10DB\u10D4\u10E0\u10D8",
      credit_card:
        "\u10E1\u10D0\u10D9\u10E0\u10D4\u10D3\u10D8\u10E2\u10DD \u10D1\u10D0\u10E0\u10D0\u10D7\u10D8\u10E1 \u10DC\u10DD\u10DB\u10D4\u10E0\u10D8",
      currency_code: "\u10D5\u10D0\u10DA\u10E3\u10E2\u10D8\u10E1 \u10D9\u10DD\u10D3\u10D8",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0",
    },
    o = {
      nan: "NaN",
      number: "\u10E0\u10D8\u10EA\u10EE\u10D5\u10D8",
      string: "\u10D5\u10D4\u10DA\u10D8",
      boolean: "\u10D1\u10E3\u10DA\u10D4\u10D0\u10DC\u10D8",
      function: "\u10E4\u10E3\u10DC\u10E5\u10EA\u10D8\u10D0",
      array: "\u10DB\u10D0\u10E1\u10D8\u10D5\u10D8",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 instanceof ${t.expected}, \u10DB\u10D8\u10E6\u10D4\u10D1\u10E3\u10DA\u10D8 ${u}`
          : `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${n}, \u10DB\u10D8\u10E6\u10D4\u10D1\u10E3\u10DA\u10D8 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${h(t.values[0])}`
          : `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D0\u10E0\u10D8\u10D0\u10DC\u10E2\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8\u10D0 \u10D4\u10E0\u10D7-\u10D4\u10E0\u10D7\u10D8 ${g(t.values, "|")}-\u10D3\u10D0\u10DC`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10D3\u10D8\u10D3\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${t.origin ?? "\u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0"} ${a.verb} ${n}${t.maximum.toString()} ${a.unit}`
          : `\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10D3\u10D8\u10D3\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${t.origin ?? "\u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0"} \u10D8\u10E7\u10DD\u10E1 ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10DE\u10D0\u10E2\u10D0\u10E0\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${t.origin} ${a.verb} ${n}${t.minimum.toString()} ${a.unit}`
          : `\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10DE\u10D0\u10E2\u10D0\u10E0\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${t.origin} \u10D8\u10E7\u10DD\u10E1 ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10D8\u10EC\u10E7\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 "${n.prefix}"-\u10D8\u10D7`
          : n.format === "ends_with"
            ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10DB\u10D7\u10D0\u10D5\u10E0\u10D3\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 "${n.suffix}"-\u10D8\u10D7`
            : n.format === "includes"
              ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1 "${n.includes}"-\u10E1`
              : n.format === "regex"
                ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D4\u10E1\u10D0\u10D1\u10D0\u10DB\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 \u10E8\u10D0\u10D1\u10DA\u10DD\u10DC\u10E1 ${n.pattern}`
                : `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E0\u10D8\u10EA\u10EE\u10D5\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10D8\u10E7\u10DD\u10E1 ${t.divisor}-\u10D8\u10E1 \u10EF\u10D4\u10E0\u10D0\u10D3\u10D8`;
      case "unrecognized_keys":
        return `\u10E3\u10EA\u10DC\u10DD\u10D1\u10D8 \u10D2\u10D0\u10E1\u10D0\u10E6\u10D4\u10D1${t.keys.length > 1 ? "\u10D4\u10D1\u10D8" : "\u10D8"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D2\u10D0\u10E1\u10D0\u10E6\u10D4\u10D1\u10D8 ${t.origin}-\u10E8\u10D8`;
      case "invalid_union":
        return "\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0";
      case "invalid_element":
        return `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0 ${t.origin}-\u10E8\u10D8`;
      default:
        return "\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0";
    }
  };
};
function Cd() {
  return { localeError: Tv() };
}
var Zv = () => {
  const e = {
    string: {
      unit: "\u178F\u17BD\u17A2\u1780\u17D2\u179F\u179A",
      verb: "\u1782\u17BD\u179A\u1798\u17B6\u1793",
    },
    file: { unit: "\u1794\u17C3", verb: "\u1782\u17BD\u179A\u1798\u17B6\u1793" },
    array: { unit: "\u1792\u17B6\u178F\u17BB", verb: "\u1782\u17BD\u179A\u1798\u17B6\u1793" },
    set: { unit: "\u1792\u17B6\u178F\u17BB", verb: "\u1782\u17BD\u179A\u1798\u17B6\u1793" },
    map: { unit: "\u1792\u17B6\u178F\u17BB", verb: "\u1782\u17BD\u179A\u1798\u17B6\u1793" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B",
      email:
        "\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793\u17A2\u17CA\u17B8\u1798\u17C2\u179B",
      url: "URL",
      emoji: "\u179F\u1789\u17D2\u1789\u17B6\u17A2\u17B6\u179A\u1798\u17D2\u1798\u178E\u17CD",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime:
        "\u1780\u17B6\u179B\u1794\u179A\u17B7\u1785\u17D2\u1786\u17C1\u1791 \u1793\u17B7\u1784\u1798\u17C9\u17C4\u1784 ISO",
      date: "\u1780\u17B6\u179B\u1794\u179A\u17B7\u1785\u17D2\u1786\u17C1\u1791 ISO",
      time: "\u1798\u17C9\u17C4\u1784 ISO",
      duration: "\u179A\u1799\u17C8\u1796\u17C1\u179B ISO",
      ipv4: "\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv4",
      ipv6: "\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv6",
      mac: "\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 MAC",
      cidrv4: "\u178A\u17C2\u1793\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv4",
      cidrv6: "\u178A\u17C2\u1793\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv6",
      base64:
        "\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u17A2\u17CA\u17B7\u1780\u17BC\u178A base64",
      base64url:
        "\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u17A2\u17CA\u17B7\u1780\u17BC\u178A base64url",
      json_string: "\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A JSON",
      e164: "\u179B\u17C1\u1781 E.164",
      credit_card: "\u179B\u17C1\u1781\u1794\u17D0\u178E\u17D2\u178E\u17A5\u178E\u1791\u17B6\u1793",
      currency_code:
        "\u1780\u17BC\u178A\u179A\u17BC\u1794\u17B7\u1799\u1794\u17D0\u178E\u17D2\u178E",
      iban: "IBAN",
      jwt: "JWT",
      template_literal:
        "\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B",
    },
    o = {
      nan: "NaN",
      number: "\u179B\u17C1\u1781",
      array: "\u17A2\u17B6\u179A\u17C1 (Array)",
      null: "\u1782\u17D2\u1798\u17B6\u1793\u178F\u1798\u17D2\u179B\u17C3 (null)",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A instanceof ${t.expected} \u1794\u17C9\u17BB\u1793\u17D2\u178F\u17C2\u1791\u1791\u17BD\u179B\u1794\u17B6\u1793 ${u}`
          : `\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${n} \u1794\u17C9\u17BB\u1793\u17D2\u178F\u17C2\u1791\u1791\u17BD\u179B\u1794\u17B6\u1793 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${h(t.values[0])}`
          : `\u1787\u1798\u17D2\u179A\u17BE\u179F\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1787\u17B6\u1798\u17BD\u1799\u1780\u17D2\u1793\u17BB\u1784\u1785\u17C6\u178E\u17C4\u1798 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u1792\u17C6\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${t.origin ?? "\u178F\u1798\u17D2\u179B\u17C3"} ${n} ${t.maximum.toString()} ${a.unit ?? "\u1792\u17B6\u178F\u17BB"}`
          : `\u1792\u17C6\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${t.origin ?? "\u178F\u1798\u17D2\u179B\u17C3"} ${n} ${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u178F\u17BC\u1785\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${t.origin} ${n} ${t.minimum.toString()} ${a.unit}`
          : `\u178F\u17BC\u1785\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${t.origin} ${n} ${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1785\u17B6\u1794\u17CB\u1795\u17D2\u178F\u17BE\u1798\u178A\u17C4\u1799 "${n.prefix}"`
          : n.format === "ends_with"
            ? `\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1794\u1789\u17D2\u1785\u1794\u17CB\u178A\u17C4\u1799 "${n.suffix}"`
            : n.format === "includes"
              ? `\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1798\u17B6\u1793 "${n.includes}"`
              : n.format === "regex"
                ? `\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u178F\u17C2\u1795\u17D2\u1782\u17BC\u1795\u17D2\u1782\u1784\u1793\u17B9\u1784\u1791\u1798\u17D2\u179A\u1784\u17CB\u178A\u17C2\u179B\u1794\u17B6\u1793\u1780\u17C6\u178E\u178F\u17CB ${n.pattern}`
                : `\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u179B\u17C1\u1781\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u178F\u17C2\u1787\u17B6\u1796\u17A0\u17BB\u1782\u17BB\u178E\u1793\u17C3 ${t.divisor}`;
      case "unrecognized_keys":
        return `\u179A\u1780\u1783\u17BE\u1789\u179F\u17C4\u1798\u17B7\u1793\u179F\u17D2\u1782\u17B6\u179B\u17CB\u17D6 ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u179F\u17C4\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u1793\u17C5\u1780\u17D2\u1793\u17BB\u1784 ${t.origin}`;
      case "invalid_union":
        return "\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C";
      case "invalid_element":
        return `\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u1793\u17C5\u1780\u17D2\u1793\u17BB\u1784 ${t.origin}`;
      default:
        return "\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C";
    }
  };
};
function Tn() {
  return { localeError: Zv() };
}
function Ld() {
  return Tn();
}
var Ev = () => {
  const e = {
    string: {
      unit: "\u0C85\u0C95\u0CCD\u0CB7\u0CB0\u0C97\u0CB3\u0CC1",
      verb: "\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1",
    },
    file: {
      unit: "\u0CAC\u0CC8\u0C9F\u0CCD\u200C\u0C97\u0CB3\u0CC1",
      verb: "\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1",
    },
    array: {
      unit: "\u0CB5\u0CB8\u0CCD\u0CA4\u0CC1\u0C97\u0CB3\u0CC1",
      verb: "\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1",
    },
    set: {
      unit: "\u0CB5\u0CB8\u0CCD\u0CA4\u0CC1\u0C97\u0CB3\u0CC1",
      verb: "\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1",
    },
    map: { unit: "entries", verb: "\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0C87\u0CA8\u0CCD\u0CAA\u0CC1\u0C9F\u0CCD",
      email: "email \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u0CA6\u0CBF\u0CA8\u0CBE\u0C82\u0C95\u0CA6 \u0CB8\u0CAE\u0CAF",
      date: "ISO \u0CA6\u0CBF\u0CA8\u0CBE\u0C82\u0C95",
      time: "ISO \u0CB8\u0CAE\u0CAF",
      duration: "ISO \u0C85\u0CB5\u0CA7\u0CBF",
      ipv4: "IPv4 \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",
      ipv6: "IPv6 \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",
      mac: "MAC \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",
      cidrv4: "IPv4 \u0CB5\u0CCD\u0CAF\u0CBE\u0CAA\u0CCD\u0CA4\u0CBF\u0CAF",
      cidrv6: "IPv6 \u0CB5\u0CCD\u0CAF\u0CBE\u0CAA\u0CCD\u0CA4\u0CBF\u0CAF",
      base64: "base64-encoded\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",
      base64url: "base64url-encoded\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",
      json_string: "JSON\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",
      e164: "E.164 \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6",
      credit_card:
        "\u0C95\u0CCD\u0CB0\u0CC6\u0CA1\u0CBF\u0C9F\u0CCD \u0C95\u0CBE\u0CB0\u0CCD\u0CA1\u0CCD \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6",
      currency_code: "\u0C95\u0CB0\u0CC6\u0CA8\u0CCD\u0CB8\u0CBF \u0C95\u0CCB\u0CA1\u0CCD",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0C87\u0CA8\u0CCD\u0CAA\u0CC1\u0C9F\u0CCD",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${n}, \u0CB8\u0CCD\u0CB5\u0CC0\u0C95\u0CB0\u0CBF\u0CB8\u0CBF\u0CA6\u0CA8\u0CC1 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${h(t.values[0])}`
          : `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C86\u0CAF\u0CCD\u0C95\u0CC6: \u0C87\u0CB5\u0CC1\u0C97\u0CB3\u0CB2\u0CCD\u0CB2\u0CBF \u0C92\u0C82\u0CA6\u0CA8\u0CCD\u0CA8\u0CC1 \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0CA6\u0CCA\u0CA1\u0CCD\u0CA1\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${t.origin ?? "value"} \u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1 ${n}${t.maximum.toString()} ${a.unit ?? "\u0C85\u0C82\u0CB6\u0C97\u0CB3\u0CC1"}`
          : `\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0CA6\u0CCA\u0CA1\u0CCD\u0CA1\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${t.origin ?? "value"} \u0C8E\u0C82\u0CA6\u0CC1 ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0C9A\u0CBF\u0C95\u0CCD\u0C95\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${t.origin} \u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1 ${n}${t.minimum.toString()} ${a.unit}`
          : `\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0C9A\u0CBF\u0C95\u0CCD\u0C95\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${t.origin} \u0C8E\u0C82\u0CA6\u0CC1 ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C87\u0CA6\u0CB0\u0CCA\u0C82\u0CA6\u0CBF\u0C97\u0CC6 \u0CAA\u0CCD\u0CB0\u0CBE\u0CB0\u0C82\u0CAD\u0CBF\u0CB8\u0CAC\u0CC7\u0C95\u0CC1 "${n.prefix}"`
          : n.format === "ends_with"
            ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C87\u0CA6\u0CB0\u0CCA\u0C82\u0CA6\u0CBF\u0C97\u0CC6 \u0C95\u0CCA\u0CA8\u0CC6\u0C97\u0CCA\u0CB3\u0CCD\u0CB3\u0CAC\u0CC7\u0C95\u0CC1 "${n.suffix}"`
            : n.format === "includes"
              ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C92\u0CB3\u0C97\u0CCA\u0C82\u0CA1\u0CBF\u0CB0\u0CAC\u0CC7\u0C95\u0CC1 "${n.includes}"`
              : n.format === "regex"
                ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0CAE\u0CBE\u0CA6\u0CB0\u0CBF\u0C97\u0CC6 \u0CB9\u0CCA\u0C82\u0CA6\u0CBF\u0C95\u0CC6\u0CAF\u0CBE\u0C97\u0CAC\u0CC7\u0C95\u0CC1 ${n.pattern}`
                : `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6: \u0CAC\u0CB9\u0CC1\u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6\u0CAF\u0CBE\u0C97\u0CBF\u0CB0\u0CAC\u0CC7\u0C95\u0CC1 ${t.divisor}`;
      case "unrecognized_keys":
        return `\u0C97\u0CC1\u0CB0\u0CC1\u0CA4\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CA6 \u0C95\u0CC0 ${t.keys.length > 1 ? "s" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0C95\u0CC0 \u0C87\u0CA8\u0CCD ${t.origin}`;
      case "invalid_union":
        return t.options && Array.isArray(t.options) && t.options.length > 0
          ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CA4\u0CBE\u0CB0\u0CA4\u0CAE\u0CCD\u0CAF \u0CAE\u0CCC\u0CB2\u0CCD\u0CAF. \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${t.options.map((a) => `'${a}'`).join(" | ")}`
          : "\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD";
      case "invalid_element":
        return `\u0CB0\u0CB2\u0CCD\u0CB2\u0CBF \u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CAE\u0CCC\u0CB2\u0CCD\u0CAF ${t.origin}`;
      default:
        return "\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD";
    }
  };
};
function Vd() {
  return { localeError: Ev() };
}
var Cv = () => {
  const e = {
    string: { unit: "\uBB38\uC790", verb: "to have" },
    file: { unit: "\uBC14\uC774\uD2B8", verb: "to have" },
    array: { unit: "\uAC1C", verb: "to have" },
    set: { unit: "\uAC1C", verb: "to have" },
    map: { unit: "\uAC1C", verb: "to have" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\uC785\uB825",
      email: "\uC774\uBA54\uC77C \uC8FC\uC18C",
      url: "URL",
      emoji: "\uC774\uBAA8\uC9C0",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \uB0A0\uC9DC\uC2DC\uAC04",
      date: "ISO \uB0A0\uC9DC",
      time: "ISO \uC2DC\uAC04",
      duration: "ISO \uAE30\uAC04",
      ipv4: "IPv4 \uC8FC\uC18C",
      ipv6: "IPv6 \uC8FC\uC18C",
      mac: "MAC \uC8FC\uC18C",
      cidrv4: "IPv4 \uBC94\uC704",
      cidrv6: "IPv6 \uBC94\uC704",
      base64: "base64 \uC778\uCF54\uB529 \uBB38\uC790\uC5F4",
      base64url: "base64url \uC778\uCF54\uB529 \uBB38\uC790\uC5F4",
      json_string: "JSON \uBB38\uC790\uC5F4",
      e164: "E.164 \uBC88\uD638",
      credit_card: "\uC2E0\uC6A9\uCE74\uB4DC \uBC88\uD638",
      currency_code: "\uD1B5\uD654 \uCF54\uB4DC",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\uC785\uB825",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\uC798\uBABB\uB41C \uC785\uB825: \uC608\uC0C1 \uD0C0\uC785\uC740 instanceof ${t.expected}, \uBC1B\uC740 \uD0C0\uC785\uC740 ${u}\uC785\uB2C8\uB2E4`
          : `\uC798\uBABB\uB41C \uC785\uB825: \uC608\uC0C1 \uD0C0\uC785\uC740 ${n}, \uBC1B\uC740 \uD0C0\uC785\uC740 ${u}\uC785\uB2C8\uB2E4`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\uC798\uBABB\uB41C \uC785\uB825: \uAC12\uC740 ${h(t.values[0])} \uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4`
          : `\uC798\uBABB\uB41C \uC635\uC158: ${g(t.values, "\uB610\uB294 ")} \uC911 \uD558\uB098\uC5EC\uC57C \uD569\uB2C8\uB2E4`;
      case "too_big": {
        const n = t.inclusive ? "\uC774\uD558" : "\uBBF8\uB9CC",
          a =
            n === "\uBBF8\uB9CC"
              ? "\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4"
              : "\uC5EC\uC57C \uD569\uB2C8\uB2E4",
          u = r(t.origin),
          s = u?.unit ?? "\uC694\uC18C";
        return u
          ? `${t.origin ?? "\uAC12"}\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4: ${t.maximum.toString()}${s} ${n}${a}`
          : `${t.origin ?? "\uAC12"}\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4: ${t.maximum.toString()} ${n}${a}`;
      }
      case "too_small": {
        const n = t.inclusive ? "\uC774\uC0C1" : "\uCD08\uACFC",
          a =
            n === "\uC774\uC0C1"
              ? "\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4"
              : "\uC5EC\uC57C \uD569\uB2C8\uB2E4",
          u = r(t.origin),
          s = u?.unit ?? "\uC694\uC18C";
        return u
          ? `${t.origin ?? "\uAC12"}\uC774 \uB108\uBB34 \uC791\uC2B5\uB2C8\uB2E4: ${t.minimum.toString()}${s} ${n}${a}`
          : `${t.origin ?? "\uAC12"}\uC774 \uB108\uBB34 \uC791\uC2B5\uB2C8\uB2E4: ${t.minimum.toString()} ${n}${a}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${n.prefix}"(\uC73C)\uB85C \uC2DC\uC791\uD574\uC57C \uD569\uB2C8\uB2E4`
          : n.format === "ends_with"
            ? `\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${n.suffix}"(\uC73C)\uB85C \uB05D\uB098\uC57C \uD569\uB2C8\uB2E4`
            : n.format === "includes"
              ? `\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${n.includes}"\uC744(\uB97C) \uD3EC\uD568\uD574\uC57C \uD569\uB2C8\uB2E4`
              : n.format === "regex"
                ? `\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: \uC815\uADDC\uC2DD ${n.pattern} \uD328\uD134\uACFC \uC77C\uCE58\uD574\uC57C \uD569\uB2C8\uB2E4`
                : `\uC798\uBABB\uB41C ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\uC798\uBABB\uB41C \uC22B\uC790: ${t.divisor}\uC758 \uBC30\uC218\uC5EC\uC57C \uD569\uB2C8\uB2E4`;
      case "unrecognized_keys":
        return `\uC778\uC2DD\uD560 \uC218 \uC5C6\uB294 \uD0A4: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\uC798\uBABB\uB41C \uD0A4: ${t.origin}`;
      case "invalid_union":
        return "\uC798\uBABB\uB41C \uC785\uB825";
      case "invalid_element":
        return `\uC798\uBABB\uB41C \uAC12: ${t.origin}`;
      default:
        return "\uC798\uBABB\uB41C \uC785\uB825";
    }
  };
};
function Rd() {
  return { localeError: Cv() };
}
var hr = (e) => e.charAt(0).toUpperCase() + e.slice(1);
function Fd(e) {
  const r = Math.abs(e),
    i = r % 10,
    o = r % 100;
  return (o >= 11 && o <= 19) || i === 0 ? "many" : i === 1 ? "one" : "few";
}
var Lv = () => {
  const e = {
    string: {
      unit: { one: "simbolis", few: "simboliai", many: "simboli\u0173" },
      verb: {
        smaller: {
          inclusive: "turi b\u016Bti ne ilgesn\u0117 kaip",
          notInclusive: "turi b\u016Bti trumpesn\u0117 kaip",
        },
        bigger: {
          inclusive: "turi b\u016Bti ne trumpesn\u0117 kaip",
          notInclusive: "turi b\u016Bti ilgesn\u0117 kaip",
        },
      },
    },
    file: {
      unit: { one: "baitas", few: "baitai", many: "bait\u0173" },
      verb: {
        smaller: {
          inclusive: "turi b\u016Bti ne didesnis kaip",
          notInclusive: "turi b\u016Bti ma\u017Eesnis kaip",
        },
        bigger: {
          inclusive: "turi b\u016Bti ne ma\u017Eesnis kaip",
          notInclusive: "turi b\u016Bti didesnis kaip",
        },
      },
    },
    array: {
      unit: { one: "element\u0105", few: "elementus", many: "element\u0173" },
      verb: {
        smaller: {
          inclusive: "turi tur\u0117ti ne daugiau kaip",
          notInclusive: "turi tur\u0117ti ma\u017Eiau kaip",
        },
        bigger: {
          inclusive: "turi tur\u0117ti ne ma\u017Eiau kaip",
          notInclusive: "turi tur\u0117ti daugiau kaip",
        },
      },
    },
    set: {
      unit: { one: "element\u0105", few: "elementus", many: "element\u0173" },
      verb: {
        smaller: {
          inclusive: "turi tur\u0117ti ne daugiau kaip",
          notInclusive: "turi tur\u0117ti ma\u017Eiau kaip",
        },
        bigger: {
          inclusive: "turi tur\u0117ti ne ma\u017Eiau kaip",
          notInclusive: "turi tur\u0117ti daugiau kaip",
        },
      },
    },
  };
  function r(t, n, a, u) {
    const s = e[t] ?? null;
    return s === null ? s : { unit: s.unit[n], verb: s.verb[u][a ? "inclusive" : "notInclusive"] };
  }
  const i = {
      regex: "\u012Fvestis",
      email: "el. pa\u0161to adresas",
      url: "URL",
      emoji: "jaustukas",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO data ir laikas",
      date: "ISO data",
      time: "ISO laikas",
      duration: "ISO trukm\u0117",
      ipv4: "IPv4 adresas",
      ipv6: "IPv6 adresas",
      mac: "MAC adresas",
      cidrv4: "IPv4 tinklo prefiksas (CIDR)",
      cidrv6: "IPv6 tinklo prefiksas (CIDR)",
      base64: "base64 u\u017Ekoduota eilut\u0117",
      base64url: "base64url u\u017Ekoduota eilut\u0117",
      json_string: "JSON eilut\u0117",
      e164: "E.164 numeris",
      credit_card: "kredito kortel\u0117s numeris",
      currency_code: "valiutos kodas",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u012Fvestis",
    },
    o = {
      nan: "NaN",
      number: "skai\u010Dius",
      bigint: "sveikasis skai\u010Dius",
      string: "eilut\u0117",
      boolean: "login\u0117 reik\u0161m\u0117",
      undefined: "neapibr\u0117\u017Eta reik\u0161m\u0117",
      function: "funkcija",
      symbol: "simbolis",
      array: "masyvas",
      object: "objektas",
      null: "nulin\u0117 reik\u0161m\u0117",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Gautas tipas ${u}, o tik\u0117tasi - instanceof ${t.expected}`
          : `Gautas tipas ${u}, o tik\u0117tasi - ${n}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Privalo b\u016Bti ${h(t.values[0])}`
          : `Privalo b\u016Bti vienas i\u0161 ${g(t.values, "|")} pasirinkim\u0173`;
      case "too_big": {
        const n = o[t.origin] ?? t.origin,
          a = r(t.origin, Fd(Number(t.maximum)), t.inclusive ?? !1, "smaller");
        if (a?.verb)
          return `${hr(n ?? t.origin ?? "reik\u0161m\u0117")} ${a.verb} ${t.maximum.toString()} ${a.unit ?? "element\u0173"}`;
        const u = t.inclusive ? "ne didesnis kaip" : "ma\u017Eesnis kaip";
        return `${hr(n ?? t.origin ?? "reik\u0161m\u0117")} turi b\u016Bti ${u} ${t.maximum.toString()} ${a?.unit}`;
      }
      case "too_small": {
        const n = o[t.origin] ?? t.origin,
          a = r(t.origin, Fd(Number(t.minimum)), t.inclusive ?? !1, "bigger");
        if (a?.verb)
          return `${hr(n ?? t.origin ?? "reik\u0161m\u0117")} ${a.verb} ${t.minimum.toString()} ${a.unit ?? "element\u0173"}`;
        const u = t.inclusive ? "ne ma\u017Eesnis kaip" : "didesnis kaip";
        return `${hr(n ?? t.origin ?? "reik\u0161m\u0117")} turi b\u016Bti ${u} ${t.minimum.toString()} ${a?.unit}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Eilut\u0117 privalo prasid\u0117ti "${n.prefix}"`
          : n.format === "ends_with"
            ? `Eilut\u0117 privalo pasibaigti "${n.suffix}"`
            : n.format === "includes"
              ? `Eilut\u0117 privalo \u012Ftraukti "${n.includes}"`
              : n.format === "regex"
                ? `Eilut\u0117 privalo atitikti ${n.pattern}`
                : `Neteisingas ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Skai\u010Dius privalo b\u016Bti ${t.divisor} kartotinis.`;
      case "unrecognized_keys":
        return `Neatpa\u017Eint${t.keys.length > 1 ? "i" : "as"} rakt${t.keys.length > 1 ? "ai" : "as"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return "Rastas klaidingas raktas";
      case "invalid_union":
        return "Klaidinga \u012Fvestis";
      case "invalid_element": {
        const n = o[t.origin] ?? t.origin;
        return `${hr(n ?? t.origin ?? "reik\u0161m\u0117")} turi klaiding\u0105 \u012Fvest\u012F`;
      }
      default:
        return "Klaidinga \u012Fvestis";
    }
  };
};
function Md() {
  return { localeError: Lv() };
}
var Vv = () => {
  const e = {
    string: {
      unit: "\u0437\u043D\u0430\u0446\u0438",
      verb: "\u0434\u0430 \u0438\u043C\u0430\u0430\u0442",
    },
    file: {
      unit: "\u0431\u0430\u0458\u0442\u0438",
      verb: "\u0434\u0430 \u0438\u043C\u0430\u0430\u0442",
    },
    array: {
      unit: "\u0441\u0442\u0430\u0432\u043A\u0438",
      verb: "\u0434\u0430 \u0438\u043C\u0430\u0430\u0442",
    },
    set: {
      unit: "\u0441\u0442\u0430\u0432\u043A\u0438",
      verb: "\u0434\u0430 \u0438\u043C\u0430\u0430\u0442",
    },
    map: {
      unit: "\u0441\u0442\u0430\u0432\u043A\u0438",
      verb: "\u0434\u0430 \u0438\u043C\u0430\u0430\u0442",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0432\u043D\u0435\u0441",
      email:
        "\u0430\u0434\u0440\u0435\u0441\u0430 \u043D\u0430 \u0435-\u043F\u043E\u0448\u0442\u0430",
      url: "URL",
      emoji: "\u0435\u043C\u043E\u045F\u0438",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u0434\u0430\u0442\u0443\u043C \u0438 \u0432\u0440\u0435\u043C\u0435",
      date: "ISO \u0434\u0430\u0442\u0443\u043C",
      time: "ISO \u0432\u0440\u0435\u043C\u0435",
      duration: "ISO \u0432\u0440\u0435\u043C\u0435\u0442\u0440\u0430\u0435\u045A\u0435",
      ipv4: "IPv4 \u0430\u0434\u0440\u0435\u0441\u0430",
      ipv6: "IPv6 \u0430\u0434\u0440\u0435\u0441\u0430",
      mac: "MAC \u0430\u0434\u0440\u0435\u0441\u0430",
      cidrv4: "IPv4 \u043E\u043F\u0441\u0435\u0433",
      cidrv6: "IPv6 \u043E\u043F\u0441\u0435\u0433",
      base64:
        "base64-\u0435\u043D\u043A\u043E\u0434\u0438\u0440\u0430\u043D\u0430 \u043D\u0438\u0437\u0430",
      base64url:
        "base64url-\u0435\u043D\u043A\u043E\u0434\u0438\u0440\u0430\u043D\u0430 \u043D\u0438\u0437\u0430",
      json_string: "JSON \u043D\u0438\u0437\u0430",
      e164: "E.164 \u0431\u0440\u043E\u0458",
      credit_card:
        "\u0431\u0440\u043E\u0458 \u043D\u0430 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430 \u043A\u0430\u0440\u0442\u0438\u0447\u043A\u0430",
      currency_code: "\u043A\u043E\u0434 \u043D\u0430 \u0432\u0430\u043B\u0443\u0442\u0430",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0432\u043D\u0435\u0441",
    },
    o = { nan: "NaN", number: "\u0431\u0440\u043E\u0458", array: "\u043D\u0438\u0437\u0430" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 instanceof ${t.expected}, \u043F\u0440\u0438\u043C\u0435\u043D\u043E ${u}`
          : `\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${n}, \u043F\u0440\u0438\u043C\u0435\u043D\u043E ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Invalid input: expected ${h(t.values[0])}`
          : `\u0413\u0440\u0435\u0448\u0430\u043D\u0430 \u043E\u043F\u0446\u0438\u0458\u0430: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 \u0435\u0434\u043D\u0430 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u0433\u043E\u043B\u0435\u043C: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${t.origin ?? "\u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442\u0430"} \u0434\u0430 \u0438\u043C\u0430 ${n}${t.maximum.toString()} ${a.unit ?? "\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0438"}`
          : `\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u0433\u043E\u043B\u0435\u043C: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${t.origin ?? "\u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442\u0430"} \u0434\u0430 \u0431\u0438\u0434\u0435 ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u043C\u0430\u043B: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${t.origin} \u0434\u0430 \u0438\u043C\u0430 ${n}${t.minimum.toString()} ${a.unit}`
          : `\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u043C\u0430\u043B: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${t.origin} \u0434\u0430 \u0431\u0438\u0434\u0435 ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0437\u0430\u043F\u043E\u0447\u043D\u0443\u0432\u0430 \u0441\u043E "${n.prefix}"`
          : n.format === "ends_with"
            ? `\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0437\u0430\u0432\u0440\u0448\u0443\u0432\u0430 \u0441\u043E "${n.suffix}"`
            : n.format === "includes"
              ? `\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0432\u043A\u043B\u0443\u0447\u0443\u0432\u0430 "${n.includes}"`
              : n.format === "regex"
                ? `\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u043E\u0434\u0433\u043E\u0430\u0440\u0430 \u043D\u0430 \u043F\u0430\u0442\u0435\u0440\u043D\u043E\u0442 ${n.pattern}`
                : `Invalid ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u0413\u0440\u0435\u0448\u0435\u043D \u0431\u0440\u043E\u0458: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0431\u0438\u0434\u0435 \u0434\u0435\u043B\u0438\u0432 \u0441\u043E ${t.divisor}`;
      case "unrecognized_keys":
        return `${t.keys.length > 1 ? "\u041D\u0435\u043F\u0440\u0435\u043F\u043E\u0437\u043D\u0430\u0435\u043D\u0438 \u043A\u043B\u0443\u0447\u0435\u0432\u0438" : "\u041D\u0435\u043F\u0440\u0435\u043F\u043E\u0437\u043D\u0430\u0435\u043D \u043A\u043B\u0443\u0447"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u0413\u0440\u0435\u0448\u0435\u043D \u043A\u043B\u0443\u0447 \u0432\u043E ${t.origin}`;
      case "invalid_union":
        return "\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441";
      case "invalid_element":
        return `\u0413\u0440\u0435\u0448\u043D\u0430 \u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442 \u0432\u043E ${t.origin}`;
      default:
        return "\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441";
    }
  };
};
function Jd() {
  return { localeError: Vv() };
}
var Rv = () => {
  const e = {
    string: { unit: "aksara", verb: "mempunyai" },
    file: { unit: "bait", verb: "mempunyai" },
    array: { unit: "elemen", verb: "mempunyai" },
    set: { unit: "elemen", verb: "mempunyai" },
    map: { unit: "elemen", verb: "mempunyai" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "input",
      email: "alamat e-mel",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "tarikh masa ISO",
      date: "tarikh ISO",
      time: "masa ISO",
      duration: "tempoh ISO",
      ipv4: "alamat IPv4",
      ipv6: "alamat IPv6",
      mac: "alamat MAC",
      cidrv4: "julat IPv4",
      cidrv6: "julat IPv6",
      base64: "string dikodkan base64",
      base64url: "string dikodkan base64url",
      json_string: "string JSON",
      e164: "nombor E.164",
      credit_card: "nombor kad kredit",
      currency_code: "kod mata wang",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input",
    },
    o = { nan: "NaN", number: "nombor" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Input tidak sah: dijangka instanceof ${t.expected}, diterima ${u}`
          : `Input tidak sah: dijangka ${n}, diterima ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Input tidak sah: dijangka ${h(t.values[0])}`
          : `Pilihan tidak sah: dijangka salah satu daripada ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Terlalu besar: dijangka ${t.origin ?? "nilai"} ${a.verb} ${n}${t.maximum.toString()} ${a.unit ?? "elemen"}`
          : `Terlalu besar: dijangka ${t.origin ?? "nilai"} adalah ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Terlalu kecil: dijangka ${t.origin} ${a.verb} ${n}${t.minimum.toString()} ${a.unit}`
          : `Terlalu kecil: dijangka ${t.origin} adalah ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `String tidak sah: mesti bermula dengan "${n.prefix}"`
          : n.format === "ends_with"
            ? `String tidak sah: mesti berakhir dengan "${n.suffix}"`
            : n.format === "includes"
              ? `String tidak sah: mesti mengandungi "${n.includes}"`
              : n.format === "regex"
                ? `String tidak sah: mesti sepadan dengan corak ${n.pattern}`
                : `${i[n.format] ?? t.format} tidak sah`;
      }
      case "not_multiple_of":
        return `Nombor tidak sah: perlu gandaan ${t.divisor}`;
      case "unrecognized_keys":
        return `Kunci tidak dikenali: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Kunci tidak sah dalam ${t.origin}`;
      case "invalid_union":
        return "Input tidak sah";
      case "invalid_element":
        return `Nilai tidak sah dalam ${t.origin}`;
      default:
        return "Input tidak sah";
    }
  };
};
function Bd() {
  return { localeError: Rv() };
}
var Fv = () => {
  const e = {
    string: {
      unit: "\u0905\u0915\u094D\u0937\u0930",
      verb: "\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B",
    },
    file: {
      unit: "\u092C\u093E\u0907\u091F",
      verb: "\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B",
    },
    array: {
      unit: "\u0924\u0924\u094D\u0935",
      verb: "\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B",
    },
    set: {
      unit: "\u0924\u0924\u094D\u0935",
      verb: "\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B",
    },
    map: {
      unit: "\u092A\u094D\u0930\u0935\u093F\u0937\u094D\u091F\u093F",
      verb: "\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0907\u0928\u092A\u0941\u091F",
      email: "\u0907\u092E\u0947\u0932 \u0920\u0947\u0917\u093E\u0928\u093E",
      url: "URL",
      emoji: "\u0907\u092E\u094B\u091C\u0940",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u092E\u093F\u0924\u093F \u0930 \u0938\u092E\u092F",
      date: "ISO \u092E\u093F\u0924\u093F",
      time: "ISO \u0938\u092E\u092F",
      duration: "ISO \u0905\u0935\u0927\u093F",
      ipv4: "IPv4 \u0920\u0947\u0917\u093E\u0928\u093E",
      ipv6: "IPv6 \u0920\u0947\u0917\u093E\u0928\u093E",
      mac: "MAC \u0920\u0947\u0917\u093E\u0928\u093E",
      cidrv4: "IPv4 \u0926\u093E\u092F\u0930\u093E",
      cidrv6: "IPv6 \u0926\u093E\u092F\u0930\u093E",
      base64:
        "base64-\u0907\u0928\u094D\u0915\u094B\u0921 \u0917\u0930\u093F\u090F\u0915\u094B \u0938\u094D\u091F\u094D\u0930\u093F\u0919",
      base64url:
        "base64url-\u0907\u0928\u094D\u0915\u094B\u0921 \u0917\u0930\u093F\u090F\u0915\u094B \u0938\u094D\u091F\u094D\u0930\u093F\u0919",
      json_string: "JSON \u0938\u094D\u091F\u094D\u0930\u093F\u0919",
      e164: "E.164 \u0928\u092E\u094D\u092C\u0930",
      credit_card:
        "\u0915\u094D\u0930\u0947\u0921\u093F\u091F \u0915\u093E\u0930\u094D\u0921 \u0928\u092E\u094D\u092C\u0930",
      currency_code: "\u092E\u0941\u0926\u094D\u0930\u093E \u0915\u094B\u0921",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0907\u0928\u092A\u0941\u091F",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${n}, \u092A\u094D\u0930\u093E\u092A\u094D\u0924 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${h(t.values[0])}`
          : `\u0905\u092E\u093E\u0928\u094D\u092F \u0935\u093F\u0915\u0932\u094D\u092A: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u092E\u093E\u0928\u0939\u0930\u0942 \u092E\u0927\u094D\u092F\u0947 \u090F\u0915 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u0927\u0947\u0930\u0948 \u0920\u0942\u0932\u094B: ${t.origin ?? "\u092E\u093E\u0928"} \u092E\u093E ${n}${t.maximum.toString()} ${a.unit} ${a.verb}`
          : `\u0927\u0947\u0930\u0948 \u0920\u0942\u0932\u094B: ${t.origin ?? "\u092E\u093E\u0928"} ${n}${t.maximum.toString()} \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u0927\u0947\u0930\u0948 \u0938\u093E\u0928\u094B: ${t.origin} \u092E\u093E ${n}${t.minimum.toString()} ${a.unit} ${a.verb}`
          : `\u0927\u0947\u0930\u0948 \u0938\u093E\u0928\u094B: ${t.origin} ${n}${t.minimum.toString()} \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${n.prefix}" \u092C\u093E\u091F \u0938\u0941\u0930\u0941 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`
          : n.format === "ends_with"
            ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${n.suffix}" \u092E\u093E \u0938\u092E\u093E\u092A\u094D\u0924 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`
            : n.format === "includes"
              ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${n.includes}" \u0938\u092E\u093E\u0935\u0947\u0936 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`
              : n.format === "regex"
                ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: \u0922\u093E\u0901\u091A\u093E ${n.pattern} \u0938\u0901\u0917 \u092E\u0947\u0932 \u0916\u093E\u0928\u0941\u092A\u0930\u094D\u091B`
                : `\u0905\u092E\u093E\u0928\u094D\u092F ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u0902\u0916\u094D\u092F\u093E: ${t.divisor} \u0915\u094B \u0917\u0941\u0923\u091C \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`;
      case "unrecognized_keys":
        return `\u0905\u092A\u0930\u093F\u091A\u093F\u0924 \u0915\u0941\u091E\u094D\u091C\u0940${t.keys.length > 1 ? "\u0939\u0930\u0942" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0915\u0941\u091E\u094D\u091C\u0940: ${t.origin} \u092E\u093E`;
      case "invalid_union":
        return t.options && Array.isArray(t.options) && t.options.length > 0
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0921\u093F\u0938\u094D\u0915\u094D\u0930\u093F\u092E\u093F\u0928\u0947\u091F\u0930 \u092E\u093E\u0928: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${t.options.map((a) => `'${a}'`).join(" | ")}`
          : "\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F";
      case "invalid_element":
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u092E\u093E\u0928: ${t.origin} \u092E\u093E`;
      default:
        return "\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F";
    }
  };
};
function Kd() {
  return { localeError: Fv() };
}
var Mv = () => {
  const e = {
    string: { unit: "tekens", verb: "heeft" },
    file: { unit: "bytes", verb: "heeft" },
    array: { unit: "elementen", verb: "heeft" },
    set: { unit: "elementen", verb: "heeft" },
    map: { unit: "elementen", verb: "heeft" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "invoer",
      email: "emailadres",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO datum en tijd",
      date: "ISO datum",
      time: "ISO tijd",
      duration: "ISO duur",
      ipv4: "IPv4-adres",
      ipv6: "IPv6-adres",
      mac: "MAC-adres",
      cidrv4: "IPv4-bereik",
      cidrv6: "IPv6-bereik",
      base64: "base64-gecodeerde tekst",
      base64url: "base64 URL-gecodeerde tekst",
      json_string: "JSON string",
      e164: "E.164-nummer",
      credit_card: "creditcardnummer",
      currency_code: "valutacode",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "invoer",
    },
    o = { nan: "NaN", number: "getal" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Ongeldige invoer: verwacht instanceof ${t.expected}, ontving ${u}`
          : `Ongeldige invoer: verwacht ${n}, ontving ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Ongeldige invoer: verwacht ${h(t.values[0])}`
          : `Ongeldige optie: verwacht \xE9\xE9n van ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin),
          u = t.origin === "date" ? "laat" : t.origin === "string" ? "lang" : "groot";
        return a
          ? `Te ${u}: verwacht dat ${t.origin ?? "waarde"} ${n}${t.maximum.toString()} ${a.unit ?? "elementen"} ${a.verb}`
          : `Te ${u}: verwacht dat ${t.origin ?? "waarde"} ${n}${t.maximum.toString()} is`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin),
          u = t.origin === "date" ? "vroeg" : t.origin === "string" ? "kort" : "klein";
        return a
          ? `Te ${u}: verwacht dat ${t.origin} ${n}${t.minimum.toString()} ${a.unit} ${a.verb}`
          : `Te ${u}: verwacht dat ${t.origin} ${n}${t.minimum.toString()} is`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Ongeldige tekst: moet met "${n.prefix}" beginnen`
          : n.format === "ends_with"
            ? `Ongeldige tekst: moet op "${n.suffix}" eindigen`
            : n.format === "includes"
              ? `Ongeldige tekst: moet "${n.includes}" bevatten`
              : n.format === "regex"
                ? `Ongeldige tekst: moet overeenkomen met patroon ${n.pattern}`
                : `Ongeldig: ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Ongeldig getal: moet een veelvoud van ${t.divisor} zijn`;
      case "unrecognized_keys":
        return `Onbekende key${t.keys.length > 1 ? "s" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Ongeldige key in ${t.origin}`;
      case "invalid_union":
        return "Ongeldige invoer";
      case "invalid_element":
        return `Ongeldige waarde in ${t.origin}`;
      default:
        return "Ongeldige invoer";
    }
  };
};
function Gd() {
  return { localeError: Mv() };
}
var Jv = () => {
  const e = {
    string: { unit: "teikn", verb: "\xE5 ha" },
    file: { unit: "bytes", verb: "\xE5 ha" },
    array: { unit: "element", verb: "\xE5 innehalde" },
    set: { unit: "element", verb: "\xE5 innehalde" },
    map: { unit: "element", verb: "\xE5 innehalde" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "input",
      email: "e-postadresse",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO dato- og klokkeslett",
      date: "ISO-dato",
      time: "ISO-klokkeslett",
      duration: "ISO-varigheit",
      ipv4: "IPv4-adresse",
      ipv6: "IPv6-adresse",
      mac: "MAC-adresse",
      cidrv4: "IPv4-spekter",
      cidrv6: "IPv6-spekter",
      base64: "base64-enkoda streng",
      base64url: "base64url-enkoda streng",
      json_string: "JSON-streng",
      e164: "E.164-nummer",
      credit_card: "kredittkortnummer",
      currency_code: "valutakode",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input",
    },
    o = { nan: "NaN", number: "tal", array: "liste" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Ugyldig input: forventa instanceof ${t.expected}, fekk ${u}`
          : `Ugyldig input: forventa ${n}, fekk ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Ugyldig verdi: forventa ${h(t.values[0])}`
          : `Ugyldig val: forventa eitt av ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `For stor(t): forventa ${t.origin ?? "value"} til \xE5 ha ${n}${t.maximum.toString()} ${a.unit ?? "element"}`
          : `For stor(t): forventa ${t.origin ?? "value"} til \xE5 ha ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `For lite(n): forventa ${t.origin} til \xE5 ha ${n}${t.minimum.toString()} ${a.unit}`
          : `For lite(n): forventa ${t.origin} til \xE5 ha ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Ugyldig streng: m\xE5 starte med "${n.prefix}"`
          : n.format === "ends_with"
            ? `Ugyldig streng: m\xE5 slutte med "${n.suffix}"`
            : n.format === "includes"
              ? `Ugyldig streng: m\xE5 innehalde "${n.includes}"`
              : n.format === "regex"
                ? `Ugyldig streng: m\xE5 matche m\xF8nsteret ${n.pattern}`
                : `Ugyldig ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Ugyldig tal: m\xE5 vere eit multiplum av ${t.divisor}`;
      case "unrecognized_keys":
        return `${t.keys.length > 1 ? "Ukjende n\xF8klar" : "Ukjend n\xF8kkel"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Ugyldig n\xF8kkel i ${t.origin}`;
      case "invalid_union":
        return "Ugyldig input";
      case "invalid_element":
        return `Ugyldig verdi i ${t.origin}`;
      default:
        return "Ugyldig input";
    }
  };
};
function Wd() {
  return { localeError: Jv() };
}
var Bv = () => {
  const e = {
    string: { unit: "tegn", verb: "\xE5 ha" },
    file: { unit: "bytes", verb: "\xE5 ha" },
    array: { unit: "elementer", verb: "\xE5 inneholde" },
    set: { unit: "elementer", verb: "\xE5 inneholde" },
    map: { unit: "elementer", verb: "\xE5 inneholde" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "input",
      email: "e-postadresse",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO dato- og klokkeslett",
      date: "ISO-dato",
      time: "ISO-klokkeslett",
      duration: "ISO-varighet",
      ipv4: "IPv4-adresse",
      ipv6: "IPv6-adresse",
      mac: "MAC-adresse",
      cidrv4: "IPv4-spekter",
      cidrv6: "IPv6-spekter",
      base64: "base64-enkodet streng",
      base64url: "base64url-enkodet streng",
      json_string: "JSON-streng",
      e164: "E.164-nummer",
      credit_card: "kredittkortnummer",
      currency_code: "valutakode",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input",
    },
    o = { nan: "NaN", number: "tall", array: "liste" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Ugyldig input: forventet instanceof ${t.expected}, fikk ${u}`
          : `Ugyldig input: forventet ${n}, fikk ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Ugyldig verdi: forventet ${h(t.values[0])}`
          : `Ugyldig valg: forventet en av ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `For stor(t): forventet ${t.origin ?? "value"} til \xE5 ha ${n}${t.maximum.toString()} ${a.unit ?? "elementer"}`
          : `For stor(t): forventet ${t.origin ?? "value"} til \xE5 ha ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `For lite(n): forventet ${t.origin} til \xE5 ha ${n}${t.minimum.toString()} ${a.unit}`
          : `For lite(n): forventet ${t.origin} til \xE5 ha ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Ugyldig streng: m\xE5 starte med "${n.prefix}"`
          : n.format === "ends_with"
            ? `Ugyldig streng: m\xE5 ende med "${n.suffix}"`
            : n.format === "includes"
              ? `Ugyldig streng: m\xE5 inneholde "${n.includes}"`
              : n.format === "regex"
                ? `Ugyldig streng: m\xE5 matche m\xF8nsteret ${n.pattern}`
                : `Ugyldig ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Ugyldig tall: m\xE5 v\xE6re et multiplum av ${t.divisor}`;
      case "unrecognized_keys":
        return `${t.keys.length > 1 ? "Ukjente n\xF8kler" : "Ukjent n\xF8kkel"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Ugyldig n\xF8kkel i ${t.origin}`;
      case "invalid_union":
        return "Ugyldig input";
      case "invalid_element":
        return `Ugyldig verdi i ${t.origin}`;
      default:
        return "Ugyldig input";
    }
  };
};
function Xd() {
  return { localeError: Bv() };
}
var Kv = () => {
  const e = {
    string: { unit: "harf", verb: "olmal\u0131d\u0131r" },
    file: { unit: "bayt", verb: "olmal\u0131d\u0131r" },
    array: { unit: "unsur", verb: "olmal\u0131d\u0131r" },
    set: { unit: "unsur", verb: "olmal\u0131d\u0131r" },
    map: { unit: "unsur", verb: "olmal\u0131d\u0131r" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "giren",
      email: "epostag\xE2h",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO heng\xE2m\u0131",
      date: "ISO tarihi",
      time: "ISO zaman\u0131",
      duration: "ISO m\xFCddeti",
      ipv4: "IPv4 ni\u015F\xE2n\u0131",
      ipv6: "IPv6 ni\u015F\xE2n\u0131",
      mac: "MAC ni\u015F\xE2n\u0131",
      cidrv4: "IPv4 menzili",
      cidrv6: "IPv6 menzili",
      base64: "base64-\u015Fifreli metin",
      base64url: "base64url-\u015Fifreli metin",
      json_string: "JSON metin",
      e164: "E.164 say\u0131s\u0131",
      credit_card: "i'tib\xE2r kart\u0131 numaras\u0131",
      currency_code: "para birimi kodu",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "giren",
    },
    o = { nan: "NaN", number: "numara", array: "saf", null: "gayb" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `F\xE2sit giren: umulan instanceof ${t.expected}, al\u0131nan ${u}`
          : `F\xE2sit giren: umulan ${n}, al\u0131nan ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `F\xE2sit giren: umulan ${h(t.values[0])}`
          : `F\xE2sit tercih: m\xFBteberler ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Fazla b\xFCy\xFCk: ${t.origin ?? "value"}, ${n}${t.maximum.toString()} ${a.unit ?? "elements"} sahip olmal\u0131yd\u0131.`
          : `Fazla b\xFCy\xFCk: ${t.origin ?? "value"}, ${n}${t.maximum.toString()} olmal\u0131yd\u0131.`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Fazla k\xFC\xE7\xFCk: ${t.origin}, ${n}${t.minimum.toString()} ${a.unit} sahip olmal\u0131yd\u0131.`
          : `Fazla k\xFC\xE7\xFCk: ${t.origin}, ${n}${t.minimum.toString()} olmal\u0131yd\u0131.`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `F\xE2sit metin: "${n.prefix}" ile ba\u015Flamal\u0131.`
          : n.format === "ends_with"
            ? `F\xE2sit metin: "${n.suffix}" ile bitmeli.`
            : n.format === "includes"
              ? `F\xE2sit metin: "${n.includes}" ihtiv\xE2 etmeli.`
              : n.format === "regex"
                ? `F\xE2sit metin: ${n.pattern} nak\u015F\u0131na uymal\u0131.`
                : `F\xE2sit ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `F\xE2sit say\u0131: ${t.divisor} kat\u0131 olmal\u0131yd\u0131.`;
      case "unrecognized_keys":
        return `Tan\u0131nmayan anahtar ${t.keys.length > 1 ? "s" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `${t.origin} i\xE7in tan\u0131nmayan anahtar var.`;
      case "invalid_union":
        return "Giren tan\u0131namad\u0131.";
      case "invalid_element":
        return `${t.origin} i\xE7in tan\u0131nmayan k\u0131ymet var.`;
      default:
        return "K\u0131ymet tan\u0131namad\u0131.";
    }
  };
};
function qd() {
  return { localeError: Kv() };
}
var Gv = () => {
  const e = {
    string: { unit: "\u062A\u0648\u06A9\u064A", verb: "\u0648\u0644\u0631\u064A" },
    file: { unit: "\u0628\u0627\u06CC\u067C\u0633", verb: "\u0648\u0644\u0631\u064A" },
    array: { unit: "\u062A\u0648\u06A9\u064A", verb: "\u0648\u0644\u0631\u064A" },
    set: { unit: "\u062A\u0648\u06A9\u064A", verb: "\u0648\u0644\u0631\u064A" },
    map: { unit: "\u062A\u0648\u06A9\u064A", verb: "\u0648\u0644\u0631\u064A" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0648\u0631\u0648\u062F\u064A",
      email: "\u0628\u0631\u06CC\u069A\u0646\u0627\u0644\u06CC\u06A9",
      url: "\u06CC\u0648 \u0622\u0631 \u0627\u0644",
      emoji: "\u0627\u06CC\u0645\u0648\u062C\u064A",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "\u0646\u06CC\u067C\u0647 \u0627\u0648 \u0648\u062E\u062A",
      date: "\u0646\u06D0\u067C\u0647",
      time: "\u0648\u062E\u062A",
      duration: "\u0645\u0648\u062F\u0647",
      ipv4: "\u062F IPv4 \u067E\u062A\u0647",
      ipv6: "\u062F IPv6 \u067E\u062A\u0647",
      mac: "\u062F MAC \u067E\u062A\u0647",
      cidrv4: "\u062F IPv4 \u0633\u0627\u062D\u0647",
      cidrv6: "\u062F IPv6 \u0633\u0627\u062D\u0647",
      base64: "base64-encoded \u0645\u062A\u0646",
      base64url: "base64url-encoded \u0645\u062A\u0646",
      json_string: "JSON \u0645\u062A\u0646",
      e164: "\u062F E.164 \u0634\u0645\u06D0\u0631\u0647",
      credit_card:
        "\u062F \u06A9\u0631\u06CC\u0689\u06CC\u067C \u06A9\u0627\u0631\u062A \u0634\u0645\u06CC\u0631\u0647",
      currency_code: "\u062F \u0627\u0633\u0639\u0627\u0631\u0648 \u06A9\u0648\u0689",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0648\u0631\u0648\u062F\u064A",
    },
    o = { nan: "NaN", number: "\u0639\u062F\u062F", array: "\u0627\u0631\u06D0" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F instanceof ${t.expected} \u0648\u0627\u06CC, \u0645\u06AB\u0631 ${u} \u062A\u0631\u0644\u0627\u0633\u0647 \u0634\u0648`
          : `\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F ${n} \u0648\u0627\u06CC, \u0645\u06AB\u0631 ${u} \u062A\u0631\u0644\u0627\u0633\u0647 \u0634\u0648`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F ${h(t.values[0])} \u0648\u0627\u06CC`
          : `\u0646\u0627\u0633\u0645 \u0627\u0646\u062A\u062E\u0627\u0628: \u0628\u0627\u06CC\u062F \u06CC\u0648 \u0644\u0647 ${g(t.values, "|")} \u0685\u062E\u0647 \u0648\u0627\u06CC`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u0689\u06CC\u0631 \u0644\u0648\u06CC: ${t.origin ?? "\u0627\u0631\u0632\u069A\u062A"} \u0628\u0627\u06CC\u062F ${n}${t.maximum.toString()} ${a.unit ?? "\u0639\u0646\u0635\u0631\u0648\u0646\u0647"} \u0648\u0644\u0631\u064A`
          : `\u0689\u06CC\u0631 \u0644\u0648\u06CC: ${t.origin ?? "\u0627\u0631\u0632\u069A\u062A"} \u0628\u0627\u06CC\u062F ${n}${t.maximum.toString()} \u0648\u064A`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u0689\u06CC\u0631 \u06A9\u0648\u0686\u0646\u06CC: ${t.origin} \u0628\u0627\u06CC\u062F ${n}${t.minimum.toString()} ${a.unit} \u0648\u0644\u0631\u064A`
          : `\u0689\u06CC\u0631 \u06A9\u0648\u0686\u0646\u06CC: ${t.origin} \u0628\u0627\u06CC\u062F ${n}${t.minimum.toString()} \u0648\u064A`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F "${n.prefix}" \u0633\u0631\u0647 \u067E\u06CC\u0644 \u0634\u064A`
          : n.format === "ends_with"
            ? `\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F "${n.suffix}" \u0633\u0631\u0647 \u067E\u0627\u06CC \u062A\u0647 \u0648\u0631\u0633\u064A\u0696\u064A`
            : n.format === "includes"
              ? `\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F "${n.includes}" \u0648\u0644\u0631\u064A`
              : n.format === "regex"
                ? `\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F ${n.pattern} \u0633\u0631\u0647 \u0645\u0637\u0627\u0628\u0642\u062A \u0648\u0644\u0631\u064A`
                : `${i[n.format] ?? t.format} \u0646\u0627\u0633\u0645 \u062F\u06CC`;
      }
      case "not_multiple_of":
        return `\u0646\u0627\u0633\u0645 \u0639\u062F\u062F: \u0628\u0627\u06CC\u062F \u062F ${t.divisor} \u0645\u0636\u0631\u0628 \u0648\u064A`;
      case "unrecognized_keys":
        return `\u0646\u0627\u0633\u0645 ${t.keys.length > 1 ? "\u06A9\u0644\u06CC\u0689\u0648\u0646\u0647" : "\u06A9\u0644\u06CC\u0689"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u0646\u0627\u0633\u0645 \u06A9\u0644\u06CC\u0689 \u067E\u0647 ${t.origin} \u06A9\u06D0`;
      case "invalid_union":
        return "\u0646\u0627\u0633\u0645\u0647 \u0648\u0631\u0648\u062F\u064A";
      case "invalid_element":
        return `\u0646\u0627\u0633\u0645 \u0639\u0646\u0635\u0631 \u067E\u0647 ${t.origin} \u06A9\u06D0`;
      default:
        return "\u0646\u0627\u0633\u0645\u0647 \u0648\u0631\u0648\u062F\u064A";
    }
  };
};
function Yd() {
  return { localeError: Gv() };
}
var Wv = () => {
  const e = {
    string: { unit: "znak\xF3w", verb: "mie\u0107" },
    file: { unit: "bajt\xF3w", verb: "mie\u0107" },
    array: { unit: "element\xF3w", verb: "mie\u0107" },
    set: { unit: "element\xF3w", verb: "mie\u0107" },
    map: { unit: "element\xF3w", verb: "mie\u0107" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "wyra\u017Cenie",
      email: "adres email",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "data i godzina w formacie ISO",
      date: "data w formacie ISO",
      time: "godzina w formacie ISO",
      duration: "czas trwania ISO",
      ipv4: "adres IPv4",
      ipv6: "adres IPv6",
      mac: "adres MAC",
      cidrv4: "zakres IPv4",
      cidrv6: "zakres IPv6",
      base64: "ci\u0105g znak\xF3w zakodowany w formacie base64",
      base64url: "ci\u0105g znak\xF3w zakodowany w formacie base64url",
      json_string: "ci\u0105g znak\xF3w w formacie JSON",
      e164: "liczba E.164",
      credit_card: "numer karty kredytowej",
      currency_code: "kod waluty",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "wej\u015Bcie",
    },
    o = { nan: "NaN", number: "liczba", array: "tablica" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano instanceof ${t.expected}, otrzymano ${u}`
          : `Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano ${n}, otrzymano ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano ${h(t.values[0])}`
          : `Nieprawid\u0142owa opcja: oczekiwano jednej z warto\u015Bci ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Za du\u017Ca warto\u015B\u0107: oczekiwano, \u017Ce ${t.origin ?? "warto\u015B\u0107"} b\u0119dzie mie\u0107 ${n}${t.maximum.toString()} ${a.unit ?? "element\xF3w"}`
          : `Zbyt du\u017C(y/a/e): oczekiwano, \u017Ce ${t.origin ?? "warto\u015B\u0107"} b\u0119dzie wynosi\u0107 ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Za ma\u0142a warto\u015B\u0107: oczekiwano, \u017Ce ${t.origin ?? "warto\u015B\u0107"} b\u0119dzie mie\u0107 ${n}${t.minimum.toString()} ${a.unit ?? "element\xF3w"}`
          : `Zbyt ma\u0142(y/a/e): oczekiwano, \u017Ce ${t.origin ?? "warto\u015B\u0107"} b\u0119dzie wynosi\u0107 ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Nieprawid\u0142owy ci\u0105g znak\xF3w: musi zaczyna\u0107 si\u0119 od "${n.prefix}"`
          : n.format === "ends_with"
            ? `Nieprawid\u0142owy ci\u0105g znak\xF3w: musi ko\u0144czy\u0107 si\u0119 na "${n.suffix}"`
            : n.format === "includes"
              ? `Nieprawid\u0142owy ci\u0105g znak\xF3w: musi zawiera\u0107 "${n.includes}"`
              : n.format === "regex"
                ? `Nieprawid\u0142owy ci\u0105g znak\xF3w: musi odpowiada\u0107 wzorcowi ${n.pattern}`
                : `Nieprawid\u0142ow(y/a/e) ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Nieprawid\u0142owa liczba: musi by\u0107 wielokrotno\u015Bci\u0105 ${t.divisor}`;
      case "unrecognized_keys":
        return `Nierozpoznane klucze${t.keys.length > 1 ? "s" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Nieprawid\u0142owy klucz w ${t.origin}`;
      case "invalid_union":
        return "Nieprawid\u0142owe dane wej\u015Bciowe";
      case "invalid_element":
        return `Nieprawid\u0142owa warto\u015B\u0107 w ${t.origin}`;
      default:
        return "Nieprawid\u0142owe dane wej\u015Bciowe";
    }
  };
};
function Hd() {
  return { localeError: Wv() };
}
var Xv = () => {
  const e = {
    string: { unit: "caracteres" },
    file: { unit: "bytes" },
    array: { unit: "elementos" },
    set: { unit: "elementos" },
    map: { unit: "entradas" },
  };
  function r(a) {
    return e[a] ?? null;
  }
  const i = {
      regex: "a entrada",
      email: "o endere\xE7o de e-mail",
      url: "o URL",
      emoji: "o emoji",
      uuid: "o UUID",
      uuidv4: "o UUIDv4",
      uuidv6: "o UUIDv6",
      nanoid: "o nanoid",
      guid: "o GUID",
      cuid: "o cuid",
      cuid2: "o cuid2",
      ulid: "o ULID",
      xid: "o XID",
      ksuid: "o KSUID",
      datetime: "a data e hora ISO",
      date: "a data ISO",
      time: "a hora ISO",
      duration: "a dura\xE7\xE3o ISO",
      ipv4: "o endere\xE7o IPv4",
      ipv6: "o endere\xE7o IPv6",
      mac: "o endere\xE7o MAC",
      cidrv4: "o intervalo de endere\xE7os IPv4",
      cidrv6: "o intervalo de endere\xE7os IPv6",
      base64: "o texto codificado em base64",
      base64url: "o texto codificado em base64url",
      json_string: "o texto JSON",
      e164: "o n\xFAmero E.164",
      credit_card: "o n\xFAmero de cart\xE3o de cr\xE9dito",
      currency_code: "o c\xF3digo de moeda",
      iban: "o IBAN",
      jwt: "o JWT",
      template_literal: "a entrada",
    },
    o = {
      masculine: { definite: "o", indefinite: "um" },
      feminine: { definite: "a", indefinite: "uma" },
    },
    t = {
      string: { name: "texto", articles: o.masculine },
      number: { name: "n\xFAmero", articles: o.masculine },
      int: { name: "n\xFAmero inteiro", articles: o.masculine },
      boolean: { name: "valor booleano", articles: o.masculine },
      bigint: { name: "n\xFAmero bigint", articles: o.masculine },
      symbol: { name: "s\xEDmbolo", articles: o.masculine },
      undefined: { name: 'valor "undefined"', articles: o.masculine },
      null: { name: 'valor "nulo"', articles: o.masculine },
      never: { name: 'valor "never"', articles: o.masculine },
      void: { name: 'valor "void"', articles: o.masculine },
      date: { name: "data", articles: o.feminine },
      array: { name: "vetor", articles: o.masculine },
      object: { name: "objeto", articles: o.masculine },
      tuple: { name: "tuplo", articles: o.masculine },
      record: { name: "registo", articles: o.masculine },
      map: { name: "mapa", articles: o.masculine },
      set: { name: "conjunto", articles: o.masculine },
      file: { name: "ficheiro", articles: o.masculine },
      nonoptional: { name: "valor n\xE3o opcional", articles: o.masculine },
      nan: { name: 'valor "NaN"', articles: o.masculine },
      function: { name: "fun\xE7\xE3o", articles: o.feminine },
    };
  function n(a, u) {
    const s = t[a] ?? { name: `valor "${a}"`, articles: o.masculine };
    return `${s.articles[u]} ${s.name}`;
  }
  return (a) => {
    switch (a.code) {
      case "invalid_type": {
        const u = n(a.expected, "indefinite"),
          s = y(a.input),
          c = n(s, "indefinite");
        return `Entrada inv\xE1lida: esperava ${u}, recebeu ${c}`;
      }
      case "invalid_value":
        return a.values.length === 1
          ? `Entrada inv\xE1lida: esperava ${h(a.values[0])}`
          : `Op\xE7\xE3o inv\xE1lida: esperava uma das seguintes op\xE7\xF5es: ${g(a.values, "|")}`;
      case "too_big": {
        const u = a.inclusive ? "<=" : "<",
          s = r(a.origin);
        return s
          ? `Demasiado grande: esperava que ${n(a.origin, "definite")} tivesse ${u} ${a.maximum.toString()} ${s.unit ?? "elementos"}`
          : `Demasiado grande: esperava que ${n(a.origin, "definite")} fosse ${u} ${a.maximum.toString()}`;
      }
      case "too_small": {
        const u = a.inclusive ? ">=" : ">",
          s = r(a.origin);
        return s
          ? `Demasiado pequeno: esperava que ${n(a.origin, "definite")} tivesse ${u} ${a.minimum.toString()} ${s.unit ?? "elementos"}`
          : `Demasiado pequeno: esperava que ${n(a.origin, "definite")} fosse ${u} ${a.minimum.toString()}`;
      }
      case "invalid_format": {
        const u = a;
        return u.format === "starts_with"
          ? `Texto inv\xE1lido: deve come\xE7ar por "${u.prefix}"`
          : u.format === "ends_with"
            ? `Texto inv\xE1lido: deve terminar em "${u.suffix}"`
            : u.format === "includes"
              ? `Texto inv\xE1lido: deve incluir "${u.includes}"`
              : u.format === "regex"
                ? `Texto inv\xE1lido: deve corresponder ao padr\xE3o ${u.pattern}`
                : `Formato d${i[u.format] ?? a.format} inv\xE1lido`;
      }
      case "not_multiple_of":
        return `N\xFAmero inv\xE1lido: deve ser m\xFAltiplo de ${a.divisor}`;
      case "unrecognized_keys": {
        const u = a.keys.length > 1 ? "s" : "";
        return `Chave${u} inv\xE1lida${u}: ${g(a.keys, ", ")}`;
      }
      case "invalid_key":
        return `Entrada inv\xE1lida n${n(a.origin, "definite")}`;
      case "invalid_union":
        return a.options && Array.isArray(a.options) && a.options.length > 0
          ? `Valor de discrimina\xE7\xE3o inv\xE1lido. Esperava ${a.options.map((s) => `'${s}'`).join(" | ")}`
          : "Entrada inv\xE1lida";
      case "invalid_element":
        return `Entrada inv\xE1lida n${n(a.origin, "definite")}`;
      default:
        return "Entrada inv\xE1lida";
    }
  };
};
function Qd() {
  return { localeError: Xv() };
}
var qv = () => {
  const e = {
    string: { unit: "caracteres" },
    file: { unit: "bytes" },
    array: { unit: "elementos" },
    set: { unit: "elementos" },
    map: { unit: "entradas" },
  };
  function r(a) {
    return e[a] ?? null;
  }
  const i = {
      regex: "a entrada",
      email: "o endere\xE7o de e-mail",
      url: "o URL",
      emoji: "o emoji",
      uuid: "o UUID",
      uuidv4: "o UUIDv4",
      uuidv6: "o UUIDv6",
      nanoid: "o nanoid",
      guid: "o GUID",
      cuid: "o cuid",
      cuid2: "o cuid2",
      ulid: "o ULID",
      xid: "o XID",
      ksuid: "o KSUID",
      datetime: "a data e hora ISO",
      date: "a data ISO",
      time: "a hora ISO",
      duration: "a dura\xE7\xE3o ISO",
      ipv4: "o endere\xE7o IPv4",
      ipv6: "o endere\xE7o IPv6",
      mac: "o endere\xE7o MAC",
      cidrv4: "a faixa de endere\xE7os IPv4",
      cidrv6: "a faixa de endere\xE7os IPv6",
      base64: "o texto codificado em base64",
      base64url: "o texto codificado em base64url",
      json_string: "o texto JSON",
      e164: "o n\xFAmero E.164",
      credit_card: "o n\xFAmero de cart\xE3o de cr\xE9dito",
      currency_code: "o c\xF3digo de moeda",
      iban: "o IBAN",
      jwt: "o JWT",
      template_literal: "a entrada",
    },
    o = {
      masculine: { definite: "o", indefinite: "um" },
      feminine: { definite: "a", indefinite: "uma" },
    },
    t = {
      string: { name: "texto", articles: o.masculine },
      number: { name: "n\xFAmero", articles: o.masculine },
      int: { name: "n\xFAmero inteiro", articles: o.masculine },
      boolean: { name: "valor booleano", articles: o.masculine },
      bigint: { name: "n\xFAmero bigint", articles: o.masculine },
      symbol: { name: "s\xEDmbolo", articles: o.masculine },
      undefined: { name: 'valor "undefined"', articles: o.masculine },
      null: { name: 'valor "nulo"', articles: o.masculine },
      never: { name: 'valor "never"', articles: o.masculine },
      void: { name: 'valor "void"', articles: o.masculine },
      date: { name: "data", articles: o.feminine },
      array: { name: "vetor", articles: o.masculine },
      object: { name: "objeto", articles: o.masculine },
      tuple: { name: "tupla", articles: o.feminine },
      record: { name: "registro", articles: o.masculine },
      map: { name: "mapa", articles: o.masculine },
      set: { name: "conjunto", articles: o.masculine },
      file: { name: "arquivo", articles: o.masculine },
      nonoptional: { name: "valor n\xE3o opcional", articles: o.masculine },
      nan: { name: 'valor "NaN"', articles: o.masculine },
      function: { name: "fun\xE7\xE3o", articles: o.feminine },
    };
  function n(a, u) {
    const s = t[a] ?? { name: `valor "${a}"`, articles: o.masculine };
    return `${s.articles[u]} ${s.name}`;
  }
  return (a) => {
    switch (a.code) {
      case "invalid_type": {
        const u = n(a.expected, "indefinite"),
          s = y(a.input),
          c = n(s, "indefinite");
        return `Entrada inv\xE1lida: esperava ${u}, recebeu ${c}`;
      }
      case "invalid_value":
        return a.values.length === 1
          ? `Entrada inv\xE1lida: esperava ${h(a.values[0])}`
          : `Op\xE7\xE3o inv\xE1lida: esperava uma das seguintes op\xE7\xF5es: ${g(a.values, "|")}`;
      case "too_big": {
        const u = a.inclusive ? "<=" : "<",
          s = r(a.origin);
        return s
          ? `Grande demais: esperava que ${n(a.origin, "definite")} tivesse ${u} ${a.maximum.toString()} ${s.unit ?? "elementos"}`
          : `Grande demais: esperava que ${n(a.origin, "definite")} fosse ${u} ${a.maximum.toString()}`;
      }
      case "too_small": {
        const u = a.inclusive ? ">=" : ">",
          s = r(a.origin);
        return s
          ? `Pequeno demais: esperava que ${n(a.origin, "definite")} tivesse ${u} ${a.minimum.toString()} ${s.unit ?? "elementos"}`
          : `Pequeno demais: esperava que ${n(a.origin, "definite")} fosse ${u} ${a.minimum.toString()}`;
      }
      case "invalid_format": {
        const u = a;
        return u.format === "starts_with"
          ? `Texto inv\xE1lido: deve come\xE7ar com "${u.prefix}"`
          : u.format === "ends_with"
            ? `Texto inv\xE1lido: deve terminar com "${u.suffix}"`
            : u.format === "includes"
              ? `Texto inv\xE1lido: deve incluir "${u.includes}"`
              : u.format === "regex"
                ? `Texto inv\xE1lido: deve corresponder ao padr\xE3o ${u.pattern}`
                : `Formato d${i[u.format] ?? a.format} inv\xE1lido`;
      }
      case "not_multiple_of":
        return `N\xFAmero inv\xE1lido: deve ser m\xFAltiplo de ${a.divisor}`;
      case "unrecognized_keys": {
        const u = a.keys.length > 1 ? "s" : "";
        return `Chave${u} inv\xE1lida${u}: ${g(a.keys, ", ")}`;
      }
      case "invalid_key":
        return `Entrada inv\xE1lida n${n(a.origin, "definite")}`;
      case "invalid_union":
        return a.options && Array.isArray(a.options) && a.options.length > 0
          ? `Valor de discrimina\xE7\xE3o inv\xE1lido. Esperava ${a.options.map((s) => `'${s}'`).join(" | ")}`
          : "Entrada inv\xE1lida";
      case "invalid_element":
        return `Entrada inv\xE1lida n${n(a.origin, "definite")}`;
      default:
        return "Entrada inv\xE1lida";
    }
  };
};
function ef() {
  return { localeError: qv() };
}
var Yv = () => {
  const e = {
    string: { unit: "caractere", verb: "s\u0103 aib\u0103" },
    file: { unit: "octe\u021Bi", verb: "s\u0103 aib\u0103" },
    array: { unit: "elemente", verb: "s\u0103 aib\u0103" },
    set: { unit: "elemente", verb: "s\u0103 aib\u0103" },
    map: { unit: "intr\u0103ri", verb: "s\u0103 aib\u0103" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "intrare",
      email: "adres\u0103 de email",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "dat\u0103 \u0219i or\u0103 ISO",
      date: "dat\u0103 ISO",
      time: "or\u0103 ISO",
      duration: "durat\u0103 ISO",
      ipv4: "adres\u0103 IPv4",
      ipv6: "adres\u0103 IPv6",
      mac: "adres\u0103 MAC",
      cidrv4: "interval IPv4",
      cidrv6: "interval IPv6",
      base64: "\u0219ir codat base64",
      base64url: "\u0219ir codat base64url",
      json_string: "\u0219ir JSON",
      e164: "num\u0103r E.164",
      credit_card: "num\u0103r de card de credit",
      currency_code: "cod valutar",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "intrare",
    },
    o = {
      nan: "NaN",
      string: "\u0219ir",
      number: "num\u0103r",
      boolean: "boolean",
      function: "func\u021Bie",
      array: "matrice",
      object: "obiect",
      undefined: "nedefinit",
      symbol: "simbol",
      bigint: "num\u0103r mare",
      void: "void",
      never: "never",
      map: "hart\u0103",
      set: "set",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return `Intrare invalid\u0103: a\u0219teptat ${n}, primit ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Intrare invalid\u0103: a\u0219teptat ${h(t.values[0])}`
          : `Op\u021Biune invalid\u0103: a\u0219teptat una dintre ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Prea mare: a\u0219teptat ca ${t.origin ?? "valoarea"} ${a.verb} ${n}${t.maximum.toString()} ${a.unit ?? "elemente"}`
          : `Prea mare: a\u0219teptat ca ${t.origin ?? "valoarea"} s\u0103 fie ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Prea mic: a\u0219teptat ca ${t.origin} ${a.verb} ${n}${t.minimum.toString()} ${a.unit}`
          : `Prea mic: a\u0219teptat ca ${t.origin} s\u0103 fie ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0218ir invalid: trebuie s\u0103 \xEEnceap\u0103 cu "${n.prefix}"`
          : n.format === "ends_with"
            ? `\u0218ir invalid: trebuie s\u0103 se termine cu "${n.suffix}"`
            : n.format === "includes"
              ? `\u0218ir invalid: trebuie s\u0103 includ\u0103 "${n.includes}"`
              : n.format === "regex"
                ? `\u0218ir invalid: trebuie s\u0103 se potriveasc\u0103 cu modelul ${n.pattern}`
                : `Format invalid: ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Num\u0103r invalid: trebuie s\u0103 fie multiplu de ${t.divisor}`;
      case "unrecognized_keys":
        return `Chei nerecunoscute: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Cheie invalid\u0103 \xEEn ${t.origin}`;
      case "invalid_union":
        return "Intrare invalid\u0103";
      case "invalid_element":
        return `Valoare invalid\u0103 \xEEn ${t.origin}`;
      default:
        return "Intrare invalid\u0103";
    }
  };
};
function tf() {
  return { localeError: Yv() };
}
function rf(e, r, i, o) {
  const t = Math.abs(e),
    n = t % 10,
    a = t % 100;
  return a >= 11 && a <= 19 ? o : n === 1 ? r : n >= 2 && n <= 4 ? i : o;
}
var Hv = () => {
  const e = {
    string: {
      unit: {
        one: "\u0441\u0438\u043C\u0432\u043E\u043B",
        few: "\u0441\u0438\u043C\u0432\u043E\u043B\u0430",
        many: "\u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432",
      },
      verb: "\u0438\u043C\u0435\u0442\u044C",
    },
    file: {
      unit: {
        one: "\u0431\u0430\u0439\u0442",
        few: "\u0431\u0430\u0439\u0442\u0430",
        many: "\u0431\u0430\u0439\u0442",
      },
      verb: "\u0438\u043C\u0435\u0442\u044C",
    },
    array: {
      unit: {
        one: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442",
        few: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",
        many: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432",
      },
      verb: "\u0438\u043C\u0435\u0442\u044C",
    },
    set: {
      unit: {
        one: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442",
        few: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",
        many: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432",
      },
      verb: "\u0438\u043C\u0435\u0442\u044C",
    },
    map: {
      unit: {
        one: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442",
        few: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",
        many: "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432",
      },
      verb: "\u0438\u043C\u0435\u0442\u044C",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0432\u0432\u043E\u0434",
      email: "email \u0430\u0434\u0440\u0435\u0441",
      url: "URL",
      emoji: "\u044D\u043C\u043E\u0434\u0437\u0438",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u0434\u0430\u0442\u0430 \u0438 \u0432\u0440\u0435\u043C\u044F",
      date: "ISO \u0434\u0430\u0442\u0430",
      time: "ISO \u0432\u0440\u0435\u043C\u044F",
      duration: "ISO \u0434\u043B\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C",
      ipv4: "IPv4 \u0430\u0434\u0440\u0435\u0441",
      ipv6: "IPv6 \u0430\u0434\u0440\u0435\u0441",
      mac: "MAC \u0430\u0434\u0440\u0435\u0441",
      cidrv4: "IPv4 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",
      cidrv6: "IPv6 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",
      base64:
        "\u0441\u0442\u0440\u043E\u043A\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 base64",
      base64url:
        "\u0441\u0442\u0440\u043E\u043A\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 base64url",
      json_string: "JSON \u0441\u0442\u0440\u043E\u043A\u0430",
      e164: "\u043D\u043E\u043C\u0435\u0440 E.164",
      credit_card:
        "\u043D\u043E\u043C\u0435\u0440 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u043E\u0439 \u043A\u0430\u0440\u0442\u044B",
      currency_code: "\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u044B",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0432\u0432\u043E\u0434",
    },
    o = {
      nan: "NaN",
      number: "\u0447\u0438\u0441\u043B\u043E",
      array: "\u043C\u0430\u0441\u0441\u0438\u0432",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C instanceof ${t.expected}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u043E ${u}`
          : `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C ${n}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u043E ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C ${h(t.values[0])}`
          : `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0430\u0440\u0438\u0430\u043D\u0442: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C \u043E\u0434\u043D\u043E \u0438\u0437 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        if (a) {
          const u = Number(t.maximum),
            s = rf(u, a.unit.one, a.unit.few, a.unit.many);
          return `\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${t.origin ?? "\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435"} \u0431\u0443\u0434\u0435\u0442 \u0438\u043C\u0435\u0442\u044C ${n}${t.maximum.toString()} ${s}`;
        }
        return `\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${t.origin ?? "\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435"} \u0431\u0443\u0434\u0435\u0442 ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        if (a) {
          const u = Number(t.minimum),
            s = rf(u, a.unit.one, a.unit.few, a.unit.many);
          return `\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${t.origin} \u0431\u0443\u0434\u0435\u0442 \u0438\u043C\u0435\u0442\u044C ${n}${t.minimum.toString()} ${s}`;
        }
        return `\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${t.origin} \u0431\u0443\u0434\u0435\u0442 ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u043D\u0430\u0447\u0438\u043D\u0430\u0442\u044C\u0441\u044F \u0441 "${n.prefix}"`
          : n.format === "ends_with"
            ? `\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0437\u0430\u043A\u0430\u043D\u0447\u0438\u0432\u0430\u0442\u044C\u0441\u044F \u043D\u0430 "${n.suffix}"`
            : n.format === "includes"
              ? `\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442\u044C "${n.includes}"`
              : n.format === "regex"
                ? `\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0441\u043E\u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u043E\u0432\u0430\u0442\u044C \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${n.pattern}`
                : `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u041D\u0435\u0432\u0435\u0440\u043D\u043E\u0435 \u0447\u0438\u0441\u043B\u043E: \u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u043A\u0440\u0430\u0442\u043D\u044B\u043C ${t.divisor}`;
      case "unrecognized_keys":
        return `\u041D\u0435\u0440\u0430\u0441\u043F\u043E\u0437\u043D\u0430\u043D\u043D${t.keys.length > 1 ? "\u044B\u0435" : "\u044B\u0439"} \u043A\u043B\u044E\u0447${t.keys.length > 1 ? "\u0438" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u043A\u043B\u044E\u0447 \u0432 ${t.origin}`;
      case "invalid_union":
        return "\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435";
      case "invalid_element":
        return `\u041D\u0435\u0432\u0435\u0440\u043D\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u0432 ${t.origin}`;
      default:
        return "\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435";
    }
  };
};
function nf() {
  return { localeError: Hv() };
}
var Qv = () => {
  const e = {
    string: { unit: "znakov", verb: "ma\u0165" },
    file: { unit: "bajtov", verb: "ma\u0165" },
    array: { unit: "prvkov", verb: "ma\u0165" },
    set: { unit: "prvkov", verb: "ma\u0165" },
    map: { unit: "polo\u017Eiek", verb: "ma\u0165" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "regul\xE1rny v\xFDraz",
      email: "e-mailov\xE1 adresa",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "d\xE1tum a \u010Das vo form\xE1te ISO",
      date: "d\xE1tum vo form\xE1te ISO",
      time: "\u010Das vo form\xE1te ISO",
      duration: "doba trvania ISO",
      ipv4: "IPv4 adresa",
      ipv6: "IPv6 adresa",
      mac: "MAC adresa",
      cidrv4: "rozsah IPv4",
      cidrv6: "rozsah IPv6",
      base64: "re\u0165azec zak\xF3dovan\xFD vo form\xE1te base64",
      base64url: "re\u0165azec zak\xF3dovan\xFD vo form\xE1te base64url",
      json_string: "re\u0165azec vo form\xE1te JSON",
      e164: "\u010D\xEDslo E.164",
      credit_card: "\u010D\xEDslo kreditnej karty",
      currency_code: "k\xF3d meny",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "vstup",
    },
    o = {
      nan: "NaN",
      number: "\u010D\xEDslo",
      string: "re\u0165azec",
      function: "funkcia",
      array: "pole",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 instanceof ${t.expected}, obdr\u017Ean\xE9 ${u}`
          : `Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 ${n}, obdr\u017Ean\xE9 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 ${h(t.values[0])}`
          : `Neplatn\xFD vstup: o\u010Dak\xE1van\xE1 jedna z hodn\xF4t ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Hodnota je pr\xEDli\u0161 ve\u013Ek\xE1: ${t.origin ?? "hodnota"} mus\xED ma\u0165 ${n}${t.maximum.toString()} ${a.unit ?? "prvkov"}`
          : `Hodnota je pr\xEDli\u0161 ve\u013Ek\xE1: ${t.origin ?? "hodnota"} mus\xED by\u0165 ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Hodnota je pr\xEDli\u0161 mal\xE1: ${t.origin ?? "hodnota"} mus\xED ma\u0165 ${n}${t.minimum.toString()} ${a.unit ?? "prvkov"}`
          : `Hodnota je pr\xEDli\u0161 mal\xE1: ${t.origin ?? "hodnota"} mus\xED by\u0165 ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Neplatn\xFD re\u0165azec: mus\xED za\u010D\xEDna\u0165 na "${n.prefix}"`
          : n.format === "ends_with"
            ? `Neplatn\xFD re\u0165azec: mus\xED kon\u010Di\u0165 na "${n.suffix}"`
            : n.format === "includes"
              ? `Neplatn\xFD re\u0165azec: mus\xED obsahova\u0165 "${n.includes}"`
              : n.format === "regex"
                ? `Neplatn\xFD re\u0165azec: mus\xED zodpoveda\u0165 vzoru ${n.pattern}`
                : `Neplatn\xFD form\xE1t ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Neplatn\xE9 \u010D\xEDslo: mus\xED by\u0165 n\xE1sobkom ${t.divisor}`;
      case "unrecognized_keys":
        return `Nezn\xE1me kl\xFA\u010De: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Neplatn\xFD kl\xFA\u010D v ${t.origin}`;
      case "invalid_union":
        return "Neplatn\xFD vstup";
      case "invalid_element":
        return `Neplatn\xE1 hodnota v ${t.origin}`;
      default:
        return "Neplatn\xFD vstup";
    }
  };
};
function of() {
  return { localeError: Qv() };
}
var e$ = () => {
  const e = {
    string: { unit: "znakov", verb: "imeti" },
    file: { unit: "bajtov", verb: "imeti" },
    array: { unit: "elementov", verb: "imeti" },
    set: { unit: "elementov", verb: "imeti" },
    map: { unit: "elementov", verb: "imeti" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "vnos",
      email: "e-po\u0161tni naslov",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO datum in \u010Das",
      date: "ISO datum",
      time: "ISO \u010Das",
      duration: "ISO trajanje",
      ipv4: "IPv4 naslov",
      ipv6: "IPv6 naslov",
      mac: "MAC naslov",
      cidrv4: "obseg IPv4",
      cidrv6: "obseg IPv6",
      base64: "base64 kodiran niz",
      base64url: "base64url kodiran niz",
      json_string: "JSON niz",
      e164: "E.164 \u0161tevilka",
      credit_card: "\u0161tevilka kreditne kartice",
      currency_code: "koda valute",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "vnos",
    },
    o = { nan: "NaN", number: "\u0161tevilo", array: "tabela" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Neveljaven vnos: pri\u010Dakovano instanceof ${t.expected}, prejeto ${u}`
          : `Neveljaven vnos: pri\u010Dakovano ${n}, prejeto ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Neveljaven vnos: pri\u010Dakovano ${h(t.values[0])}`
          : `Neveljavna mo\u017Enost: pri\u010Dakovano eno izmed ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Preveliko: pri\u010Dakovano, da bo ${t.origin ?? "vrednost"} imelo ${n}${t.maximum.toString()} ${a.unit ?? "elementov"}`
          : `Preveliko: pri\u010Dakovano, da bo ${t.origin ?? "vrednost"} ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Premajhno: pri\u010Dakovano, da bo ${t.origin} imelo ${n}${t.minimum.toString()} ${a.unit}`
          : `Premajhno: pri\u010Dakovano, da bo ${t.origin} ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Neveljaven niz: mora se za\u010Deti z "${n.prefix}"`
          : n.format === "ends_with"
            ? `Neveljaven niz: mora se kon\u010Dati z "${n.suffix}"`
            : n.format === "includes"
              ? `Neveljaven niz: mora vsebovati "${n.includes}"`
              : n.format === "regex"
                ? `Neveljaven niz: mora ustrezati vzorcu ${n.pattern}`
                : `Neveljaven ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Neveljavno \u0161tevilo: mora biti ve\u010Dkratnik ${t.divisor}`;
      case "unrecognized_keys":
        return `Neprepoznan${t.keys.length > 1 ? "i klju\u010Di" : " klju\u010D"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Neveljaven klju\u010D v ${t.origin}`;
      case "invalid_union":
        return "Neveljaven vnos";
      case "invalid_element":
        return `Neveljavna vrednost v ${t.origin}`;
      default:
        return "Neveljaven vnos";
    }
  };
};
function af() {
  return { localeError: e$() };
}
var t$ = () => {
  const e = {
    string: { unit: "tecken", verb: "att ha" },
    file: { unit: "bytes", verb: "att ha" },
    array: { unit: "objekt", verb: "att inneh\xE5lla" },
    set: { unit: "objekt", verb: "att inneh\xE5lla" },
    map: { unit: "objekt", verb: "att inneh\xE5lla" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "regulj\xE4rt uttryck",
      email: "e-postadress",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO-datum och tid",
      date: "ISO-datum",
      time: "ISO-tid",
      duration: "ISO-varaktighet",
      ipv4: "IPv4-adress",
      ipv6: "IPv6-adress",
      mac: "MAC-adress",
      cidrv4: "IPv4-spektrum",
      cidrv6: "IPv6-spektrum",
      base64: "base64-kodad str\xE4ng",
      base64url: "base64url-kodad str\xE4ng",
      json_string: "JSON-str\xE4ng",
      e164: "E.164-nummer",
      credit_card: "kreditkortsnummer",
      currency_code: "valutakod",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "mall-literal",
    },
    o = { nan: "NaN", number: "antal", array: "lista" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Ogiltig inmatning: f\xF6rv\xE4ntat instanceof ${t.expected}, fick ${u}`
          : `Ogiltig inmatning: f\xF6rv\xE4ntat ${n}, fick ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Ogiltig inmatning: f\xF6rv\xE4ntat ${h(t.values[0])}`
          : `Ogiltigt val: f\xF6rv\xE4ntade en av ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `F\xF6r stor(t): f\xF6rv\xE4ntade ${t.origin ?? "v\xE4rdet"} att ha ${n}${t.maximum.toString()} ${a.unit ?? "element"}`
          : `F\xF6r stor(t): f\xF6rv\xE4ntat ${t.origin ?? "v\xE4rdet"} att ha ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `F\xF6r lite(t): f\xF6rv\xE4ntade ${t.origin ?? "v\xE4rdet"} att ha ${n}${t.minimum.toString()} ${a.unit}`
          : `F\xF6r lite(t): f\xF6rv\xE4ntade ${t.origin ?? "v\xE4rdet"} att ha ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Ogiltig str\xE4ng: m\xE5ste b\xF6rja med "${n.prefix}"`
          : n.format === "ends_with"
            ? `Ogiltig str\xE4ng: m\xE5ste sluta med "${n.suffix}"`
            : n.format === "includes"
              ? `Ogiltig str\xE4ng: m\xE5ste inneh\xE5lla "${n.includes}"`
              : n.format === "regex"
                ? `Ogiltig str\xE4ng: m\xE5ste matcha m\xF6nstret "${n.pattern}"`
                : `Ogiltig(t) ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Ogiltigt tal: m\xE5ste vara en multipel av ${t.divisor}`;
      case "unrecognized_keys":
        return `${t.keys.length > 1 ? "Ok\xE4nda nycklar" : "Ok\xE4nd nyckel"}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Ogiltig nyckel i ${t.origin ?? "v\xE4rdet"}`;
      case "invalid_union":
        return "Ogiltig input";
      case "invalid_element":
        return `Ogiltigt v\xE4rde i ${t.origin ?? "v\xE4rdet"}`;
      default:
        return "Ogiltig input";
    }
  };
};
function uf() {
  return { localeError: t$() };
}
var r$ = () => {
  const e = {
    string: {
      unit: "\u0B8E\u0BB4\u0BC1\u0BA4\u0BCD\u0BA4\u0BC1\u0B95\u0BCD\u0B95\u0BB3\u0BCD",
      verb: "\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD",
    },
    file: {
      unit: "\u0BAA\u0BC8\u0B9F\u0BCD\u0B9F\u0BC1\u0B95\u0BB3\u0BCD",
      verb: "\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD",
    },
    array: {
      unit: "\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",
      verb: "\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD",
    },
    set: {
      unit: "\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",
      verb: "\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD",
    },
    map: {
      unit: "\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",
      verb: "\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1",
      email:
        "\u0BAE\u0BBF\u0BA9\u0BCD\u0BA9\u0B9E\u0BCD\u0B9A\u0BB2\u0BCD \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u0BA4\u0BC7\u0BA4\u0BBF \u0BA8\u0BC7\u0BB0\u0BAE\u0BCD",
      date: "ISO \u0BA4\u0BC7\u0BA4\u0BBF",
      time: "ISO \u0BA8\u0BC7\u0BB0\u0BAE\u0BCD",
      duration: "ISO \u0B95\u0BBE\u0BB2 \u0B85\u0BB3\u0BB5\u0BC1",
      ipv4: "IPv4 \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",
      ipv6: "IPv6 \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",
      mac: "MAC \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",
      cidrv4: "IPv4 \u0BB5\u0BB0\u0BAE\u0BCD\u0BAA\u0BC1",
      cidrv6: "IPv6 \u0BB5\u0BB0\u0BAE\u0BCD\u0BAA\u0BC1",
      base64: "base64-encoded \u0B9A\u0BB0\u0BAE\u0BCD",
      base64url: "base64url-encoded \u0B9A\u0BB0\u0BAE\u0BCD",
      json_string: "JSON \u0B9A\u0BB0\u0BAE\u0BCD",
      e164: "E.164 \u0B8E\u0BA3\u0BCD",
      credit_card: "\u0B95\u0B9F\u0BA9\u0BCD \u0B85\u0B9F\u0BCD\u0B9F\u0BC8 \u0B8E\u0BA3\u0BCD",
      currency_code:
        "\u0BA8\u0BBE\u0BA3\u0BAF\u0B95\u0BCD \u0B95\u0BC1\u0BB1\u0BBF\u0BAF\u0BC0\u0B9F\u0BC1",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input",
    },
    o = {
      nan: "NaN",
      number: "\u0B8E\u0BA3\u0BCD",
      array: "\u0B85\u0BA3\u0BBF",
      null: "\u0BB5\u0BC6\u0BB1\u0BC1\u0BAE\u0BC8",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 instanceof ${t.expected}, \u0BAA\u0BC6\u0BB1\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${u}`
          : `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${n}, \u0BAA\u0BC6\u0BB1\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${h(t.values[0])}`
          : `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BB5\u0BBF\u0BB0\u0BC1\u0BAA\u0BCD\u0BAA\u0BAE\u0BCD: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${g(t.values, "|")} \u0B87\u0BB2\u0BCD \u0B92\u0BA9\u0BCD\u0BB1\u0BC1`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u0BAE\u0BBF\u0B95 \u0BAA\u0BC6\u0BB0\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${t.origin ?? "\u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1"} ${n}${t.maximum.toString()} ${a.unit ?? "\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD"} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
          : `\u0BAE\u0BBF\u0B95 \u0BAA\u0BC6\u0BB0\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${t.origin ?? "\u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1"} ${n}${t.maximum.toString()} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u0BAE\u0BBF\u0B95\u0B9A\u0BCD \u0B9A\u0BBF\u0BB1\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${t.origin} ${n}${t.minimum.toString()} ${a.unit} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
          : `\u0BAE\u0BBF\u0B95\u0B9A\u0BCD \u0B9A\u0BBF\u0BB1\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${t.origin} ${n}${t.minimum.toString()} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${n.prefix}" \u0B87\u0BB2\u0BCD \u0BA4\u0BCA\u0B9F\u0B99\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
          : n.format === "ends_with"
            ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${n.suffix}" \u0B87\u0BB2\u0BCD \u0BAE\u0BC1\u0B9F\u0BBF\u0BB5\u0B9F\u0BC8\u0BAF \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
            : n.format === "includes"
              ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${n.includes}" \u0B90 \u0B89\u0BB3\u0BCD\u0BB3\u0B9F\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
              : n.format === "regex"
                ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: ${n.pattern} \u0BAE\u0BC1\u0BB1\u0BC8\u0BAA\u0BBE\u0B9F\u0BCD\u0B9F\u0BC1\u0B9F\u0BA9\u0BCD \u0BAA\u0BCA\u0BB0\u0BC1\u0BA8\u0BCD\u0BA4 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
                : `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B8E\u0BA3\u0BCD: ${t.divisor} \u0B87\u0BA9\u0BCD \u0BAA\u0BB2\u0BAE\u0BBE\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`;
      case "unrecognized_keys":
        return `\u0B85\u0B9F\u0BC8\u0BAF\u0BBE\u0BB3\u0BAE\u0BCD \u0BA4\u0BC6\u0BB0\u0BBF\u0BAF\u0BBE\u0BA4 \u0BB5\u0BBF\u0B9A\u0BC8${t.keys.length > 1 ? "\u0B95\u0BB3\u0BCD" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `${t.origin} \u0B87\u0BB2\u0BCD \u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BB5\u0BBF\u0B9A\u0BC8`;
      case "invalid_union":
        return "\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1";
      case "invalid_element":
        return `${t.origin} \u0B87\u0BB2\u0BCD \u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1`;
      default:
        return "\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1";
    }
  };
};
function cf() {
  return { localeError: r$() };
}
var n$ = () => {
  const e = {
    string: {
      unit: "\u0430\u043B\u043E\u043C\u0430\u0442",
      verb: "\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434",
    },
    file: {
      unit: "\u0431\u0430\u0439\u0442",
      verb: "\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434",
    },
    array: {
      unit: "\u0443\u043D\u0441\u0443\u0440",
      verb: "\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434",
    },
    set: {
      unit: "\u0443\u043D\u0441\u0443\u0440",
      verb: "\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434",
    },
    map: {
      unit: "\u0441\u0430\u0431\u0442",
      verb: "\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0432\u0443\u0440\u0443\u0434",
      email: "\u0441\u0443\u0440\u043E\u0493\u0430\u0438 email",
      url: "URL",
      emoji: "\u044D\u043C\u043E\u04B7\u0438",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "\u0441\u0430\u043D\u0430\u0432\u0443 \u0432\u0430\u049B\u0442\u0438 ISO",
      date: "\u0441\u0430\u043D\u0430\u0438 ISO",
      time: "\u0432\u0430\u049B\u0442\u0438 ISO",
      duration: "\u0434\u0430\u0432\u043E\u043C\u043D\u043E\u043A\u0438\u0438 ISO",
      ipv4: "\u0441\u0443\u0440\u043E\u0493\u0430\u0438 IPv4",
      ipv6: "\u0441\u0443\u0440\u043E\u0493\u0430\u0438 IPv6",
      mac: "\u0441\u0443\u0440\u043E\u0493\u0430\u0438 MAC",
      cidrv4: "\u043C\u0430\u04B3\u0434\u0443\u0434\u0430\u0438 IPv4",
      cidrv6: "\u043C\u0430\u04B3\u0434\u0443\u0434\u0430\u0438 IPv6",
      base64:
        "\u0441\u0430\u0442\u0440\u0438 \u0434\u0430\u0440 \u0444\u043E\u0440\u043C\u0430\u0442\u0438 base64",
      base64url:
        "\u0441\u0430\u0442\u0440\u0438 \u0434\u0430\u0440 \u0444\u043E\u0440\u043C\u0430\u0442\u0438 base64url",
      json_string: "\u0441\u0430\u0442\u0440\u0438 JSON",
      e164: "\u0440\u0430\u049B\u0430\u043C\u0438 E.164",
      credit_card:
        "\u0440\u0430\u049B\u0430\u043C\u0438 \u043A\u043E\u0440\u0442\u0438 \u043A\u0440\u0435\u0434\u0438\u0442\u04E3",
      currency_code: "\u0440\u0430\u043C\u0437\u0438 \u0430\u0441\u044A\u043E\u0440",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0432\u0443\u0440\u0443\u0434",
    },
    o = {
      nan: "NaN",
      number: "\u0440\u0430\u049B\u0430\u043C",
      string: "\u0441\u0430\u0442\u0440",
      array: "\u043C\u0430\u0441\u0441\u0438\u0432",
      object: "\u043E\u0431\u044A\u0435\u043A\u0442",
      date: "\u0441\u0430\u043D\u0430",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return `\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: ${n} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442, ${u} \u0433\u0438\u0440\u0438\u0444\u0442\u0430 \u0448\u0443\u0434`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: ${h(t.values[0])} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`
          : `\u0418\u043D\u0442\u0438\u0445\u043E\u0431\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u044F\u043A\u0435 \u0430\u0437 ${g(t.values, "|")} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u0425\u0435\u043B\u0435 \u043A\u0430\u043B\u043E\u043D: ${t.origin ?? "\u049B\u0438\u043C\u0430\u0442"} \u0431\u043E\u044F\u0434 ${n}${t.maximum.toString()} ${a.unit} ${a.verb}`
          : `\u0425\u0435\u043B\u0435 \u043A\u0430\u043B\u043E\u043D: ${t.origin ?? "\u049B\u0438\u043C\u0430\u0442"} \u0431\u043E\u044F\u0434 ${n}${t.maximum.toString()} \u0431\u043E\u0448\u0430\u0434`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u0425\u0435\u043B\u0435 \u0445\u0443\u0440\u0434: ${t.origin} \u0431\u043E\u044F\u0434 ${n}${t.minimum.toString()} ${a.unit} ${a.verb}`
          : `\u0425\u0435\u043B\u0435 \u0445\u0443\u0440\u0434: ${t.origin} \u0431\u043E\u044F\u0434 ${n}${t.minimum.toString()} \u0431\u043E\u0448\u0430\u0434`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u043E "${n.prefix}" \u043E\u0493\u043E\u0437 \u0448\u0430\u0432\u0430\u0434`
          : n.format === "ends_with"
            ? `\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u043E "${n.suffix}" \u0430\u043D\u04B7\u043E\u043C \u0451\u0431\u0430\u0434`
            : n.format === "includes"
              ? `\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 "${n.includes}"-\u0440\u043E \u0434\u0430\u0440 \u0431\u0430\u0440 \u0433\u0438\u0440\u0430\u0434`
              : n.format === "regex"
                ? `\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u0430 \u043D\u0430\u043C\u0443\u043D\u0430\u0438 ${n.pattern} \u043C\u0443\u0432\u043E\u0444\u0438\u049B\u0430\u0442 \u043A\u0443\u043D\u0430\u0434`
                : `${i[n.format] ?? t.format}-\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442`;
      }
      case "not_multiple_of":
        return `\u0420\u0430\u049B\u0430\u043C\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u0430 ${t.divisor} \u0431\u0435 \u0431\u0430\u049B\u0438\u044F \u0442\u0430\u049B\u0441\u0438\u043C \u0448\u0430\u0432\u0430\u0434`;
      case "unrecognized_keys":
        return `\u041A\u0430\u043B\u0438\u0434${t.keys.length > 1 ? "\u04B3\u043E\u0438" : "\u0438"} \u043D\u043E\u043C\u0430\u044A\u043B\u0443\u043C: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u041A\u0430\u043B\u0438\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442 \u0434\u0430\u0440 ${t.origin}`;
      case "invalid_union":
        return t.options && Array.isArray(t.options) && t.options.length > 0
          ? `\u049A\u0438\u043C\u0430\u0442\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442\u0438 \u0434\u0438\u0441\u043A\u0440\u0438\u043C\u0438\u043D\u0430\u0442\u043E\u0440: ${t.options.map((a) => `'${a}'`).join(" | ")} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`
          : "\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442";
      case "invalid_element":
        return `\u049A\u0438\u043C\u0430\u0442\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442 \u0434\u0430\u0440 ${t.origin}`;
      default:
        return "\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442";
    }
  };
};
function sf() {
  return { localeError: n$() };
}
var i$ = () => {
  const e = {
    string: {
      unit: "\u0E15\u0E31\u0E27\u0E2D\u0E31\u0E01\u0E29\u0E23",
      verb: "\u0E04\u0E27\u0E23\u0E21\u0E35",
    },
    file: { unit: "\u0E44\u0E1A\u0E15\u0E4C", verb: "\u0E04\u0E27\u0E23\u0E21\u0E35" },
    array: { unit: "\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23", verb: "\u0E04\u0E27\u0E23\u0E21\u0E35" },
    set: { unit: "\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23", verb: "\u0E04\u0E27\u0E23\u0E21\u0E35" },
    map: { unit: "\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23", verb: "\u0E04\u0E27\u0E23\u0E21\u0E35" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E17\u0E35\u0E48\u0E1B\u0E49\u0E2D\u0E19",
      email: "\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E2D\u0E35\u0E40\u0E21\u0E25",
      url: "URL",
      emoji: "\u0E2D\u0E34\u0E42\u0E21\u0E08\u0E34",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime:
        "\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",
      date: "\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E41\u0E1A\u0E1A ISO",
      time: "\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",
      duration: "\u0E0A\u0E48\u0E27\u0E07\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",
      ipv4: "\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 IPv4",
      ipv6: "\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 IPv6",
      mac: "\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 MAC",
      cidrv4: "\u0E0A\u0E48\u0E27\u0E07 IP \u0E41\u0E1A\u0E1A IPv4",
      cidrv6: "\u0E0A\u0E48\u0E27\u0E07 IP \u0E41\u0E1A\u0E1A IPv6",
      base64: "\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A Base64",
      base64url:
        "\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A Base64 \u0E2A\u0E33\u0E2B\u0E23\u0E31\u0E1A URL",
      json_string: "\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A JSON",
      e164: "\u0E40\u0E1A\u0E2D\u0E23\u0E4C\u0E42\u0E17\u0E23\u0E28\u0E31\u0E1E\u0E17\u0E4C\u0E23\u0E30\u0E2B\u0E27\u0E48\u0E32\u0E07\u0E1B\u0E23\u0E30\u0E40\u0E17\u0E28 (E.164)",
      credit_card:
        "\u0E2B\u0E21\u0E32\u0E22\u0E40\u0E25\u0E02\u0E1A\u0E31\u0E15\u0E23\u0E40\u0E04\u0E23\u0E14\u0E34\u0E15",
      currency_code: "\u0E23\u0E2B\u0E31\u0E2A\u0E2A\u0E01\u0E38\u0E25\u0E40\u0E07\u0E34\u0E19",
      iban: "IBAN",
      jwt: "\u0E42\u0E17\u0E40\u0E04\u0E19 JWT",
      template_literal:
        "\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E17\u0E35\u0E48\u0E1B\u0E49\u0E2D\u0E19",
    },
    o = {
      nan: "NaN",
      number: "\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02",
      array: "\u0E2D\u0E32\u0E23\u0E4C\u0E40\u0E23\u0E22\u0E4C (Array)",
      null: "\u0E44\u0E21\u0E48\u0E21\u0E35\u0E04\u0E48\u0E32 (null)",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u0E1B\u0E23\u0E30\u0E40\u0E20\u0E17\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 instanceof ${t.expected} \u0E41\u0E15\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A ${u}`
          : `\u0E1B\u0E23\u0E30\u0E40\u0E20\u0E17\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 ${n} \u0E41\u0E15\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0E04\u0E48\u0E32\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 ${h(t.values[0])}`
          : `\u0E15\u0E31\u0E27\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19\u0E2B\u0E19\u0E36\u0E48\u0E07\u0E43\u0E19 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive
            ? "\u0E44\u0E21\u0E48\u0E40\u0E01\u0E34\u0E19"
            : "\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32",
          a = r(t.origin);
        return a
          ? `\u0E40\u0E01\u0E34\u0E19\u0E01\u0E33\u0E2B\u0E19\u0E14: ${t.origin ?? "\u0E04\u0E48\u0E32"} \u0E04\u0E27\u0E23\u0E21\u0E35${n} ${t.maximum.toString()} ${a.unit ?? "\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23"}`
          : `\u0E40\u0E01\u0E34\u0E19\u0E01\u0E33\u0E2B\u0E19\u0E14: ${t.origin ?? "\u0E04\u0E48\u0E32"} \u0E04\u0E27\u0E23\u0E21\u0E35${n} ${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive
            ? "\u0E2D\u0E22\u0E48\u0E32\u0E07\u0E19\u0E49\u0E2D\u0E22"
            : "\u0E21\u0E32\u0E01\u0E01\u0E27\u0E48\u0E32",
          a = r(t.origin);
        return a
          ? `\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32\u0E01\u0E33\u0E2B\u0E19\u0E14: ${t.origin} \u0E04\u0E27\u0E23\u0E21\u0E35${n} ${t.minimum.toString()} ${a.unit}`
          : `\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32\u0E01\u0E33\u0E2B\u0E19\u0E14: ${t.origin} \u0E04\u0E27\u0E23\u0E21\u0E35${n} ${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22 "${n.prefix}"`
          : n.format === "ends_with"
            ? `\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E25\u0E07\u0E17\u0E49\u0E32\u0E22\u0E14\u0E49\u0E27\u0E22 "${n.suffix}"`
            : n.format === "includes"
              ? `\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E21\u0E35 "${n.includes}" \u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21`
              : n.format === "regex"
                ? `\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E15\u0E49\u0E2D\u0E07\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E17\u0E35\u0E48\u0E01\u0E33\u0E2B\u0E19\u0E14 ${n.pattern}`
                : `\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E08\u0E33\u0E19\u0E27\u0E19\u0E17\u0E35\u0E48\u0E2B\u0E32\u0E23\u0E14\u0E49\u0E27\u0E22 ${t.divisor} \u0E44\u0E14\u0E49\u0E25\u0E07\u0E15\u0E31\u0E27`;
      case "unrecognized_keys":
        return `\u0E1E\u0E1A\u0E04\u0E35\u0E22\u0E4C\u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E23\u0E39\u0E49\u0E08\u0E31\u0E01: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u0E04\u0E35\u0E22\u0E4C\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E19 ${t.origin}`;
      case "invalid_union":
        return "\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E44\u0E21\u0E48\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E22\u0E39\u0E40\u0E19\u0E35\u0E22\u0E19\u0E17\u0E35\u0E48\u0E01\u0E33\u0E2B\u0E19\u0E14\u0E44\u0E27\u0E49";
      case "invalid_element":
        return `\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E19 ${t.origin}`;
      default:
        return "\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07";
    }
  };
};
function lf() {
  return { localeError: i$() };
}
var o$ = () => {
  const e = {
    string: { unit: "simwol", verb: "bolmaly" },
    file: { unit: "ba\xFDt", verb: "bolmaly" },
    array: { unit: "elementler", verb: "bolmaly" },
    set: { unit: "elementler", verb: "bolmaly" },
    map: { unit: "elementler", verb: "bolmaly" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "giri\u015F",
      email: "e-po\xE7ta salgysy",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO sene we wagt",
      date: "ISO sene",
      time: "ISO wagt",
      duration: "ISO wagt aralygy",
      ipv4: "IPv4 salgysy",
      ipv6: "IPv6 salgysy",
      mac: "MAC salgysy",
      cidrv4: "IPv4 aralygy",
      cidrv6: "IPv6 aralygy",
      base64: "base64 bilen \u015Fifrlenen setir",
      base64url: "base64url bilen \u015Fifrlenen setir",
      json_string: "JSON setiri",
      e164: "E.164 nomeri",
      credit_card: "kredit kartyny\u0148 nomeri",
      currency_code: "wal\xFDuta kody",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u015Fablon",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return `N\xE4dogry baha: gara\u015Fylan ${n} \xFDerine ${u} alyndy`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `N\xE4dogry baha: ${h(t.values[0])} bolmaly`
          : `N\xE4dogry sa\xFDlaw: a\u015Fakdakylardan biri bolmaly: ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Has uly: gara\u015Fyl\xFDan ${t.origin ?? "baha"} ${n} ${t.maximum.toString()} ${a.unit ?? "element"}`
          : `Has uly: gara\u015Fyl\xFDan ${t.origin ?? "baha"} ${n} ${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Has ki\xE7i: gara\u015Fyl\xFDan ${t.origin} ${n} ${t.minimum.toString()} ${a.unit}`
          : `Has ki\xE7i: gara\u015Fyl\xFDan ${t.origin} ${n} ${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `N\xE4dogry setir: "${n.prefix}" bilen ba\u015Flamaly`
          : n.format === "ends_with"
            ? `N\xE4dogry setir: "${n.suffix}" bilen gutarmaly`
            : n.format === "includes"
              ? `N\xE4dogry setir: "${n.includes}" saklamaly`
              : n.format === "regex"
                ? `N\xE4dogry setir: ${n.pattern} nusga la\xFDyk bolmaly`
                : `N\xE4dogry ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `N\xE4dogry san: ${t.divisor} bilen galyndysyz b\xF6l\xFCnmeli`;
      case "unrecognized_keys":
        return `Tanalma\xFDan a\xE7ar${t.keys.length > 1 ? "lar" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `${t.origin} i\xE7inde n\xE4dogry a\xE7ar`;
      case "invalid_union":
        return "N\xE4dogry baha";
      case "invalid_element":
        return `${t.origin} i\xE7inde n\xE4dogry baha`;
      default:
        return "N\xE4dogry baha";
    }
  };
};
function df() {
  return { localeError: o$() };
}
var a$ = () => {
  const e = {
    string: { unit: "karakter", verb: "olmal\u0131" },
    file: { unit: "bayt", verb: "olmal\u0131" },
    array: { unit: "\xF6\u011Fe", verb: "olmal\u0131" },
    set: { unit: "\xF6\u011Fe", verb: "olmal\u0131" },
    map: { unit: "\xF6\u011Fe", verb: "olmal\u0131" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "girdi",
      email: "e-posta adresi",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO tarih ve saat",
      date: "ISO tarih",
      time: "ISO saat",
      duration: "ISO s\xFCre",
      ipv4: "IPv4 adresi",
      ipv6: "IPv6 adresi",
      mac: "MAC adresi",
      cidrv4: "IPv4 aral\u0131\u011F\u0131",
      cidrv6: "IPv6 aral\u0131\u011F\u0131",
      base64: "base64 ile \u015Fifrelenmi\u015F metin",
      base64url: "base64url ile \u015Fifrelenmi\u015F metin",
      json_string: "JSON dizesi",
      e164: "E.164 say\u0131s\u0131",
      credit_card: "kredi kart\u0131 numaras\u0131",
      currency_code: "para birimi kodu",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u015Eablon dizesi",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Ge\xE7ersiz de\u011Fer: beklenen instanceof ${t.expected}, al\u0131nan ${u}`
          : `Ge\xE7ersiz de\u011Fer: beklenen ${n}, al\u0131nan ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Ge\xE7ersiz de\u011Fer: beklenen ${h(t.values[0])}`
          : `Ge\xE7ersiz se\xE7enek: a\u015Fa\u011F\u0131dakilerden biri olmal\u0131: ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\xC7ok b\xFCy\xFCk: beklenen ${t.origin ?? "de\u011Fer"} ${n}${t.maximum.toString()} ${a.unit ?? "\xF6\u011Fe"}`
          : `\xC7ok b\xFCy\xFCk: beklenen ${t.origin ?? "de\u011Fer"} ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\xC7ok k\xFC\xE7\xFCk: beklenen ${t.origin} ${n}${t.minimum.toString()} ${a.unit}`
          : `\xC7ok k\xFC\xE7\xFCk: beklenen ${t.origin} ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Ge\xE7ersiz metin: "${n.prefix}" ile ba\u015Flamal\u0131`
          : n.format === "ends_with"
            ? `Ge\xE7ersiz metin: "${n.suffix}" ile bitmeli`
            : n.format === "includes"
              ? `Ge\xE7ersiz metin: "${n.includes}" i\xE7ermeli`
              : n.format === "regex"
                ? `Ge\xE7ersiz metin: ${n.pattern} desenine uymal\u0131`
                : `Ge\xE7ersiz ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Ge\xE7ersiz say\u0131: ${t.divisor} ile tam b\xF6l\xFCnebilmeli`;
      case "unrecognized_keys":
        return `Tan\u0131nmayan anahtar${t.keys.length > 1 ? "lar" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `${t.origin} i\xE7inde ge\xE7ersiz anahtar`;
      case "invalid_union":
        return "Ge\xE7ersiz de\u011Fer";
      case "invalid_element":
        return `${t.origin} i\xE7inde ge\xE7ersiz de\u011Fer`;
      default:
        return "Ge\xE7ersiz de\u011Fer";
    }
  };
};
function ff() {
  return { localeError: a$() };
}
var u$ = () => {
  const e = {
    string: {
      unit: "\u0441\u0438\u043C\u0432\u043E\u043B\u0456\u0432",
      verb: "\u043C\u0430\u0442\u0438\u043C\u0435",
    },
    file: {
      unit: "\u0431\u0430\u0439\u0442\u0456\u0432",
      verb: "\u043C\u0430\u0442\u0438\u043C\u0435",
    },
    array: {
      unit: "\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",
      verb: "\u043C\u0430\u0442\u0438\u043C\u0435",
    },
    set: {
      unit: "\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",
      verb: "\u043C\u0430\u0442\u0438\u043C\u0435",
    },
    map: {
      unit: "\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",
      verb: "\u043C\u0430\u0442\u0438\u043C\u0435",
    },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456",
      email:
        "\u0430\u0434\u0440\u0435\u0441\u0430 \u0435\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0457 \u043F\u043E\u0448\u0442\u0438",
      url: "URL",
      emoji: "\u0435\u043C\u043E\u0434\u0437\u0456",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "\u0434\u0430\u0442\u0430 \u0442\u0430 \u0447\u0430\u0441 ISO",
      date: "\u0434\u0430\u0442\u0430 ISO",
      time: "\u0447\u0430\u0441 ISO",
      duration: "\u0442\u0440\u0438\u0432\u0430\u043B\u0456\u0441\u0442\u044C ISO",
      ipv4: "\u0430\u0434\u0440\u0435\u0441\u0430 IPv4",
      ipv6: "\u0430\u0434\u0440\u0435\u0441\u0430 IPv6",
      mac: "\u0430\u0434\u0440\u0435\u0441\u0430 MAC",
      cidrv4: "\u0434\u0456\u0430\u043F\u0430\u0437\u043E\u043D IPv4",
      cidrv6: "\u0434\u0456\u0430\u043F\u0430\u0437\u043E\u043D IPv6",
      base64:
        "\u0440\u044F\u0434\u043E\u043A \u0443 \u043A\u043E\u0434\u0443\u0432\u0430\u043D\u043D\u0456 base64",
      base64url:
        "\u0440\u044F\u0434\u043E\u043A \u0443 \u043A\u043E\u0434\u0443\u0432\u0430\u043D\u043D\u0456 base64url",
      json_string: "\u0440\u044F\u0434\u043E\u043A JSON",
      e164: "\u043D\u043E\u043C\u0435\u0440 E.164",
      credit_card:
        "\u043D\u043E\u043C\u0435\u0440 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u043E\u0457 \u043A\u0430\u0440\u0442\u043A\u0438",
      currency_code: "\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u0438",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456",
    },
    o = {
      nan: "NaN",
      number: "\u0447\u0438\u0441\u043B\u043E",
      array: "\u043C\u0430\u0441\u0438\u0432",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F instanceof ${t.expected}, \u043E\u0442\u0440\u0438\u043C\u0430\u043D\u043E ${u}`
          : `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F ${n}, \u043E\u0442\u0440\u0438\u043C\u0430\u043D\u043E ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F ${h(t.values[0])}`
          : `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0430 \u043E\u043F\u0446\u0456\u044F: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F \u043E\u0434\u043D\u0435 \u0437 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u0432\u0435\u043B\u0438\u043A\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${t.origin ?? "\u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F"} ${a.verb} ${n}${t.maximum.toString()} ${a.unit ?? "\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432"}`
          : `\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u0432\u0435\u043B\u0438\u043A\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${t.origin ?? "\u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F"} \u0431\u0443\u0434\u0435 ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u043C\u0430\u043B\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${t.origin} ${a.verb} ${n}${t.minimum.toString()} ${a.unit}`
          : `\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u043C\u0430\u043B\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${t.origin} \u0431\u0443\u0434\u0435 ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u043F\u043E\u0447\u0438\u043D\u0430\u0442\u0438\u0441\u044F \u0437 "${n.prefix}"`
          : n.format === "ends_with"
            ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u0437\u0430\u043A\u0456\u043D\u0447\u0443\u0432\u0430\u0442\u0438\u0441\u044F \u043D\u0430 "${n.suffix}"`
            : n.format === "includes"
              ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u043C\u0456\u0441\u0442\u0438\u0442\u0438 "${n.includes}"`
              : n.format === "regex"
                ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u0430\u0442\u0438 \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${n.pattern}`
                : `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0435 \u0447\u0438\u0441\u043B\u043E: \u043F\u043E\u0432\u0438\u043D\u043D\u043E \u0431\u0443\u0442\u0438 \u043A\u0440\u0430\u0442\u043D\u0438\u043C ${t.divisor}`;
      case "unrecognized_keys":
        return `\u041D\u0435\u0440\u043E\u0437\u043F\u0456\u0437\u043D\u0430\u043D\u0438\u0439 \u043A\u043B\u044E\u0447${t.keys.length > 1 ? "\u0456" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u043A\u043B\u044E\u0447 \u0443 ${t.origin}`;
      case "invalid_union":
        return "\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456";
      case "invalid_element":
        return `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F \u0443 ${t.origin}`;
      default:
        return "\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456";
    }
  };
};
function Zn() {
  return { localeError: u$() };
}
function mf() {
  return Zn();
}
var c$ = () => {
  const e = {
    string: { unit: "\u062D\u0631\u0648\u0641", verb: "\u06C1\u0648\u0646\u0627" },
    file: { unit: "\u0628\u0627\u0626\u0679\u0633", verb: "\u06C1\u0648\u0646\u0627" },
    array: { unit: "\u0622\u0626\u0679\u0645\u0632", verb: "\u06C1\u0648\u0646\u0627" },
    set: { unit: "\u0622\u0626\u0679\u0645\u0632", verb: "\u06C1\u0648\u0646\u0627" },
    map: { unit: "\u0622\u0626\u0679\u0645\u0632", verb: "\u06C1\u0648\u0646\u0627" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0627\u0646 \u067E\u0679",
      email: "\u0627\u06CC \u0645\u06CC\u0644 \u0627\u06CC\u0688\u0631\u06CC\u0633",
      url: "\u06CC\u0648 \u0622\u0631 \u0627\u06CC\u0644",
      emoji: "\u0627\u06CC\u0645\u0648\u062C\u06CC",
      uuid: "\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",
      uuidv4: "\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC \u0648\u06CC 4",
      uuidv6: "\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC \u0648\u06CC 6",
      nanoid: "\u0646\u06CC\u0646\u0648 \u0622\u0626\u06CC \u0688\u06CC",
      guid: "\u062C\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",
      cuid: "\u0633\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",
      cuid2: "\u0633\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC 2",
      ulid: "\u06CC\u0648 \u0627\u06CC\u0644 \u0622\u0626\u06CC \u0688\u06CC",
      xid: "\u0627\u06CC\u06A9\u0633 \u0622\u0626\u06CC \u0688\u06CC",
      ksuid: "\u06A9\u06D2 \u0627\u06CC\u0633 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",
      datetime:
        "\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0688\u06CC\u0679 \u0679\u0627\u0626\u0645",
      date: "\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u062A\u0627\u0631\u06CC\u062E",
      time: "\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0648\u0642\u062A",
      duration: "\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0645\u062F\u062A",
      ipv4: "\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 4 \u0627\u06CC\u0688\u0631\u06CC\u0633",
      ipv6: "\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 6 \u0627\u06CC\u0688\u0631\u06CC\u0633",
      mac: "\u0627\u06CC\u0645 \u0627\u06D2 \u0633\u06CC \u0627\u06CC\u0688\u0631\u06CC\u0633",
      cidrv4: "\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 4 \u0631\u06CC\u0646\u062C",
      cidrv6: "\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 6 \u0631\u06CC\u0646\u062C",
      base64:
        "\u0628\u06CC\u0633 64 \u0627\u0646 \u06A9\u0648\u0688\u0688 \u0633\u0679\u0631\u0646\u06AF",
      base64url:
        "\u0628\u06CC\u0633 64 \u06CC\u0648 \u0622\u0631 \u0627\u06CC\u0644 \u0627\u0646 \u06A9\u0648\u0688\u0688 \u0633\u0679\u0631\u0646\u06AF",
      json_string:
        "\u062C\u06D2 \u0627\u06CC\u0633 \u0627\u0648 \u0627\u06CC\u0646 \u0633\u0679\u0631\u0646\u06AF",
      e164: "\u0627\u06CC 164 \u0646\u0645\u0628\u0631",
      credit_card:
        "\u06A9\u0631\u06CC\u0688\u0679 \u06A9\u0627\u0631\u0688 \u0646\u0645\u0628\u0631",
      currency_code: "\u06A9\u0631\u0646\u0633\u06CC \u06A9\u0648\u0688",
      iban: "IBAN",
      jwt: "\u062C\u06D2 \u0688\u0628\u0644\u06CC\u0648 \u0679\u06CC",
      template_literal: "\u0627\u0646 \u067E\u0679",
    },
    o = {
      nan: "NaN",
      number: "\u0646\u0645\u0628\u0631",
      array: "\u0622\u0631\u06D2",
      null: "\u0646\u0644",
    };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: instanceof ${t.expected} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627\u060C ${u} \u0645\u0648\u0635\u0648\u0644 \u06C1\u0648\u0627`
          : `\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: ${n} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627\u060C ${u} \u0645\u0648\u0635\u0648\u0644 \u06C1\u0648\u0627`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: ${h(t.values[0])} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`
          : `\u063A\u0644\u0637 \u0622\u067E\u0634\u0646: ${g(t.values, "|")} \u0645\u06CC\u06BA \u0633\u06D2 \u0627\u06CC\u06A9 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u0628\u06C1\u062A \u0628\u0691\u0627: ${t.origin ?? "\u0648\u06CC\u0644\u06CC\u0648"} \u06A9\u06D2 ${n}${t.maximum.toString()} ${a.unit ?? "\u0639\u0646\u0627\u0635\u0631"} \u06C1\u0648\u0646\u06D2 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u06D2`
          : `\u0628\u06C1\u062A \u0628\u0691\u0627: ${t.origin ?? "\u0648\u06CC\u0644\u06CC\u0648"} \u06A9\u0627 ${n}${t.maximum.toString()} \u06C1\u0648\u0646\u0627 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u0628\u06C1\u062A \u0686\u06BE\u0648\u0679\u0627: ${t.origin} \u06A9\u06D2 ${n}${t.minimum.toString()} ${a.unit} \u06C1\u0648\u0646\u06D2 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u06D2`
          : `\u0628\u06C1\u062A \u0686\u06BE\u0648\u0679\u0627: ${t.origin} \u06A9\u0627 ${n}${t.minimum.toString()} \u06C1\u0648\u0646\u0627 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${n.prefix}" \u0633\u06D2 \u0634\u0631\u0648\u0639 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`
          : n.format === "ends_with"
            ? `\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${n.suffix}" \u067E\u0631 \u062E\u062A\u0645 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`
            : n.format === "includes"
              ? `\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${n.includes}" \u0634\u0627\u0645\u0644 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`
              : n.format === "regex"
                ? `\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: \u067E\u06CC\u0679\u0631\u0646 ${n.pattern} \u0633\u06D2 \u0645\u06CC\u0686 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`
                : `\u063A\u0644\u0637 ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u063A\u0644\u0637 \u0646\u0645\u0628\u0631: ${t.divisor} \u06A9\u0627 \u0645\u0636\u0627\u0639\u0641 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`;
      case "unrecognized_keys":
        return `\u063A\u06CC\u0631 \u062A\u0633\u0644\u06CC\u0645 \u0634\u062F\u06C1 \u06A9\u06CC${t.keys.length > 1 ? "\u0632" : ""}: ${g(t.keys, "\u060C ")}`;
      case "invalid_key":
        return `${t.origin} \u0645\u06CC\u06BA \u063A\u0644\u0637 \u06A9\u06CC`;
      case "invalid_union":
        return "\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679";
      case "invalid_element":
        return `${t.origin} \u0645\u06CC\u06BA \u063A\u0644\u0637 \u0648\u06CC\u0644\u06CC\u0648`;
      default:
        return "\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679";
    }
  };
};
function pf() {
  return { localeError: c$() };
}
var s$ = () => {
  const e = {
    string: { unit: "belgi", verb: "bo\u2018lishi kerak" },
    file: { unit: "bayt", verb: "bo\u2018lishi kerak" },
    array: { unit: "element", verb: "bo\u2018lishi kerak" },
    set: { unit: "element", verb: "bo\u2018lishi kerak" },
    map: { unit: "yozuv", verb: "bo\u2018lishi kerak" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "kirish",
      email: "elektron pochta manzili",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO sana va vaqti",
      date: "ISO sana",
      time: "ISO vaqt",
      duration: "ISO davomiylik",
      ipv4: "IPv4 manzil",
      ipv6: "IPv6 manzil",
      mac: "MAC manzil",
      cidrv4: "IPv4 diapazon",
      cidrv6: "IPv6 diapazon",
      base64: "base64 kodlangan satr",
      base64url: "base64url kodlangan satr",
      json_string: "JSON satr",
      e164: "E.164 raqam",
      credit_card: "kredit karta raqami",
      currency_code: "valyuta kodi",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "kirish",
    },
    o = { nan: "NaN", number: "raqam", array: "massiv" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `Noto\u2018g\u2018ri kirish: kutilgan instanceof ${t.expected}, qabul qilingan ${u}`
          : `Noto\u2018g\u2018ri kirish: kutilgan ${n}, qabul qilingan ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `Noto\u2018g\u2018ri kirish: kutilgan ${h(t.values[0])}`
          : `Noto\u2018g\u2018ri variant: quyidagilardan biri kutilgan ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Juda katta: kutilgan ${t.origin ?? "qiymat"} ${n}${t.maximum.toString()} ${a.unit} ${a.verb}`
          : `Juda katta: kutilgan ${t.origin ?? "qiymat"} ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Juda kichik: kutilgan ${t.origin} ${n}${t.minimum.toString()} ${a.unit} ${a.verb}`
          : `Juda kichik: kutilgan ${t.origin} ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Noto\u2018g\u2018ri satr: "${n.prefix}" bilan boshlanishi kerak`
          : n.format === "ends_with"
            ? `Noto\u2018g\u2018ri satr: "${n.suffix}" bilan tugashi kerak`
            : n.format === "includes"
              ? `Noto\u2018g\u2018ri satr: "${n.includes}" ni o\u2018z ichiga olishi kerak`
              : n.format === "regex"
                ? `Noto\u2018g\u2018ri satr: ${n.pattern} shabloniga mos kelishi kerak`
                : `Noto\u2018g\u2018ri ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `Noto\u2018g\u2018ri raqam: ${t.divisor} ning karralisi bo\u2018lishi kerak`;
      case "unrecognized_keys":
        return `Noma\u2019lum kalit${t.keys.length > 1 ? "lar" : ""}: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `${t.origin} dagi kalit noto\u2018g\u2018ri`;
      case "invalid_union":
        return "Noto\u2018g\u2018ri kirish";
      case "invalid_element":
        return `${t.origin} da noto\u2018g\u2018ri qiymat`;
      default:
        return "Noto\u2018g\u2018ri kirish";
    }
  };
};
function gf() {
  return { localeError: s$() };
}
var l$ = () => {
  const e = {
    string: { unit: "k\xFD t\u1EF1", verb: "c\xF3" },
    file: { unit: "byte", verb: "c\xF3" },
    array: { unit: "ph\u1EA7n t\u1EED", verb: "c\xF3" },
    set: { unit: "ph\u1EA7n t\u1EED", verb: "c\xF3" },
    map: { unit: "ph\u1EA7n t\u1EED", verb: "c\xF3" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u0111\u1EA7u v\xE0o",
      email: "\u0111\u1ECBa ch\u1EC9 email",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ng\xE0y gi\u1EDD ISO",
      date: "ng\xE0y ISO",
      time: "gi\u1EDD ISO",
      duration: "kho\u1EA3ng th\u1EDDi gian ISO",
      ipv4: "\u0111\u1ECBa ch\u1EC9 IPv4",
      ipv6: "\u0111\u1ECBa ch\u1EC9 IPv6",
      mac: "\u0111\u1ECBa ch\u1EC9 MAC",
      cidrv4: "d\u1EA3i IPv4",
      cidrv6: "d\u1EA3i IPv6",
      base64: "chu\u1ED7i m\xE3 h\xF3a base64",
      base64url: "chu\u1ED7i m\xE3 h\xF3a base64url",
      json_string: "chu\u1ED7i JSON",
      e164: "s\u1ED1 E.164",
      credit_card: "s\u1ED1 th\u1EBB t\xEDn d\u1EE5ng",
      currency_code: "m\xE3 ti\u1EC1n t\u1EC7",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u0111\u1EA7u v\xE0o",
    },
    o = { nan: "NaN", number: "s\u1ED1", array: "m\u1EA3ng" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i instanceof ${t.expected}, nh\u1EADn \u0111\u01B0\u1EE3c ${u}`
          : `\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i ${n}, nh\u1EADn \u0111\u01B0\u1EE3c ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i ${h(t.values[0])}`
          : `T\xF9y ch\u1ECDn kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i m\u1ED9t trong c\xE1c gi\xE1 tr\u1ECB ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `Qu\xE1 l\u1EDBn: mong \u0111\u1EE3i ${t.origin ?? "gi\xE1 tr\u1ECB"} ${a.verb} ${n}${t.maximum.toString()} ${a.unit ?? "ph\u1EA7n t\u1EED"}`
          : `Qu\xE1 l\u1EDBn: mong \u0111\u1EE3i ${t.origin ?? "gi\xE1 tr\u1ECB"} ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `Qu\xE1 nh\u1ECF: mong \u0111\u1EE3i ${t.origin} ${a.verb} ${n}${t.minimum.toString()} ${a.unit}`
          : `Qu\xE1 nh\u1ECF: mong \u0111\u1EE3i ${t.origin} ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i b\u1EAFt \u0111\u1EA7u b\u1EB1ng "${n.prefix}"`
          : n.format === "ends_with"
            ? `Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i k\u1EBFt th\xFAc b\u1EB1ng "${n.suffix}"`
            : n.format === "includes"
              ? `Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i bao g\u1ED3m "${n.includes}"`
              : n.format === "regex"
                ? `Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i kh\u1EDBp v\u1EDBi m\u1EABu ${n.pattern}`
                : `${i[n.format] ?? t.format} kh\xF4ng h\u1EE3p l\u1EC7`;
      }
      case "not_multiple_of":
        return `S\u1ED1 kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i l\xE0 b\u1ED9i s\u1ED1 c\u1EE7a ${t.divisor}`;
      case "unrecognized_keys":
        return `Kh\xF3a kh\xF4ng \u0111\u01B0\u1EE3c nh\u1EADn d\u1EA1ng: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `Kh\xF3a kh\xF4ng h\u1EE3p l\u1EC7 trong ${t.origin}`;
      case "invalid_union":
        return "\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7";
      case "invalid_element":
        return `Gi\xE1 tr\u1ECB kh\xF4ng h\u1EE3p l\u1EC7 trong ${t.origin}`;
      default:
        return "\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7";
    }
  };
};
function vf() {
  return { localeError: l$() };
}
var d$ = () => {
  const e = {
    string: { unit: "\u5B57\u7B26", verb: "\u5305\u542B" },
    file: { unit: "\u5B57\u8282", verb: "\u5305\u542B" },
    array: { unit: "\u9879", verb: "\u5305\u542B" },
    set: { unit: "\u9879", verb: "\u5305\u542B" },
    map: { unit: "\u9879", verb: "\u5305\u542B" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u8F93\u5165",
      email: "\u7535\u5B50\u90AE\u4EF6",
      url: "URL",
      emoji: "\u8868\u60C5\u7B26\u53F7",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO\u65E5\u671F\u65F6\u95F4",
      date: "ISO\u65E5\u671F",
      time: "ISO\u65F6\u95F4",
      duration: "ISO\u65F6\u957F",
      ipv4: "IPv4\u5730\u5740",
      ipv6: "IPv6\u5730\u5740",
      mac: "MAC\u5730\u5740",
      cidrv4: "IPv4\u7F51\u6BB5",
      cidrv6: "IPv6\u7F51\u6BB5",
      base64: "base64\u7F16\u7801\u5B57\u7B26\u4E32",
      base64url: "base64url\u7F16\u7801\u5B57\u7B26\u4E32",
      json_string: "JSON\u5B57\u7B26\u4E32",
      e164: "E.164\u53F7\u7801",
      credit_card: "\u4FE1\u7528\u5361\u53F7",
      currency_code: "\u8D27\u5E01\u4EE3\u7801",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u8F93\u5165",
    },
    o = { nan: "NaN", number: "\u6570\u5B57", array: "\u6570\u7EC4", null: "\u7A7A\u503C(null)" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B instanceof ${t.expected}\uFF0C\u5B9E\u9645\u63A5\u6536 ${u}`
          : `\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B ${n}\uFF0C\u5B9E\u9645\u63A5\u6536 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B ${h(t.values[0])}`
          : `\u65E0\u6548\u9009\u9879\uFF1A\u671F\u671B\u4EE5\u4E0B\u4E4B\u4E00 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u6570\u503C\u8FC7\u5927\uFF1A\u671F\u671B ${t.origin ?? "\u503C"} ${n}${t.maximum.toString()} ${a.unit ?? "\u4E2A\u5143\u7D20"}`
          : `\u6570\u503C\u8FC7\u5927\uFF1A\u671F\u671B ${t.origin ?? "\u503C"} ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u6570\u503C\u8FC7\u5C0F\uFF1A\u671F\u671B ${t.origin} ${n}${t.minimum.toString()} ${a.unit}`
          : `\u6570\u503C\u8FC7\u5C0F\uFF1A\u671F\u671B ${t.origin} ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u4EE5 "${n.prefix}" \u5F00\u5934`
          : n.format === "ends_with"
            ? `\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u4EE5 "${n.suffix}" \u7ED3\u5C3E`
            : n.format === "includes"
              ? `\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u5305\u542B "${n.includes}"`
              : n.format === "regex"
                ? `\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u6EE1\u8DB3\u6B63\u5219\u8868\u8FBE\u5F0F ${n.pattern}`
                : `\u65E0\u6548${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u65E0\u6548\u6570\u5B57\uFF1A\u5FC5\u987B\u662F ${t.divisor} \u7684\u500D\u6570`;
      case "unrecognized_keys":
        return `\u51FA\u73B0\u672A\u77E5\u7684\u952E(key): ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `${t.origin} \u4E2D\u7684\u952E(key)\u65E0\u6548`;
      case "invalid_union":
        return "\u65E0\u6548\u8F93\u5165";
      case "invalid_element":
        return `${t.origin} \u4E2D\u5305\u542B\u65E0\u6548\u503C(value)`;
      default:
        return "\u65E0\u6548\u8F93\u5165";
    }
  };
};
function $f() {
  return { localeError: d$() };
}
var f$ = () => {
  const e = {
    string: { unit: "\u5B57\u5143", verb: "\u64C1\u6709" },
    file: { unit: "\u4F4D\u5143\u7D44", verb: "\u64C1\u6709" },
    array: { unit: "\u9805\u76EE", verb: "\u64C1\u6709" },
    set: { unit: "\u9805\u76EE", verb: "\u64C1\u6709" },
    map: { unit: "\u9805\u76EE", verb: "\u64C1\u6709" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u8F38\u5165",
      email: "\u90F5\u4EF6\u5730\u5740",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO \u65E5\u671F\u6642\u9593",
      date: "ISO \u65E5\u671F",
      time: "ISO \u6642\u9593",
      duration: "ISO \u671F\u9593",
      ipv4: "IPv4 \u4F4D\u5740",
      ipv6: "IPv6 \u4F4D\u5740",
      mac: "MAC \u4F4D\u5740",
      cidrv4: "IPv4 \u7BC4\u570D",
      cidrv6: "IPv6 \u7BC4\u570D",
      base64: "base64 \u7DE8\u78BC\u5B57\u4E32",
      base64url: "base64url \u7DE8\u78BC\u5B57\u4E32",
      json_string: "JSON \u5B57\u4E32",
      e164: "E.164 \u6578\u503C",
      credit_card: "\u4FE1\u7528\u5361\u865F",
      currency_code: "\u8CA8\u5E63\u4EE3\u78BC",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u8F38\u5165",
    },
    o = { nan: "NaN" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA instanceof ${t.expected}\uFF0C\u4F46\u6536\u5230 ${u}`
          : `\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA ${n}\uFF0C\u4F46\u6536\u5230 ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA ${h(t.values[0])}`
          : `\u7121\u6548\u7684\u9078\u9805\uFF1A\u9810\u671F\u70BA\u4EE5\u4E0B\u5176\u4E2D\u4E4B\u4E00 ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `\u6578\u503C\u904E\u5927\uFF1A\u9810\u671F ${t.origin ?? "\u503C"} \u61C9\u70BA ${n}${t.maximum.toString()} ${a.unit ?? "\u500B\u5143\u7D20"}`
          : `\u6578\u503C\u904E\u5927\uFF1A\u9810\u671F ${t.origin ?? "\u503C"} \u61C9\u70BA ${n}${t.maximum.toString()}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `\u6578\u503C\u904E\u5C0F\uFF1A\u9810\u671F ${t.origin} \u61C9\u70BA ${n}${t.minimum.toString()} ${a.unit}`
          : `\u6578\u503C\u904E\u5C0F\uFF1A\u9810\u671F ${t.origin} \u61C9\u70BA ${n}${t.minimum.toString()}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u4EE5 "${n.prefix}" \u958B\u982D`
          : n.format === "ends_with"
            ? `\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u4EE5 "${n.suffix}" \u7D50\u5C3E`
            : n.format === "includes"
              ? `\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u5305\u542B "${n.includes}"`
              : n.format === "regex"
                ? `\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u7B26\u5408\u683C\u5F0F ${n.pattern}`
                : `\u7121\u6548\u7684 ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `\u7121\u6548\u7684\u6578\u5B57\uFF1A\u5FC5\u9808\u70BA ${t.divisor} \u7684\u500D\u6578`;
      case "unrecognized_keys":
        return `\u7121\u6CD5\u8B58\u5225\u7684\u9375\u503C${t.keys.length > 1 ? "\u5011" : ""}\uFF1A${g(t.keys, "\u3001")}`;
      case "invalid_key":
        return `${t.origin} \u4E2D\u6709\u7121\u6548\u7684\u9375\u503C`;
      case "invalid_union":
        return "\u7121\u6548\u7684\u8F38\u5165\u503C";
      case "invalid_element":
        return `${t.origin} \u4E2D\u6709\u7121\u6548\u7684\u503C`;
      default:
        return "\u7121\u6548\u7684\u8F38\u5165\u503C";
    }
  };
};
function hf() {
  return { localeError: f$() };
}
var m$ = () => {
  const e = {
    string: { unit: "\xE0mi", verb: "n\xED" },
    file: { unit: "bytes", verb: "n\xED" },
    array: { unit: "nkan", verb: "n\xED" },
    set: { unit: "nkan", verb: "n\xED" },
    map: { unit: "nkan", verb: "n\xED" },
  };
  function r(t) {
    return e[t] ?? null;
  }
  const i = {
      regex: "\u1EB9\u0300r\u1ECD \xECb\xE1w\u1ECDl\xE9",
      email: "\xE0d\xEDr\u1EB9\u0301s\xEC \xECm\u1EB9\u0301l\xEC",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "\xE0k\xF3k\xF2 ISO",
      date: "\u1ECDj\u1ECD\u0301 ISO",
      time: "\xE0k\xF3k\xF2 ISO",
      duration: "\xE0k\xF3k\xF2 t\xF3 p\xE9 ISO",
      ipv4: "\xE0d\xEDr\u1EB9\u0301s\xEC IPv4",
      ipv6: "\xE0d\xEDr\u1EB9\u0301s\xEC IPv6",
      mac: "\xE0d\xEDr\u1EB9\u0301s\xEC MAC",
      cidrv4: "\xE0gb\xE8gb\xE8 IPv4",
      cidrv6: "\xE0gb\xE8gb\xE8 IPv6",
      base64: "\u1ECD\u0300r\u1ECD\u0300 t\xED a k\u1ECD\u0301 n\xED base64",
      base64url: "\u1ECD\u0300r\u1ECD\u0300 base64url",
      json_string: "\u1ECD\u0300r\u1ECD\u0300 JSON",
      e164: "n\u1ECD\u0301mb\xE0 E.164",
      credit_card: "n\u1ECDmba kaadi gbese",
      currency_code: "koodu ow\xF3",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "\u1EB9\u0300r\u1ECD \xECb\xE1w\u1ECDl\xE9",
    },
    o = { nan: "NaN", number: "n\u1ECD\u0301mb\xE0", array: "akop\u1ECD" };
  return (t) => {
    switch (t.code) {
      case "invalid_type": {
        const n = o[t.expected] ?? t.expected,
          a = y(t.input),
          u = o[a] ?? a;
        return /^[A-Z]/.test(t.expected)
          ? `\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi instanceof ${t.expected}, \xE0m\u1ECD\u0300 a r\xED ${u}`
          : `\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi ${n}, \xE0m\u1ECD\u0300 a r\xED ${u}`;
      }
      case "invalid_value":
        return t.values.length === 1
          ? `\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi ${h(t.values[0])}`
          : `\xC0\u1E63\xE0y\xE0n a\u1E63\xEC\u1E63e: yan \u1ECD\u0300kan l\xE1ra ${g(t.values, "|")}`;
      case "too_big": {
        const n = t.inclusive ? "<=" : "<",
          a = r(t.origin);
        return a
          ? `T\xF3 p\u1ECD\u0300 j\xF9: a n\xED l\xE1ti j\u1EB9\u0301 p\xE9 ${t.origin ?? "iye"} ${a.verb} ${n}${t.maximum} ${a.unit}`
          : `T\xF3 p\u1ECD\u0300 j\xF9: a n\xED l\xE1ti j\u1EB9\u0301 ${n}${t.maximum}`;
      }
      case "too_small": {
        const n = t.inclusive ? ">=" : ">",
          a = r(t.origin);
        return a
          ? `K\xE9r\xE9 ju: a n\xED l\xE1ti j\u1EB9\u0301 p\xE9 ${t.origin} ${a.verb} ${n}${t.minimum} ${a.unit}`
          : `K\xE9r\xE9 ju: a n\xED l\xE1ti j\u1EB9\u0301 ${n}${t.minimum}`;
      }
      case "invalid_format": {
        const n = t;
        return n.format === "starts_with"
          ? `\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 b\u1EB9\u0300r\u1EB9\u0300 p\u1EB9\u0300l\xFA "${n.prefix}"`
          : n.format === "ends_with"
            ? `\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 par\xED p\u1EB9\u0300l\xFA "${n.suffix}"`
            : n.format === "includes"
              ? `\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 n\xED "${n.includes}"`
              : n.format === "regex"
                ? `\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 b\xE1 \xE0p\u1EB9\u1EB9r\u1EB9 mu ${n.pattern}`
                : `A\u1E63\xEC\u1E63e: ${i[n.format] ?? t.format}`;
      }
      case "not_multiple_of":
        return `N\u1ECD\u0301mb\xE0 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 j\u1EB9\u0301 \xE8y\xE0 p\xEDp\xEDn ti ${t.divisor}`;
      case "unrecognized_keys":
        return `B\u1ECDt\xECn\xEC \xE0\xECm\u1ECD\u0300: ${g(t.keys, ", ")}`;
      case "invalid_key":
        return `B\u1ECDt\xECn\xEC a\u1E63\xEC\u1E63e n\xEDn\xFA ${t.origin}`;
      case "invalid_union":
        return "\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e";
      case "invalid_element":
        return `Iye a\u1E63\xEC\u1E63e n\xEDn\xFA ${t.origin}`;
      default:
        return "\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e";
    }
  };
};
function yf() {
  return { localeError: m$() };
}
var _f,
  Uu = Symbol("ZodOutput"),
  Au = Symbol("ZodInput"),
  En = class {
    constructor() {
      (this._map = new WeakMap()), (this._idmap = new Map());
    }
    add(r, ...i) {
      const o = i[0];
      return (
        this._map.set(r, o),
        o && typeof o == "object" && "id" in o && this._idmap.set(o.id, r),
        this
      );
    }
    clear() {
      return ((this._map = new WeakMap()), (this._idmap = new Map()), this);
    }
    remove(r) {
      const i = this._map.get(r);
      return (
        i && typeof i == "object" && "id" in i && this._idmap.delete(i.id),
        this._map.delete(r),
        this
      );
    }
    get(r) {
      const i = r._zod.parent;
      if (i) {
        const o = { ...(this.get(i) ?? {}) };
        delete o.id;
        const t = { ...o, ...this._map.get(r) };
        return Object.keys(t).length ? t : void 0;
      }
      return this._map.get(r);
    }
    has(r) {
      return this._map.has(r);
    }
  };
function Cn() {
  return new En();
}
(_f = globalThis).__zod_globalRegistry ?? (_f.__zod_globalRegistry = Cn());
var G = globalThis.__zod_globalRegistry;
var H = Symbol.for("zod.compile.invalid"),
  bf = Symbol.for("zod.compile.fallback"),
  fe = class extends Error {
    constructor(r = "z.compile does not support async refinements, transforms, or checks") {
      super(r), (this.name = "ZodCompileAsyncError");
    }
  },
  N = class extends Error {
    constructor(r, i = !0) {
      super(`z.compile does not support ${r}; this schema must use the runtime parser`),
        (this.name = "ZodCompileUnsupportedError"),
        (this.islandable = i);
    }
  };
function g$(e, r) {
  try {
    return Vn(e, { assertOnly: !0 });
  } catch {
    return r;
  }
}
function Cu(e, r) {
  try {
    const i = Vn(e),
      o = Ln(e, i);
    return ((o._zod.bag.validator = g$(e, i)), o);
  } catch (i) {
    if (r?.strict) throw i;
    return e;
  }
}
function Ln(e, r) {
  if (Nn(e)) throw new N("a schema whose subtree contains a reference cycle");
  const i = T(e),
    o = e._zod.run,
    t = o.__originalRun ?? o,
    n = (a, u) => {
      if (
        u?.async ||
        u?.direction === "backward" ||
        u?.skipChecks ||
        u?.[bf] ||
        (u && Un(u, a.value))
      )
        return t(a, u);
      const s = r(a.value);
      return s !== H ? ((a.value = s), a) : (u && (u[bf] = !0), t(a, u));
    };
  return (
    (n.__originalRun = t),
    (i._zod.bag.fallbackRun = t),
    (i._zod.bag.validator = r),
    (i._zod.run = n),
    o.__originalRun || v$(i, e, r),
    i
  );
}
function v$(e, r, i) {
  const o = e,
    t = r;
  if (typeof t.safeParse == "function") {
    const n = t.safeParse;
    o.safeParse = (a, u) => {
      const s = i(a);
      return s !== H ? { success: !0, data: s } : n(a, u);
    };
  }
  if (typeof t.parse == "function") {
    const n = t.parse;
    o.parse = (a, u) => {
      const s = i(a);
      return s !== H ? s : n(a, u);
    };
  }
}
function Vn(e, r) {
  let i = !0;
  try {
    i = Nn(e);
  } catch {}
  if (i) throw new N("a schema whose subtree contains a reference cycle");
  const o = { constants: new Map(), constantCounter: 0, varCounter: 0, definite: !0 },
    t = new Re(["input"]),
    n = R(t, o, e, "input", !r?.assertOnly);
  t.write(n === null ? "return true;" : `return ${n};`);
  let a = ["INVALID", ...o.constants.keys()],
    u = [H, ...o.constants.values()],
    s = t.content.join(`
`),
    c = r?.debug
      ? a.length > 0
        ? `// Constants: ${a.join(", ")}
${s}`
        : s
      : "",
    l = Function,
    d = `return (input) => {
${s}
}`,
    f;
  try {
    f = new l(...a, d)(...u);
  } catch (m) {
    throw new N(`this schema (generated code failed to evaluate: ${m.message})`);
  }
  return (r?.debug && (f.code = c), (f.definite = o.definite), f);
}
function S(e, r) {
  for (const [o, t] of e.constants) if (t === r) return o;
  const i = `c${e.constantCounter++}`;
  return (e.constants.set(i, r), i);
}
function Je(e, r) {
  return ((e.definite = !1), S(e, r));
}
function w(e) {
  return `v${e.varCounter++}`;
}
function $$(e, r) {
  const i = e._zod.run({ value: r, issues: [] }, {});
  if (i && typeof i.then == "function") return H;
  const o = i;
  return o.issues.length === 0 ? o.value : H;
}
function X(e, r, i, o, t = !0) {
  const n = e.content.length,
    a = r.constants.size,
    u = r.constantCounter,
    s = r.varCounter;
  try {
    return R(e, r, i, o, t);
  } catch (c) {
    if (!(c instanceof N) || !c.islandable) throw c;
    if (((e.content.length = n), r.constants.size > a)) {
      const l = Array.from(r.constants.keys()).slice(a);
      for (const d of l) r.constants.delete(d);
    }
    return ((r.constantCounter = u), (r.varCounter = s), h$(e, r, i, o));
  }
}
function h$(e, r, i, o) {
  r.definite = !1;
  const t = S(r, i),
    n = S(r, $$),
    a = w(r);
  return (
    e.write(`const ${a} = ${n}(${t}, ${o});`), e.write(`if (${a} === INVALID) return INVALID;`), a
  );
}
var y$ = new Set([
  "max_size",
  "min_size",
  "size_equals",
  "max_length",
  "min_length",
  "length_equals",
]);
function _$(e, r, i, o) {
  const t = i._zod.def.checks;
  if (!t || t.length === 0) return o;
  let n = o;
  for (const a of t) {
    const u = a._zod.def;
    if (u.when && !y$.has(u.check)) throw new N('check with a custom "when" condition');
    switch (u.check) {
      case "greater_than":
        b$(e, r, u, n);
        break;
      case "less_than":
        k$(e, r, u, n);
        break;
      case "multiple_of":
        x$(e, r, u, n);
        break;
      case "number_format":
        Sf(e, u, n);
        break;
      case "min_length": {
        const s = Se(u.minimum, "min_length"),
          c = Tu(e, r, n, `${n}.length >= ${s} && ${n}.length < ${u.minimum * 2}`);
        e.write(`if (${c} < ${s}) return INVALID;`);
        break;
      }
      case "max_length": {
        const s = Se(u.maximum, "max_length"),
          c = Tu(e, r, n, `${n}.length > ${s}`);
        e.write(`if (${c} > ${s}) return INVALID;`);
        break;
      }
      case "length_equals": {
        const s = Se(u.length, "length_equals"),
          c = Tu(e, r, n, `${n}.length >= ${s} && ${n}.length <= ${u.length * 2}`);
        e.write(`if (${c} !== ${s}) return INVALID;`);
        break;
      }
      case "min_size":
        e.write(`if (${n}.size < ${Se(u.minimum, "min_size")}) return INVALID;`);
        break;
      case "max_size":
        e.write(`if (${n}.size > ${Se(u.maximum, "max_size")}) return INVALID;`);
        break;
      case "size_equals":
        e.write(`if (${n}.size !== ${Se(u.size, "size_equals")}) return INVALID;`);
        break;
      case "string_format":
        n = Pf(e, r, u, n);
        break;
      case "custom":
        n = D$(e, r, a, n);
        break;
      case "bigint_format":
        I$(e, u, n);
        break;
      case "mime_type":
        w$(e, r, u, n);
        break;
      case "property":
        S$(e, r, u, n);
        break;
      case "properties":
        z$(e, r, u, n);
        break;
      case "overwrite": {
        const s = w(r);
        P$(e, r, a, n, s), (n = s);
        break;
      }
      default:
        throw new N(`check type ${u.check}`);
    }
  }
  return n;
}
function Tu(e, r, i, o) {
  const t = S(r, Le),
    n = w(r);
  return (e.write(`const ${n} = typeof ${i} === "string" && ${o} ? ${t}(${i}) : ${i}.length;`), n);
}
function Se(e, r) {
  if (typeof e != "number" || !Number.isFinite(e)) throw new N(`${r} bound of type ${typeof e}`);
  return `${e}`;
}
function zf(e, r) {
  if (typeof r == "bigint") return `${r}n`;
  if (typeof r == "number") {
    if (Number.isNaN(r)) throw new N("comparison check with NaN bound");
    return `${r}`;
  }
  if (r instanceof Date) {
    if (Number.isNaN(r.getTime())) throw new N("comparison check with Invalid Date bound");
    return S(e, r);
  }
  throw new N(`comparison check bound of type ${typeof r}`);
}
function b$(e, r, i, o) {
  const t = i.inclusive ? "<" : "<=";
  e.write(`if (${o} ${t} ${zf(r, i.value)}) return INVALID;`);
}
function k$(e, r, i, o) {
  const t = i.inclusive ? ">" : ">=";
  e.write(`if (${o} ${t} ${zf(r, i.value)}) return INVALID;`);
}
function x$(e, r, i, o) {
  if (typeof i.value == "bigint") {
    if (i.value === BigInt(0)) throw new N("multiple_of check with a zero divisor");
    e.write(`if (${o} % ${i.value}n !== 0n) return INVALID;`);
  } else {
    const t = S(r, Mt);
    e.write(`if (${t}(${o}, ${Se(i.value, "multiple_of")}) !== 0) return INVALID;`);
  }
}
function Sf(e, r, i) {
  const o = r.format;
  switch (o) {
    case "safeint":
      e.write(`if (!Number.isSafeInteger(${i})) return INVALID;`);
      break;
    case "int32":
      e.write(
        `if (!Number.isInteger(${i}) || ${i} < -2147483648 || ${i} > 2147483647) return INVALID;`,
      );
      break;
    case "uint32":
      e.write(`if (!Number.isInteger(${i}) || ${i} < 0 || ${i} > 4294967295) return INVALID;`);
      break;
    case "float32":
      e.write(
        `if (!Number.isFinite(${i}) || ${i} < -3.4028234663852886e38 || ${i} > 3.4028234663852886e38) return INVALID;`,
      );
      break;
    case "float64":
      e.write(`if (!Number.isFinite(${i})) return INVALID;`);
      break;
    default:
      throw new N(`number format ${o}`);
  }
}
function I$(e, r, i) {
  const o = r.format;
  if (o)
    switch (o) {
      case "int64":
        e.write(`if (${i} < -9223372036854775808n || ${i} > 9223372036854775807n) return INVALID;`);
        break;
      case "uint64":
        e.write(`if (${i} < 0n || ${i} > 18446744073709551615n) return INVALID;`);
        break;
      default:
        throw new N(`bigint format ${o}`);
    }
}
function w$(e, r, i, o) {
  const t = i.mime;
  if (t && t.length > 0) {
    const n = S(r, new Set(t));
    e.write(`if (!${n}.has(${o}.type)) return INVALID;`);
  }
}
function z$(e, r, i, o) {
  if (i.when) throw new N('check with a custom "when" condition');
  e.write(`if (${o} == null) return INVALID;`);
  const t = i.shape;
  for (const n of Reflect.ownKeys(t)) {
    const a = typeof n == "symbol" ? S(r, n) : q(n),
      u = w(r);
    e.write(`const ${u} = ${o}[${a}];`), X(e, r, t[n], u, !1);
  }
}
function S$(e, r, i, o) {
  const t = `${o}[${JSON.stringify(i.property)}]`;
  R(e, r, i.schema, t);
}
function P$(e, r, i, o, t) {
  const n = i._zod.def.tx;
  if (!n) throw new N("overwrite check without a transform function");
  if (Be(n)) throw new fe("z.compile: async overwrite transforms are not supported");
  const a = S(r, n);
  e.write(`const ${t} = ${a}(${o});`);
}
function Zu() {
  throw new ne();
}
function Lu(e) {
  this.issues.push(e);
}
function D$(e, r, i, o) {
  const t = i._zod.def;
  if (t.fn) {
    if (Be(t.fn)) throw new fe("z.compile: async .refine() predicates are not supported");
    const n = Je(r, t.fn),
      a = S(r, Zu),
      u = w(r);
    return (
      e.write(`const ${u} = ${n}(${o});`),
      e.write(`if (${u} instanceof Promise) ${a}();`),
      e.write(`if (!${u}) return INVALID;`),
      o
    );
  }
  if (i._zod.check) {
    if (Be(i._zod.check))
      throw new fe("z.compile: async .superRefine() / check functions are not supported");
    const n = i._zod.check,
      u = Je(r, (c) => {
        const l = { value: c, issues: [], addIssue: Lu };
        return (n(l) instanceof Promise && Zu(), l.issues.length === 0 ? l.value : H);
      }),
      s = w(r);
    return (
      e.write(`const ${s} = ${u}(${o});`), e.write(`if (${s} === INVALID) return INVALID;`), s
    );
  }
  throw new N("custom check without a predicate or check function");
}
var j$ = new Set([
  "cidrv4",
  "cuid",
  "cuid2",
  "date",
  "datetime",
  "duration",
  "e164",
  "email",
  "emoji",
  "ends_with",
  "guid",
  "includes",
  "ipv4",
  "ksuid",
  "lowercase",
  "mac",
  "nanoid",
  "regex",
  "starts_with",
  "time",
  "ulid",
  "uppercase",
  "uuid",
  "xid",
]);
function Pf(e, r, i, o, t = !0) {
  const n = i.format;
  if (n === "base64") {
    const c = S(r, sr);
    return (e.write(`if (!${c}(${o})) return INVALID;`), o);
  }
  if (n === "base64url") {
    const c = S(r, yn);
    return (e.write(`if (!${c}(${o})) return INVALID;`), o);
  }
  if (n === "jwt") {
    const c = S(r, kn),
      l = S(r, i.alg ?? null);
    return (e.write(`if (!${c}(${o}, ${l})) return INVALID;`), o);
  }
  if (n === "ipv6") {
    const c = S(r, cr);
    return (e.write(`if (!${c}(${o})) return INVALID;`), o);
  }
  if (n === "cidrv6") {
    const c = S(r, $n);
    return (e.write(`if (!${c}(${o})) return INVALID;`), o);
  }
  if (n === "credit_card") {
    const c = S(r, _n);
    return (e.write(`if (!${c}(${o})) return INVALID;`), o);
  }
  if (n === "iban") {
    const c = S(r, bn);
    return (e.write(`if (!${c}(${o})) return INVALID;`), o);
  }
  const a = i;
  if (
    n === "url" ||
    n === "httpurl" ||
    a.normalize ||
    a.hostname !== void 0 ||
    a.protocol !== void 0
  ) {
    const c = S(r, pn),
      l = S(r, i),
      d = w(r),
      f = w(r);
    if (
      (e.write(`const ${d} = ${o}.trim();`),
      e.write(`const ${f} = ${c}(${d}, ${l});`),
      e.write(`if (typeof ${f} === "number") return INVALID;`),
      a.hostname !== void 0)
    ) {
      const _ = S(r, gn);
      e.write(`if (!${_}(${f}, ${l}.hostname)) return INVALID;`);
    }
    if (a.protocol !== void 0) {
      const _ = S(r, vn);
      e.write(`if (!${_}(${f}, ${l}.protocol)) return INVALID;`);
    }
    if (!t) return null;
    const m = w(r),
      v = a.normalize ? `${f}.href` : `${S(r, ur)}(${d})`;
    return (e.write(`const ${m} = ${v};`), m);
  }
  const u = i.fn;
  if (u) {
    if (Be(u)) throw new N(`async string format ${n}`);
    const c = S(r, u);
    return (e.write(`if (!${c}(${o})) return INVALID;`), o);
  }
  if (j$.has(n) && i.pattern) {
    const c = S(r, i.pattern);
    return (e.write(`${c}.lastIndex = 0;`), e.write(`if (!${c}.test(${o})) return INVALID;`), o);
  }
  const s = i.format;
  switch (s) {
    case "regex":
      throw new N("regex format without a pattern");
    case "lowercase":
      e.write(`if (${o} !== ${o}.toLowerCase()) return INVALID;`);
      break;
    case "uppercase":
      e.write(`if (${o} !== ${o}.toUpperCase()) return INVALID;`);
      break;
    case "includes":
      e.write(`if (!${o}.includes(${q(i.includes)})) return INVALID;`);
      break;
    case "starts_with": {
      const c = i.prefix;
      e.write(`if (${o}.slice(0, ${c.length}) !== ${q(c)}) return INVALID;`);
      break;
    }
    case "ends_with": {
      const c = i.suffix;
      e.write(`if (${o}.slice(-${c.length}) !== ${q(c)}) return INVALID;`);
      break;
    }
    default:
      throw new N(`string format ${s}`);
  }
  return o;
}
function R(e, r, i, o, t = !0) {
  const n = i._zod.def,
    a = n.type;
  if (n.coerce) throw new N(`coercion (z.coerce.${a}())`);
  let u = t || !!n.checks?.length,
    s;
  switch (a) {
    case "string":
      s = O$(e, r, i, o, u);
      break;
    case "number":
      s = N$(e, i, o);
      break;
    case "boolean":
      s = U$(e, o);
      break;
    case "bigint":
      s = A$(e, i, o);
      break;
    case "symbol":
      s = T$(e, o);
      break;
    case "undefined":
      s = Z$(e, o);
      break;
    case "null":
      s = E$(e, o);
      break;
    case "any":
    case "unknown":
      s = o;
      break;
    case "never":
      e.write("return INVALID;"), (s = o);
      break;
    case "void":
      s = C$(e, o);
      break;
    case "nan":
      s = L$(e, o);
      break;
    case "date":
      s = V$(e, o);
      break;
    case "object":
      s = R$(e, r, i, o, u);
      break;
    case "optional":
      s = F$(e, r, i, o, u);
      break;
    case "nullable":
      s = B$(e, r, i, o, u);
      break;
    case "array":
      s = K$(e, r, i, o, u);
      break;
    case "literal":
      s = G$(e, r, i, o);
      break;
    case "enum":
      s = W$(e, r, i, o);
      break;
    case "readonly": {
      const c = xf(e, r, i, o),
        l = w(r);
      e.write(`const ${l} = Object.freeze(${c});`), (s = l);
      break;
    }
    case "success":
      xf(e, r, i, o), (s = "true");
      break;
    case "default":
    case "prefault":
      s = X$(e, r, i, o);
      break;
    case "nonoptional":
      s = q$(e, r, i, o);
      break;
    case "tuple":
      s = Y$(e, r, i, o);
      break;
    case "union":
      s = H$(e, r, i, o);
      break;
    case "intersection":
      s = th(e, r, i, o);
      break;
    case "record":
      s = rh(e, r, i, o);
      break;
    case "map":
      s = ih(e, r, i, o);
      break;
    case "set":
      s = oh(e, r, i, o);
      break;
    case "file":
      s = ah(e, o);
      break;
    case "template_literal":
      s = uh(e, r, i, o);
      break;
    case "lazy":
      s = ch(e, r, i, o);
      break;
    case "pipe":
      s = sh(e, r, i, o);
      break;
    case "custom":
      s = lh(e, r, i, o);
      break;
    case "transform":
      s = mh(e, r, i, o);
      break;
    case "catch":
      s = fh(e, r, i, o);
      break;
    default:
      throw new N(`schema type ${a}`);
  }
  return s === null ? null : _$(e, r, i, s);
}
function O$(e, r, i, o, t = !0) {
  e.write(`if (typeof ${o} !== "string") return INVALID;`);
  const n = i._zod.def;
  return n.format === void 0 ? o : Pf(e, r, n, o, t);
}
function N$(e, r, i) {
  e.write(`if (typeof ${i} !== "number" || !Number.isFinite(${i})) return INVALID;`);
  const o = r._zod.def;
  return (o.check === "number_format" && o.format && Sf(e, { format: o.format }, i), i);
}
function U$(e, r) {
  return (e.write(`if (typeof ${r} !== "boolean") return INVALID;`), r);
}
function A$(e, r, i) {
  e.write(`if (typeof ${i} !== "bigint") return INVALID;`);
  const o = r._zod.def;
  if (o.format)
    switch (o.format) {
      case "int64":
        e.write(`if (${i} < -9223372036854775808n || ${i} > 9223372036854775807n) return INVALID;`);
        break;
      case "uint64":
        e.write(`if (${i} < 0n || ${i} > 18446744073709551615n) return INVALID;`);
        break;
    }
  return i;
}
function T$(e, r) {
  return (e.write(`if (typeof ${r} !== "symbol") return INVALID;`), r);
}
function Z$(e, r) {
  return (e.write(`if (${r} !== undefined) return INVALID;`), r);
}
function E$(e, r) {
  return (e.write(`if (${r} !== null) return INVALID;`), r);
}
function C$(e, r) {
  return (e.write(`if (${r} !== undefined) return INVALID;`), r);
}
function L$(e, r) {
  return (e.write(`if (typeof ${r} !== "number" || !Number.isNaN(${r})) return INVALID;`), r);
}
function V$(e, r) {
  return (
    e.write(`if (!(${r} instanceof Date) || Number.isNaN(${r}.getTime())) return INVALID;`), r
  );
}
function R$(e, r, i, o, t = !0) {
  const n = i._zod.def;
  e.write(`if (typeof ${o} !== "object" || ${o} === null || Array.isArray(${o})) return INVALID;`);
  const a = n.shape,
    u = Object.keys(a),
    s = Object.getOwnPropertySymbols(a),
    c = s.length ? [...u, ...s] : u,
    l = (I) => (typeof I == "symbol" ? S(r, I) : q(I)),
    d = (I) => (typeof I == "symbol" ? `[${l(I)}]` : q(I)),
    f = a;
  if (u.includes("__proto__")) throw new N('object shape key "__proto__"');
  const m = new Map();
  for (const I of c) {
    const D = f[I],
      A = l(I),
      V = w(r);
    if ((e.write(`const ${V} = ${o}[${A}];`), D._zod.optin !== void 0)) {
      const U = w(r);
      e.write(`let ${U} = (() => {`),
        e.indented((W) => {
          const Rt = X(W, r, D, V);
          W.write(`return ${Rt};`);
        }),
        e.write("})();"),
        D._zod.optout === "optional"
          ? (e.write(`if (${U} === INVALID) {`),
            e.indented((W) => {
              W.write(`if (${A} in ${o}) return INVALID;`), W.write(`${U} = undefined;`);
            }),
            e.write("}"))
          : e.write(`if (${U} === INVALID) return INVALID;`),
        m.set(I, U);
    } else {
      J$(D) && e.write(`if (!(${A} in ${o})) return INVALID;`);
      const U = X(e, r, D, V, t);
      U !== null && m.set(I, U);
    }
  }
  let v = n.catchall,
    _ = "none";
  if (v) {
    const I = v._zod.def.type;
    if (I === "never") {
      const D = u.map((A) => `k !== ${q(A)}`).join(" && ") || "true";
      e.write(`for (const k in ${o}) {`),
        e.indented((A) => {
          A.write(`if (${D}) return INVALID;`);
        }),
        e.write("}");
    } else
      (I === "unknown" || I === "any") && !v._zod.def.checks?.length
        ? (_ = "passthrough")
        : (_ = "schema");
  }
  const k = w(r),
    z = c.some((I) => kf(f[I]) || Eu(f[I]));
  if (!t) {
    if (_ === "schema") {
      const I = u.length > 0 ? S(r, new Set(u)) : null;
      e.write(`for (const k in ${o}) {`),
        e.indented((D) => {
          D.write('if (k === "__proto__") continue;'), I && D.write(`if (${I}.has(k)) continue;`);
          const A = w(r);
          D.write(`const ${A} = ${o}[k];`), X(D, r, v, A, !1);
        }),
        e.write("}");
    }
    return null;
  }
  if (z) {
    e.write(`const ${k} = {};`);
    for (const I of c) {
      const D = l(I),
        A = m.get(I);
      Eu(f[I])
        ? e.write(`if (${D} in ${o}) ${k}[${D}] = ${A};`)
        : kf(f[I])
          ? e.write(`if (${A} !== undefined || ${D} in ${o}) ${k}[${D}] = ${A};`)
          : e.write(`${k}[${D}] = ${A};`);
    }
  } else {
    const I = c.map((D) => `${d(D)}: ${m.get(D)}`).join(", ");
    e.write(`const ${k} = { ${I} };`);
  }
  if (_ !== "none") {
    const I = u.length > 0 ? S(r, new Set(u)) : null;
    e.write(`for (const k in ${o}) {`),
      e.indented((D) => {
        if (
          (D.write('if (k === "__proto__") continue;'),
          I && D.write(`if (${I}.has(k)) continue;`),
          _ === "passthrough")
        )
          D.write(`${k}[k] = ${o}[k];`);
        else {
          const A = w(r);
          D.write(`const ${A} = ${o}[k];`);
          const V = X(D, r, v, A);
          D.write(`${k}[k] = ${V};`);
        }
      }),
      e.write("}");
  }
  return k;
}
function F$(e, r, i, o, t = !0) {
  const n = i._zod.def;
  if (M$(i)) return R(e, r, n.innerType, o, t);
  if (n.innerType._zod.optin === "defaulted") {
    const u = w(r),
      s = w(r);
    return (
      e.write(`let ${u};`),
      e.write(`if (${o} === undefined) {`),
      e.indented((c) => {
        c.write(`const ${s} = (() => {`),
          c.indented((l) => {
            const d = R(l, r, n.innerType, o);
            l.write(`return ${d};`);
          }),
          c.write("})();"),
          c.write(`if (${s} !== INVALID) ${u} = ${s};`);
      }),
      e.write("} else {"),
      e.indented((c) => {
        const l = R(c, r, n.innerType, o);
        c.write(`${u} = ${l};`);
      }),
      e.write("}"),
      u
    );
  }
  const a = t ? w(r) : null;
  return (
    a && e.write(`let ${a};`),
    e.write(`if (${o} !== undefined) {`),
    e.indented((u) => {
      const s = R(u, r, n.innerType, o, t);
      a && s !== null && u.write(`${a} = ${s};`);
    }),
    e.write("}"),
    a
  );
}
function M$(e) {
  return e._zod.traits?.has("$ZodExactOptional") === !0;
}
function J$(e) {
  return e._zod.optin === void 0 && Me(e);
}
function Me(e) {
  if (e._zod.def.coerce) return !0;
  const r = e._zod.def;
  switch (r.type) {
    case "any":
    case "unknown":
    case "undefined":
    case "void":
    case "default":
    case "prefault":
    case "transform":
    case "custom":
    case "lazy":
      return !0;
    case "string":
    case "number":
    case "boolean":
    case "bigint":
    case "symbol":
    case "null":
    case "never":
    case "nan":
    case "date":
    case "object":
    case "array":
    case "tuple":
    case "record":
    case "map":
    case "set":
    case "file":
    case "template_literal":
      return !1;
    case "nonoptional":
      return r.innerType ? Me(r.innerType) : !1;
    case "literal":
      return !!r.values?.includes(void 0);
    case "enum":
      return !!e._zod.values?.has(void 0);
    case "optional":
    case "nullable":
    case "readonly":
    case "success":
      return r.innerType ? Me(r.innerType) : !0;
    case "catch":
      return !0;
    case "union":
      return r.options ? r.options.some(Me) : !0;
    case "intersection":
      return !r.left || !r.right ? !0 : Me(r.left) && Me(r.right);
    case "pipe":
      return r.in ? Me(r.in) : !0;
    default:
      return !0;
  }
}
function Eu(e) {
  return e._zod.optin === "optional" && e._zod.optout === "optional";
}
function kf(e) {
  return (e._zod.optin !== "defaulted" || e._zod.optout === "optional") && vt(e);
}
function vt(e) {
  const r = e._zod.def;
  switch (r.type) {
    case "string":
    case "number":
    case "boolean":
    case "bigint":
    case "symbol":
    case "null":
    case "nan":
    case "date":
    case "object":
    case "array":
    case "tuple":
    case "record":
    case "map":
    case "set":
    case "file":
    case "template_literal":
    case "never":
    case "success":
      return !1;
    case "literal":
      return !!r.values?.includes(void 0);
    case "enum":
      return !!e._zod.values?.has(void 0);
    case "optional":
      return !0;
    case "nullable":
    case "readonly":
    case "nonoptional":
      return r.innerType ? vt(r.innerType) : !0;
    case "union":
      return r.options ? r.options.some(vt) : !0;
    case "intersection":
      return !r.left || !r.right || vt(r.left) || vt(r.right);
    case "pipe":
      return r.out ? vt(r.out) : !0;
    default:
      return !0;
  }
}
function B$(e, r, i, o, t = !0) {
  const n = i._zod.def,
    a = t ? w(r) : null;
  return (
    a && e.write(`let ${a} = null;`),
    e.write(`if (${o} !== null) {`),
    e.indented((u) => {
      const s = R(u, r, n.innerType, o, t);
      a && s !== null && u.write(`${a} = ${s};`);
    }),
    e.write("}"),
    a
  );
}
function Vu(e, r, i) {
  for (const [o, t] of at(r._zod.def.checks))
    e.write(`if (${i} > ${Se(o, t._zod.def.check)}) return INVALID;`);
}
function K$(e, r, i, o, t = !0) {
  const n = i._zod.def;
  e.write(`if (!Array.isArray(${o})) return INVALID;`), Vu(e, i, `${o}.length`);
  const a = t ? w(r) : null,
    u = w(r),
    s = w(r);
  return (
    a && e.write(`const ${a} = new Array(${o}.length);`),
    e.write(`for (let ${u} = 0; ${u} < ${o}.length; ${u}++) {`),
    e.indented((c) => {
      c.write(`const ${s} = ${o}[${u}];`);
      const l = X(c, r, n.element, s, t);
      a && l !== null && c.write(`${a}[${u}] = ${l};`);
    }),
    e.write("}"),
    a
  );
}
function G$(e, r, i, o) {
  const n = i._zod.def.values;
  if (n.length !== 1) {
    const u = S(r, new Set(n));
    return (e.write(`if (!${u}.has(${o})) return INVALID;`), o);
  }
  const a = n[0];
  if (typeof a == "number" && Number.isNaN(a)) {
    const u = S(r, new Set(n));
    return (e.write(`if (!${u}.has(${o})) return INVALID;`), o);
  }
  if (typeof a == "string") e.write(`if (${o} !== ${q(a)}) return INVALID;`);
  else if (typeof a == "number" || typeof a == "boolean")
    e.write(`if (${o} !== ${a}) return INVALID;`);
  else if (a === null) e.write(`if (${o} !== null) return INVALID;`);
  else if (a === void 0) e.write(`if (${o} !== undefined) return INVALID;`);
  else if (typeof a == "bigint") e.write(`if (${o} !== ${a}n) return INVALID;`);
  else throw new N(`literal type ${typeof a}`);
  return o;
}
function W$(e, r, i, o) {
  const t = i._zod.values;
  if (!t) throw new N("enum schema without enumerated values");
  const n = S(r, t);
  return (e.write(`if (!${n}.has(${o})) return INVALID;`), o);
}
function xf(e, r, i, o) {
  const t = i._zod.def;
  return R(e, r, t.innerType, o);
}
function X$(e, r, i, o) {
  const t = i._zod.def,
    a = Object.getOwnPropertyDescriptor(i._zod.def, "defaultValue")
      ? () => i._zod.def.defaultValue
      : void 0;
  if (i._zod.def.type === "prefault") {
    if (!a) return R(e, r, t.innerType, o);
    const s = S(r, a),
      c = w(r);
    return (
      e.write(`let ${c} = ${o};`),
      e.write(`if (${o} === undefined) ${c} = ${s}();`),
      R(e, r, t.innerType, c)
    );
  }
  const u = w(r);
  if (a) {
    const s = S(r, a),
      c = S(r, Jt);
    e.write(`let ${u};`),
      e.write(`if (${o} === undefined) {`),
      e.indented((l) => {
        l.write(`${u} = ${c}(${s}());`);
      }),
      e.write("} else {"),
      e.indented((l) => {
        const d = R(l, r, t.innerType, o);
        l.write(`${u} = ${d} === undefined ? ${c}(${s}()) : ${d};`);
      }),
      e.write("}");
  } else
    e.write(`let ${u};`),
      e.write(`if (${o} !== undefined) {`),
      e.indented((s) => {
        const c = R(s, r, t.innerType, o);
        s.write(`${u} = ${c};`);
      }),
      e.write("}");
  return u;
}
function q$(e, r, i, o) {
  const t = i._zod.def,
    n = R(e, r, t.innerType, o),
    a = w(r);
  return (e.write(`const ${a} = ${n};`), e.write(`if (${a} === undefined) return INVALID;`), a);
}
function Y$(e, r, i, o) {
  const t = i._zod.def,
    n = t.items,
    a = t.rest;
  e.write(`if (!Array.isArray(${o})) return INVALID;`);
  const u = If(n, "optin"),
    s = If(n, "optout");
  a
    ? e.write(`if (${o}.length < ${u}) return INVALID;`)
    : e.write(`if (${o}.length < ${u} || ${o}.length > ${n.length}) return INVALID;`);
  const c = w(r);
  e.write(`const ${c} = [];`);
  for (let l = 0; l < n.length; l++) {
    const d = n[l];
    if (l >= s)
      e.write(`if (${c}.length === ${l}) {`),
        e.indented((f) => {
          f.write(`if (${l} < ${o}.length) {`),
            f.indented((m) => {
              const v = w(r);
              m.write(`const ${v} = ${o}[${l}];`);
              const _ = X(m, r, d, v);
              m.write(`${c}[${l}] = ${_};`);
            }),
            f.write("} else {"),
            f.indented((m) => {
              if (Eu(d)) {
                m.write(`${c}.length = ${l};`);
                return;
              }
              const v = w(r),
                _ = w(r);
              m.write(`const ${v} = undefined;`),
                m.write(`const ${_} = (() => {`),
                m.indented((k) => {
                  const z = X(k, r, d, v);
                  k.write(`return ${z};`);
                }),
                m.write("})();"),
                m.write(`if (${_} === INVALID || ${_} === undefined) ${c}.length = ${l};`),
                m.write(`else ${c}[${l}] = ${_};`);
            }),
            f.write("}");
        }),
        e.write("}");
    else {
      const f = w(r);
      e.write(`const ${f} = ${o}[${l}];`);
      const m = X(e, r, d, f);
      e.write(`${c}[${l}] = ${m};`);
    }
  }
  if (a) {
    const l = w(r),
      d = w(r);
    e.write(`for (let ${l} = ${n.length}; ${l} < ${o}.length; ${l}++) {`),
      e.indented((f) => {
        f.write(`const ${d} = ${o}[${l}];`);
        const m = X(f, r, a, d);
        f.write(`${c}[${l}] = ${m};`);
      }),
      e.write("}");
  }
  return c;
}
function If(e, r) {
  for (let i = e.length - 1; i >= 0; i--)
    if (!(r === "optin" ? e[i]._zod.optin !== void 0 : e[i]._zod.optout === "optional"))
      return i + 1;
  return 0;
}
function H$(e, r, i, o) {
  const t = i._zod.def,
    n = t.options;
  if (t.discriminator) return Q$(e, r, t, o);
  if (t.inclusive === !1) throw new N("exclusive unions (z.xor)");
  if (n.length === 0) return (e.write("return INVALID;"), o);
  if (n.length === 1) return R(e, r, n[0], o);
  if (n.every((s) => s._zod.def.type === "literal" && !s._zod.def.checks?.length)) {
    const s = new Set(n.flatMap((l) => l._zod.def.values)),
      c = S(r, s);
    return (e.write(`if (!${c}.has(${o})) return INVALID;`), o);
  }
  const u = w(r);
  e.write(`let ${u};`);
  for (let s = 0; s < n.length; s++) {
    const c = n[s];
    s === 0 ? e.write(`${u} = (() => {`) : e.write(`if (${u} === INVALID) ${u} = (() => {`),
      e.indented((l) => {
        const d = R(l, r, c, o);
        l.write(`return ${d};`);
      }),
      e.write("})();");
  }
  return (e.write(`if (${u} === INVALID) return INVALID;`), u);
}
function Q$(e, r, i, o) {
  if (i.unionFallback) throw new N("discriminated union with unionFallback");
  if (i.options.length === 0) return (e.write("return INVALID;"), o);
  const t = w(r),
    n = w(r);
  e.write(`const ${t} = ${o}?.[${q(i.discriminator)}];`), e.write(`let ${n};`);
  let a = !0,
    u = new Set();
  for (const s of i.options) {
    const c = s._zod.propValues?.[i.discriminator];
    if (!c || c.size === 0)
      throw new N("discriminated union option without static discriminator values");
    for (const f of c) {
      if (u.has(f)) throw new N(`duplicate discriminator value ${String(f)}`);
      u.add(f);
    }
    const l = Array.from(c, (f) => eh(r, t, f)),
      d = a ? "if" : "else if";
    e.write(`${d} (${l.join(" || ")}) {`),
      e.indented((f) => {
        const m = R(f, r, s, o);
        f.write(`${n} = ${m};`);
      }),
      e.write("}"),
      (a = !1);
  }
  return (e.write("else { return INVALID; }"), n);
}
function eh(e, r, i) {
  if (typeof i == "string") return `${r} === ${q(i)}`;
  if (typeof i == "number") return Number.isNaN(i) ? `Number.isNaN(${r})` : `${r} === ${i}`;
  if (typeof i == "boolean") return `${r} === ${i}`;
  if (i === null) return `${r} === null`;
  if (i === void 0) return `${r} === undefined`;
  if (typeof i == "bigint") return `${r} === ${i}n`;
  if (typeof i == "symbol") {
    const o = S(e, i);
    return `${r} === ${o}`;
  }
  throw new N(`literal discriminator value ${String(i)}`);
}
function th(e, r, i, o) {
  const t = i._zod.def;
  r.definite = !1;
  const n = X(e, r, t.left, o),
    a = X(e, r, t.right, o),
    u = S(r, mt),
    s = w(r);
  return (
    e.write(`const ${s} = ${u}(${n}, ${a});`),
    e.write(`if (!${s}.valid) return INVALID;`),
    `${s}.data`
  );
}
function rh(e, r, i, o) {
  const t = i._zod.def,
    n = S(r, ce);
  e.write(`if (!${n}(${o})) return INVALID;`);
  const a = w(r),
    u = w(r),
    s = w(r);
  e.write(`const ${a} = {};`);
  const c = t,
    l = c.partial ? void 0 : t.keyType._zod.values;
  if (l) {
    const m = [];
    for (const _ of l) {
      if (!(typeof _ == "string" || typeof _ == "number" || typeof _ == "symbol"))
        throw new N(`record key value ${String(_)}`);
      const k = typeof _ == "number" ? _.toString() : _;
      if (k === "__proto__") throw new N('record key "__proto__"');
      m.push(k);
      const z = S(r, _),
        I = R(e, r, t.keyType, z),
        D = w(r);
      e.write(`const ${D} = ${o}[${nh(r, k)}];`);
      const A = X(e, r, t.valueType, D);
      e.write(`${a}[${I}] = ${A};`);
    }
    const v = S(r, new Set(m));
    return (
      e.write(`for (const ${u} in ${o}) {`),
      e.indented((_) => {
        _.write(`if (${v}.has(${u})) continue;`),
          c.mode === "loose"
            ? _.write(`if (${u} !== "__proto__") ${a}[${u}] = ${o}[${u}];`)
            : _.write("return INVALID;");
      }),
      e.write("}"),
      a
    );
  }
  const d = t.keyType._zod.def;
  if (!(d.type === "string" && d.format === void 0 && !d.coerce && (d.checks?.length ?? 0) === 0)) {
    const m = t.mode === "loose",
      v = Vn(t.keyType);
    v.definite === !1 && (r.definite = !1);
    const _ = S(r, v),
      k = S(r, be),
      z = w(r);
    return (
      wf(e, r, o, u, (I) => {
        I.write(`let ${z} = ${_}(${u});`),
          I.write(
            `if (${z} === INVALID && typeof ${u} === "string" && ${k}.test(${u})) ${z} = ${_}(Number(${u}));`,
          ),
          m
            ? I.write(`if (${z} === INVALID) { ${a}[${u}] = ${o}[${u}]; continue; }`)
            : I.write(`if (${z} === INVALID) return INVALID;`),
          I.write(`if (${z} === "__proto__") continue;`);
        const D = w(r);
        I.write(`const ${D} = ${o}[${u}];`);
        const A = X(I, r, t.valueType, D);
        I.write(`${a}[${z}] = ${A};`);
      }),
      a
    );
  }
  return (
    wf(
      e,
      r,
      o,
      u,
      (m) => {
        m.write(`const ${s} = ${o}[${u}];`);
        const v = X(m, r, t.valueType, s);
        m.write(`${a}[${u}] = ${v};`);
      },
      "return INVALID;",
    ),
    a
  );
}
function wf(e, r, i, o, t, n) {
  const a = S(r, Object.prototype.propertyIsEnumerable),
    u = w(r),
    s = w(r),
    c = w(r);
  e.write(`const ${u} = Object.getOwnPropertySymbols(${i});`),
    e.write(`const ${s} = Object.getOwnPropertyNames(${i});`),
    e.write(`for (let ${c} = 0; ${c} < ${s}.length; ${c}++) {`),
    e.indented((l) => {
      l.write(`const ${o} = ${s}[${c}];`),
        l.write(`if (${o} === "__proto__" || !${a}.call(${i}, ${o})) continue;`),
        t(l);
    }),
    e.write("}"),
    e.write(`for (let ${c} = 0; ${c} < ${u}.length; ${c}++) {`),
    e.indented((l) => {
      l.write(`const ${o} = ${u}[${c}];`),
        l.write(`if (!${a}.call(${i}, ${o})) continue;`),
        n ? l.write(n) : t(l);
    }),
    e.write("}");
}
function nh(e, r) {
  return typeof r == "string" ? q(r) : S(e, r);
}
function ih(e, r, i, o) {
  const t = i._zod.def;
  e.write(`if (!(${o} instanceof Map)) return INVALID;`), Vu(e, i, `${o}.size`);
  const n = w(r),
    a = w(r),
    u = w(r);
  return (
    e.write(`const ${n} = new Map();`),
    e.write(`for (const [${a}, ${u}] of ${o}) {`),
    e.indented((s) => {
      const c = R(s, r, t.keyType, a),
        l = R(s, r, t.valueType, u);
      s.write(`${n}.set(${c}, ${l});`);
    }),
    e.write("}"),
    n
  );
}
function oh(e, r, i, o) {
  const t = i._zod.def;
  e.write(`if (!(${o} instanceof Set)) return INVALID;`), Vu(e, i, `${o}.size`);
  const n = w(r),
    a = w(r);
  return (
    e.write(`const ${n} = new Set();`),
    e.write(`for (const ${a} of ${o}) {`),
    e.indented((u) => {
      const s = R(u, r, t.valueType, a);
      u.write(`${n}.add(${s});`);
    }),
    e.write("}"),
    n
  );
}
function ah(e, r) {
  return (e.write(`if (!(${r} instanceof File)) return INVALID;`), r);
}
function uh(e, r, i, o) {
  e.write(`if (typeof ${o} !== "string") return INVALID;`);
  const t = i._zod.pattern;
  if (t) {
    const n = S(r, t);
    e.write(`${n}.lastIndex = 0;`), e.write(`if (!${n}.test(${o})) return INVALID;`);
  }
  return o;
}
function ch(e, r, i, o) {
  const t = i._zod.def,
    n = Je(r, t.getter),
    a = S(r, { parser: null });
  e.write(`if (!${a}.parser) {`),
    e.indented((s) => {
      s.write(`const inner = ${n}();`),
        s.write(`${a}.parser = function(input) {`),
        s.indented((c) => {
          c.write("const result = inner._zod.run({ value: input, issues: [] }, {});"),
            c.write("return result.issues.length === 0 ? result.value : INVALID;");
        }),
        s.write("};");
    }),
    e.write("}");
  const u = w(r);
  return (
    e.write(`const ${u} = ${a}.parser(${o});`), e.write(`if (${u} === INVALID) return INVALID;`), u
  );
}
function sh(e, r, i, o) {
  const t = i._zod.def,
    n = R(e, r, t.in, o);
  if (t.transform) {
    if (Be(t.transform)) throw new fe("z.compile: async transforms in pipes are not supported");
    const a = t.transform,
      s = Je(r, (l) => {
        const d = { value: l, issues: [], addIssue: Lu },
          f = a(l, d);
        return f instanceof Promise ? H : d.issues.length === 0 ? f : H;
      }),
      c = w(r);
    return (
      e.write(`const ${c} = ${s}(${n});`),
      e.write(`if (${c} === INVALID) return INVALID;`),
      R(e, r, t.out, c)
    );
  } else return R(e, r, t.out, n);
}
function Be(e) {
  return (
    typeof e == "function" &&
    (e.constructor.name === "AsyncFunction" || e[Symbol.toStringTag] === "AsyncFunction")
  );
}
function lh(e, r, i, o) {
  const t = i._zod.def;
  if (t.fn) {
    if (Be(t.fn)) throw new fe("z.compile: async custom predicates are not supported");
    const n = Je(r, t.fn),
      a = S(r, Zu),
      u = w(r);
    e.write(`const ${u} = ${n}(${o});`),
      e.write(`if (${u} instanceof Promise) ${a}();`),
      e.write(`if (!${u}) return INVALID;`);
  } else throw new N("custom schema without a predicate function");
  return o;
}
function dh(e, r, i) {
  const o = e._zod.run({ value: i, issues: [] }, {});
  if (o && typeof o.then == "function") return H;
  const t = o;
  return t.issues.length === 0 ? t.value : r();
}
function fh(e, r, i, o) {
  const t = i._zod.def;
  if (!t.catchValue[Jr])
    throw new N("catch with a callback (only a constant catch value compiles)", !1);
  const n = w(r);
  e.write(`let ${n} = (() => {`),
    e.indented((c) => {
      const l = X(c, r, t.innerType, o);
      c.write(`return ${l};`);
    }),
    e.write("})();");
  const a = S(r, t.innerType),
    u = Je(r, t.catchValue),
    s = S(r, dh);
  return (
    e.write(`if (${n} === INVALID) {`),
    e.indented((c) => {
      c.write(`${n} = ${s}(${a}, ${u}, ${o});`), c.write(`if (${n} === INVALID) return INVALID;`);
    }),
    e.write("}"),
    n
  );
}
function mh(e, r, i, o) {
  const t = i._zod.def;
  if (t.transform) {
    if (Be(t.transform)) throw new fe("z.compile: async transforms are not supported");
    const n = t.transform,
      u = Je(r, (c) => {
        const l = { value: c, issues: [], addIssue: Lu },
          d = n(c, l);
        return d instanceof Promise ? H : l.issues.length === 0 ? d : H;
      }),
      s = w(r);
    return (
      e.write(`const ${s} = ${u}(${o});`), e.write(`if (${s} === INVALID) return INVALID;`), s
    );
  }
  return o;
}
function Rn(e) {
  return (e.checks && (e.checks = [...e.checks]), e);
}
function Ru(e, r) {
  return new e(Rn({ type: "string", ...b(r) }));
}
function Fu(e, r) {
  return new e(Rn({ type: "string", coerce: !0, ...b(r) }));
}
function Fn(e, r) {
  return new e({ type: "string", format: "email", check: "string_format", abort: !1, ...b(r) });
}
function Mn(e, r) {
  return new e({ type: "string", format: "guid", check: "string_format", abort: !1, ...b(r) });
}
function Jn(e, r) {
  return new e({ type: "string", format: "uuid", check: "string_format", abort: !1, ...b(r) });
}
function Bn(e, r) {
  return new e({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v4",
    ...b(r),
  });
}
function Kn(e, r) {
  return new e({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v6",
    ...b(r),
  });
}
function Gn(e, r) {
  return new e({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v7",
    ...b(r),
  });
}
function _r(e, r) {
  return new e({ type: "string", format: "url", check: "string_format", abort: !1, ...b(r) });
}
function Wn(e, r) {
  return new e({ type: "string", format: "emoji", check: "string_format", abort: !1, ...b(r) });
}
function Xn(e, r) {
  return new e({ type: "string", format: "nanoid", check: "string_format", abort: !1, ...b(r) });
}
function qn(e, r) {
  return new e({ type: "string", format: "cuid", check: "string_format", abort: !1, ...b(r) });
}
function Yn(e, r) {
  return new e({ type: "string", format: "cuid2", check: "string_format", abort: !1, ...b(r) });
}
function Hn(e, r) {
  return new e({ type: "string", format: "ulid", check: "string_format", abort: !1, ...b(r) });
}
function Qn(e, r) {
  return new e({ type: "string", format: "xid", check: "string_format", abort: !1, ...b(r) });
}
function ei(e, r) {
  return new e({ type: "string", format: "ksuid", check: "string_format", abort: !1, ...b(r) });
}
function ti(e, r) {
  return new e({ type: "string", format: "ipv4", check: "string_format", abort: !1, ...b(r) });
}
function ri(e, r) {
  return new e({ type: "string", format: "ipv6", check: "string_format", abort: !1, ...b(r) });
}
function Mu(e, r) {
  return new e({ type: "string", format: "mac", check: "string_format", abort: !1, ...b(r) });
}
function ni(e, r) {
  return new e({ type: "string", format: "cidrv4", check: "string_format", abort: !1, ...b(r) });
}
function ii(e, r) {
  return new e({ type: "string", format: "cidrv6", check: "string_format", abort: !1, ...b(r) });
}
function oi(e, r) {
  return new e({ type: "string", format: "base64", check: "string_format", abort: !1, ...b(r) });
}
function ai(e, r) {
  return new e({ type: "string", format: "base64url", check: "string_format", abort: !1, ...b(r) });
}
function ui(e, r) {
  return new e({ type: "string", format: "e164", check: "string_format", abort: !1, ...b(r) });
}
function Ju(e, r) {
  return new e({
    type: "string",
    format: "credit_card",
    check: "string_format",
    abort: !1,
    ...b(r),
  });
}
function Bu(e, r) {
  return new e({ type: "string", format: "iban", check: "string_format", abort: !1, ...b(r) });
}
function ci(e, r) {
  return new e({ type: "string", format: "jwt", check: "string_format", abort: !1, ...b(r) });
}
var Ku = { Any: null, Minute: -1, Second: 0, Millisecond: 3, Microsecond: 6 };
function br(e, r) {
  return new e({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: !1,
    local: !1,
    precision: null,
    ...b(r),
  });
}
function kr(e, r) {
  return new e({ type: "string", format: "date", check: "string_format", ...b(r) });
}
function xr(e, r) {
  return new e({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...b(r),
  });
}
function Ir(e, r) {
  return new e({ type: "string", format: "duration", check: "string_format", ...b(r) });
}
function Gu(e, r) {
  return new e(Rn({ type: "number", checks: [], ...b(r) }));
}
function Wu(e, r) {
  return new e(Rn({ type: "number", coerce: !0, checks: [], ...b(r) }));
}
function Xu(e, r) {
  return new e({ type: "number", check: "number_format", abort: !1, format: "safeint", ...b(r) });
}
function qu(e, r) {
  return new e({ type: "number", check: "number_format", abort: !1, format: "float32", ...b(r) });
}
function Yu(e, r) {
  return new e({ type: "number", check: "number_format", abort: !1, format: "float64", ...b(r) });
}
function Hu(e, r) {
  return new e({ type: "number", check: "number_format", abort: !1, format: "int32", ...b(r) });
}
function Qu(e, r) {
  return new e({ type: "number", check: "number_format", abort: !1, format: "uint32", ...b(r) });
}
function ec(e, r) {
  return new e({ type: "boolean", ...b(r) });
}
function tc(e, r) {
  return new e({ type: "boolean", coerce: !0, ...b(r) });
}
function rc(e, r) {
  return new e({ type: "bigint", ...b(r) });
}
function nc(e, r) {
  return new e({ type: "bigint", coerce: !0, ...b(r) });
}
function ic(e, r) {
  return new e({ type: "bigint", check: "bigint_format", abort: !1, format: "int64", ...b(r) });
}
function oc(e, r) {
  return new e({ type: "bigint", check: "bigint_format", abort: !1, format: "uint64", ...b(r) });
}
function ac(e, r) {
  return new e({ type: "symbol", ...b(r) });
}
function uc(e, r) {
  return new e({ type: "undefined", ...b(r) });
}
function cc(e, r) {
  return new e({ type: "null", ...b(r) });
}
function sc(e) {
  return new e({ type: "any" });
}
function lc(e) {
  return new e({ type: "unknown" });
}
function dc(e, r) {
  return new e({ type: "never", ...b(r) });
}
function fc(e, r) {
  return new e({ type: "void", ...b(r) });
}
function mc(e, r) {
  return new e({ type: "date", ...b(r) });
}
function pc(e, r) {
  return new e({ type: "date", coerce: !0, ...b(r) });
}
function gc(e, r) {
  return new e({ type: "nan", ...b(r) });
}
function pe(e, r) {
  return new un({ check: "less_than", ...b(r), value: e, inclusive: !1 });
}
function ae(e, r) {
  return new un({ check: "less_than", ...b(r), value: e, inclusive: !0 });
}
function ge(e, r) {
  return new cn({ check: "greater_than", ...b(r), value: e, inclusive: !1 });
}
function ue(e, r) {
  return new cn({ check: "greater_than", ...b(r), value: e, inclusive: !0 });
}
function si(e) {
  return ge(0, e);
}
function li(e) {
  return pe(0, e);
}
function di(e) {
  return ae(0, e);
}
function fi(e) {
  return ue(0, e);
}
function Pe(e, r) {
  return new Yo({ check: "multiple_of", ...b(r), value: e });
}
function De(e, r) {
  return new ea({ check: "max_size", ...b(r), maximum: e });
}
function ve(e, r) {
  return new ta({ check: "min_size", ...b(r), minimum: e });
}
function Ke(e, r) {
  return new ra({ check: "size_equals", ...b(r), size: e });
}
function Ge(e, r) {
  return new na({ check: "max_length", ...b(r), maximum: e });
}
function ke(e, r) {
  return new ia({ check: "min_length", ...b(r), minimum: e });
}
function We(e, r) {
  return new oa({ check: "length_equals", ...b(r), length: e });
}
function $t(e, r) {
  return new aa({ check: "string_format", format: "regex", ...b(r), pattern: e });
}
function ht(e) {
  return new ua({ check: "string_format", format: "lowercase", ...b(e) });
}
function yt(e) {
  return new ca({ check: "string_format", format: "uppercase", ...b(e) });
}
function _t(e, r) {
  return new sa({ check: "string_format", format: "includes", ...b(r), includes: e });
}
function bt(e, r) {
  return new la({ check: "string_format", format: "starts_with", ...b(r), prefix: e });
}
function kt(e, r) {
  return new da({ check: "string_format", format: "ends_with", ...b(r), suffix: e });
}
function mi(e, r, i) {
  return new fa({ check: "property", property: e, schema: r, ...b(i) });
}
function xt(e, r) {
  return new ma({ check: "properties", shape: e, ...b(r) });
}
function It(e, r) {
  return new pa({ check: "mime_type", mime: e, ...b(r) });
}
function me(e) {
  return new ga({ check: "overwrite", tx: e });
}
function wt(e) {
  return me((r) => r.normalize(e));
}
function zt() {
  return me((e) => e.trim());
}
function St() {
  return me((e) => e.toLowerCase());
}
function Pt() {
  return me((e) => e.toUpperCase());
}
function Dt() {
  return me((e) => Hi(e));
}
function vc(e, r, i) {
  return new e({ type: "array", element: r, ...b(i) });
}
function ph(e, r, i) {
  return new e({ type: "union", options: r, ...b(i) });
}
function gh(e, r, i) {
  return new e({ type: "union", options: r, inclusive: !1, ...b(i) });
}
function vh(e, r, i, o) {
  return new e({ type: "union", options: i, discriminator: r, ...b(o) });
}
function $h(e, r, i) {
  return new e({ type: "intersection", left: r, right: i });
}
function hh(e, r, i, o) {
  const t = i instanceof P,
    n = t ? o : i,
    a = t ? i : null;
  return new e({ type: "tuple", items: r, rest: a, ...b(n) });
}
function yh(e, r, i, o) {
  return new e({ type: "record", keyType: r, valueType: i, ...b(o) });
}
function _h(e, r, i, o) {
  return new e({ type: "map", keyType: r, valueType: i, ...b(o) });
}
function bh(e, r, i) {
  return new e({ type: "set", valueType: r, ...b(i) });
}
function kh(e, r, i) {
  const o = Array.isArray(r) ? Object.fromEntries(r.map((t) => [t, t])) : r;
  return new e({ type: "enum", entries: o, ...b(i) });
}
function xh(e, r, i) {
  return new e({ type: "enum", entries: r, ...b(i) });
}
function Ih(e, r, i) {
  return new e({ type: "literal", values: Array.isArray(r) ? r : [r], ...b(i) });
}
function $c(e, r) {
  return new e({ type: "file", ...b(r) });
}
function wh(e, r) {
  return new e({ type: "transform", transform: r });
}
function zh(e, r) {
  return new e({ type: "optional", innerType: r });
}
function Sh(e, r) {
  return new e({ type: "nullable", innerType: r });
}
function Ph(e, r, i) {
  return new e({
    type: "default",
    innerType: r,
    get defaultValue() {
      return typeof i == "function" ? i() : Jt(i);
    },
  });
}
function Dh(e, r, i) {
  return new e({ type: "nonoptional", innerType: r, ...b(i) });
}
function jh(e, r) {
  return new e({ type: "success", innerType: r });
}
function Oh(e, r, i) {
  return new e({ type: "catch", innerType: r, catchValue: typeof i == "function" ? i : io(i) });
}
function Nh(e, r, i) {
  return new e({ type: "pipe", in: r, out: i });
}
function Uh(e, r) {
  return new e({ type: "readonly", innerType: r });
}
function Ah(e, r, i) {
  return new e({ type: "template_literal", parts: r, ...b(i) });
}
function Th(e, r) {
  return new e({ type: "lazy", getter: r });
}
function Zh(e, r) {
  return new e({ type: "promise", innerType: r });
}
function hc(e, r, i) {
  const o = b(i);
  return (o.abort ?? (o.abort = !0), new e({ type: "custom", check: "custom", fn: r, ...o }));
}
function yc(e, r, i) {
  return new e({ type: "custom", check: "custom", fn: r, ...b(i) });
}
function _c(e, r) {
  const i = Df(
    (o) => (
      (o.addIssue = (t) => {
        if (typeof t == "string") o.issues.push(ut(t, o.value, i._zod.def));
        else {
          const n = t;
          n.fatal && (n.continue = !1),
            n.code ?? (n.code = "custom"),
            "input" in n || (n.input = o.value),
            n.inst ?? (n.inst = i),
            n.continue ?? (n.continue = !i._zod.def.abort),
            o.issues.push(ut(n));
        }
      }),
      e(o.value, o)
    ),
    r,
  );
  return i;
}
function Df(e, r) {
  const i = new L({ check: "custom", ...b(r) });
  return ((i._zod.check = e), i);
}
function bc(e) {
  const r = new L({ check: "describe" });
  return (
    (r._zod.onattach = [
      (i) => {
        const o = G.get(i) ?? {};
        G.add(i, { ...o, description: e });
      },
    ]),
    (r._zod.check = () => {}),
    r
  );
}
function kc(e) {
  const r = new L({ check: "meta" });
  return (
    (r._zod.onattach = [
      (i) => {
        const o = G.get(i) ?? {};
        G.add(i, { ...o, ...e });
      },
    ]),
    (r._zod.check = () => {}),
    r
  );
}
function xc(e, r) {
  let i = b(r),
    o = i.truthy ?? ["true", "1", "yes", "on", "y", "enabled"],
    t = i.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
  i.case !== "sensitive" &&
    ((o = o.map((m) => (typeof m == "string" ? m.toLowerCase() : m))),
    (t = t.map((m) => (typeof m == "string" ? m.toLowerCase() : m))));
  const n = new Set(o),
    a = new Set(t),
    u = e.Codec ?? mr,
    s = e.Boolean ?? dr,
    c = e.String ?? Fe,
    l = new c({ type: "string", error: i.error }),
    d = new s({ type: "boolean", error: i.error }),
    f = new u({
      type: "pipe",
      in: l,
      out: d,
      transform: (m, v) => {
        let _ = m;
        return (
          i.case !== "sensitive" && (_ = _.toLowerCase()),
          n.has(_)
            ? !0
            : a.has(_)
              ? !1
              : (v.issues.push({
                  code: "invalid_value",
                  expected: "stringbool",
                  values: [...n, ...a],
                  input: v.value,
                  inst: f,
                  continue: !1,
                }),
                {})
        );
      },
      reverseTransform: (m, v) => (m === !0 ? o[0] || "true" : t[0] || "false"),
      error: i.error,
    });
  return (
    (f._zod.bag.truthy = o), (f._zod.bag.falsy = t), (f._zod.bag.case = i.case ?? "insensitive"), f
  );
}
function Xe(e, r, i, o = {}) {
  const t = b(o),
    n = {
      check: "string_format",
      type: "string",
      format: r,
      fn: typeof i == "function" ? i : (u) => i.test(u),
      ...t,
    };
  return (i instanceof RegExp && (n.pattern = i), new e(n));
}
function wr(e, ...r) {
  for (const i of r)
    for (const o of Reflect.ownKeys(i))
      Object.prototype.propertyIsEnumerable.call(i, o) && K(e, o, i[o]);
  return e;
}
function je(e) {
  let r = e?.target ?? "draft-2020-12";
  return (
    r === "draft-4" && (r = "draft-04"),
    r === "draft-7" && (r = "draft-07"),
    {
      processors: e.processors ?? {},
      metadataRegistry: e?.metadata ?? G,
      target: r,
      unrepresentable: e?.unrepresentable ?? "throw",
      override: e?.override ?? (() => {}),
      io: e?.io ?? "output",
      counter: 0,
      seen: new Map(),
      sharedDefsExtractedFor: void 0,
      sharedEmitDoneFor: void 0,
      cycles: e?.cycles ?? "ref",
      reused: e?.reused ?? "inline",
      intersections: [],
      deferred: [],
      external: e?.external ?? void 0,
    }
  );
}
function M(e, r, i, o, t) {
  const n =
    typeof r.unrepresentable == "function"
      ? r.unrepresentable({ zodSchema: e, path: o.path, message: t })
      : r.unrepresentable;
  if (n === "any") return !1;
  if (n === void 0 || n === "throw") throw new Error(t);
  return (Object.assign(i, n), !0);
}
function E(e, r, i = { path: [], schemaPath: [] }) {
  var o;
  const t = e._zod.def,
    n = r.seen.get(e);
  if (n) return (n.count++, i.schemaPath.includes(e) && (n.cycle = i.path), n.schema);
  const a = { schema: {}, count: 1, cycle: void 0, path: i.path };
  r.seen.set(e, a), (r.sharedDefsExtractedFor = void 0), (r.sharedEmitDoneFor = void 0);
  const u = e._zod.toJSONSchema?.();
  if (u) a.schema = u;
  else {
    const l = { ...i, schemaPath: [...i.schemaPath, e], path: i.path };
    if (e._zod.processJSONSchema) e._zod.processJSONSchema(r, a.schema, l);
    else {
      const f = a.schema,
        m = r.processors[t.type];
      if (!m) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${t.type}`);
      m(e, r, f, l);
    }
    const d = e._zod.parent;
    d && (a.ref || (a.ref = d), E(d, r, l), (r.seen.get(d).isParent = !0));
  }
  const s = r.metadataRegistry.get(e);
  return (
    s && wr(a.schema, s),
    r.io === "input" && Q(e) && (delete a.schema.examples, delete a.schema.default),
    r.io === "input" &&
      "_prefault" in a.schema &&
      ((o = a.schema).default ?? (o.default = a.schema._prefault)),
    delete a.schema._prefault,
    r.seen.get(e).schema
  );
}
function jf(e) {
  return e.replace(/~/g, "~0").replace(/\//g, "~1");
}
function Oe(e, r) {
  const i = e.seen.get(r);
  if (!i) throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (e.external && e.sharedDefsExtractedFor === e.external) return;
  const o = new Map();
  for (const a of e.seen.entries()) {
    const u = e.metadataRegistry.get(a[0])?.id;
    if (u) {
      const s = o.get(u);
      if (s && s !== a[0])
        throw new Error(
          `Duplicate schema id "${u}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`,
        );
      o.set(u, a[0]);
    }
  }
  const t = (a) => {
      const u = e.target === "draft-2020-12" ? "$defs" : "definitions";
      if (e.external) {
        const d = e.external.registry.get(a[0])?.id,
          f = e.external.uri ?? ((v) => v);
        if (d) return { ref: f(d) };
        const m = a[1].defId ?? a[1].schema.id ?? `schema${e.counter++}`;
        return ((a[1].defId = m), { defId: m, ref: `${f("__shared")}#/${u}/${jf(m)}` });
      }
      const s = "#",
        c = `${s}/${u}/`;
      if (a[1] === i && !a[1].schema.id) return { ref: s };
      const l = a[1].schema.id ?? `__schema${e.counter++}`;
      return { defId: l, ref: c + jf(l) };
    },
    n = (a) => {
      if (a[1].schema.$ref) return;
      const u = a[1],
        { ref: s, defId: c } = t(a);
      (u.def = { ...u.schema }), c && (u.defId = c);
      const l = u.schema;
      for (const d in l) delete l[d];
      l.$ref = s;
    };
  if (e.cycles === "throw")
    for (const a of e.seen.entries()) {
      const u = a[1];
      if (u.cycle)
        throw new Error(`Cycle detected: #/${u.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
    }
  for (const a of e.seen.entries()) {
    const u = a[1];
    if (r === a[0]) {
      n(a);
      continue;
    }
    if (e.external) {
      const c = e.external.registry.get(a[0])?.id;
      if (r !== a[0] && c) {
        n(a);
        continue;
      }
    }
    if (e.metadataRegistry.get(a[0])?.id) {
      n(a);
      continue;
    }
    if (u.cycle) {
      n(a);
      continue;
    }
    u.count > 1 && e.reused === "ref" && n(a);
  }
  e.external && (e.sharedDefsExtractedFor = e.external);
}
function Uf(e) {
  const r = e.anyOf;
  if (!Array.isArray(r) || r.length === 0 || e.type !== void 0) return;
  const i = [];
  for (const o of r) {
    if (!o || typeof o != "object") return;
    Uf(o);
    const t = Object.keys(o);
    if (t.length !== 1 || t[0] !== "type") return;
    const n = o.type;
    for (const a of Array.isArray(n) ? n : [n]) {
      if (typeof a != "string") return;
      i.includes(a) || i.push(a);
    }
  }
  delete e.anyOf, (e.type = i.length === 1 ? i[0] : i);
}
var Af = new Set(["type", "properties", "required", "additionalProperties"]),
  Of = ["oneOf", "anyOf"];
function Nf(e) {
  const r = e.additionalProperties;
  return r === void 0 || r === !1 || typeof r != "object" || r === null
    ? null
    : Object.keys(r).length
      ? r
      : null;
}
function Ic(e) {
  const r = [];
  for (const n of e) {
    if (typeof n != "object" || n.type !== "object") return null;
    for (const a in n) if (!Af.has(a)) return null;
    r.push(n);
  }
  const i = {},
    o = new Set();
  for (const n of r) {
    for (const a in n.properties) {
      if (Object.hasOwn(i, a)) continue;
      const u = [];
      for (const c of r) {
        const l = c.properties?.[a] ?? Nf(c);
        l != null && (u.some((d) => JSON.stringify(d) === JSON.stringify(l)) || u.push(l));
      }
      const s = u.length === 1 ? u[0] : (Ic(u) ?? { allOf: u });
      K(i, a, s);
    }
    for (const a of n.required ?? []) o.add(a);
  }
  const t = { type: "object", properties: i };
  if ((o.size && (t.required = [...o]), r.every((n) => n.additionalProperties === !1)))
    t.additionalProperties = !1;
  else {
    const n = [];
    for (const a of r) {
      const u = Nf(a);
      u && !n.some((s) => JSON.stringify(s) === JSON.stringify(u)) && n.push(u);
    }
    n.length === 1
      ? (t.additionalProperties = n[0])
      : n.length > 1 && (t.additionalProperties = { allOf: n });
  }
  return t;
}
function Eh(e) {
  const r = e.allOf;
  if (!Array.isArray(r) || r.length < 2) return;
  for (const t of Af) if (t in e) return;
  let i = r.filter((t) => Of.some((n) => Array.isArray(t[n]))),
    o = null;
  if (!i.length) o = Ic(r);
  else {
    const t = i[0],
      n = Of.find((s) => Array.isArray(t[s]));
    if (Object.keys(t).length !== 1) return;
    const a = r.filter((s) => s !== t),
      u = t[n].map((s) => Ic([...a, s]));
    if (u.some((s) => !s)) return;
    o = { [n]: u };
  }
  o && (delete e.allOf, wr(e, o));
}
function Ne(e, r) {
  const i = e.seen.get(r);
  if (!i) throw new Error("Unprocessed schema. This is a bug in Zod.");
  const o = (u) => {
    const s = e.seen.get(u);
    if (s.ref === null) return;
    const c = s.def ?? s.schema,
      l = { ...c },
      d = s.ref;
    if (((s.ref = null), d)) {
      o(d);
      const m = e.seen.get(d),
        v = m.schema;
      if (
        (v.$ref &&
        (e.target === "draft-07" || e.target === "draft-04" || e.target === "openapi-3.0")
          ? ((c.allOf = c.allOf ?? []), c.allOf.push(v))
          : wr(c, v),
        wr(c, l),
        u._zod.parent === d)
      )
        for (const k in c) k === "$ref" || k === "allOf" || k in l || delete c[k];
      if (v.$ref && m.def)
        for (const k in c)
          k === "$ref" ||
            k === "allOf" ||
            (k in m.def && JSON.stringify(c[k]) === JSON.stringify(m.def[k]) && delete c[k]);
    }
    const f = u._zod.parent;
    if (f && f !== d) {
      o(f);
      const m = e.seen.get(f);
      if (m?.schema.$ref && ((c.$ref = m.schema.$ref), m.def))
        for (const v in c)
          v === "$ref" ||
            v === "allOf" ||
            (v in m.def && JSON.stringify(c[v]) === JSON.stringify(m.def[v]) && delete c[v]);
    }
    e.override({ zodSchema: u, jsonSchema: c, path: s.path ?? [] });
  };
  if (!e.external || e.sharedEmitDoneFor !== e.external) {
    for (const u of [...e.seen.entries()].reverse()) o(u[0]);
    if (e.target !== "openapi-3.0") for (const u of e.seen.entries()) Uf(u[1].def ?? u[1].schema);
    for (const u of e.deferred) u();
    if (e.intersections.length) {
      const u = new Map();
      for (const s of e.seen.values())
        for (const c of [s.schema, s.def]) {
          const l = c?.allOf;
          if (!Array.isArray(l)) continue;
          const d = u.get(l);
          d ? d.push(c) : u.set(l, [c]);
        }
      for (const s of e.intersections) for (const c of u.get(s) ?? []) Eh(c);
    }
  }
  const t = {};
  if (
    (e.target === "draft-2020-12"
      ? (t.$schema = "https://json-schema.org/draft/2020-12/schema")
      : e.target === "draft-07"
        ? (t.$schema = "http://json-schema.org/draft-07/schema#")
        : e.target === "draft-04"
          ? (t.$schema = "http://json-schema.org/draft-04/schema#")
          : e.target,
    e.external?.uri)
  ) {
    const u = e.external.registry.get(r)?.id;
    if (!u) throw new Error("Schema is missing an `id` property");
    t.$id = e.external.uri(u);
  }
  wr(t, i.defId ? i.schema : (i.def ?? i.schema));
  const n = e.metadataRegistry.get(r)?.id;
  n !== void 0 && t.id === n && delete t.id;
  const a = e.external?.defs ?? {};
  if (!e.external || e.sharedEmitDoneFor !== e.external)
    for (const u of e.seen.entries()) {
      const s = u[1];
      s.def && s.defId && (s.def.id === s.defId && delete s.def.id, K(a, s.defId, s.def));
    }
  e.external && (e.sharedEmitDoneFor = e.external),
    e.external ||
      (Object.keys(a).length > 0 &&
        (e.target === "draft-2020-12" ? (t.$defs = a) : (t.definitions = a)));
  try {
    const u = JSON.parse(JSON.stringify(t));
    return (
      Object.defineProperty(u, "~standard", {
        value: {
          ...r["~standard"],
          jsonSchema: {
            input: jt(r, "input", e.processors),
            output: jt(r, "output", e.processors),
          },
        },
        enumerable: !1,
        writable: !1,
      }),
      u
    );
  } catch {
    throw new Error("Error converting schema to JSON.");
  }
}
function Q(e, r) {
  const i = r ?? { seen: new Set() };
  if (i.seen.has(e)) return !1;
  i.seen.add(e);
  const o = e._zod.def;
  if (o.type === "transform") return !0;
  if (o.type === "array") return Q(o.element, i);
  if (o.type === "set") return Q(o.valueType, i);
  if (o.type === "lazy") return Q(o.getter(), i);
  if (
    o.type === "promise" ||
    o.type === "optional" ||
    o.type === "nonoptional" ||
    o.type === "nullable" ||
    o.type === "readonly" ||
    o.type === "default" ||
    o.type === "prefault" ||
    o.type === "catch"
  )
    return Q(o.innerType, i);
  if (o.type === "intersection") return Q(o.left, i) || Q(o.right, i);
  if (o.type === "record" || o.type === "map") return Q(o.keyType, i) || Q(o.valueType, i);
  if (o.type === "pipe") return e._zod.traits.has("$ZodCodec") ? !0 : Q(o.in, i) || Q(o.out, i);
  if (o.type === "object") {
    for (const t in o.shape) if (Q(o.shape[t], i)) return !0;
    return !1;
  }
  if (o.type === "union") {
    for (const t of o.options) if (Q(t, i)) return !0;
    return !1;
  }
  if (o.type === "tuple") {
    for (const t of o.items) if (Q(t, i)) return !0;
    return !!(o.rest && Q(o.rest, i));
  }
  return !1;
}
var wc =
    (e, r = {}) =>
    (i) => {
      const o = je({ ...i, processors: r });
      return (E(e, o), Oe(o, e), Ne(o, e));
    },
  jt =
    (e, r, i = {}) =>
    (o) => {
      const { libraryOptions: t, target: n } = o ?? {},
        a = je({ ...(t ?? {}), target: n, io: r, processors: i });
      return (E(e, a), Oe(a, e), Ne(a, e));
    };
var Ot = (e, r, i) => {
    (e[r] === void 0 || i > e[r]) && (e[r] = i);
  },
  Nt = (e, r, i) => {
    (e[r] === void 0 || i < e[r]) && (e[r] = i);
  },
  Tf = (e, r) => {
    Ot(e, "minimum", r), Nt(e, "maximum", r);
  },
  Lf = (e, r) => {
    e.multipleOf ?? (e.multipleOf = []), e.multipleOf.includes(r) || e.multipleOf.push(r);
  },
  Vf = (e, r) => {
    e.patterns ?? (e.patterns = new Set()), e.patterns.add(r);
  },
  Rf = (e, r) => {
    e.mime = e.mime ? e.mime.filter((i) => r.includes(i)) : [...r];
  },
  Ff = (e, r) => {
    (e.format = r), r.includes("int") && (e.isInt = !0);
  },
  Zf = (e, r) => Ot(e, "minimum", r.minimum),
  Ef = (e, r) => Nt(e, "maximum", r.maximum),
  Cf = (e) => (r, i) => {
    Ff(r, i.format);
    const [o, t] = e[i.format];
    Ot(r, "minimum", o), Nt(r, "maximum", t);
  },
  Ch = {
    greater_than: (e, r) => Ot(e, r.inclusive ? "minimum" : "exclusiveMinimum", r.value),
    less_than: (e, r) => Nt(e, r.inclusive ? "maximum" : "exclusiveMaximum", r.value),
    multiple_of: (e, r) => Lf(e, r.value),
    number_format: Cf(Kt),
    bigint_format: Cf(Gt),
    min_length: Zf,
    max_length: Ef,
    length_equals: (e, r) => Tf(e, r.length),
    min_size: Zf,
    max_size: Ef,
    size_equals: (e, r) => Tf(e, r.size),
    string_format: (e, r) => {
      Ff(e, r.format),
        r.pattern && Vf(e, r.pattern),
        (r.format === "base64" || r.format === "base64url") && (e.contentEncoding = r.format),
        (r.local || r.precision === -1) && (e.laxFormat = !0);
    },
    mime_type: (e, r) => Rf(e, r.mime),
  };
function J(e) {
  const r = {},
    i = e._zod.def,
    o = e._zod.traits.has("$ZodCheck") ? [e, ...(i.checks ?? [])] : (i.checks ?? []);
  for (const n of o) Ch[n._zod.def.check]?.(r, n._zod.def);
  const t = e._zod.bag;
  t.minimum !== void 0 && Ot(r, "minimum", t.minimum),
    t.exclusiveMinimum !== void 0 && Ot(r, "exclusiveMinimum", t.exclusiveMinimum),
    t.maximum !== void 0 && Nt(r, "maximum", t.maximum),
    t.exclusiveMaximum !== void 0 && Nt(r, "exclusiveMaximum", t.exclusiveMaximum),
    t.multipleOf !== void 0 && Lf(r, t.multipleOf),
    t.format !== void 0 &&
      (r.format ?? (r.format = t.format), t.format.includes("int") && (r.isInt = !0)),
    t.mime && Rf(r, t.mime);
  for (const n of t.patterns ?? []) Vf(r, n);
  return r;
}
var Lh = { guid: "uuid", url: "uri", datetime: "date-time", json_string: "json-string", regex: "" },
  Vh = new Map([
    [hn, Oo],
    [lr, No],
  ]),
  Mf = (e) => Vh.get(e) ?? e,
  Pc = (e, r, i, o) => {
    const t = i;
    t.type = "string";
    const {
      minimum: n,
      maximum: a,
      format: u,
      patterns: s,
      contentEncoding: c,
      laxFormat: l,
    } = J(e);
    if (
      (typeof n == "number" && (t.minLength = n),
      typeof a == "number" && (t.maxLength = a),
      u &&
        ((t.format = Lh[u] ?? u),
        t.format === "" && delete t.format,
        (u === "time" || l) && delete t.format),
      c && (t.contentEncoding = c),
      s && s.size > 0)
    ) {
      const d = [...s].map(Mf);
      d.length === 1
        ? (t.pattern = d[0].source)
        : d.length > 1 &&
          (t.allOf = [
            ...d.map((f) => ({
              ...(r.target === "draft-07" || r.target === "draft-04" || r.target === "openapi-3.0"
                ? { type: "string" }
                : {}),
              pattern: f.source,
            })),
          ]);
    }
  },
  Dc = (e, r, i, o) => {
    const t = i,
      {
        minimum: n,
        maximum: a,
        multipleOf: u,
        exclusiveMaximum: s,
        exclusiveMinimum: c,
        isInt: l,
      } = J(e);
    t.type = l ? "integer" : "number";
    const d = typeof c == "number" && c >= (n ?? Number.NEGATIVE_INFINITY),
      f = typeof s == "number" && s <= (a ?? Number.POSITIVE_INFINITY),
      m = r.target === "draft-04" || r.target === "openapi-3.0";
    if (
      (d
        ? m
          ? ((t.minimum = c), (t.exclusiveMinimum = !0))
          : (t.exclusiveMinimum = c)
        : typeof n == "number" && (t.minimum = n),
      f
        ? m
          ? ((t.maximum = s), (t.exclusiveMaximum = !0))
          : (t.exclusiveMaximum = s)
        : typeof a == "number" && (t.maximum = a),
      u)
    ) {
      const v = new Set();
      for (const z of u)
        Number.isFinite(z) && z !== 0
          ? v.add(Math.abs(z))
          : M(e, r, t, o, `A multipleOf divisor of ${z} cannot be represented in JSON Schema`);
      const [_, ...k] = v;
      _ !== void 0 && (t.multipleOf = _),
        k.length && (t.allOf = [...(t.allOf ?? []), ...k.map((z) => ({ multipleOf: z }))]);
    }
  },
  jc = (e, r, i, o) => {
    i.type = "boolean";
  },
  Oc = (e, r, i, o) => {
    M(e, r, i, o, "BigInt cannot be represented in JSON Schema");
  },
  Nc = (e, r, i, o) => {
    M(e, r, i, o, "Symbols cannot be represented in JSON Schema");
  },
  Uc = (e, r, i, o) => {
    r.target === "openapi-3.0"
      ? ((i.type = "string"), (i.nullable = !0), (i.enum = [null]))
      : (i.type = "null");
  },
  Ac = (e, r, i, o) => {
    M(e, r, i, o, "Undefined cannot be represented in JSON Schema");
  },
  Tc = (e, r, i, o) => {
    M(e, r, i, o, "Void cannot be represented in JSON Schema");
  },
  Zc = (e, r, i, o) => {
    i.not = {};
  },
  Ec = (e, r, i, o) => {},
  Cc = (e, r, i, o) => {},
  Lc = (e, r, i, o) => {
    M(e, r, i, o, "Date cannot be represented in JSON Schema");
  },
  Vc = (e, r, i, o) => {
    const t = e._zod.def,
      n = rt(t.entries);
    if (n.length === 0) {
      i.not = {};
      return;
    }
    n.every((a) => typeof a == "number") && (i.type = "number"),
      n.every((a) => typeof a == "string") && (i.type = "string"),
      (i.enum = n);
  },
  Rc = (e, r, i, o) => {
    const t = e._zod.def;
    if (t.values.length === 0) {
      i.not = {};
      return;
    }
    const n = [];
    for (const a of t.values)
      if (a === void 0) {
        if (M(e, r, i, o, "Literal `undefined` cannot be represented in JSON Schema")) return;
      } else if (typeof a == "bigint") {
        if (M(e, r, i, o, "BigInt literals cannot be represented in JSON Schema")) return;
        n.push(Number(a));
      } else n.push(a);
    if (n.length !== 0)
      if (n.length === 1) {
        const a = n[0];
        (i.type = a === null ? "null" : typeof a),
          r.target === "draft-04" || r.target === "openapi-3.0" ? (i.enum = [a]) : (i.const = a);
      } else
        n.every((a) => typeof a == "number") && (i.type = "number"),
          n.every((a) => typeof a == "string") && (i.type = "string"),
          n.every((a) => typeof a == "boolean") && (i.type = "boolean"),
          n.every((a) => a === null) && (i.type = "null"),
          (i.enum = n);
  },
  Fc = (e, r, i, o) => {
    M(e, r, i, o, "NaN cannot be represented in JSON Schema");
  },
  Mc = (e, r, i, o) => {
    const t = i,
      n = e._zod.pattern;
    if (!n) throw new Error("Pattern not found in template literal");
    (t.type = "string"), (t.pattern = n.source);
  },
  Jc = (e, r, i, o) => {
    const t = i;
    (t.type = "string"), (t.format = "binary"), (t.contentEncoding = "binary");
    const { minimum: n, maximum: a, mime: u } = J(e);
    n !== void 0 && (t.minLength = n),
      a !== void 0 && (t.maxLength = a),
      u &&
        (u.length === 0
          ? (t.not = {})
          : u.length === 1
            ? (t.contentMediaType = u[0])
            : (t.anyOf = u.map((s) => ({ contentMediaType: s }))));
  },
  Bc = (e, r, i, o) => {
    i.type = "boolean";
  },
  Kc = (e, r, i, o) => {
    M(e, r, i, o, "Custom types cannot be represented in JSON Schema");
  },
  Gc = (e, r, i, o) => {
    M(e, r, i, o, "Function types cannot be represented in JSON Schema");
  },
  Wc = (e, r, i, o) => {
    M(e, r, i, o, "Transforms cannot be represented in JSON Schema");
  },
  Xc = (e, r, i, o) => {
    M(e, r, i, o, "Map cannot be represented in JSON Schema");
  },
  qc = (e, r, i, o) => {
    M(e, r, i, o, "Set cannot be represented in JSON Schema");
  },
  Yc = (e, r, i, o) => {
    const t = i,
      n = e._zod.def,
      { minimum: a, maximum: u } = J(e);
    typeof a == "number" && (t.minItems = a),
      typeof u == "number" && (t.maxItems = u),
      (t.type = "array"),
      (t.items = E(n.element, r, { ...o, path: [...o.path, "items"] }));
  };
function zr(e) {
  const r = e._zod.def;
  return r.type === "pipe" && r.in._zod.traits.has("$ZodTransform")
    ? zr(r.out)
    : r.type === "catch"
      ? zr(r.innerType)
      : e._zod.optin;
}
var Hc = (e, r, i, o) => {
    const t = i,
      n = e._zod.def,
      a = n.shape;
    if (
      Object.getOwnPropertySymbols(a).length &&
      M(e, r, t, o, "Symbol keys cannot be represented in JSON Schema")
    )
      return;
    (t.type = "object"), (t.properties = {});
    for (const c in a) K(t.properties, c, E(a[c], r, { ...o, path: [...o.path, "properties", c] }));
    const s = [];
    for (const c of Object.keys(a)) {
      const l = n.shape[c];
      (r.io === "input" ? zr(l) === void 0 : l._zod.optout === void 0) && s.push(c);
    }
    s.length > 0 && (t.required = s),
      n.catchall?._zod.def.type === "never"
        ? (t.additionalProperties = !1)
        : n.catchall
          ? n.catchall &&
            (t.additionalProperties = E(n.catchall, r, {
              ...o,
              path: [...o.path, "additionalProperties"],
            }))
          : r.io === "output" && (t.additionalProperties = !1);
  },
  gi = (e, r, i, o) => {
    const t = e._zod.def,
      n = t.inclusive === !1,
      a = t.options.map((u, s) => E(u, r, { ...o, path: [...o.path, n ? "oneOf" : "anyOf", s] }));
    n ? (i.oneOf = a) : (i.anyOf = a);
  },
  Qc = (e, r, i, o) => {
    const t = e._zod.def,
      n = E(t.left, r, { ...o, path: [...o.path, "allOf", 0] }),
      a = E(t.right, r, { ...o, path: [...o.path, "allOf", 1] }),
      u = (c) => "allOf" in c && Object.keys(c).length === 1,
      s = [...(u(n) ? n.allOf : [n]), ...(u(a) ? a.allOf : [a])];
    (i.allOf = s), r.intersections.push(s);
  },
  es = (e, r, i, o) => {
    const t = i,
      n = e._zod.def;
    t.type = "array";
    let a = r.target === "draft-2020-12" ? "prefixItems" : "items",
      u = r.target === "draft-2020-12" || r.target === "openapi-3.0" ? "items" : "additionalItems",
      s = n.items.map((_, k) => E(_, r, { ...o, path: [...o.path, a, k] })),
      c = n.rest
        ? E(n.rest, r, {
            ...o,
            path: [...o.path, u, ...(r.target === "openapi-3.0" ? [n.items.length] : [])],
          })
        : null,
      l = n.items.length;
    for (; l > 0; ) {
      const _ = n.items[l - 1];
      if (!(r.io === "input" ? zr(_) !== void 0 : _._zod.optout === "optional")) break;
      l--;
    }
    const d = n.items.length,
      f = !n.rest;
    r.target === "draft-2020-12"
      ? ((t.prefixItems = s),
        f ? (t.items = !1) : c && (t.items = c),
        l > 0 && (t.minItems = l),
        f && (t.maxItems = d))
      : r.target === "openapi-3.0"
        ? ((t.items = { anyOf: s }),
          c && t.items.anyOf.push(c),
          l > 0 && (t.minItems = l),
          f && (t.maxItems = d))
        : ((t.items = s),
          f ? (t.additionalItems = !1) : c && (t.additionalItems = c),
          l > 0 && (t.minItems = l),
          f && (t.maxItems = d));
    const { minimum: m, maximum: v } = J(e);
    typeof m == "number" && (t.minItems = m), typeof v == "number" && (t.maxItems = v);
  };
function zc(e, r, i) {
  if (r.$ref) {
    if (i.has(r)) return r;
    i.add(r);
    const v = e.get(r)?.def;
    if (!v) return r;
    const _ = zc(e, v, i);
    return _ === v ? r : _;
  }
  for (const v of ["anyOf", "oneOf"]) {
    const _ = r[v];
    if (!Array.isArray(_)) continue;
    const k = _.map((z) => zc(e, z, i));
    k.some((z, I) => z !== _[I]) && (r = { ...r, [v]: k });
  }
  const o = Array.isArray(r.type) ? r.type : [r.type],
    t = !o.includes("string") && o.some((v) => v === "number" || v === "integer"),
    n = r.enum ?? (r.const !== void 0 ? [r.const] : void 0);
  if (!t && !n?.some((v) => typeof v == "number")) return r;
  const {
    minimum: a,
    maximum: u,
    exclusiveMinimum: s,
    exclusiveMaximum: c,
    multipleOf: l,
    format: d,
    id: f,
    ...m
  } = r;
  return (
    m.enum
      ? (m.enum = m.enum.map((v) => (typeof v == "number" ? String(v) : v)))
      : typeof m.const == "number" && (m.const = String(m.const)),
    t && ((m.type = "string"), n || (m.pattern = (o.includes("number") ? be : nr).source)),
    m
  );
}
var Sc = new WeakMap();
function Rh(e) {
  const r = new Map();
  for (const o of e.seen.values()) o.def && !r.has(o.schema) && r.set(o.schema, o);
  const i = new Map();
  for (const o of Sc.get(e) ?? []) {
    const t = e.seen.get(o),
      n = (t?.def ?? t?.schema)?.propertyNames;
    if (!n || n === !0 || i.has(n)) continue;
    const a = zc(r, n, new Set());
    a !== n && i.set(n, a);
  }
  if (i.size)
    for (const o of e.seen.values())
      for (const t of [o.schema, o.def]) {
        const n = t && i.get(t.propertyNames);
        n && (t.propertyNames = n);
      }
}
var ts = (e, r, i, o) => {
    const t = i,
      n = e._zod.def;
    t.type = "object";
    const a = n.keyType,
      u = J(a).patterns;
    if (n.mode === "loose" && u && u.size > 0) {
      const l = E(n.valueType, r, { ...o, path: [...o.path, "patternProperties", "*"] });
      t.patternProperties = {};
      for (const d of u) K(t.patternProperties, Mf(d).source, l);
    } else {
      if (r.target === "draft-07" || r.target === "draft-2020-12") {
        t.propertyNames = E(n.keyType, r, { ...o, path: [...o.path, "propertyNames"] });
        let l = Sc.get(r);
        l || ((l = []), Sc.set(r, l), r.deferred.push(() => Rh(r))), l.push(e);
      }
      t.additionalProperties = E(n.valueType, r, {
        ...o,
        path: [...o.path, "additionalProperties"],
      });
    }
    const s = a._zod.values,
      c = r.io === "input" && zr(n.valueType) !== void 0;
    if (s && !n.partial && !c) {
      const l = [...s].filter((d) => typeof d == "string" || typeof d == "number");
      l.length > 0 && (t.required = l.map(String));
    }
  },
  rs = (e, r, i, o) => {
    const t = e._zod.def,
      n = E(t.innerType, r, o),
      a = r.seen.get(e);
    r.target === "openapi-3.0"
      ? ((a.ref = t.innerType), (i.nullable = !0))
      : (i.anyOf = [n, { type: "null" }]);
  },
  ns = (e, r, i, o) => {
    const t = e._zod.def;
    E(t.innerType, r, o);
    const n = r.seen.get(e);
    n.ref = t.innerType;
  },
  is = Symbol();
function Jf(e, r, i, o, t) {
  let n = !1,
    a = JSON.stringify(e, (u, s) => (typeof s != "bigint" ? s : ((n = !0), null)));
  return n
    ? (M(r, i, o, t, "BigInt defaults cannot be represented in JSON Schema"), is)
    : JSON.parse(a);
}
var os = (e, r, i, o) => {
    const t = e._zod.def;
    E(t.innerType, r, o);
    const n = r.seen.get(e);
    n.ref = t.innerType;
    const a = Jf(t.defaultValue, e, r, i, o);
    a !== is && (i.default = a);
  },
  as = (e, r, i, o) => {
    const t = e._zod.def;
    E(t.innerType, r, o);
    const n = r.seen.get(e);
    if (((n.ref = t.innerType), r.io !== "input")) return;
    const a = Jf(t.defaultValue, e, r, i, o);
    a !== is && (i._prefault = a);
  },
  us = (e, r, i, o) => {
    const t = e._zod.def;
    E(t.innerType, r, o);
    const n = r.seen.get(e);
    n.ref = t.innerType;
    let a;
    try {
      a = t.catchValue(void 0);
    } catch {
      M(e, r, i, o, "Dynamic catch values are not supported in JSON Schema");
      return;
    }
    i.default = a;
  },
  cs = (e, r, i, o) => {
    const t = e._zod.def,
      n = t.in._zod.traits.has("$ZodTransform"),
      a = r.io === "input" ? (n ? t.out : t.in) : t.out;
    E(a, r, o);
    const u = r.seen.get(e);
    u.ref = a;
  },
  ss = (e, r, i, o) => {
    const t = e._zod.def;
    E(t.innerType, r, o);
    const n = r.seen.get(e);
    (n.ref = t.innerType), (i.readOnly = !0);
  },
  ls = (e, r, i, o) => {
    const t = e._zod.def;
    E(t.innerType, r, o);
    const n = r.seen.get(e);
    n.ref = t.innerType;
  },
  vi = (e, r, i, o) => {
    const t = e._zod.def;
    E(t.innerType, r, o);
    const n = r.seen.get(e);
    n.ref = t.innerType;
  },
  ds = (e, r, i, o) => {
    const t = e._zod.innerType;
    E(t, r, o);
    const n = r.seen.get(e);
    n.ref = t;
  },
  pi = {
    string: Pc,
    number: Dc,
    boolean: jc,
    bigint: Oc,
    symbol: Nc,
    null: Uc,
    undefined: Ac,
    void: Tc,
    never: Zc,
    any: Ec,
    unknown: Cc,
    date: Lc,
    enum: Vc,
    literal: Rc,
    nan: Fc,
    template_literal: Mc,
    file: Jc,
    success: Bc,
    custom: Kc,
    function: Gc,
    transform: Wc,
    map: Xc,
    set: qc,
    array: Yc,
    object: Hc,
    union: gi,
    intersection: Qc,
    tuple: es,
    record: ts,
    nullable: rs,
    nonoptional: ns,
    default: os,
    prefault: as,
    catch: us,
    pipe: cs,
    readonly: ss,
    promise: ls,
    optional: vi,
    lazy: ds,
  };
function $i(e, r) {
  if ("_idmap" in e) {
    const o = e,
      t = je({ ...r, processors: pi }),
      n = {};
    for (const s of o._idmap.entries()) {
      const [c, l] = s;
      E(l, t);
    }
    const a = {},
      u = { registry: o, uri: r?.uri, defs: n };
    t.external = u;
    for (const s of o._idmap.entries()) {
      const [c, l] = s;
      Oe(t, l), K(a, c, Ne(t, l));
    }
    if (Object.keys(n).length > 0) {
      const s = t.target === "draft-2020-12" ? "$defs" : "definitions";
      a.__shared = { [s]: n };
    }
    return { schemas: a };
  }
  const i = je({ ...r, processors: pi });
  return (E(e, i), Oe(i, e), Ne(i, e));
}
var hi = class {
  get metadataRegistry() {
    return this.ctx.metadataRegistry;
  }
  get target() {
    return this.ctx.target;
  }
  get unrepresentable() {
    return this.ctx.unrepresentable;
  }
  get override() {
    return this.ctx.override;
  }
  get io() {
    return this.ctx.io;
  }
  get counter() {
    return this.ctx.counter;
  }
  set counter(r) {
    this.ctx.counter = r;
  }
  get seen() {
    return this.ctx.seen;
  }
  constructor(r) {
    let i = r?.target ?? "draft-2020-12";
    i === "draft-4" && (i = "draft-04"),
      i === "draft-7" && (i = "draft-07"),
      (this.ctx = je({
        processors: pi,
        target: i,
        ...(r?.metadata && { metadata: r.metadata }),
        ...(r?.unrepresentable && { unrepresentable: r.unrepresentable }),
        ...(r?.override && { override: r.override }),
        ...(r?.io && { io: r.io }),
      }));
  }
  process(r, i = { path: [], schemaPath: [] }) {
    return E(r, this.ctx, i);
  }
  emit(r, i) {
    i &&
      (i.cycles && (this.ctx.cycles = i.cycles),
      i.reused && (this.ctx.reused = i.reused),
      i.external && (this.ctx.external = i.external)),
      (this.ctx.sharedDefsExtractedFor = void 0),
      (this.ctx.sharedEmitDoneFor = void 0),
      Oe(this.ctx, r);
    const o = Ne(this.ctx, r),
      { "~standard": t, ...n } = o;
    return n;
  }
};
var Bf = {};
var Vt = {};
he(Vt, {
  ZodAny: () => Us,
  ZodArray: () => Es,
  ZodBase64: () => Ei,
  ZodBase64URL: () => Ci,
  ZodBigInt: () => Ct,
  ZodBigIntFormat: () => Ri,
  ZodBoolean: () => Et,
  ZodCIDRv4: () => Ti,
  ZodCIDRv6: () => Zi,
  ZodCUID: () => Pi,
  ZodCUID2: () => Di,
  ZodCatch: () => il,
  ZodCodec: () => Zr,
  ZodCreditCard: () => ws,
  ZodCustom: () => Er,
  ZodCustomStringFormat: () => Qe,
  ZodDate: () => jr,
  ZodDefault: () => Hs,
  ZodDiscriminatedUnion: () => Ls,
  ZodE164: () => Li,
  ZodEmail: () => Ii,
  ZodEmoji: () => zi,
  ZodEnum: () => At,
  ZodExactOptional: () => Bi,
  ZodFile: () => Ws,
  ZodFunction: () => pl,
  ZodGUID: () => wi,
  ZodIBAN: () => zs,
  ZodIPv4: () => Ui,
  ZodIPv6: () => Ai,
  ZodISODate: () => Ae,
  ZodISODateTime: () => Ue,
  ZodISODuration: () => Ze,
  ZodISOTime: () => Te,
  ZodInstanceOf: () => $l,
  ZodIntersection: () => Vs,
  ZodJWT: () => Vi,
  ZodKSUID: () => Ni,
  ZodLazy: () => dl,
  ZodLiteral: () => Gs,
  ZodMAC: () => Is,
  ZodMap: () => Bs,
  ZodNaN: () => al,
  ZodNanoID: () => Si,
  ZodNever: () => Ts,
  ZodNonOptional: () => Ki,
  ZodNull: () => Os,
  ZodNullable: () => Ys,
  ZodNumber: () => Zt,
  ZodNumberFormat: () => et,
  ZodObject: () => Nr,
  ZodOptional: () => Ar,
  ZodPipe: () => Tr,
  ZodPrefault: () => el,
  ZodPreprocess: () => ul,
  ZodPromise: () => ml,
  ZodReadonly: () => cl,
  ZodRecord: () => Ut,
  ZodSet: () => Ks,
  ZodString: () => Tt,
  ZodStringFormat: () => C,
  ZodSuccess: () => nl,
  ZodSymbol: () => Ds,
  ZodTemplateLiteral: () => ll,
  ZodTransform: () => Xs,
  ZodTuple: () => Fs,
  ZodType: () => j,
  ZodULID: () => ji,
  ZodURL: () => Dr,
  ZodUUID: () => $e,
  ZodUndefined: () => js,
  ZodUnion: () => Ur,
  ZodUnknown: () => As,
  ZodVoid: () => Zs,
  ZodXID: () => Oi,
  ZodXor: () => Cs,
  _ZodString: () => xi,
  _default: () => Qs,
  _function: () => np,
  any: () => Am,
  array: () => Or,
  base64: () => pm,
  base64url: () => gm,
  bigint: () => Dm,
  boolean: () => Ps,
  catch: () => ol,
  check: () => ip,
  cidrv4: () => fm,
  cidrv6: () => mm,
  codec: () => Qm,
  creditCard: () => $m,
  cuid: () => im,
  cuid2: () => om,
  currencyCode: () => xm,
  custom: () => op,
  date: () => Zm,
  describe: () => ap,
  discriminatedUnion: () => Fm,
  e164: () => vm,
  email: () => Wf,
  emoji: () => rm,
  enum: () => Mi,
  exactOptional: () => qs,
  file: () => Xm,
  float32: () => wm,
  float64: () => zm,
  function: () => np,
  guid: () => Xf,
  hash: () => Im,
  hex: () => km,
  hostname: () => bm,
  httpUrl: () => tm,
  iban: () => hm,
  instanceof: () => cp,
  int: () => bi,
  int32: () => Sm,
  int64: () => jm,
  intersection: () => Rs,
  invertCodec: () => ep,
  ipv4: () => sm,
  ipv6: () => dm,
  json: () => lp,
  jwt: () => ym,
  keyof: () => Em,
  ksuid: () => cm,
  lazy: () => fl,
  literal: () => Wm,
  looseObject: () => Vm,
  looseRecord: () => Jm,
  mac: () => lm,
  map: () => Bm,
  meta: () => up,
  nan: () => Hm,
  nanoid: () => nm,
  nativeEnum: () => Gm,
  never: () => Fi,
  nonoptional: () => rl,
  null: () => Ns,
  nullable: () => Pr,
  nullish: () => qm,
  number: () => Ss,
  object: () => Cm,
  optional: () => Ye,
  partialRecord: () => Mm,
  pipe: () => ki,
  prefault: () => tl,
  preprocess: () => dp,
  promise: () => rp,
  readonly: () => sl,
  record: () => Js,
  refine: () => gl,
  set: () => Km,
  strictObject: () => Lm,
  string: () => Sr,
  stringFormat: () => _m,
  stringbool: () => sp,
  success: () => Ym,
  superRefine: () => vl,
  symbol: () => Nm,
  templateLiteral: () => tp,
  transform: () => Ji,
  tuple: () => Ms,
  uint32: () => Pm,
  uint64: () => Om,
  ulid: () => am,
  undefined: () => Um,
  union: () => Lt,
  unknown: () => qe,
  url: () => em,
  uuid: () => qf,
  uuidv4: () => Yf,
  uuidv6: () => Hf,
  uuidv7: () => Qf,
  void: () => Tm,
  xid: () => um,
  xor: () => Rm,
});
var yi = {};
he(yi, {
  endsWith: () => kt,
  gt: () => ge,
  gte: () => ue,
  includes: () => _t,
  length: () => We,
  lowercase: () => ht,
  lt: () => pe,
  lte: () => ae,
  maxLength: () => Ge,
  maxSize: () => De,
  mime: () => It,
  minLength: () => ke,
  minSize: () => ve,
  multipleOf: () => Pe,
  negative: () => li,
  nonnegative: () => fi,
  nonpositive: () => di,
  normalize: () => wt,
  overwrite: () => me,
  positive: () => si,
  properties: () => xt,
  property: () => mi,
  regex: () => $t,
  size: () => Ke,
  slugify: () => Dt,
  startsWith: () => bt,
  toLowerCase: () => St,
  toUpperCase: () => Pt,
  trim: () => zt,
  uppercase: () => yt,
});
var Kf = new WeakSet([Object.prototype, Error.prototype]);
function _i(e, r, i) {
  Object.defineProperty(e, r, {
    configurable: !0,
    enumerable: !1,
    get() {
      const o = i(this);
      return (Object.defineProperty(this, r, { value: o, configurable: !0, writable: !0 }), o);
    },
    set(o) {
      Object.defineProperty(this, r, { value: o, configurable: !0, writable: !0 });
    },
  });
}
var Gf = (e, r) => {
    lo.init(e, r), (e.name = "ZodError");
    const i = Object.getPrototypeOf(e);
    Kf.has(i) ||
      (Kf.add(i),
      _i(i, "format", (o) => (t) => Qt(o, t)),
      _i(i, "flatten", (o) => (t) => Ht(o, t)),
      _i(i, "addIssue", (o) => (t) => {
        o.issues.push(t), (o.message = JSON.stringify(o.issues, nt, 2));
      }),
      _i(i, "addIssues", (o) => (t) => {
        o.issues.push(...t), (o.message = JSON.stringify(o.issues, nt, 2));
      }),
      Object.defineProperty(i, "isEmpty", {
        configurable: !0,
        enumerable: !1,
        get() {
          return this.issues.length === 0;
        },
      }));
  },
  Mh = p("ZodError", Gf),
  oe = p("ZodError", Gf, void 0, { Parent: Error });
var fs = ct(oe),
  ms = st(oe),
  ps = lt(oe),
  gs = dt(oe),
  vs = Wr(oe),
  $s = Xr(oe),
  hs = qr(oe),
  ys = Yr(oe),
  _s = Hr(oe),
  bs = Qr(oe),
  ks = en(oe),
  xs = tn(oe);
function Bh() {
  B.localeError || F(An());
}
function He() {
  B.memoizer || F({ memoizer: $r() });
}
var j = p("ZodType", (e, r) => (Bh(), P.init(e, r), (e.def = r), (e.type = r.type), e), {
    check(...e) {
      const r = this.def;
      return this.clone(
        $.mergeDefs(r, {
          checks: [
            ...(r.checks ?? []),
            ...e.map((i) =>
              typeof i == "function"
                ? { _zod: { check: i, def: { check: "custom" }, onattach: [] } }
                : i,
            ),
          ],
        }),
        { parent: !0 },
      );
    },
    with(...e) {
      return this.check(...e);
    },
    clone(e, r) {
      return T(this, e, r);
    },
    brand() {
      return this;
    },
    register(e, r) {
      return (e.add(this, r), this);
    },
    refine(e, r) {
      return this.check(gl(e, r));
    },
    superRefine(e, r) {
      return this.check(vl(e, r));
    },
    overwrite(e) {
      return this.check(me(e));
    },
    optional() {
      return Ye(this);
    },
    exactOptional() {
      return qs(this);
    },
    nullable() {
      return Pr(this);
    },
    nullish() {
      return Ye(Pr(this));
    },
    nonoptional(e) {
      return rl(this, e);
    },
    array() {
      return Or(this);
    },
    or(e) {
      return Lt([this, e]);
    },
    and(e) {
      return Rs(this, e);
    },
    transform(e) {
      return ki(this, Ji(e));
    },
    default(e) {
      return Qs(this, e);
    },
    prefault(e) {
      return tl(this, e);
    },
    catch(e) {
      return ol(this, e);
    },
    pipe(e) {
      return ki(this, e);
    },
    readonly() {
      return sl(this);
    },
    describe(e) {
      const r = this.clone();
      return (G.add(r, { description: e }), r);
    },
    meta(...e) {
      if (e.length === 0) return G.get(this);
      const r = this.clone();
      return (G.add(r, e[0]), r);
    },
    isOptional() {
      return this.safeParse(void 0).success;
    },
    isNullable() {
      return this.safeParse(null).success;
    },
    apply(e, ...r) {
      return r.length === 0 ? e(this) : e(this, ...r);
    },
    get "~standard"() {
      return $.hide(this, "~standard", {
        ...mn(this),
        jsonSchema: { input: jt(this, "input"), output: jt(this, "output") },
      });
    },
    set "~standard"(e) {
      $.own(this, "~standard", e);
    },
    parse: function e(r, i) {
      return fs(this, r, i, { callee: e });
    },
    parseAsync: async function e(r, i) {
      return await ms(this, r, i, { callee: e });
    },
    safeParse(e, r) {
      return ps(this, e, r);
    },
    async safeParseAsync(e, r) {
      return gs(this, e, r);
    },
    get spa() {
      return this?.safeParseAsync;
    },
    set spa(e) {
      $.own(this, "spa", e);
    },
    validate(e, r) {
      return er(this, e, r);
    },
    validateAsync(e, r) {
      return tr(this, e, r);
    },
    encode: function e(r, i) {
      return vs(this, r, i, { callee: e });
    },
    decode: function e(r, i) {
      return $s(this, r, i, { callee: e });
    },
    encodeAsync: async function e(r, i) {
      return await hs(this, r, i, { callee: e });
    },
    decodeAsync: async function e(r, i) {
      return await ys(this, r, i, { callee: e });
    },
    safeEncode(e, r) {
      return _s(this, e, r);
    },
    safeDecode(e, r) {
      return bs(this, e, r);
    },
    async safeEncodeAsync(e, r) {
      return ks(this, e, r);
    },
    async safeDecodeAsync(e, r) {
      return xs(this, e, r);
    },
    toJSONSchema(e) {
      return wc(this, {})(e);
    },
    get description() {
      return G.get(this)?.description;
    },
    get _def() {
      return this._zod.def;
    },
  }),
  xi = p(
    "_ZodString",
    (e, r) => {
      Fe.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Pc(e, i, o, t));
    },
    $.derived(
      {
        format: (e) => J(e).format ?? null,
        minLength: (e) => J(e).minimum ?? null,
        maxLength: (e) => J(e).maximum ?? null,
      },
      {
        regex(...e) {
          return this.check($t(...e));
        },
        includes(...e) {
          return this.check(_t(...e));
        },
        startsWith(...e) {
          return this.check(bt(...e));
        },
        endsWith(...e) {
          return this.check(kt(...e));
        },
        min(...e) {
          return this.check(ke(...e));
        },
        max(...e) {
          return this.check(Ge(...e));
        },
        length(...e) {
          return this.check(We(...e));
        },
        nonempty(...e) {
          return this.check(ke(1, ...e));
        },
        lowercase(e) {
          return this.check(ht(e));
        },
        uppercase(e) {
          return this.check(yt(e));
        },
        trim() {
          return this.check(zt());
        },
        normalize(...e) {
          return this.check(wt(...e));
        },
        toLowerCase() {
          return this.check(St());
        },
        toUpperCase() {
          return this.check(Pt());
        },
        slugify() {
          return this.check(Dt());
        },
      },
    ),
  ),
  Tt = p(
    "ZodString",
    (e, r) => {
      Fe.init(e, r), xi.init(e, r);
    },
    {
      email(e) {
        return this.check(Fn(Ii, e));
      },
      url(e) {
        return this.check(_r(Dr, e));
      },
      jwt(e) {
        return this.check(ci(Vi, e));
      },
      emoji(e) {
        return this.check(Wn(zi, e));
      },
      guid(e) {
        return this.check(Mn(wi, e));
      },
      uuid(e) {
        return this.check(Jn($e, e));
      },
      uuidv4(e) {
        return this.check(Bn($e, e));
      },
      uuidv6(e) {
        return this.check(Kn($e, e));
      },
      uuidv7(e) {
        return this.check(Gn($e, e));
      },
      nanoid(e) {
        return this.check(Xn(Si, e));
      },
      cuid(e) {
        return this.check(qn(Pi, e));
      },
      cuid2(e) {
        return this.check(Yn(Di, e));
      },
      ulid(e) {
        return this.check(Hn(ji, e));
      },
      base64(e) {
        return this.check(oi(Ei, e));
      },
      base64url(e) {
        return this.check(ai(Ci, e));
      },
      xid(e) {
        return this.check(Qn(Oi, e));
      },
      ksuid(e) {
        return this.check(ei(Ni, e));
      },
      ipv4(e) {
        return this.check(ti(Ui, e));
      },
      ipv6(e) {
        return this.check(ri(Ai, e));
      },
      cidrv4(e) {
        return this.check(ni(Ti, e));
      },
      cidrv6(e) {
        return this.check(ii(Zi, e));
      },
      e164(e) {
        return this.check(ui(Li, e));
      },
      datetime(e) {
        return this.check(br(Ue, e));
      },
      date(e) {
        return this.check(kr(Ae, e));
      },
      time(e) {
        return this.check(xr(Te, e));
      },
      duration(e) {
        return this.check(Ir(Ze, e));
      },
    },
  );
function Sr(e) {
  return Ru(Tt, e);
}
var C = p("ZodStringFormat", (e, r) => {
    Z.init(e, r), xi.init(e, r);
  }),
  Ue = p("ZodISODateTime", (e, r) => {
    Oa.init(e, r), C.init(e, r);
  }),
  Ae = p("ZodISODate", (e, r) => {
    Na.init(e, r), C.init(e, r);
  }),
  Te = p("ZodISOTime", (e, r) => {
    Ua.init(e, r), C.init(e, r);
  }),
  Ze = p("ZodISODuration", (e, r) => {
    Aa.init(e, r), C.init(e, r);
  }),
  Ii = p("ZodEmail", (e, r) => {
    _a.init(e, r), C.init(e, r);
  });
function Wf(e) {
  return Fn(Ii, e);
}
var wi = p("ZodGUID", (e, r) => {
  ha.init(e, r), C.init(e, r);
});
function Xf(e) {
  return Mn(wi, e);
}
var $e = p("ZodUUID", (e, r) => {
  ya.init(e, r), C.init(e, r);
});
function qf(e) {
  return Jn($e, e);
}
function Yf(e) {
  return Bn($e, e);
}
function Hf(e) {
  return Kn($e, e);
}
function Qf(e) {
  return Gn($e, e);
}
var Dr = p("ZodURL", (e, r) => {
  xa.init(e, r), C.init(e, r);
});
function em(e) {
  return _r(Dr, e);
}
function tm(e) {
  return _r(Dr, { protocol: rr, hostname: Ao, ...$.normalizeParams(e) });
}
var zi = p("ZodEmoji", (e, r) => {
  Ia.init(e, r), C.init(e, r);
});
function rm(e) {
  return Wn(zi, e);
}
var Si = p("ZodNanoID", (e, r) => {
  wa.init(e, r), C.init(e, r);
});
function nm(e) {
  return Xn(Si, e);
}
var Pi = p("ZodCUID", (e, r) => {
  za.init(e, r), C.init(e, r);
});
function im(e) {
  return qn(Pi, e);
}
var Di = p("ZodCUID2", (e, r) => {
  Sa.init(e, r), C.init(e, r);
});
function om(e) {
  return Yn(Di, e);
}
var ji = p("ZodULID", (e, r) => {
  Pa.init(e, r), C.init(e, r);
});
function am(e) {
  return Hn(ji, e);
}
var Oi = p("ZodXID", (e, r) => {
  Da.init(e, r), C.init(e, r);
});
function um(e) {
  return Qn(Oi, e);
}
var Ni = p("ZodKSUID", (e, r) => {
  ja.init(e, r), C.init(e, r);
});
function cm(e) {
  return ei(Ni, e);
}
var Ui = p("ZodIPv4", (e, r) => {
  Ta.init(e, r), C.init(e, r);
});
function sm(e) {
  return ti(Ui, e);
}
var Is = p("ZodMAC", (e, r) => {
  Ea.init(e, r), C.init(e, r);
});
function lm(e) {
  return Mu(Is, e);
}
var Ai = p("ZodIPv6", (e, r) => {
  Za.init(e, r), C.init(e, r);
});
function dm(e) {
  return ri(Ai, e);
}
var Ti = p("ZodCIDRv4", (e, r) => {
  Ca.init(e, r), C.init(e, r);
});
function fm(e) {
  return ni(Ti, e);
}
var Zi = p("ZodCIDRv6", (e, r) => {
  La.init(e, r), C.init(e, r);
});
function mm(e) {
  return ii(Zi, e);
}
var Ei = p("ZodBase64", (e, r) => {
  Va.init(e, r), C.init(e, r);
});
function pm(e) {
  return oi(Ei, e);
}
var Ci = p("ZodBase64URL", (e, r) => {
  Ra.init(e, r), C.init(e, r);
});
function gm(e) {
  return ai(Ci, e);
}
var Li = p("ZodE164", (e, r) => {
  Fa.init(e, r), C.init(e, r);
});
function vm(e) {
  return ui(Li, e);
}
var ws = p("ZodCreditCard", (e, r) => {
  Ma.init(e, r), C.init(e, r);
});
function $m(e) {
  return Ju(ws, e);
}
var zs = p("ZodIBAN", (e, r) => {
  Ja.init(e, r), C.init(e, r);
});
function hm(e) {
  return Bu(zs, e);
}
var Vi = p("ZodJWT", (e, r) => {
  Ba.init(e, r), C.init(e, r);
});
function ym(e) {
  return ci(Vi, e);
}
var Qe = p("ZodCustomStringFormat", (e, r) => {
  Ka.init(e, r), C.init(e, r);
});
function _m(e, r, i = {}) {
  return Xe(Qe, e, r, i);
}
function bm(e) {
  return Xe(Qe, "hostname", Uo, e);
}
function km(e) {
  return Xe(Qe, "hex", Wo, e);
}
function xm(e) {
  return Xe(Qe, "currency_code", Zo, e);
}
function Im(e, r) {
  const i = r?.enc ?? "hex",
    o = `${e}_${i}`,
    t = le[o];
  if (!t) throw new Error(`Unrecognized hash format: ${o}`);
  return Xe(Qe, o, t, r);
}
var Zt = p(
  "ZodNumber",
  (e, r) => {
    xn.init(e, r),
      j.init(e, r),
      (e._zod.processJSONSchema = (i, o, t) => Dc(e, i, o, t)),
      (e.isFinite = !0);
  },
  $.derived(
    {
      minValue: (e) => {
        const { minimum: r, exclusiveMinimum: i } = J(e);
        return Math.max(r ?? Number.NEGATIVE_INFINITY, i ?? Number.NEGATIVE_INFINITY);
      },
      maxValue: (e) => {
        const { maximum: r, exclusiveMaximum: i } = J(e);
        return Math.min(r ?? Number.POSITIVE_INFINITY, i ?? Number.POSITIVE_INFINITY);
      },
      isInt: (e) => {
        const { isInt: r, multipleOf: i } = J(e);
        return !!r || !!i?.some(Number.isSafeInteger);
      },
      format: (e) => J(e).format ?? null,
    },
    {
      gt(e, r) {
        return this.check(ge(e, r));
      },
      gte(e, r) {
        return this.check(ue(e, r));
      },
      min(e, r) {
        return this.check(ue(e, r));
      },
      lt(e, r) {
        return this.check(pe(e, r));
      },
      lte(e, r) {
        return this.check(ae(e, r));
      },
      max(e, r) {
        return this.check(ae(e, r));
      },
      int(e) {
        return this.check(bi(e));
      },
      safe(e) {
        return this.check(bi(e));
      },
      positive(e) {
        return this.check(ge(0, e));
      },
      nonnegative(e) {
        return this.check(ue(0, e));
      },
      negative(e) {
        return this.check(pe(0, e));
      },
      nonpositive(e) {
        return this.check(ae(0, e));
      },
      multipleOf(e, r) {
        return this.check(Pe(e, r));
      },
      step(e, r) {
        return this.check(Pe(e, r));
      },
      finite() {
        return this;
      },
    },
  ),
);
function Ss(e) {
  return Gu(Zt, e);
}
var et = p("ZodNumberFormat", (e, r) => {
  Ga.init(e, r), Zt.init(e, r);
});
function bi(e) {
  return Xu(et, e);
}
function wm(e) {
  return qu(et, e);
}
function zm(e) {
  return Yu(et, e);
}
function Sm(e) {
  return Hu(et, e);
}
function Pm(e) {
  return Qu(et, e);
}
var Et = p("ZodBoolean", (e, r) => {
  dr.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => jc(e, i, o, t));
});
function Ps(e) {
  return ec(Et, e);
}
var Ct = p(
  "ZodBigInt",
  (e, r) => {
    In.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Oc(e, i, o, t));
  },
  $.derived(
    {
      minValue: (e) => J(e).minimum ?? null,
      maxValue: (e) => J(e).maximum ?? null,
      format: (e) => J(e).format ?? null,
    },
    {
      gte(e, r) {
        return this.check(ue(e, r));
      },
      min(e, r) {
        return this.check(ue(e, r));
      },
      gt(e, r) {
        return this.check(ge(e, r));
      },
      lt(e, r) {
        return this.check(pe(e, r));
      },
      lte(e, r) {
        return this.check(ae(e, r));
      },
      max(e, r) {
        return this.check(ae(e, r));
      },
      positive(e) {
        return this.check(ge(BigInt(0), e));
      },
      negative(e) {
        return this.check(pe(BigInt(0), e));
      },
      nonpositive(e) {
        return this.check(ae(BigInt(0), e));
      },
      nonnegative(e) {
        return this.check(ue(BigInt(0), e));
      },
      multipleOf(e, r) {
        return this.check(Pe(e, r));
      },
    },
  ),
);
function Dm(e) {
  return rc(Ct, e);
}
var Ri = p("ZodBigIntFormat", (e, r) => {
  Wa.init(e, r), Ct.init(e, r);
});
function jm(e) {
  return ic(Ri, e);
}
function Om(e) {
  return oc(Ri, e);
}
var Ds = p("ZodSymbol", (e, r) => {
  Xa.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Nc(e, i, o, t));
});
function Nm(e) {
  return ac(Ds, e);
}
var js = p("ZodUndefined", (e, r) => {
  qa.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Ac(e, i, o, t));
});
function Um(e) {
  return uc(js, e);
}
var Os = p("ZodNull", (e, r) => {
  Ya.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Uc(e, i, o, t));
});
function Ns(e) {
  return cc(Os, e);
}
var Us = p("ZodAny", (e, r) => {
  Ha.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Ec(e, i, o, t));
});
function Am() {
  return sc(Us);
}
var As = p("ZodUnknown", (e, r) => {
  Qa.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Cc(e, i, o, t));
});
function qe() {
  return lc(As);
}
var Ts = p("ZodNever", (e, r) => {
  eu.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Zc(e, i, o, t));
});
function Fi(e) {
  return dc(Ts, e);
}
var Zs = p("ZodVoid", (e, r) => {
  tu.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Tc(e, i, o, t));
});
function Tm(e) {
  return fc(Zs, e);
}
var jr = p(
  "ZodDate",
  (e, r) => {
    ru.init(e, r),
      j.init(e, r),
      (e._zod.processJSONSchema = (i, o, t) => Lc(e, i, o, t)),
      (e.min = (i, o) => e.check(ue(i, o))),
      (e.max = (i, o) => e.check(ae(i, o)));
  },
  $.derived(
    {
      minDate: (e) => {
        const { minimum: r } = J(e);
        return r ? new Date(r) : null;
      },
      maxDate: (e) => {
        const { maximum: r } = J(e);
        return r ? new Date(r) : null;
      },
    },
    {},
  ),
);
function Zm(e) {
  return mc(jr, e);
}
var Es = p(
  "ZodArray",
  (e, r) => {
    He(),
      iu.init(e, r),
      j.init(e, r),
      (e._zod.processJSONSchema = (i, o, t) => Yc(e, i, o, t)),
      (e.element = r.element);
  },
  {
    min(e, r) {
      return this.check(ke(e, r));
    },
    nonempty(e) {
      return this.check(ke(1, e));
    },
    max(e, r) {
      return this.check(Ge(e, r));
    },
    length(e, r) {
      return this.check(We(e, r));
    },
    unwrap() {
      return this.element;
    },
  },
);
function Or(e, r) {
  return vc(Es, e, r);
}
function Em(e) {
  const r = e._zod.def.shape;
  return Mi(Object.keys(r));
}
var Nr = p(
  "ZodObject",
  (e, r) => {
    He(),
      ou.init(e, r),
      j.init(e, r),
      (e._zod.processJSONSchema = (i, o, t) => Hc(e, i, o, t)),
      $.installLazyProp(e, "shape", (i) => i._zod.def.shape, !1);
  },
  {
    keyof() {
      return Mi(Object.keys(this._zod.def.shape));
    },
    catchall(e) {
      return this.clone($.mergeDefs(this._zod.def, { catchall: e }));
    },
    passthrough() {
      return this.clone($.mergeDefs(this._zod.def, { catchall: qe() }));
    },
    loose() {
      return this.clone($.mergeDefs(this._zod.def, { catchall: qe() }));
    },
    strict() {
      return this.clone($.mergeDefs(this._zod.def, { catchall: Fi() }));
    },
    strip() {
      return this.clone($.mergeDefs(this._zod.def, { catchall: void 0 }));
    },
    extend(e) {
      return $.extend(this, e);
    },
    safeExtend(e) {
      return $.safeExtend(this, e);
    },
    merge(e) {
      return $.merge(this, e);
    },
    pick(e) {
      return $.pick(this, e);
    },
    omit(e) {
      return $.omit(this, e);
    },
    partial(...e) {
      return $.partial(Ar, this, e[0]);
    },
    exactPartial(...e) {
      return $.partial(Bi, this, e[0], "exactPartial");
    },
    required(...e) {
      return $.required(Ki, this, e[0]);
    },
  },
);
function Cm(e, r) {
  const i = { type: "object", shape: e ?? {}, ...$.normalizeParams(r) };
  return new Nr(i);
}
function Lm(e, r) {
  return new Nr({ type: "object", shape: e, catchall: Fi(), ...$.normalizeParams(r) });
}
function Vm(e, r) {
  return new Nr({ type: "object", shape: e, catchall: qe(), ...$.normalizeParams(r) });
}
var Ur = p("ZodUnion", (e, r) => {
  fr.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => gi(e, i, o, t)),
    (e.options = r.options);
});
function Lt(e, r) {
  return new Ur({ type: "union", options: e, ...$.normalizeParams(r) });
}
var Cs = p("ZodXor", (e, r) => {
  Ur.init(e, r),
    au.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => gi(e, i, o, t)),
    (e.options = r.options);
});
function Rm(e, r) {
  return new Cs({ type: "union", options: e, inclusive: !1, ...$.normalizeParams(r) });
}
var Ls = p("ZodDiscriminatedUnion", (e, r) => {
  Ur.init(e, r), cu.init(e, r);
});
function Fm(e, r, i) {
  return new Ls({ type: "union", options: r, discriminator: e, ...$.normalizeParams(i) });
}
var Vs = p("ZodIntersection", (e, r) => {
  su.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Qc(e, i, o, t));
});
function Rs(e, r) {
  return new Vs({ type: "intersection", left: e, right: r });
}
var Fs = p(
  "ZodTuple",
  (e, r) => {
    He(), wn.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => es(e, i, o, t));
  },
  {
    rest(e) {
      return this.clone({ ...this._zod.def, rest: e });
    },
    partial() {
      const e = this._zod.def;
      if (e.checks?.length)
        throw new Error(".partial() cannot be used on tuple schemas containing refinements");
      return this.clone({
        ...e,
        items: e.items.map((r) => new Ar({ type: "optional", innerType: r })),
      });
    },
  },
);
function Ms(e, r, i) {
  const o = r instanceof P,
    t = o ? i : r,
    n = o ? r : null;
  return new Fs({ type: "tuple", items: e, rest: n, ...$.normalizeParams(t) });
}
var Ut = p("ZodRecord", (e, r) => {
  He(),
    lu.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => ts(e, i, o, t)),
    (e.keyType = r.keyType),
    (e.valueType = r.valueType);
});
function Js(e, r, i) {
  return !r || !r._zod
    ? new Ut({ type: "record", keyType: Sr(), valueType: e, ...$.normalizeParams(r) })
    : new Ut({ type: "record", keyType: e, valueType: r, ...$.normalizeParams(i) });
}
function Mm(e, r, i) {
  return new Ut({ type: "record", keyType: e, valueType: r, ...$.normalizeParams(i), partial: !0 });
}
function Jm(e, r, i) {
  return new Ut({
    type: "record",
    keyType: e,
    valueType: r,
    mode: "loose",
    ...$.normalizeParams(i),
  });
}
var Bs = p("ZodMap", (e, r) => {
  He(),
    du.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => Xc(e, i, o, t)),
    (e.keyType = r.keyType),
    (e.valueType = r.valueType),
    (e.min = (...i) => e.check(ve(...i))),
    (e.nonempty = (i) => e.check(ve(1, i))),
    (e.max = (...i) => e.check(De(...i))),
    (e.size = (...i) => e.check(Ke(...i)));
});
function Bm(e, r, i) {
  return new Bs({ type: "map", keyType: e, valueType: r, ...$.normalizeParams(i) });
}
var Ks = p("ZodSet", (e, r) => {
  He(),
    fu.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => qc(e, i, o, t)),
    (e.min = (...i) => e.check(ve(...i))),
    (e.nonempty = (i) => e.check(ve(1, i))),
    (e.max = (...i) => e.check(De(...i))),
    (e.size = (...i) => e.check(Ke(...i)));
});
function Km(e, r) {
  return new Ks({ type: "set", valueType: e, ...$.normalizeParams(r) });
}
var At = p("ZodEnum", (e, r) => {
  mu.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (o, t, n) => Vc(e, o, t, n)),
    (e.enum = r.entries),
    (e.options = [...e._zod.values]);
  const i = new Set(Object.keys(r.entries));
  (e.extract = (o, t) => {
    const n = {};
    for (const a of o)
      if (i.has(a)) n[a] = r.entries[a];
      else throw new Error(`Key ${a} not found in enum`);
    return new At({ ...r, checks: [], ...$.normalizeParams(t), entries: n });
  }),
    (e.exclude = (o, t) => {
      const n = { ...r.entries };
      for (const a of o)
        if (i.has(a)) delete n[a];
        else throw new Error(`Key ${a} not found in enum`);
      return new At({ ...r, checks: [], ...$.normalizeParams(t), entries: n });
    });
});
function Mi(e, r) {
  const i = Array.isArray(e) ? Object.fromEntries(e.map((o) => [o, o])) : e;
  return new At({ type: "enum", entries: i, ...$.normalizeParams(r) });
}
function Gm(e, r) {
  return new At({ type: "enum", entries: e, ...$.normalizeParams(r) });
}
var Gs = p("ZodLiteral", (e, r) => {
  pu.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => Rc(e, i, o, t)),
    (e.values = new Set(r.values)),
    Object.defineProperty(e, "value", {
      get() {
        if (r.values.length > 1)
          throw new Error(
            "This schema contains multiple valid literal values. Use `.values` instead.",
          );
        return r.values[0];
      },
    });
});
function Wm(e, r) {
  return new Gs({ type: "literal", values: Array.isArray(e) ? e : [e], ...$.normalizeParams(r) });
}
var Ws = p("ZodFile", (e, r) => {
  gu.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => Jc(e, i, o, t)),
    (e.min = (i, o) => e.check(ve(i, o))),
    (e.max = (i, o) => e.check(De(i, o))),
    (e.mime = (i, o) => e.check(It(Array.isArray(i) ? i : [i], o)));
});
function Xm(e) {
  return $c(Ws, e);
}
var Xs = p("ZodTransform", (e, r) => {
  He(),
    vu.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => Wc(e, i, o, t)),
    (e._zod.parse = (i, o) => {
      if (o.direction === "backward") throw new ze(e.constructor.name);
      i.addIssue = (n) => {
        if (typeof n == "string") i.issues.push($.issue(n, i.value, r));
        else {
          const a = n;
          a.fatal && (a.continue = !1),
            a.code ?? (a.code = "custom"),
            "input" in a || (a.input = i.value),
            a.inst ?? (a.inst = e),
            i.issues.push($.issue(a));
        }
      };
      const t = r.transform(i.value, i);
      return t instanceof Promise ? t.then((n) => ((i.value = n), i)) : ((i.value = t), i);
    });
});
function Ji(e) {
  return new Xs({ type: "transform", transform: e });
}
var Ar = p("ZodOptional", (e, r) => {
  zn.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => vi(e, i, o, t)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Ye(e) {
  return new Ar({ type: "optional", innerType: e });
}
var Bi = p("ZodExactOptional", (e, r) => {
  $u.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => vi(e, i, o, t)),
    (e.unwrap = () => e._zod.def.innerType);
});
function qs(e) {
  return new Bi({ type: "optional", innerType: e });
}
var Ys = p("ZodNullable", (e, r) => {
  hu.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => rs(e, i, o, t)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Pr(e) {
  return new Ys({ type: "nullable", innerType: e });
}
function qm(e) {
  return Ye(Pr(e));
}
var Hs = p("ZodDefault", (e, r) => {
  yu.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => os(e, i, o, t)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeDefault = e.unwrap);
});
function Qs(e, r) {
  return new Hs({
    type: "default",
    innerType: e,
    get defaultValue() {
      return typeof r == "function" ? r() : $.shallowClone(r);
    },
  });
}
var el = p("ZodPrefault", (e, r) => {
  _u.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => as(e, i, o, t)),
    (e.unwrap = () => e._zod.def.innerType);
});
function tl(e, r) {
  return new el({
    type: "prefault",
    innerType: e,
    get defaultValue() {
      return typeof r == "function" ? r() : $.shallowClone(r);
    },
  });
}
var Ki = p("ZodNonOptional", (e, r) => {
  bu.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => ns(e, i, o, t)),
    (e.unwrap = () => e._zod.def.innerType);
});
function rl(e, r) {
  return new Ki({ type: "nonoptional", innerType: e, ...$.normalizeParams(r) });
}
var nl = p("ZodSuccess", (e, r) => {
  ku.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => Bc(e, i, o, t)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Ym(e) {
  return new nl({ type: "success", innerType: e });
}
var il = p("ZodCatch", (e, r) => {
  xu.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => us(e, i, o, t)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeCatch = e.unwrap);
});
function ol(e, r) {
  return new il({
    type: "catch",
    innerType: e,
    catchValue: typeof r == "function" ? r : $.constantCatch(r),
  });
}
var al = p("ZodNaN", (e, r) => {
  Iu.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Fc(e, i, o, t));
});
function Hm(e) {
  return gc(al, e);
}
var Tr = p("ZodPipe", (e, r) => {
  Sn.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => cs(e, i, o, t)),
    (e.in = r.in),
    (e.out = r.out);
});
function ki(e, r) {
  return new Tr({ type: "pipe", in: e, out: r });
}
var Zr = p("ZodCodec", (e, r) => {
  Tr.init(e, r), mr.init(e, r);
});
function Qm(e, r, i) {
  return new Zr({ type: "pipe", in: e, out: r, transform: i.decode, reverseTransform: i.encode });
}
function ep(e) {
  const r = e._zod.def;
  return new Zr({
    type: "pipe",
    in: r.out,
    out: r.in,
    transform: r.reverseTransform,
    reverseTransform: r.transform,
  });
}
var ul = p("ZodPreprocess", (e, r) => {
    Tr.init(e, r), wu.init(e, r);
  }),
  cl = p("ZodReadonly", (e, r) => {
    zu.init(e, r),
      j.init(e, r),
      (e._zod.processJSONSchema = (i, o, t) => ss(e, i, o, t)),
      (e.unwrap = () => e._zod.def.innerType);
  });
function sl(e) {
  return new cl({ type: "readonly", innerType: e });
}
var ll = p("ZodTemplateLiteral", (e, r) => {
  Su.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Mc(e, i, o, t));
});
function tp(e, r) {
  return new ll({ type: "template_literal", parts: e, ...$.normalizeParams(r) });
}
var dl = p("ZodLazy", (e, r) => {
  pr.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => ds(e, i, o, t)),
    (e.unwrap = () => e._zod.def.getter());
});
function fl(e) {
  return new dl({ type: "lazy", getter: e });
}
var ml = p("ZodPromise", (e, r) => {
  Du.init(e, r),
    j.init(e, r),
    (e._zod.processJSONSchema = (i, o, t) => ls(e, i, o, t)),
    (e.unwrap = () => e._zod.def.innerType);
});
function rp(e) {
  return new ml({ type: "promise", innerType: e });
}
var pl = p("ZodFunction", (e, r) => {
  Pu.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Gc(e, i, o, t));
});
function np(e) {
  return new pl({
    type: "function",
    input: Array.isArray(e?.input) ? Ms(e?.input) : (e?.input ?? Or(qe())),
    output: e?.output ?? qe(),
  });
}
var Er = p("ZodCustom", (e, r) => {
  ju.init(e, r), j.init(e, r), (e._zod.processJSONSchema = (i, o, t) => Kc(e, i, o, t));
});
function ip(e) {
  const r = new L({ check: "custom" });
  return ((r._zod.check = e), r);
}
function op(e, r) {
  return hc(Er, e ?? (() => !0), r);
}
function gl(e, r = {}) {
  return yc(Er, e, r);
}
function vl(e, r) {
  return _c(e, r);
}
var ap = bc,
  up = kc,
  $l = p(
    "ZodInstanceOf",
    (e, r) => {
      Er.init(e, r);
    },
    {
      properties(e, r) {
        return this.check(xt(e, r));
      },
    },
  );
function cp(e, r = {}) {
  const i = new $l({
    type: "custom",
    check: "custom",
    fn: (o) => o instanceof e,
    abort: !0,
    ...$.normalizeParams(r),
  });
  return (
    (i._zod.bag.Class = e),
    (i._zod.check = (o) => {
      o.value instanceof e ||
        o.issues.push({
          code: "invalid_type",
          expected: e.name,
          input: o.value,
          inst: i,
          path: [...(i._zod.def.path ?? [])],
        });
    }),
    i
  );
}
var sp = (...e) => xc({ Codec: Zr, Boolean: Et, String: Tt }, ...e);
function lp(e) {
  const r = fl(() => Lt([Sr(e), Ss(), Ps(), Ns(), Or(r), Js(Sr(), r)]));
  return r;
}
function dp(e, r) {
  return new ul({ type: "pipe", in: Ji(e), out: r });
}
var Kh = {
  invalid_type: "invalid_type",
  too_big: "too_big",
  too_small: "too_small",
  invalid_format: "invalid_format",
  not_multiple_of: "not_multiple_of",
  unrecognized_keys: "unrecognized_keys",
  invalid_union: "invalid_union",
  invalid_key: "invalid_key",
  invalid_element: "invalid_element",
  invalid_value: "invalid_value",
  custom: "custom",
};
function Gh(e) {
  F({ customError: e });
}
function Wh() {
  return F().customError;
}
var hl;
hl || (hl = {});
var Cr = {};
he(Cr, {
  ZodISODate: () => Ae,
  ZodISODateTime: () => Ue,
  ZodISODuration: () => Ze,
  ZodISOTime: () => Te,
  date: () => qh,
  datetime: () => Xh,
  duration: () => Hh,
  time: () => Yh,
});
function Xh(e) {
  return br(Ue, e);
}
function qh(e) {
  return kr(Ae, e);
}
function Yh(e) {
  return xr(Te, e);
}
function Hh(e) {
  return Ir(Ze, e);
}
var x = { ...Vt, ...yi, iso: Cr },
  Qh = new Set([
    "$schema",
    "$ref",
    "$defs",
    "definitions",
    "$id",
    "id",
    "$comment",
    "$anchor",
    "$vocabulary",
    "$dynamicRef",
    "$dynamicAnchor",
    "type",
    "enum",
    "const",
    "anyOf",
    "oneOf",
    "allOf",
    "not",
    "properties",
    "required",
    "additionalProperties",
    "patternProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
    "items",
    "prefixItems",
    "additionalItems",
    "minItems",
    "maxItems",
    "uniqueItems",
    "contains",
    "minContains",
    "maxContains",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "description",
    "default",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
    "unevaluatedItems",
    "unevaluatedProperties",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "nullable",
    "readOnly",
  ]);
function ey(e, r) {
  const i = e.$schema;
  return i === "https://json-schema.org/draft/2020-12/schema"
    ? "draft-2020-12"
    : i === "http://json-schema.org/draft-07/schema#"
      ? "draft-7"
      : i === "http://json-schema.org/draft-04/schema#"
        ? "draft-4"
        : (r ?? "draft-2020-12");
}
function fp(e, r) {
  return e.map((i, o) => (o < r ? i : i.optional()));
}
function ty(e) {
  return e.replace(/~1/g, "/").replace(/~0/g, "~");
}
function ry(e, r) {
  if (!e.startsWith("#"))
    throw new Error("External $ref is not supported, only local refs (#/...) are allowed");
  const i = e.slice(1).split("/").filter(Boolean);
  if (i.length === 0) return r.rootSchema;
  const o = r.version === "draft-2020-12" ? "$defs" : "definitions";
  if (i[0] === o) {
    const t = i[1] === void 0 ? void 0 : ty(i[1]);
    if (!t || !r.defs[t]) throw new Error(`Reference not found: ${e}`);
    return r.defs[t];
  }
  throw new Error(`Reference not found: ${e}`);
}
function ny(e, r) {
  return x
    .transform((o) => o)
    .check((o) => {
      const t = o.value;
      if (typeof t != "object" || t === null || Array.isArray(t)) return;
      const n = Object.getOwnPropertyNames(t);
      if (
        (r.minProperties !== void 0 &&
          n.length < r.minProperties &&
          o.issues.push({
            origin: "object",
            code: "too_small",
            minimum: r.minProperties,
            inclusive: !0,
            message: `Too small: expected object to have >=${r.minProperties} properties`,
            input: t,
            inst: e,
            continue: !0,
          }),
        r.maxProperties !== void 0 &&
          n.length > r.maxProperties &&
          o.issues.push({
            origin: "object",
            code: "too_big",
            maximum: r.maxProperties,
            inclusive: !0,
            message: `Too big: expected object to have <=${r.maxProperties} properties`,
            input: t,
            inst: e,
            continue: !0,
          }),
        r.keySchema)
      )
        for (const a of n) {
          const u = r.keySchema.safeParse(a);
          u.success ||
            o.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: u.error.issues,
              input: a,
              path: [a],
              continue: !0,
            });
        }
    })
    .pipe(e);
}
function yl(e, r) {
  if (e === null) return "z";
  const i = typeof e;
  if (i !== "object") {
    if (i === "number" && Number.isNaN(e)) return null;
    const o = String(e);
    return `${i[0]}${o.length}:${o}`;
  }
  if (r.has(e)) return null;
  r.add(e);
  try {
    if (Array.isArray(e)) {
      const n = [];
      for (const a of e) {
        const u = yl(a, r);
        if (u === null) return null;
        n.push(u);
      }
      return `a${n.length}:[${n.join(",")}]`;
    }
    const o = Object.keys(e).sort(),
      t = [];
    for (const n of o) {
      const a = yl(e[n], r);
      if (a === null) return null;
      t.push(`${n.length}:${n}=${a}`);
    }
    return `o${t.length}:{${t.join(",")}}`;
  } finally {
    r.delete(e);
  }
}
var iy = new Set([
    "items",
    "prefixItems",
    "additionalItems",
    "additionalProperties",
    "contains",
    "propertyNames",
    "not",
    "if",
    "then",
    "else",
    "allOf",
    "anyOf",
    "oneOf",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
  ]),
  oy = new Set([
    "properties",
    "patternProperties",
    "dependentSchemas",
    "dependencies",
    "$defs",
    "definitions",
  ]);
function Lr(e) {
  return typeof e != "object" || e === null
    ? !1
    : Array.isArray(e)
      ? e.some(Lr)
      : typeof e.$ref == "string"
        ? !0
        : Object.entries(e).some(([r, i]) =>
            iy.has(r)
              ? Lr(i)
              : !oy.has(r) || typeof i != "object" || i === null
                ? !1
                : Object.values(i).some(Lr),
          );
}
function mp(e) {
  return e === 1 ? "element" : "elements";
}
function ay(e, r) {
  return x
    .transform((o) => o)
    .check((o) => {
      const t = o.value;
      if (Array.isArray(t)) {
        if (r.uniqueItems === !0) {
          const n = new Map();
          for (let a = 0; a < t.length; a++) {
            const u = yl(t[a], new Set());
            if (u === null) continue;
            const s = n.get(u);
            if (s === void 0) {
              n.set(u, a);
              continue;
            }
            o.issues.push({
              code: "custom",
              message: `Array items must be unique: element at index ${a} duplicates the one at index ${s}`,
              input: t,
              path: [a],
              continue: !0,
            });
          }
        }
        if (r.containsSchema) {
          let n = r.minContains ?? 1,
            a = r.maxContains !== void 0 ? r.maxContains + 1 : Number.POSITIVE_INFINITY,
            u = 0;
          for (const s of t) if (r.containsSchema.safeParse(s).success && ++u >= a) break;
          u < n &&
            o.issues.push({
              code: "custom",
              message: `Array must contain at least ${n} matching ${mp(n)}; found ${u}`,
              input: t,
              continue: !0,
            }),
            r.maxContains !== void 0 &&
              u > r.maxContains &&
              o.issues.push({
                code: "custom",
                message: `Array must contain at most ${r.maxContains} matching ${mp(r.maxContains)}`,
                input: t,
                continue: !0,
              });
        }
      }
    })
    .pipe(e);
}
function pp(e, r) {
  if (e !== !1) return e === void 0 || e === !0 ? x.any() : ee(e, r);
}
var uy = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function gp(e, r) {
  if (e.not !== void 0) {
    if (typeof e.not == "object" && Object.keys(e.not).length === 0) return x.never();
    throw new Error("not is not supported in Zod (except { not: {} } for never)");
  }
  if (e.unevaluatedItems !== void 0) throw new Error("unevaluatedItems is not supported");
  if (e.unevaluatedProperties !== void 0) throw new Error("unevaluatedProperties is not supported");
  if (e.if !== void 0 || e.then !== void 0 || e.else !== void 0)
    throw new Error("Conditional schemas (if/then/else) are not supported");
  if (e.dependentSchemas !== void 0 || e.dependentRequired !== void 0)
    throw new Error("dependentSchemas and dependentRequired are not supported");
  if (e.$ref) {
    const t = e.$ref;
    if (r.refs.has(t)) return r.refs.get(t);
    if (r.processing.has(t))
      return x.lazy(() => {
        if (!r.refs.has(t)) throw new Error(`Circular reference not resolved: ${t}`);
        return r.refs.get(t);
      });
    r.processing.add(t);
    const n = ry(t, r),
      a = ee(n, r);
    return (r.refs.set(t, a), r.processing.delete(t), a);
  }
  if (e.enum !== void 0) {
    const t = e.enum;
    if (r.version === "openapi-3.0" && e.nullable === !0 && t.length === 1 && t[0] === null)
      return x.null();
    if (t.length === 0) return x.never();
    if (t.length === 1) return x.literal(t[0]);
    if (t.every((a) => typeof a == "string")) return x.enum(t);
    const n = t.map((a) => x.literal(a));
    return n.length < 2 ? n[0] : x.union([n[0], n[1], ...n.slice(2)]);
  }
  if (e.const !== void 0) return x.literal(e.const);
  const i = e.type;
  if (Array.isArray(i)) {
    const t = i.map((n) => {
      const a = { ...e, type: n };
      return gp(a, r);
    });
    return t.length === 0 ? x.never() : t.length === 1 ? t[0] : x.union(t);
  }
  if (!i) return x.any();
  let o;
  switch (i) {
    case "string": {
      let t = x.string();
      if (e.format) {
        const n = e.format;
        n === "email"
          ? (t = t.check(x.email()))
          : n === "uri" || n === "uri-reference"
            ? (t = t.check(x.url()))
            : n === "uuid" || n === "guid"
              ? (t = t.check(x.uuid()))
              : n === "date-time"
                ? (t = t.check(x.iso.datetime({ offset: !0 })))
                : n === "date"
                  ? (t = t.check(x.iso.date()))
                  : n === "time"
                    ? (t = t.check(x.regex(uy)))
                    : n === "duration"
                      ? (t = t.check(x.iso.duration()))
                      : n === "hostname"
                        ? (t = t.check(x.hostname()))
                        : n === "ipv4"
                          ? (t = t.check(x.ipv4()))
                          : n === "ipv6"
                            ? (t = t.check(x.ipv6()))
                            : n === "mac"
                              ? (t = t.check(x.mac()))
                              : n === "cidr"
                                ? (t = t.check(x.cidrv4()))
                                : n === "cidr-v6"
                                  ? (t = t.check(x.cidrv6()))
                                  : n === "base64"
                                    ? (t = t.check(x.base64()))
                                    : n === "base64url"
                                      ? (t = t.check(x.base64url()))
                                      : n === "e164"
                                        ? (t = t.check(x.e164()))
                                        : n === "credit_card"
                                          ? (t = t.check(x.creditCard()))
                                          : n === "iban"
                                            ? (t = t.check(x.iban()))
                                            : n === "jwt"
                                              ? (t = t.check(x.jwt()))
                                              : n === "emoji"
                                                ? (t = t.check(x.emoji()))
                                                : n === "nanoid"
                                                  ? (t = t.check(x.nanoid()))
                                                  : n === "cuid"
                                                    ? (t = t.check(x.cuid()))
                                                    : n === "cuid2"
                                                      ? (t = t.check(x.cuid2()))
                                                      : n === "ulid"
                                                        ? (t = t.check(x.ulid()))
                                                        : n === "xid"
                                                          ? (t = t.check(x.xid()))
                                                          : n === "ksuid" &&
                                                            (t = t.check(x.ksuid()));
      }
      typeof e.minLength == "number" && (t = t.min(e.minLength)),
        typeof e.maxLength == "number" && (t = t.max(e.maxLength)),
        e.pattern && (t = t.regex(new RegExp(e.pattern))),
        (o = t);
      break;
    }
    case "number":
    case "integer": {
      let t = i === "integer" ? x.number().int() : x.number();
      typeof e.minimum == "number" && e.exclusiveMinimum !== !0 && (t = t.min(e.minimum)),
        typeof e.maximum == "number" && e.exclusiveMaximum !== !0 && (t = t.max(e.maximum)),
        typeof e.exclusiveMinimum == "number"
          ? (t = t.gt(e.exclusiveMinimum))
          : e.exclusiveMinimum === !0 && typeof e.minimum == "number" && (t = t.gt(e.minimum)),
        typeof e.exclusiveMaximum == "number"
          ? (t = t.lt(e.exclusiveMaximum))
          : e.exclusiveMaximum === !0 && typeof e.maximum == "number" && (t = t.lt(e.maximum)),
        typeof e.multipleOf == "number" && (t = t.multipleOf(e.multipleOf)),
        (o = t);
      break;
    }
    case "boolean": {
      o = x.boolean();
      break;
    }
    case "null": {
      o = x.null();
      break;
    }
    case "object": {
      const t = {},
        n = e.properties || {},
        a = new Set(e.required || []),
        u = typeof e.additionalProperties == "object" ? ee(e.additionalProperties, r) : void 0;
      for (const [d, f] of Object.entries(n)) {
        const m = ee(f, r);
        K(t, d, a.has(d) ? m : m.optional());
      }
      if (e.patternProperties) {
        const d = e.patternProperties,
          f = Object.keys(d),
          m = [];
        for (const _ of f) {
          const k = ee(d[_], r),
            z = x.string().regex(new RegExp(_));
          m.push(x.looseRecord(z, k));
        }
        const v = [];
        if (
          (Object.keys(t).length > 0 && v.push(x.object(t).passthrough()),
          v.push(...m),
          v.length === 0)
        )
          o = x.object({}).passthrough();
        else if (v.length === 1) o = v[0];
        else {
          let _ = x.intersection(v[0], v[1]);
          for (let k = 2; k < v.length; k++) _ = x.intersection(_, v[k]);
          o = _;
        }
        if (e.additionalProperties === !1) {
          const _ = Object.keys(t),
            k = f.map((I) => new RegExp(I)),
            z = o;
          o = o.check((I) => {
            if (!ce(I.value)) return;
            const D = [];
            for (const A of Object.keys(I.value))
              _.includes(A) || k.some((V) => V.test(A)) || D.push(A);
            D.length &&
              I.issues.push({ code: "unrecognized_keys", keys: D, input: I.value, inst: z });
          });
        }
      } else {
        const d = x.object(t);
        e.additionalProperties === !1
          ? (o = d.strict())
          : u
            ? (o = d.catchall(u))
            : (o = d.passthrough());
      }
      const s = e.propertyNames !== void 0 && e.propertyNames !== !0,
        c = typeof e.minProperties == "number" ? e.minProperties : void 0,
        l = typeof e.maxProperties == "number" ? e.maxProperties : void 0;
      if (s || c !== void 0 || l !== void 0) {
        let d;
        if (s) {
          const f =
            typeof e.propertyNames == "object" && e.propertyNames.type === void 0
              ? { type: "string", ...e.propertyNames }
              : e.propertyNames;
          d = ee(f, r);
        }
        o = ny(o, { keySchema: d, minProperties: c, maxProperties: l });
      }
      break;
    }
    case "array": {
      const t = e.prefixItems,
        n = e.items;
      if (t && Array.isArray(t)) {
        const a = typeof e.minItems == "number" ? e.minItems : 0,
          u = t.map((d) => ee(d, r)),
          s = fp(u, a),
          c = Array.isArray(n) ? void 0 : pp(n, r),
          l = x.tuple(s);
        (o = c ? l.rest(c) : l),
          typeof e.minItems == "number" && (o = o.check(x.minLength(e.minItems))),
          typeof e.maxItems == "number" && (o = o.check(x.maxLength(e.maxItems)));
      } else if (Array.isArray(n)) {
        const a = typeof e.minItems == "number" ? e.minItems : 0,
          u = n.map((d) => ee(d, r)),
          s = fp(u, a),
          c = pp(e.additionalItems, r),
          l = x.tuple(s);
        (o = c ? l.rest(c) : l),
          typeof e.minItems == "number" && (o = o.check(x.minLength(e.minItems))),
          typeof e.maxItems == "number" && (o = o.check(x.maxLength(e.maxItems)));
      } else if (n !== void 0) {
        let a = ee(n, r),
          u = x.array(a);
        typeof e.minItems == "number" && (u = u.min(e.minItems)),
          typeof e.maxItems == "number" && (u = u.max(e.maxItems)),
          (o = u);
      } else o = x.array(x.any());
      (e.uniqueItems === !0 || e.contains !== void 0) &&
        (o = ay(o, {
          uniqueItems: e.uniqueItems === !0,
          containsSchema: e.contains !== void 0 ? ee(e.contains, r) : void 0,
          minContains: typeof e.minContains == "number" ? e.minContains : void 0,
          maxContains: typeof e.maxContains == "number" ? e.maxContains : void 0,
        }));
      break;
    }
    default:
      throw new Error(`Unsupported type: ${i}`);
  }
  return o;
}
function ee(e, r) {
  if (typeof e == "boolean") return e ? x.any() : x.never();
  let i = gp(e, r),
    o = e.type || e.enum !== void 0 || e.const !== void 0;
  if (e.anyOf && Array.isArray(e.anyOf)) {
    const u = e.anyOf.map((c) => ee(c, r)),
      s = x.union(u);
    i = o ? x.intersection(i, s) : s;
  }
  if (e.oneOf && Array.isArray(e.oneOf)) {
    const u = e.oneOf.map((c) => ee(c, r)),
      s = x.xor(u);
    i = o ? x.intersection(i, s) : s;
  }
  if (e.allOf && Array.isArray(e.allOf))
    if (e.allOf.length === 0) i = o ? i : x.any();
    else {
      let u = o ? i : ee(e.allOf[0], r),
        s = o ? 0 : 1;
      for (let c = s; c < e.allOf.length; c++) u = x.intersection(u, ee(e.allOf[c], r));
      i = u;
    }
  e.nullable === !0 && r.version === "openapi-3.0" && (i = x.nullable(i)),
    e.readOnly === !0 && (i = x.readonly(i)),
    e.default !== void 0 && (i = i.default(e.default));
  const t = {},
    n = ["$id", "id", "$comment", "$anchor", "$vocabulary", "$dynamicRef", "$dynamicAnchor"];
  for (const u of n) u in e && (t[u] = e[u]);
  const a = ["contentEncoding", "contentMediaType", "contentSchema"];
  for (const u of a) u in e && (t[u] = e[u]);
  if (e.type === "object" && e.$ref === void 0) {
    e.propertyNames !== void 0 && !Lr(e.propertyNames) && (t.propertyNames = e.propertyNames);
    for (const u of ["minProperties", "maxProperties"]) e[u] !== void 0 && (t[u] = e[u]);
  }
  if (e.type === "array" && e.$ref === void 0) {
    e.contains !== void 0 && !Lr(e.contains) && (t.contains = e.contains);
    for (const u of ["uniqueItems", "minContains", "maxContains"]) e[u] !== void 0 && (t[u] = e[u]);
  }
  for (const u of Object.keys(e)) Qh.has(u) || K(t, u, e[u]);
  return (
    Object.keys(t).length > 0 && r.registry.add(i, t),
    e.description && (i = i.describe(e.description)),
    i
  );
}
function vp(e, r) {
  if (typeof e == "boolean") return e ? x.any() : x.never();
  let i;
  try {
    i = JSON.parse(JSON.stringify(e));
  } catch {
    throw new Error(
      "fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas",
    );
  }
  const o = ey(i, r?.defaultTarget),
    t = i.$defs || i.definitions || {},
    n = {
      version: o,
      defs: t,
      refs: new Map(),
      processing: new Set(),
      rootSchema: i,
      registry: r?.registry ?? G,
    };
  return ee(i, n);
}
var $p = Symbol("z.visit/resolving");
function Vr(e, r) {
  const i =
      typeof r == "function"
        ? r
        : (a, u) => {
            const s = r[a._zod.def.type];
            return s ? s(a, u) : a;
          },
    o = new Map();
  function t(a) {
    const u = o.get(a);
    if (u === $p) return new pr({ type: "lazy", getter: () => o.get(a) });
    if (u !== void 0) return u;
    o.set(a, $p);
    const s = n(a),
      c = i(s, s !== a);
    return (o.set(a, c), c);
  }
  function n(a) {
    const u = a._zod.def,
      s = u.type;
    switch (s) {
      case "object": {
        let c = u.shape,
          l = Object.keys(c),
          d = !1,
          f = {};
        for (const v of l) {
          const _ = t(c[v]);
          _ !== c[v] && (d = !0), (f[v] = _);
        }
        let m = u.catchall;
        return (
          u.catchall && ((m = t(u.catchall)), m !== u.catchall && (d = !0)),
          d ? T(a, { ...u, shape: f, catchall: m }) : a
        );
      }
      case "array": {
        const c = t(u.element);
        return c === u.element ? a : T(a, { ...u, element: c });
      }
      case "tuple": {
        let c = u.items,
          l = !1,
          d = [];
        for (const m of c) {
          const v = t(m);
          v !== m && (l = !0), d.push(v);
        }
        let f = u.rest;
        return (
          u.rest && ((f = t(u.rest)), f !== u.rest && (l = !0)),
          l ? T(a, { ...u, items: d, rest: f }) : a
        );
      }
      case "record":
      case "map": {
        const c = t(u.keyType),
          l = t(u.valueType);
        return c === u.keyType && l === u.valueType ? a : T(a, { ...u, keyType: c, valueType: l });
      }
      case "set": {
        const c = t(u.valueType);
        return c === u.valueType ? a : T(a, { ...u, valueType: c });
      }
      case "union": {
        let c = u.options,
          l = !1,
          d = [];
        for (const f of c) {
          const m = t(f);
          m !== f && (l = !0), d.push(m);
        }
        return l ? T(a, { ...u, options: d }) : a;
      }
      case "intersection": {
        const c = t(u.left),
          l = t(u.right);
        return c === u.left && l === u.right ? a : T(a, { ...u, left: c, right: l });
      }
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "catch":
      case "readonly":
      case "nonoptional":
      case "promise":
      case "success": {
        const c = t(u.innerType);
        return c === u.innerType ? a : T(a, { ...u, innerType: c });
      }
      case "pipe": {
        const c = t(u.in),
          l = t(u.out);
        return c === u.in && l === u.out ? a : T(a, { ...u, in: c, out: l });
      }
      case "function": {
        const c = t(u.input),
          l = t(u.output);
        return c === u.input && l === u.output ? a : T(a, { ...u, input: c, output: l });
      }
      case "lazy": {
        const c = u.getter,
          { _cachedInner: l, ...d } = u;
        return T(a, { ...d, getter: () => t(c()) });
      }
      case "template_literal":
      case "string":
      case "number":
      case "int":
      case "boolean":
      case "bigint":
      case "symbol":
      case "undefined":
      case "null":
      case "void":
      case "never":
      case "any":
      case "unknown":
      case "date":
      case "nan":
      case "enum":
      case "literal":
      case "file":
      case "transform":
      case "custom":
        return a;
      default:
        return a;
    }
  }
  return t(e);
}
function hp(e) {
  return Vr(e, {
    object: (r) => r.partial(),
    union: (r) => {
      const i = r._zod.def;
      return i.discriminator === void 0 ? r : Lt(i.options);
    },
  });
}
function cy(e, r) {
  if (!r?.length) return e;
  const i = e._zod.def;
  return T(e, de(i, { checks: [...(i.checks ?? []), ...r] }), { parent: !0 });
}
function yp(e) {
  return cy(e.out, e.checks);
}
function sy(e) {
  return e.in._zod.traits.has("$ZodTransform") ? yp(e) : e.in;
}
function _p(e) {
  return Vr(e, {
    pipe: (r) => sy(r._zod.def),
    default: (r, i) => (i ? Ye(r._zod.def.innerType) : r),
    catch: (r, i) => (i ? r._zod.def.innerType : r),
  });
}
function bp(e) {
  return Vr(e, { pipe: (r) => yp(r._zod.def), prefault: (r, i) => (i ? r._zod.def.innerType : r) });
}
var _l = {};
he(_l, { bigint: () => my, boolean: () => fy, date: () => py, number: () => dy, string: () => ly });
function ly(e) {
  return Fu(Tt, e);
}
function dy(e) {
  return Wu(Zt, e);
}
function fy(e) {
  return tc(Et, e);
}
function my(e) {
  return nc(Ct, e);
}
function py(e) {
  return pc(jr, e);
}
export {
  _l as Od,
  _m as wb,
  _p as Md,
  _s as oa,
  _t as S,
  $ as c,
  $e as Fa,
  $i as ca,
  $l as Ad,
  $m as qb,
  $r as o,
  $s as la,
  $t as P,
  Ae as ya,
  Ai as db,
  Am as Xb,
  Ar as Mc,
  As as Yb,
  At as Dc,
  Au as r,
  ae as B,
  al as bd,
  am as Wa,
  ao as d,
  ap as yd,
  Bi as Oc,
  Bm as Ac,
  Bs as zc,
  bi as Eb,
  bm as xb,
  bp as Nd,
  bs as pa,
  bt as T,
  C as wa,
  Ci as lb,
  Cm as ic,
  Cn as s,
  Cr as Jd,
  Cs as nc,
  Ct as Lb,
  Cu as x,
  cl as jd,
  cm as _a,
  cp as Bd,
  De as J,
  Di as Ta,
  Dm as Mb,
  Dr as Ka,
  Ds as Qb,
  Dt as ba,
  di as G,
  dl as nd,
  dm as eb,
  dp as Ed,
  Ei as jb,
  Em as gc,
  Er as td,
  Es as ec,
  Et as Jb,
  el as Vc,
  em as La,
  ep as hd,
  er as k,
  et as Db,
  F as f,
  Fi as $b,
  Fm as qc,
  Fs as tc,
  Ft as a,
  fe as v,
  fi as H,
  fl as od,
  fm as gb,
  fo as i,
  fs as ga,
  G as t,
  Ge as M,
  Gh as Gd,
  Gm as Fc,
  Gs as Gc,
  ge as C,
  gl as wd,
  gm as mb,
  gs as ja,
  H as u,
  Hf as Ia,
  Hm as cd,
  Hs as Tc,
  Ht as g,
  hl as Id,
  hm as sb,
  hp as Ld,
  hs as ma,
  ht as Q,
  Ii as Ba,
  Im as Ab,
  Is as bb,
  It as X,
  il as $c,
  im as Sa,
  ip as ud,
  Ji as Lc,
  Jm as yc,
  Js as wc,
  j as sa,
  ji as Va,
  jm as Ob,
  jr as cc,
  js as Sb,
  Ke as L,
  Kh as Fd,
  Ki as Xc,
  Km as Cc,
  Ks as Bc,
  Ku as z,
  ke as N,
  ki as ed,
  km as yb,
  kp as Pd,
  ks as qa,
  kt as U,
  Li as nb,
  Lm as jc,
  Ln as y,
  Ls as pc,
  Lt as mc,
  le as m,
  li as F,
  ll as ld,
  lm as cb,
  lp as Dd,
  Mh as ea,
  Mi as Ec,
  Mm as xc,
  Ms as uc,
  me as Y,
  mi as V,
  ml as pd,
  mm as ib,
  mo as j,
  ms as ha,
  N as w,
  Ni as Za,
  Nm as Rb,
  Nr as hc,
  Ns as Vb,
  nl as Zc,
  nm as Qa,
  np as sd,
  Oi as Xa,
  Om as Pb,
  Or as fc,
  Os as Ub,
  oe as fa,
  ol as ad,
  om as Ua,
  op as vd,
  Pe as I,
  Pi as Ra,
  Pm as Ib,
  Pr as Rc,
  Ps as Kb,
  Pt as aa,
  pe as A,
  pl as rd,
  pm as kb,
  ps as ia,
  Qe as vb,
  Qf as Ja,
  Qm as gd,
  Qs as Uc,
  Qt as h,
  qe as Zb,
  qf as Ga,
  qm as Sc,
  qs as Pc,
  Ri as Nb,
  Rm as oc,
  Rs as sc,
  rl as Yc,
  rm as Oa,
  rp as qd,
  Si as Pa,
  Sm as Hb,
  Sr as va,
  Ss as Cb,
  St as $,
  si as E,
  sl as kd,
  sm as ab,
  sp as Cd,
  T as b,
  Te as za,
  Ti as fb,
  Tm as bc,
  Tr as dd,
  Ts as _b,
  Tt as ua,
  tl as Wc,
  tm as Ma,
  tp as md,
  tr as l,
  Ue as xa,
  Ui as $a,
  Um as Tb,
  Ur as lc,
  Us as Wb,
  Ut as vc,
  Uu as q,
  ue as D,
  ul as id,
  um as Ya,
  uo as e,
  up as zd,
  uu as n,
  Vi as tb,
  Vm as kc,
  Vs as rc,
  ve as K,
  vl as xd,
  vm as ob,
  vp as Kd,
  vs as ka,
  We as O,
  Wf as Ca,
  Wh as Hd,
  Wm as Hc,
  Ws as Ic,
  wi as Da,
  wm as Fb,
  ws as pb,
  wt as Z,
  Xf as Ea,
  Xm as Jc,
  Xs as Kc,
  xe as da,
  xi as ta,
  xm as zb,
  xs as ra,
  xt as W,
  Ye as Nc,
  Yf as Ha,
  Ym as _c,
  Ys as Qc,
  ym as ub,
  yr as p,
  ys as na,
  yt as R,
  Ze as Aa,
  Zi as hb,
  Zm as dc,
  Zr as fd,
  Zs as ac,
  Zt as Bb,
  zi as Na,
  zm as Gb,
  zs as rb,
  zt as _,
};
