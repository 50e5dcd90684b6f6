import { decodeThread, encodeThread, THREAD_KEY } from "../engine/thread";
import type { ConversationSnapshot } from "../engine/types";
import { describeError, hostCall, type HostCallOptions } from "./async";

/** The conversation id Outlook gives a compose item, when it gives one. */
function conversationIdOf(item: Office.MessageCompose): string | undefined {
  try {
    const id = (item as { conversationId?: unknown }).conversationId;
    return typeof id === "string" && id !== "" ? id : undefined;
  } catch {
    return undefined;
  }
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
  return hostCall<unknown>("sessionData (thread)", (done) => item.sessionData.getAsync(THREAD_KEY, done), calls).then(
    (text) => ({ thread: decodeThread(text, conversationIdOf(item)) }),
    (error) => ({ note: `${describeError(error)} (no thread)` }),
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
  return hostCall<unknown>("getComposeTypeAsync", (done) => item.getComposeTypeAsync(done), calls).then((value) => {
    const kind = composeKindOf(value);
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
        conversationId: conversationIdOf(item),
      });
      return hostCall<void>("sessionData (thread)", (done) => item.sessionData.setAsync(THREAD_KEY, text, done), calls).then(() => kind);
    });
  });
}
