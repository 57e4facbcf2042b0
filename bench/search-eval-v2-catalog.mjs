// The catalog of the second search evaluation: five real APIs of different domains in one
// runtime, as a gateway would serve them: GitHub (@octokit/openapi), Stripe (payments), Jira
// Cloud (issue tracking), Slack (messaging) and Twilio (voice and messaging), the last four from
// APIs.guru's openapi-directory, kept gzipped in test/fixtures/specs. 2,543 operations.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const FIXTURES = new URL("../test/fixtures/specs/", import.meta.url);
export const EVAL_APIS = ["github", "stripe", "jira", "slack", "twilio"];

/** The config's servers for the five APIs (the documents written out once to a temp folder). */
export function evalServers() {
  const folder = join(tmpdir(), "codemode-search-eval-v2");
  mkdirSync(folder, { recursive: true });
  const servers = {};
  for (const api of EVAL_APIS) {
    const file = join(folder, `${api}.json`);
    const bytes =
      api === "github"
        ? readFileSync(require.resolve("@octokit/openapi/generated/api.github.com.json"))
        : gunzipSync(readFileSync(new URL(`${api}.json.gz`, FIXTURES)));
    writeFileSync(file, bytes);
    servers[api] = { openapi: file, baseUrl: `https://${api}.example.com` };
  }
  return servers;
}

/** The labelled requests of one half: `tuning` (tune on it) or `holdout` (never). */
export function evalTasks(half) {
  return JSON.parse(
    readFileSync(new URL(`../test/fixtures/search-eval-v2/${half}.json`, import.meta.url), "utf8"),
  ).tasks;
}

/** The requests over two specs outside the evaluation, and the config's servers for them. */
export function unseenSet() {
  const set = JSON.parse(
    readFileSync(new URL("../test/fixtures/search-eval-v2/unseen.json", import.meta.url), "utf8"),
  );
  const servers = {};
  for (const [namespace, spec] of Object.entries(set.specs))
    servers[namespace] = {
      openapi: require.resolve(spec),
      baseUrl: `https://${namespace}.example.com`,
    };
  return { servers, tasks: set.tasks };
}
