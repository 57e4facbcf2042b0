// Injected into the page build wherever the shared code names `Buffer` (the redactor, the HTTP
// response reader): the `buffer` package, Node's Buffer for browsers.
export { Buffer } from "buffer";
