// The page build's stand-ins for Node built-ins give Node's answers where the shared code uses them.
import { isIP } from "node:net";
import { describe, expect, it } from "vitest";
import { isIP as pageIsIP } from "../../src/page/node/net.js";
import { dirname, isAbsolute, join, resolve } from "../../src/page/node/path.js";

describe("the page's stand-ins", () => {
  it("isIP answers as node:net does", () => {
    const samples = [
      "192.168.0.1",
      "255.255.255.255",
      "0.0.0.0",
      "256.1.1.1",
      "1.2.3",
      "01.2.3.4",
      "1.2.3.4.5",
      "::",
      "::1",
      "2001:db8::1",
      "2001:0db8:0000:0000:0000:ff00:0042:8329",
      "fe80::1%eth0",
      "::ffff:192.0.2.128",
      "1::2::3",
      "12345::",
      "2001:db8:::1",
      "1:2:3:4:5:6:7:8",
      "1:2:3:4:5:6:7:8:9",
      "1:2:3:4:5:6:7::",
      "::2:3:4:5:6:7:8",
      "g::1",
      "",
      "abc",
      "1.2.3.4 ",
      "fe80::1%",
    ];
    for (const sample of samples)
      expect([sample, pageIsIP(sample)]).toEqual([sample, isIP(sample)]);
  });

  it("path functions follow POSIX rules", () => {
    expect(isAbsolute("/a")).toBe(true);
    expect(isAbsolute("a")).toBe(false);
    expect(join("a", "b/", "/c")).toBe("a/b/c");
    expect(resolve("/base", "x/../y", "./z")).toBe("/base/y/z");
    expect(resolve("/base", "/abs")).toBe("/abs");
    expect(dirname("/a/b/c.json")).toBe("/a/b");
  });
});
