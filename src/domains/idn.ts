import { toASCII, toUnicode } from "punycode/punycode.js";
import { trimTrailing } from "./trim";

const DOT = /\./;

/**
 * Characters that do not show (format and control characters: soft hyphen, zero-width
 * space, right-to-left override, variation selectors…). IDNA drops or refuses them, so in
 * a domain they only hide what it is: `spam\u00ad.example` is spam.example.
 */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- control and combining characters are what it finds
export const INVISIBLE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/;
// eslint-disable-next-line no-misleading-character-class -- as above
const INVISIBLE_CHARACTERS = new RegExp(INVISIBLE_CHARACTER.source, "g");

/**
 * Canonical ASCII (punycode) form of a domain: invisible characters dropped, NFKC folds
 * full-width letters (ｅｘａｍｐｌｅ), lower case, no trailing dot. Unicode and xn-- forms
 * of one domain give the same string, so every comparison in the engine uses this.
 */
export function normalizeDomain(domain: string): string {
  // Plain ASCII needs no folding or punycode: the common case, kept cheap for mass mailings.
  if (/^[\x20-\x7e]*$/.test(domain)) return trimTrailing(domain.trim().toLowerCase(), DOT);
  const folded = trimTrailing(domain.replace(INVISIBLE_CHARACTERS, "").normalize("NFKC").trim().toLowerCase(), DOT);
  // Ideographic full stops are label separators in IDNA.
  const dotted = folded.replace(/[\u3002\uff0e\uff61]/g, ".");
  try {
    return toASCII(dotted);
  } catch {
    return dotted;
  }
}

/** Human form of a domain (xn-- labels decoded), for messages. */
export function displayDomain(domain: string): string {
  const ascii = normalizeDomain(domain);
  if (!ascii.includes("xn--")) return ascii;
  try {
    return toUnicode(ascii);
  } catch {
    return domain;
  }
}

/** The Unicode form, with the ASCII form beside it when they differ: еxample.co.jp looks innocent on its own. */
export function displayDomainWithAscii(domain: string): string {
  const ascii = normalizeDomain(domain);
  const unicode = displayDomain(ascii);
  return unicode === ascii ? ascii : `${unicode} (${ascii})`;
}

export interface AddressParts {
  local: string;
  /** Canonical ASCII domain. */
  domain: string;
}

export interface WrittenAddressParts {
  /** Lower case. */
  local: string;
  /** In lower case, but not yet canonical (IDN, full-width). Empty for an address without an @. */
  writtenDomain: string;
  /** The whole address, trimmed and in lower case: its canonical form when the domain needs nothing more. */
  lowered: string;
}

/** Splits at the last @, leaving the domain as written (but in lower case). */
export function splitAddressAsWritten(address: string): WrittenAddressParts {
  // Trim only when needed: a mass mailing splits thousands of addresses that have no spaces around them.
  const last = address.length - 1;
  const trimmed = last >= 0 && (address.charCodeAt(0) <= 32 || address.charCodeAt(last) <= 32) ? address.trim() : address;
  // The whole address lower-cased in one pass; its parts are slices of it.
  const lowered = trimmed.toLowerCase();
  // V8's indexOf is twice as quick as its lastIndexOf, and an address rarely has a second @.
  let at = lowered.indexOf("@");
  if (at >= 0 && lowered.indexOf("@", at + 1) >= 0) at = lowered.lastIndexOf("@");
  if (at < 0) return { local: lowered, writtenDomain: "", lowered };
  return { local: lowered.slice(0, at), writtenDomain: lowered.slice(at + 1), lowered };
}

/**
 * Splits at the last @; an address without one has an empty domain.
 * `canonical` lets a caller that sees the same domains many times pass a cached normalizeDomain.
 */
export function splitAddress(address: string, canonical: (domain: string) => string = normalizeDomain): AddressParts {
  const { local, writtenDomain } = splitAddressAsWritten(address);
  return { local, domain: writtenDomain ? canonical(writtenDomain) : "" };
}

/** Canonical form of a whole address: lower-case local part, ASCII domain. */
export function normalizeAddress(address: string): string {
  const { local, domain } = splitAddress(address);
  return domain ? `${local}@${domain}` : local;
}
