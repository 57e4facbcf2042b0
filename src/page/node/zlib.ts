// The page's stand-in for `node:zlib`: the redactor inflates a gzip body to look for secrets in
// it; in a page, where fetch has already decoded Content-Encoding, such a body is left as it is.
export function gunzipSync(): never {
  throw new Error("A page inflates no gzip body synchronously.");
}
