import { describe, expect, it } from "vitest";
import type { Operation } from "../core/operation.js";
import { CatalogSearch } from "./catalog-search.js";

const http = (name: string, method: string, path: string, description: string): Operation => ({
  namespace: "api",
  name,
  description,
  inputSchema: { type: "object" },
  source: { kind: "openapi", method, path },
});

const tool = (name: string, description: string, readOnlyHint?: boolean): Operation => ({
  namespace: "fs",
  name,
  description,
  inputSchema: { type: "object" },
  ...(readOnlyHint === undefined ? {} : { annotations: { readOnlyHint } }),
  source: { kind: "mcp" },
});

const paths = (search: CatalogSearch, query: string) =>
  search.search(query, { limit: 3 }).map((hit) => hit.path);

describe("CatalogSearch", () => {
  const api = new CatalogSearch(
    [
      http("listPets", "GET", "/pets", "List pets"),
      http("getPet", "GET", "/pets/{id}", "Get a pet"),
      http("createPet", "POST", "/pets", "Create a pet"),
      http("deletePet", "DELETE", "/pets/{id}", "Delete a pet"),
      http("deleteRef", "DELETE", "/git/refs/{ref}", "Delete a reference"),
    ],
    (operation) => operation.name,
  );

  it("prefers the operation whose HTTP method does what the verb asks", () => {
    expect(paths(api, "remove a pet")[0]).toBe("api.deletePet");
    expect(paths(api, "add a pet")[0]).toBe("api.createPet");
    expect(["api.getPet", "api.listPets"]).toContain(paths(api, "show a pet")[0]);
  });

  it("reads a collection for a plural", () => {
    expect(paths(api, "pets")[0]).toBe("api.listPets");
  });

  it("finds an operation through a related word", () => {
    expect(paths(api, "delete a branch")[0]).toBe("api.deleteRef");
  });

  it("finds nothing for an empty query or only stop words", () => {
    expect(api.search("")).toEqual([]);
    expect(api.search("  the of  ")).toEqual([]);
  });

  it("reads how an MCP tool acts from its annotations and the verb of its name", () => {
    const fs = new CatalogSearch(
      [
        tool("write_file", "Write a file", false),
        tool("read_file", "Read a file", true),
        tool("delete_file", "Delete a file"),
      ],
      (operation) => operation.name,
    );
    expect(paths(fs, "show me a file")[0]).toBe("fs.read_file");
    expect(paths(fs, "save a file")[0]).toBe("fs.write_file");
    expect(paths(fs, "remove a file")[0]).toBe("fs.delete_file");
  });
});
