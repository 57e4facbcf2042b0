import { isIP } from "node:net";
import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { type CountryCode, findPhoneNumbersInText } from "libphonenumber-js/max";
import { ConfigError } from "../core/errors.js";
import type { PersonalDataDetector, PersonalDataMatch } from "../core/privacy/tokenizer.js";

/** The kinds of personal data codemode knows how to find. */
export const PERSONAL_DATA_KINDS = ["email", "phone", "card", "iban", "ip"] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface DetectorOptions {
  /** Where numbers written without a country code are read as from (ISO 3166 alpha-2, `"US"`). */
  phoneRegion?: string;
}

// Addresses as mail is sent to them: a dot-atom local part, a domain with a letter TLD.
const EMAIL =
  /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}/g;
// 13 to 19 digits, optionally grouped by spaces or dashes; kept only when the Luhn sum holds.
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
// Two letters, two check digits, up to 30 letters and digits, optionally in groups of four.
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
// What a phone number needs before the parser is worth running: seven digits, and a "+" first
// when there is no region to read national numbers in.
const NATIONAL_CANDIDATE = /\d(?:[\s().-]*\d){6}/;
const INTERNATIONAL_CANDIDATE = /\+[\s(]*\d(?:[\s().-]*\d){6}/;
// Candidates for `isIP`: dotted quads, and runs of hex groups with colons (IPv6).
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
const IPV6 =
  /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])/g;

/**
 * The detectors for the kinds named, each backed by a validator made for the job: phone numbers
 * by `libphonenumber-js` (valid numbers only, in E.164), IBANs by their mod-97 checksum
 * (`ibantools`), cards by the Luhn sum, IP addresses by Node's `isIP`; `patterns` are the
 * user's own, as regular expressions.
 *
 * @example
 * const detectors = personalDataDetectors(["email", "phone"], { employee: "E\\d{6}" });
 */
export function personalDataDetectors(
  kinds: readonly string[],
  patterns: Readonly<Record<string, string>> = {},
  options: DetectorOptions = {},
): PersonalDataDetector[] {
  const detectors: PersonalDataDetector[] = kinds.map((kind) => builtIn(kind, options));
  for (const [kind, source] of Object.entries(patterns)) {
    if (!/^[a-z][a-z0-9-]*$/.test(kind))
      throw new ConfigError(
        `privacy.patterns: "${kind}" is not a usable kind; use lowercase letters, digits and "-" (it appears in tokens such as [${kind.toLowerCase().replace(/[^a-z0-9-]/g, "")}_1]).`,
      );
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, "gu");
    } catch (error) {
      throw new ConfigError(
        `privacy.patterns.${kind} is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    detectors.push({ kind, find: (text) => regexMatches(text, pattern, (value) => value) });
  }
  return detectors;
}

function builtIn(kind: string, options: DetectorOptions): PersonalDataDetector {
  switch (kind) {
    case "email":
      return { kind, find: (text) => regexMatches(text, EMAIL, (value) => value) };
    case "card":
      return {
        kind,
        find: (text) =>
          regexMatches(text, CARD, (value) => {
            const digits = value.replace(/\D/g, "");
            return luhnValid(digits) ? digits : undefined;
          }),
      };
    case "iban":
      return {
        kind,
        find: (text) =>
          regexMatches(text, IBAN, (value) => {
            const electronic = electronicFormatIBAN(value) ?? "";
            return isValidIBAN(electronic) ? electronic : undefined;
          }),
      };
    case "ip":
      return {
        kind,
        find: (text) => [
          ...regexMatches(text, IPV4, (value) => (isIP(value) ? value : undefined)),
          ...regexMatches(text, IPV6, (value) => (isIP(value) === 6 ? value : undefined)),
        ],
      };
    case "phone":
      return { kind, find: (text) => phoneMatches(text, options.phoneRegion) };
    default:
      throw new ConfigError(
        `privacy.tokenize: "${kind}" is not a kind codemode knows (${PERSONAL_DATA_KINDS.join(", ")}); for another kind, give a regular expression in privacy.patterns.`,
      );
  }
}

function phoneMatches(text: string, region: string | undefined): PersonalDataMatch[] {
  // The parser is costly (about 0.1 ms a call): only text that may hold a number is parsed.
  // Without a region only international numbers can be read, and those start with "+".
  if (!(region ? NATIONAL_CANDIDATE : INTERNATIONAL_CANDIDATE).test(text)) return [];
  return findPhoneNumbersInText(text, region ? { defaultCountry: region as CountryCode } : {}).map(
    (found) => ({ start: found.startsAt, end: found.endsAt, value: found.number.number }),
  );
}

function regexMatches(
  text: string,
  pattern: RegExp,
  accept: (value: string) => string | undefined,
): PersonalDataMatch[] {
  const matches: PersonalDataMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0] === "") continue;
    const value = accept(match[0]);
    if (value !== undefined)
      matches.push({ start: match.index, end: match.index + match[0].length, value });
  }
  return matches;
}

/** The Luhn checksum of a card number: every second digit from the right doubled. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length >= 13 && sum % 10 === 0;
}
