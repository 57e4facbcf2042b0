import { describe, expect, it } from "vitest";
import { isIdentifier, toIdentifier, uniqueIdentifiers } from "./identifier.js";

describe("identifiers", () => {
  it("makes any name a safe identifier", () => {
    expect(toIdentifier("list-issues")).toBe("list_issues");
    expect(toIdentifier("2fa")).toBe("_2fa");
    expect(toIdentifier("delete")).toBe("delete_");
    expect(toIdentifier("repos/get")).toBe("repos_get");
    expect(toIdentifier("")).toBe("_unnamed");
    expect(toIdentifier("héllo wörld")).toBe("h_llo_w_rld");
  });

  it("knows what is already an identifier", () => {
    expect(isIdentifier("read_file")).toBe(true);
    expect(isIdentifier("$ok")).toBe(true);
    expect(isIdentifier("class")).toBe(false);
    expect(isIdentifier("a-b")).toBe(false);
  });

  it("resolves collisions deterministically, whatever the order", () => {
    const names = ["get-user", "get_user", "get.user"];
    const forward = uniqueIdentifiers(names);
    const backward = uniqueIdentifiers([...names].reverse());
    expect(forward.get("get_user")).toBe("get_user");
    expect(new Set(forward.values()).size).toBe(3);
    expect([...forward.entries()].sort()).toEqual([...backward.entries()].sort());
    for (const value of forward.values()) expect(isIdentifier(value)).toBe(true);
  });
});
