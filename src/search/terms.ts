/**
 * How the search index and its queries turn text into terms: words split out of identifiers, stop
 * words dropped, a few abbreviations spelt out, and a light stemmer so that "repos", "repository"
 * and "repositories", or "star", "starred" and "stars", meet on one term. The same function runs on
 * the catalog and on the query, so both sides always agree.
 */

import { CHANGE_METHODS, RELATED_WORDS, VERB_METHODS } from "./synonyms.js";
import { THESAURUS } from "./thesaurus.js";

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
 * A light suffix stripper (plural, -ed, -ing, -tion, -ee, -er, final -e): "repositories" →
 * "repository", "merged"/"merges"/"merge" → "merg", "starred"/"stars" → "star", "reviewers" →
 * "review". Terms of 3 letters or fewer and numbers are left alone. Stems need not be words: both
 * sides go through it.
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
  // "reviewer" → "review", "follower" → "follow": the one who acts. Short words keep theirs
  // ("user", "owner", "member").
  else if (word.endsWith("er") && word.length > 6) word = word.slice(0, -2);
  else if (word.endsWith("e") && word.length > 3) word = word.slice(0, -1);
  return word;
}

/** One raw token → the index terms it stands for (none for a stop word). */
export function processTerm(token: string): string[] {
  const lower = token.toLowerCase();
  if (lower === "" || STOP_WORDS.has(lower)) return [];
  const words = (Object.hasOwn(ALIASES, lower) ? ALIASES[lower] : undefined) ?? [lower];
  return words.map(stem);
}

/** Text → raw tokens: identifiers split into words, anything not a letter or digit separates. */
export function tokenize(text: string): string[] {
  return splitWords(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A request as people write it → the words to search: a `#name` is a chat channel ("post in
 * #sales"; not `#12`, a number), a key like `PAY-33` an issue of a tracker ("bump OPS-55 up"); neither name is any
 * operation's word.
 */
export function rewriteQuery(text: string): string {
  return text
    .replace(/(^|\s)#[a-z][\w-]*/gi, "$1channel")
    .replace(/\b[A-Z][A-Z0-9]+-\d+\b/g, "issue");
}

/** A query term with the weight it is searched with. */
export interface QueryTerm {
  term: string;
  weight: number;
  /**
   * Which of the query's own words the term stands for, numbered from 0 without gaps; -1 for a
   * word related to a stop word ("who" → "user"), which no operation has to cover.
   */
  group: number;
  /** Whether the term is the user's own word (or its spelt-out form), not a related one. */
  own: boolean;
  /** Set on a term the lexicon (WordNet) brought. */
  source?: "wordnet";
}

/** Stems of related words, by the stem of the word they relate to. */
const RELATED_STEMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(RELATED_WORDS).map(([word, related]) => [
    stem(word),
    related.flatMap(processTerm),
  ]),
);

/**
 * The thesaurus's API words, by the stems of the everyday word or phrase ("zone file" → "zon
 * fil"), processed as the index's terms.
 */
const THESAURUS_STEMS: ReadonlyMap<string, readonly string[]> = new Map(
  [...THESAURUS].map(([phrase, words]) => [
    phrase.split(" ").map(stem).join(" "),
    words.flatMap(processTerm),
  ]),
);

/** The longest phrase of the thesaurus, in words. */
const LONGEST_PHRASE = Math.max(
  ...[...THESAURUS_STEMS.keys()].map((phrase) => phrase.split(" ").length),
);

/**
 * A query → the terms to search, each word's own terms at weight 1, the words related to it
 * (`RELATED_WORDS`) at `relatedWeight`, and the API's words the thesaurus gives for a word or a
 * phrase ending at it at `thesaurusWeight`. A term found several ways keeps its highest weight.
 *
 * @example
 * queryTerms("delete a branch", 0.5);
 * // [{ term: "delet", weight: 1, group: 0, own: true },
 * //  { term: "branch", weight: 1, group: 1, own: true },
 * //  { term: "ref", weight: 0.5, group: 1, own: false }]
 */
export function queryTerms(
  text: string,
  relatedWeight: number,
  lexicon?: QueryLexicon,
  thesaurusWeight = 0,
): QueryTerm[] {
  const found = new Map<string, QueryTerm>();
  let groups = 0;
  const tokens = tokenize(text);
  const stems = tokens.map(stem);
  let previous = -1;
  for (const [position, token] of tokens.entries()) {
    let first = -1;
    for (const term of processTerm(token)) {
      if (found.get(term)?.own) continue;
      if (first < 0) first = groups;
      found.set(term, { term, weight: 1, group: groups++, own: true });
    }
    const relate = (term: string, weight: number, fromLexicon: boolean, group = first) => {
      const known = found.get(term);
      if (known === undefined || (!known.own && known.weight < weight))
        found.set(term, {
          term,
          weight,
          group,
          own: false,
          ...(fromLexicon ? { source: "wordnet" as const } : {}),
        });
    };
    if (relatedWeight > 0)
      // A stop word may still have related words: "who" asks for users.
      for (const term of RELATED_STEMS.get(stem(token)) ?? []) relate(term, relatedWeight, false);
    if (thesaurusWeight > 0) {
      // A phrase's words count for the last of its words that is the user's own.
      const group = first >= 0 ? first : previous;
      for (let length = Math.min(LONGEST_PHRASE, position + 1); length >= 1; length--) {
        const words = THESAURUS_STEMS.get(
          stems.slice(position + 1 - length, position + 1).join(" "),
        );
        for (const term of words ?? []) relate(term, thesaurusWeight, false, group);
      }
    }
    if (first >= 0) previous = first;
    // A lexicon's words for a word the user wrote (not a stop word), where the catalog has them.
    // Only for a word the catalog's names and summaries do not use: the user's word is not the API's.
    if (
      lexicon &&
      first >= 0 &&
      lexicon.weight > 0 &&
      !processTerm(token).some((term) => lexicon.known(term))
    )
      for (const word of lexicon.related(token))
        for (const term of processTerm(word))
          if (lexicon.known(term)) relate(term, lexicon.weight, true);
  }
  return [...found.values()];
}

/** Words of a lexicon (WordNet) that widen a query, kept when the catalog uses them. */
export interface QueryLexicon {
  related(word: string): readonly string[];
  /** Whether an index term occurs in the catalog. */
  known(term: string): boolean;
  weight: number;
}

/** Words that may come before the verb of a request: "please", "I want to", "can you". */
const LEAD_IN = new Set("i let lets me please want need to can could you".split(" "));

/** Words that start a noun phrase: a first word followed by one is a verb ("file a bug"). */
const DETERMINERS = new Set(
  "a an the my this that these those some all every each our your his her their its".split(" "),
);

/** Question words: a question asks to read. */
const QUESTION = new Set(
  "who whom whose which what when where how is are was were does did".split(" "),
);

const READ_METHODS: readonly string[] = ["GET", "HEAD"];

/** What a query asks an operation's HTTP method to be, and whether it says so with a verb. */
export interface MethodIntent {
  methods: ReadonlySet<string>;
  /** False when the query names a thing without a verb, and reading it is only likelier. */
  stated: boolean;
  /** Whether the query names things in the plural ("open issues"): to read, a collection. */
  many: boolean;
}

/** "issues", "repos", "stargazers"; not "status", "access", "analysis". */
function isPlural(token: string): boolean {
  return (
    token.length > 3 && /[^su]s$/.test(token) && !token.endsWith("is") && !STOP_WORDS.has(token)
  );
}

/**
 * The HTTP methods a query asks for, read from how it starts: its verb ("remove a pet" →
 * DELETE, "list pets" → GET), a question ("who starred…", "is the build…" → GET), or a word
 * followed by a determiner, an imperative verb that changes something ("file a bug" → POST,
 * PUT, PATCH or DELETE). A query that starts with a noun ("open pull requests", "CI runs of a
 * repo") names a thing, and most likely wants to read it: GET, not stated.
 *
 * @example
 * methodsAskedFor("remove a pet"); // { methods: Set { "DELETE" }, stated: true, many: false }
 */
export function methodsAskedFor(text: string): MethodIntent {
  const tokens = tokenize(text);
  const many = tokens.some(isPlural);
  for (const [index, token] of tokens.entries()) {
    const methods = Object.hasOwn(VERB_METHODS, token) ? VERB_METHODS[token] : undefined;
    if (methods !== undefined) return { methods: new Set(methods), stated: true, many };
    if (QUESTION.has(token)) return { methods: new Set(READ_METHODS), stated: true, many };
    if (LEAD_IN.has(token)) continue;
    const next = tokens[index + 1];
    // An imperative verb not in `VERB_METHODS` ("file a bug", "give a user access") changes
    // something.
    if (next !== undefined && DETERMINERS.has(next))
      return { methods: new Set(CHANGE_METHODS), stated: true, many };
    break;
  }
  return { methods: new Set(["GET"]), stated: false, many };
}
