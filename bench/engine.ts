/**
 * The benchmark's worst realistic draft: a mass mailing with 5,000 recipients
 * over 300 domains, a 1 MB body and 50 attachments, judged under a policy that
 * turns every rule on. Deterministic (seeded), so runs compare.
 */
import { makeDraft } from "../src/engine/draft";
import type { Draft, Recipient } from "../src/engine/types";
import { CONSUMER_MAIL_DOMAINS } from "../src/domains/consumer";
import { parsePolicy } from "../src/check";
import type { Policy } from "../src/policy";

export { evaluate } from "../src/check";
export { evaluateWith } from "../src/engine/evaluate";
export { allRules as rules } from "../src/rules";

export const RECIPIENTS = 5000;
export const DOMAINS = 300;
export const BODY_BYTES = 1_000_000;
export const ATTACHMENTS = 50;

/** Park–Miller generator: the same draft on every run. */
function seeded(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 16807) % 2147483647;
    return state % n;
  };
}

const SYLLABLES = ["ka", "ki", "ku", "sa", "shi", "su", "ta", "chi", "to", "na", "ni", "ma", "mi", "ya", "ro", "ri", "wa", "ha", "fu", "ho"];
const SUFFIXES = ["co.jp", "co.jp", "ne.jp", "or.jp", "jp", "com", "example"];
const SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"];

/** 300 domains: the sender's own, partner subdomains, consumer providers and made-up companies. */
function domainPool(pick: (n: number) => number): string[] {
  const domains = ["example.co.jp", "sales.example.co.jp", "partner.co.jp", "osaka.partner.co.jp"];
  domains.push(...CONSUMER_MAIL_DOMAINS.slice(0, 40));
  while (domains.length < DOMAINS) {
    let label = "";
    for (let i = 0, n = 2 + pick(3); i < n; i++) label += SYLLABLES[pick(SYLLABLES.length)];
    const domain = `${label}${pick(4) === 0 ? "-shoji" : ""}.${SUFFIXES[pick(SUFFIXES.length)]}`;
    if (!domains.includes(domain)) domains.push(domain);
  }
  return domains;
}

const PARAGRAPH = [
  "いつもお世話になっております。株式会社サンプルの山田です。",
  "先日の打ち合わせでご依頼いただいた見積書を本メールに添付しております。ご確認のほどよろしくお願いいたします。",
  "Please find the revised schedule below; the figures are confidential until the announcement.",
  "ご不明な点がございましたら、担当までお気軽にお問い合わせください。",
].join("\n");

const QUOTED = "\n\n-----Original Message-----\nFrom: 田中 <tanaka@client.co.jp>\nSent: Monday\n> 資料をお送りください。\n";

function body(): string {
  const parts: string[] = [];
  let bytes = 0;
  const encoder = new TextEncoder();
  const paragraphBytes = encoder.encode(`${PARAGRAPH}\n\n`).length;
  while (bytes + paragraphBytes < BODY_BYTES - 1000) {
    parts.push(PARAGRAPH);
    bytes += paragraphBytes;
  }
  return parts.join("\n\n") + QUOTED;
}

/** A ZIP local file header with the encryption flag set: the bytes the archive rule reads. */
function encryptedZipHeader(): Uint8Array {
  const header = new Uint8Array(64);
  header.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x01, 0x00, 0x08, 0x00]);
  return header;
}

/**
 * The draft as Outlook hands it over on a send. `sendNumber` makes each send's body
 * distinct (a reference number on its first line), so no cache carried between
 * evaluations can answer for a later send: the handler judges every draft afresh.
 */
export function benchDraft(sendNumber = 0): Draft {
  const pick = seeded(20240501);
  const domains = domainPool(pick);
  const built: Recipient[] = [];
  for (let i = 0; i < RECIPIENTS; i++) {
    const domain = domains[pick(domains.length)];
    built.push({ address: `user${i}@${domain}`, name: `${SURNAMES[pick(SURNAMES.length)]} ${i}`, kind: i % 997 === 0 ? "distributionList" : "user" });
  }
  // Outlook's recipients arrive as parsed JSON, each address one flat string; joined here, V8
  // would keep them as concatenations and copy each on first read, inside the timing.
  const recipients: Recipient[] = JSON.parse(JSON.stringify(built));
  const extensions = ["pdf", "xlsx", "docx", "pptx", "png", "zip", "csv"];
  return makeDraft({
    from: "yamada@example.co.jp",
    to: recipients.slice(0, 1000),
    cc: recipients.slice(1000, 2000),
    bcc: recipients.slice(2000),
    subject: "【社外秘】見積書送付の件(資料添付)",
    body: `整理番号 ${sendNumber}\n${body()}`,
    attachments: Array.from({ length: ATTACHMENTS }, (_, i) => {
      const extension = extensions[i % extensions.length];
      return {
        name: `資料_${i + 1}.${extension}`,
        size: 50_000 + pick(400_000),
        bytes: extension === "zip" ? encryptedZipHeader() : undefined,
      };
    }),
  });
}

/** Every rule at its default severity (none is off by default), with the lists an organisation would set. */
export function benchPolicy(): Policy {
  const parsed = parsePolicy({
    internalDomains: ["example.co.jp", "*.example.co.jp"],
    trustedDomains: ["partner.co.jp", "*.partner.co.jp"],
    blockedDomains: ["rival.example"],
  });
  if (!parsed.ok) throw new Error(`bench policy invalid: ${parsed.errors.join("; ")}`);
  return parsed.policy;
}

// The bench measures what Outlook runs once the full Public Suffix List and the surname table have loaded: scripts/bench.mjs passes them to evaluate.
export { PublicSuffixList } from "../src/domains/public-suffix";
export { SurnameReadings } from "../src/engine/surnames";
