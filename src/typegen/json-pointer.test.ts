import { describe, expect, it } from "vitest";
import { lastPointerToken, resolveLocalRef } from "./json-pointer.js";

const root = {
  definitions: { "a/b": 1, "t~x": 2, "with space": 3, "%41": 4 },
  list: [{ id: "first" }, { id: "second" }],
};

describe("resolveLocalRef", () => {
  it("resolves the root, object keys and array indexes", () => {
    expect(resolveLocalRef(root, "#")).toEqual({ found: true, target: root });
    expect(resolveLocalRef(root, "#/list/1/id")).toEqual({ found: true, target: "second" });
    expect(resolveLocalRef(root, "#/list/01")).toEqual({ found: false });
    expect(resolveLocalRef(root, "#/list/2")).toEqual({ found: false });
  });

  it("unescapes ~1 and ~0 after percent-decoding", () => {
    expect(resolveLocalRef(root, "#/definitions/a~1b")).toEqual({ found: true, target: 1 });
    expect(resolveLocalRef(root, "#/definitions/t~0x")).toEqual({ found: true, target: 2 });
    expect(resolveLocalRef(root, "#/definitions/with%20space")).toEqual({ found: true, target: 3 });
    expect(resolveLocalRef(root, "#/definitions/%2541")).toEqual({ found: true, target: 4 });
  });

  it("does not resolve other documents, anchors, bad encodings or inherited keys", () => {
    expect(resolveLocalRef(root, "other.json#/definitions/a~1b")).toEqual({ found: false });
    expect(resolveLocalRef(root, "#anchor")).toEqual({ found: false });
    expect(resolveLocalRef(root, "#/definitions/%E0%A4%A")).toEqual({ found: false });
    expect(resolveLocalRef(root, "#/definitions/constructor")).toEqual({ found: false });
    expect(resolveLocalRef(root, "#/__proto__")).toEqual({ found: false });
  });

  it("gives the last token for naming", () => {
    expect(lastPointerToken("#/components/schemas/full-repository")).toBe("full-repository");
    expect(lastPointerToken("#/definitions/a~1b")).toBe("a/b");
    expect(lastPointerToken("#")).toBeUndefined();
  });
});
