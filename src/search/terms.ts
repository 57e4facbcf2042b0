/**
 * How the search index and its queries turn text into terms: words split out of identifiers, stop
 * words dropped, a few abbreviations spelt out, and a light stemmer so that "repos", "repository"
 * and "repositories", or "star", "starred" and "stars", meet on one term. The same function runs on
 * the catalog and on the query, so both sides always agree.
 */

/** `listIssuesForRepo` → "list issues for repo"; `read_text_file` → "read text file". */
export function splitWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/[_\-./{}]+/g, " ")
    .toLowerCase()
    .trim();
}

/** Words that say nothing about which operation is meant. */
const STOP_WORDS = new Set(
  (
    "a an the of to for in on at by with from into onto and or is are was were be been being it its " +
    "this that these those there here do does did how many much what which who whom whose can could " +
    "would should will shall please want need some any up as via about than then so just also " +
    "you your yours we our us they their them he she his her one ones"
  ).split(" "),
);

/**
 * Abbreviations and everyday words APIs spell differently, mapped to the words their descriptions
 * use. Kept to vocabulary common across APIs; a term maps to one or more terms.
 */
const ALIASES: Record<string, string[]> = {
  repo: ["repository"],
  repos: ["repository"],
  org: ["organization"],
  orgs: ["organization"],
  organisation: ["organization"],
  pr: ["pull", "request"],
  prs: ["pull", "request"],
  mr: ["merge", "request"],
  id: ["id"],
  ids: ["id"],
  info: ["information"],
  config: ["configuration"],
  auth: ["authentication"],
  msg: ["message"],
  msgs: ["message"],
  doc: ["document"],
  docs: ["document"],
  env: ["environment"],
  // Everyday verbs and nouns for what APIs call otherwise.
  find: ["search"],
  lookup: ["search"],
  logged: ["login", "authenticated"],
  sign: ["login"],
  signin: ["login"],
  logon: ["login"],
  register: ["create"],
  ask: ["request"],
  signup: ["create"],
  account: ["account", "user"],
  buy: ["purchase", "order"],
  stock: ["inventory"],
  // "my issues", "me", "I": the current (authenticated) user.
  i: ["authenticated"],
  me: ["authenticated"],
  my: ["authenticated"],
  mine: ["authenticated"],
  myself: ["authenticated"],
};

const VOWEL = /[aeiouy]/;

/**
 * A light suffix stripper (plural, -ed, -ing, final -e): "repositories" → "repository",
 * "merged"/"merges"/"merge" → "merg", "starred"/"stars" → "star". Terms of 3 letters or fewer and
 * numbers are left alone. Stems need not be words: both sides go through it.
 */
export function stem(term: string): string {
  if (term.length <= 3 || /\d/.test(term)) return term;
  let word = term;
  if (word.endsWith("ies") && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith("sses")) word = word.slice(0, -2);
  else if (/[^su]s$/.test(word) && !word.endsWith("is")) word = word.slice(0, -1);
  for (const suffix of ["ing", "ed"]) {
    const base = word.slice(0, -suffix.length);
    if (word.endsWith(suffix) && base.length >= 3 && VOWEL.test(base)) {
      word = base;
      // "starr" → "star", "stopp" → "stop"; not "pull", "pass", "fall".
      if (/([^aeiouslz])\1$/.test(word)) word = word.slice(0, -1);
      break;
    }
  }
  // "protection" → "protect", "creation" → "creat" (as "create" → "creat").
  if (/[ts]ion$/.test(word) && word.length > 6) word = word.slice(0, -3);
  // "assignee" → "assign", "invitee" → "invit" (as "invite"): the one who is acted on.
  if (word.endsWith("ee") && word.length > 6) word = word.slice(0, -2);
  else if (word.endsWith("e") && word.length > 3) word = word.slice(0, -1);
  return word;
}

/** One raw token → the index terms it stands for (none for a stop word). */
export function processTerm(token: string): string[] {
  const lower = token.toLowerCase();
  if (lower === "" || STOP_WORDS.has(lower)) return [];
  const words = ALIASES[lower] ?? [lower];
  return words.map(stem);
}

/** Text → raw tokens: identifiers split into words, anything not a letter or digit separates. */
export function tokenize(text: string): string[] {
  return splitWords(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
