// The page's stand-in for `node:crypto`: hashes serve the OpenAPI file cache, which a page never
// has; UUIDs come from the page's own crypto.
import { unavailable } from "./unavailable.js";

export { randomUUID } from "../random-uuid.js";
export const createHash = (): never => unavailable("cache folder");
