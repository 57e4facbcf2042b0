/**
 * Words a user may say for what an API calls otherwise, and what the verbs of a request ask an HTTP
 * method to do. Only vocabulary that holds across APIs: verbs of CRUD, everyday nouns for the
 * things APIs name formally (a person is a user, a picture is an image), and a few terms of git
 * that any developer uses interchangeably (a branch or tag is a ref). Related words, unlike the
 * abbreviations in `terms.ts`, do not mean the same thing: they are searched with less weight
 * than the word the user wrote.
 */

/** A word → words that often stand for it in an API (the relation is read in this direction). */
export const RELATED_WORDS: Readonly<Record<string, readonly string[]>> = {
  // Verbs of reading, creating, changing and removing, toward the verbs operations are named by.
  read: ["get"],
  show: ["get", "list"],
  view: ["get", "list"],
  see: ["get", "list"],
  fetch: ["get"],
  retrieve: ["get"],
  details: ["get"],
  download: ["get"],
  check: ["get"],
  all: ["list"],
  add: ["create"],
  new: ["create"],
  make: ["create"],
  submit: ["create"],
  publish: ["create"],
  upload: ["create"],
  save: ["write", "update"],
  edit: ["update"],
  change: ["update"],
  modify: ["update"],
  rename: ["update"],
  set: ["update", "replace"],
  remove: ["delete"],
  destroy: ["delete"],
  erase: ["delete"],
  drop: ["delete"],
  kick: ["remove"],
  revoke: ["delete"],
  cancel: ["delete", "stop"],
  stop: ["cancel", "disable"],
  start: ["create", "run"],
  trigger: ["run", "dispatch"],
  // People, and the everyday names of things.
  who: ["user", "people"],
  people: ["user"],
  person: ["user"],
  someone: ["user"],
  member: ["user"],
  profile: ["user"],
  photo: ["image"],
  picture: ["image"],
  reply: ["comment"],
  folder: ["directory"],
  directory: ["folder"],
  permission: ["access"],
  access: ["permission"],
  limit: ["quota"],
  quota: ["limit"],
  zip: ["archive"],
  file: ["content"],
  // A ticket is what trackers call an issue; a text, an SMS or a DM is a message.
  ticket: ["issue"],
  text: ["message"],
  sms: ["message"],
  dm: ["message"],
  // git: a branch or a tag is a ref, a sha names a commit; hosts call watching a subscription.
  branch: ["ref"],
  tag: ["ref"],
  sha: ["commit", "ref"],
  diff: ["compare"],
  star: ["stargazer"],
  stargazer: ["star"],
  watch: ["subscription"],
  subscribe: ["subscription", "watch"],
};

/** The methods that change something. */
export const CHANGE_METHODS: readonly string[] = ["POST", "PUT", "PATCH", "DELETE"];

/**
 * HTTP methods that do what a verb asks: "remove a pet" wants a DELETE. Keyed by the verb's base
 * form, the one a request starts with: "starred repos" and "runs of a workflow" name things.
 */
export const VERB_METHODS: Readonly<Record<string, readonly string[]>> = {
  get: ["GET", "HEAD"],
  list: ["GET"],
  show: ["GET"],
  read: ["GET"],
  view: ["GET"],
  see: ["GET"],
  fetch: ["GET"],
  retrieve: ["GET"],
  download: ["GET"],
  check: ["GET", "HEAD"],
  find: ["GET"],
  search: ["GET"],
  look: ["GET"],
  lookup: ["GET"],
  count: ["GET"],
  create: ["POST", "PUT"],
  add: ["POST", "PUT"],
  new: ["POST", "PUT"],
  make: ["POST", "PUT"],
  submit: ["POST"],
  publish: ["POST"],
  upload: ["POST", "PUT"],
  save: ["PUT", "POST", "PATCH"],
  write: ["PUT", "POST", "PATCH"],
  send: ["POST"],
  update: ["PATCH", "PUT", "POST"],
  edit: ["PATCH", "PUT"],
  change: ["PATCH", "PUT"],
  modify: ["PATCH", "PUT"],
  rename: ["PATCH", "POST", "PUT"],
  set: ["PUT", "PATCH", "POST"],
  replace: ["PUT"],
  delete: ["DELETE"],
  remove: ["DELETE"],
  destroy: ["DELETE"],
  erase: ["DELETE"],
  drop: ["DELETE"],
  kick: ["DELETE"],
  revoke: ["DELETE"],
  unset: ["DELETE"],
  // Verbs that change something, whichever method an API gives them.
  ...Object.fromEntries(
    (
      "approve reject accept dismiss close reopen merge fork follow unfollow invite assign " +
      "unassign lock unlock star unstar watch unwatch pin unpin block unblock mute archive " +
      "transfer move sync run rerun trigger start stop enable disable cancel mark buy order " +
      "register comment reply react rate vote subscribe unsubscribe"
    )
      .split(" ")
      .map((verb) => [verb, CHANGE_METHODS]),
  ),
};
