import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text.js";

describe("plainText", () => {
  it("turns the HTML of API documents into plain text", () => {
    expect(plainText("<p>Create a refund.</p>")).toBe("Create a refund.");
    expect(
      plainText(
        '<p>Returns a list of <a href="/docs/api#charges">charges</a> you&rsquo;ve made.</p><p>Use <code>limit</code> &amp; <code>starting_after</code>.</p>',
      ),
    ).toBe("Returns a list of charges you’ve made.\n\nUse `limit` & `starting_after`.");
    expect(plainText("<ul><li>one</li><li>two</li></ul>")).toBe("- one\n- two");
    expect(plainText("line<br/>next&#x21; &#65;")).toBe("line\nnext! A");
  });

  it("leaves text without tags as it is, and comparisons like a < b alone", () => {
    expect(plainText("Use a < b and b > c")).toBe("Use a < b and b > c");
    expect(plainText("Plain `markdown` **stays**")).toBe("Plain `markdown` **stays**");
    expect(plainText("Fish &amp; chips")).toBe("Fish & chips");
  });
});
