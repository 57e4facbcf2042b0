import { describe, expect, it } from "vitest";
import { methodsAskedFor, processTerm, queryTerms, rewriteQuery, stem } from "./terms.js";

describe("queryTerms", () => {
  it("searches related words with less weight, grouped with the word they relate to", () => {
    expect(queryTerms("delete a branch", 0.5)).toEqual([
      { term: stem("delete"), weight: 1, group: 0, own: true },
      { term: "branch", weight: 1, group: 1, own: true },
      { term: "ref", weight: 0.5, group: 1, own: false },
    ]);
  });

  it("keeps a term the user wrote at full weight when it is also related to another", () => {
    const terms = queryTerms("remove and delete", 0.5);
    expect(terms.filter(({ term }) => term === stem("delete"))).toEqual([
      { term: stem("delete"), weight: 1, group: 1, own: true },
    ]);
  });

  it("lets a stop word bring related words that no operation has to cover", () => {
    expect(queryTerms("who", 0.5)).toEqual([
      { term: "user", weight: 0.5, group: -1, own: false },
      { term: stem("people"), weight: 0.5, group: -1, own: false },
    ]);
  });

  it("searches the thesaurus's API words for a word or a phrase, with the phrase's last word", () => {
    const widened = (query: string) =>
      queryTerms(query, 0.5, undefined, 0.3)
        .filter(({ own }) => !own)
        .map(({ term, weight, group }) => ({ term, weight, group }));
    expect(widened("list chargebacks")).toContainEqual({
      term: stem("dispute"),
      weight: 0.3,
      group: 1,
    });
    // "zone" and "file" alone are no DNS export; the phrase is, and counts for "file" (group 3).
    expect(widened("download my zone file")).toEqual(
      expect.arrayContaining(
        ["dns", "record", "export"].map((word) => ({ term: stem(word), weight: 0.3, group: 3 })),
      ),
    );
    expect(widened("download my file").some(({ term }) => term === "dns")).toBe(false);
    expect(queryTerms("list chargebacks", 0.5).some(({ term }) => term === stem("dispute"))).toBe(
      false,
    );
  });

  it("adds no related words at weight 0", () => {
    expect(queryTerms("starred repos", 0).map(({ term }) => term)).toEqual([
      "star",
      ...processTerm("repository"),
    ]);
  });
});

describe("methodsAskedFor", () => {
  const methods = (query: string) => [...methodsAskedFor(query).methods].sort();

  it("reads the verb a request starts with, after any lead-in", () => {
    expect(methods("remove a pet")).toEqual(["DELETE"]);
    expect(methods("please list the open issues")).toEqual(["GET"]);
    expect(methods("I want to edit a comment")).toEqual(["PATCH", "PUT"]);
  });

  it("takes a question as a wish to read", () => {
    expect(methodsAskedFor("who starred my repo")).toMatchObject({ stated: true });
    expect(methods("how many requests are left")).toEqual(["GET", "HEAD"]);
  });

  it("takes an unknown first word followed by a determiner as a verb that changes something", () => {
    expect(methods("file a bug report")).toEqual(["DELETE", "PATCH", "POST", "PUT"]);
  });

  it("takes a query that starts with a noun as a wish to read, not stated", () => {
    expect(methodsAskedFor("open pull requests of a repo")).toMatchObject({ stated: false });
    expect(methods("runs of a workflow")).toEqual(["GET"]);
    expect(methodsAskedFor("starred repositories")).toMatchObject({ stated: false });
  });

  it("notices a plural", () => {
    expect(methodsAskedFor("followers of a user").many).toBe(true);
    expect(methodsAskedFor("status of a commit").many).toBe(false);
  });
});

describe("stem", () => {
  it("meets the one who acts with the act, and leaves short words alone", () => {
    expect(stem("reviewers")).toBe(stem("review"));
    expect(stem("followers")).toBe(stem("follow"));
    expect(stem("users")).toBe("user");
    expect(stem("owner")).toBe("owner");
  });
});

describe("rewriteQuery", () => {
  it("reads a #name as a channel and a tracker's key as an issue, and leaves other words", () => {
    expect(rewriteQuery("Post 'standup' in #eng-team")).toBe("Post 'standup' in channel");
    expect(rewriteQuery("Bump OPS-55 up to highest priority")).toBe(
      "Bump issue up to highest priority",
    );
    expect(rewriteQuery("issue #12 of repo a-b, PR 58")).toBe("issue #12 of repo a-b, PR 58");
  });
});
