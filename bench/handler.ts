/**
 * The send handler against a slow host: every Office.js call answers after
 * HOST_LATENCY_MS, like Outlook on the web on a distant mailbox. Measures the
 * decision latency and the host round trips on the critical path (a call
 * started after another answered is one round trip later), and checks the
 * handler never has more than 3 calls in flight (Outlook on the web's limit).
 */
import embeddedPolicy from "../config/policy.json";
import type { CompletedOptions } from "../src/launchevent/answer";
import { createSendHandler, type HostOffice, type SendOutcome } from "../src/launchevent/handler";
import { runtimeTimers } from "../src/office/async";
import type { FetchLike } from "../src/office/fetch";
import { encodeThread, THREAD_KEY } from "../src/engine/thread";
import { FakeOutlook, type FakeDraftSpec } from "../src/playground/fake-office";

export const HOST_LATENCY_MS = 40;
export const MAX_IN_FLIGHT = 3;

interface CallRecord {
  name: string;
  start: number;
  end?: number;
  /** 1 + the deepest call that had answered before this one started. */
  roundTrip: number;
}

export interface HandlerRun {
  latencyMs: number;
  roundTrips: number;
  calls: number;
  maxInFlight: number;
  decision: SendOutcome["decision"];
}

/** A small ZIP local header with the traditional encryption flag set (what the archive rule reads). */
const ENCRYPTED_ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x01, 0x00, 0x08, 0x00, ...new Array(54).fill(0)]);

/**
 * The drafts timed: `confirm` (eight clients at three companies, two files: stopped for the
 * pane), `archive` (the same with a password ZIP whose bytes are read), `reply` (the same
 * people as a reply to their conversation: allowed, so the handler also saves the memory),
 * `meeting` (a meeting request to 300 attendees: the organizer and 239 others required, 60
 * optional, 60 of them clients at six companies who would see each other: blocked).
 */
export type BenchDraft = "confirm" | "archive" | "reply" | "meeting";

/** 300 attendees as Outlook lists them: the organizer first among the required ones (classic Outlook). */
function meetingSpec(): FakeDraftSpec {
  const organizer = "山田 太郎 <yamada@example.co.jp>";
  const companies = ["kaede-trading.example", "tsurugi-kikai.example", "hoshino-denki.example", "aoba-shoji.example", "minato-denki.example", "wakaba-system.example"];
  const attendees = Array.from({ length: 299 }, (_, i) =>
    i % 5 === 0 ? `担当者${i} <client${i}@${companies[i % companies.length]}>` : `社員${i} <member${i}@example.co.jp>`,
  );
  return {
    itemType: "appointment",
    from: organizer,
    to: [organizer, ...attendees.slice(0, 240)],
    cc: attendees.slice(240),
    subject: "全社キックオフ(取引先様ご招待)",
    body: "キックオフを下記のとおり開催いたします。\n資料を添付いたします。",
    location: "本社 大ホール",
    rooms: ["hall@example.co.jp"],
    attachments: [{ name: "次第.pdf", size: 120_000 }],
  };
}

export function benchDraftSpec(kind: BenchDraft): FakeDraftSpec {
  if (kind === "meeting") return meetingSpec();
  const withArchive = kind === "archive";
  const companies = ["kaede-trading.example", "tsurugi-kikai.example", "hoshino-denki.example"];
  const clients = Array.from({ length: 8 }, (_, i) => `担当者${i + 1} <person${i + 1}@${companies[i % companies.length]}>`);
  return {
    from: "山田 太郎 <yamada@example.co.jp>",
    to: clients.slice(0, 4),
    cc: [...clients.slice(4), "suzuki@example.co.jp"],
    bcc: ["archive@example.co.jp"],
    subject: "お見積りの件",
    body: "いつもお世話になっております。\nお見積書を添付いたします。\nよろしくお願いいたします。",
    attachments: [
      { name: "見積書.pdf", size: 180_000 },
      { name: "仕様書.docx", size: 90_000 },
      ...(withArchive ? [{ name: "資料.zip", bytes: ENCRYPTED_ZIP, contentType: "application/zip" }] : []),
    ],
    ...(kind === "reply" ? { composeType: "reply" as const, sessionData: { [THREAD_KEY]: encodeThread({ compose: "reply", addresses: clients.map((c) => c.replace(/.*<|>/g, "")) }) } } : {}),
  };
}

/**
 * Wraps every `…Async(…, callback)` method under `target` so each call's start
 * and answer are recorded. Objects are wrapped lazily as the handler reaches them.
 */
function instrument<T extends object>(target: T, calls: CallRecord[], path: string): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      const name = path ? `${path}.${String(property)}` : String(property);
      if (typeof value === "function" && String(property).endsWith("Async")) {
        return (...args: unknown[]) => {
          const index = args.map((a) => typeof a).lastIndexOf("function");
          if (index >= 0) {
            const start = performance.now();
            const answered = calls.filter((c) => c.end !== undefined && c.end <= start);
            const record: CallRecord = { name, start, roundTrip: 1 + Math.max(0, ...answered.map((c) => c.roundTrip)) };
            calls.push(record);
            const callback = args[index] as (result: unknown) => void;
            args[index] = (result: unknown) => {
              record.end = performance.now();
              callback(result);
            };
          }
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      return value !== null && typeof value === "object" ? instrument(value as object, calls, name) : value;
    },
  });
}

function maxOverlap(calls: readonly CallRecord[]): number {
  let max = 0;
  for (const call of calls) {
    const open = calls.filter((c) => c.start <= call.start && (c.end === undefined || c.end > call.start)).length;
    max = Math.max(max, open);
  }
  return max;
}

/** The hosted policy and Public Suffix List, answered over the same slow link (fetched concurrently with the draft). */
const slowFetch =
  (suffixListText: string): FetchLike =>
  (url) =>
    new Promise((resolve) =>
      setTimeout(() => {
        const text = url.endsWith("/policy.json") ? JSON.stringify(embeddedPolicy) : suffixListText;
        resolve({ ok: true, status: 200, text: () => Promise.resolve(text) });
      }, HOST_LATENCY_MS),
    );

export function runHandlerOnce(kind: BenchDraft, suffixListText: string): Promise<HandlerRun> {
  const outlook = new FakeOutlook(benchDraftSpec(kind), { latencyMs: HOST_LATENCY_MS, displayLanguage: "ja-JP" });
  const calls: CallRecord[] = [];
  const office = outlook.office as unknown as HostOffice;
  const item = office.context.mailbox.item as Office.MessageCompose | Office.AppointmentCompose;
  const host: HostOffice = {
    ...office,
    context: {
      ...office.context,
      mailbox: { ...office.context.mailbox, item: instrument(item, calls, "item") },
      roamingSettings: office.context.roamingSettings && instrument(office.context.roamingSettings, calls, "roamingSettings"),
    },
  };
  return new Promise((resolve, reject) => {
    let outcome: SendOutcome | undefined;
    const handler = createSendHandler({
      office: host,
      publicUrl: "https://presend.example.co.jp",
      version: "bench",
      embeddedPolicy,
      fetch: slowFetch(suffixListText),
      timers: runtimeTimers(),
      onOutcome: (o) => (outcome = o),
    });
    const started = performance.now();
    handler({
      completed(_options: CompletedOptions) {
        const latencyMs = performance.now() - started;
        // onOutcome runs right after completed returns.
        setTimeout(() => {
          if (!outcome) return reject(new Error("no outcome reported"));
          resolve({
            latencyMs,
            roundTrips: Math.max(0, ...calls.map((c) => c.roundTrip)),
            calls: calls.length,
            maxInFlight: maxOverlap(calls),
            decision: outcome.decision,
          });
        }, 0);
      },
    });
  });
}
