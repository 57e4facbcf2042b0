import { describe, expect, it } from "vitest";
import { luhnValid, personalDataDetectors } from "./detectors.js";

const TEXT =
  "Ada <ada.lovelace+work@example.co.uk>, +1 415-555-2671, +44 20 7946 0958, card 4111 1111 1111 1111 " +
  "(not 4111 1111 1111 1112), IBAN GB82 WEST 1234 5698 7654 32 (not GB82 WEST 1234 5698 7654 33), " +
  "from 203.0.113.7 and 2001:db8::1 at 12:30:45, id E123456, order 2024-05-01, version 1.2.3.4.5, 999.1.1.1";

function found(kind: string, text = TEXT, patterns: Record<string, string> = {}): string[] {
  const [detector] = personalDataDetectors(kind ? [kind] : [], patterns);
  return (detector?.find(text) ?? []).map((match) => match.value);
}

describe("personal data detectors", () => {
  it("finds email addresses", () => {
    expect(found("email")).toEqual(["ada.lovelace+work@example.co.uk"]);
  });

  it("finds valid phone numbers only, in E.164, with a region for national ones", () => {
    expect(found("phone")).toEqual(["+14155552671", "+442079460958"]);
    expect(found("phone", "order 2024-05-01, id 12345678")).toEqual([]);
    const [national] = personalDataDetectors(["phone"], {}, { phoneRegion: "FR" });
    expect(national?.find("appelez le 01 42 68 53 00").map((match) => match.value)).toEqual([
      "+33142685300",
    ]);
  });

  it("finds card numbers whose Luhn sum holds", () => {
    expect(found("card")).toEqual(["4111111111111111"]);
    expect(luhnValid("79927398713")).toBe(false); // too short for a card, though its sum holds
    expect(luhnValid("5555555555554444")).toBe(true);
  });

  it("finds IBANs whose mod-97 checksum holds", () => {
    expect(found("iban")).toEqual(["GB82WEST12345698765432"]);
  });

  it("finds IPv4 and IPv6 addresses, not times, dates or versions", () => {
    expect(found("ip")).toEqual(["203.0.113.7", "2001:db8::1"]);
  });

  it("finds a user's own pattern", () => {
    expect(found("", TEXT, { employee: "E\\d{6}" })).toEqual(["E123456"]);
  });

  it("says what is wrong with an unknown kind or a bad pattern", () => {
    expect(() => personalDataDetectors(["passport"])).toThrow(
      /"passport" is not a kind codemode knows \(email, phone, card, iban, ip\); for another kind, give a regular expression in privacy\.patterns/,
    );
    expect(() => personalDataDetectors([], { Bad_Kind: "x" })).toThrow(/not a usable kind/);
    expect(() => personalDataDetectors([], { employee: "E(\\d" })).toThrow(
      /privacy\.patterns\.employee is not a valid regular expression/,
    );
  });
});
