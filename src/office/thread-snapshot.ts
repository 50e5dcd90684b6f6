import { decodeThread, encodeThread, THREAD_KEY, type SnapshotOrigin } from "../engine/thread";
import type { ConversationSnapshot } from "../engine/types";
import { hostCall, hostRead, type HostCallOptions } from "./async";

/** A text property of the item, when the client has it (reading one it lacks may throw). */
function textProperty(item: Office.MessageCompose, name: "conversationId" | "inReplyTo"): string | undefined {
  try {
    const value = (item as unknown as Record<string, unknown>)[name];
    return typeof value === "string" && value !== "" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** item.conversationId, and item.inReplyTo where Mailbox 1.14 gives it. */
function originOf(item: Office.MessageCompose): SnapshotOrigin {
  return { conversationId: textProperty(item, "conversationId"), inReplyTo: textProperty(item, "inReplyTo") };
}

export interface ThreadReading {
  thread?: ConversationSnapshot;
  /** Why there is no thread when one may have been meant (a failed read); absent for a new mail. */
  note?: string;
}

/**
 * The snapshot the compose handler stored, read at send or in the pane. Missing,
 * malformed, from another conversation or unreadable all mean "no thread": Mac can fire
 * Send before a fresh snapshot is readable (office-js #5951).
 */
export function readThread(item: Office.MessageCompose, calls?: HostCallOptions): Promise<ThreadReading> {
  return hostRead<unknown>("sessionData (thread)", (done) => item.sessionData.getAsync(THREAD_KEY, done), calls).then((read) =>
    "problem" in read ? { note: `${read.problem} (no thread)` } : { thread: decodeThread(read.value, originOf(item)) },
  );
}

type ComposeKind = "reply" | "forward" | "newMail";

function composeKindOf(value: unknown): ComposeKind | undefined {
  const kind = value && typeof value === "object" ? (value as { composeType?: unknown }).composeType : undefined;
  return kind === "reply" || kind === "forward" || kind === "newMail" ? kind : undefined;
}

function addressesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const entry of value) {
    const address = entry && typeof entry === "object" ? (entry as { emailAddress?: unknown }).emailAddress : undefined;
    if (typeof address === "string" && address.indexOf("@") > 0) out.push(address);
  }
  return out;
}

/**
 * OnNewMessageCompose: records who is on a reply or forward as it opens (and a forward's
 * files) in sessionData. Resolves with what was stored ("reply", "forward"), "newMail" when
 * there was nothing to record, or rejects when a host call failed — the caller completes
 * the event either way; a missing snapshot only means "no thread" at send.
 */
export function takeThreadSnapshot(item: Office.MessageCompose, calls: HostCallOptions): Promise<ComposeKind> {
  const origin = originOf(item);
  // A client without getComposeTypeAsync still tells a reply by inReplyTo.
  const composeType = hostCall<unknown>("getComposeTypeAsync", (done) => item.getComposeTypeAsync(done), calls).then(
    (value) => composeKindOf(value),
    (error) => {
      if (origin.inReplyTo) return "reply" as const;
      throw error;
    },
  );
  return composeType.then((kind) => {
    if (kind === undefined) throw new Error("getComposeTypeAsync: unexpected answer");
    if (kind === "newMail") return kind;
    const fields = [item.to, item.cc, item.bcc].map((field, index) =>
      hostCall<unknown>(["to", "cc", "bcc"][index], (done) => field.getAsync(done), calls).then(addressesOf),
    );
    const files =
      kind === "forward"
        ? hostCall<unknown>("attachments", (done) => item.getAttachmentsAsync(done), calls).then((list) =>
            Array.isArray(list)
              ? list
                  .filter((a) => a && typeof a === "object" && a.isInline !== true && typeof a.name === "string")
                  .map((a: { name: string; size?: unknown }) => ({ name: a.name, size: typeof a.size === "number" ? a.size : 0 }))
              : [],
          )
        : Promise.resolve([]);
    return Promise.all([Promise.all(fields), files]).then(([lists, attachments]) => {
      const text = encodeThread({
        compose: kind,
        addresses: lists[0].concat(lists[1], lists[2]),
        attachments,
        origin,
      });
      return hostCall<void>("sessionData (thread)", (done) => item.sessionData.setAsync(THREAD_KEY, text, done), calls).then(() => kind);
    });
  });
}
