import { normalizeAddress } from "../domains/idn";
import { evaluate } from "../check";
import { dayNumber, MEMORY_MAX_CHARS, RecipientMemory } from "../engine/memory";
import { decodeThread, encodeThread } from "../engine/thread";
import type { Draft, Evaluation } from "../engine/types";
import type { Policy } from "../policy";
import { parseHeaders, parseMessage } from "../formats/eml";
import { findMessages, readHeaderBlock, readMessage, type MessagePlace } from "./mailbox";
import type { CliIO } from "./main";

/**
 * `presend replay` (DESIGN §4): a mailbox played back in Date order as Presend would
 * have seen it. The user's own messages are sends, checked with the conversation
 * snapshot and the recipient memory they would have had; everything else is mail
 * received, which only tells later replies who was on the conversation.
 */

/** A fixed salt: the same mailbox replays to the same figures every time. */
const REPLAY_SALT = "replay00";

/** A message in replay order; only this much is kept per message until it is read again. */
interface Scheduled {
  place: MessagePlace;
  time: number;
  isSend: boolean;
  /** Why its headers could not be read: reported in its place. */
  error?: unknown;
}

export type ReplayStep =
  | { file: string; draft: Draft; evaluation: Evaluation }
  /** A message that could not be read: left out of the replay, reported, and the exit status is 2. */
  | { file: string; error: unknown };

/**
 * First pass: each message's Date and From, from its header block. A message without a
 * readable Date keeps its place in the input: it takes the time of the message before it.
 */
async function schedule(io: CliIO, places: readonly MessagePlace[], user: string): Promise<Scheduled[]> {
  const scheduled: Scheduled[] = [];
  let previousTime = 0;
  for (const place of places) {
    try {
      const headers = await parseHeaders(await readHeaderBlock(io, place));
      previousTime = headers.time ?? previousTime;
      scheduled.push({ place, time: previousTime, isSend: headers.from !== "" && normalizeAddress(headers.from) === user });
    } catch (error) {
      scheduled.push({ place, time: previousTime, isSend: false, error });
    }
  }
  // Array sort is stable: equal times stay in input order.
  return scheduled.sort((a, b) => a.time - b.time);
}

/** Replays the mailbox under `paths`, yielding each send as it is checked; rejects when a path cannot be read. */
export async function* replaySends(io: CliIO, paths: readonly string[], userAddress: string, policy: Policy): AsyncGenerator<ReplayStep> {
  const user = normalizeAddress(userAddress);
  const order = await schedule(io, await findMessages(io, paths), user);
  // Who is on the conversation after each message so far, by Message-ID: what a reply to it carries over.
  const participantsById = new Map<string, string[]>();
  const remember = (messageId: string | undefined, participants: readonly string[]) => {
    if (messageId) participantsById.set(messageId, participants.filter((address) => normalizeAddress(address) !== user));
  };
  let memory = policy.memory.enabled ? new RecipientMemory(REPLAY_SALT) : undefined;

  /** Checks one send with the thread it answers and the memory so far, then lets it go out. */
  const send = async (place: MessagePlace, time: number): Promise<{ draft: Draft; evaluation: Evaluation }> => {
    const { draft, headers } = await parseMessage(await readMessage(io, place));
    draft.from = { address: userAddress, name: draft.from?.name };
    const answered = headers.answers.find((id) => participantsById.has(id));
    if (answered !== undefined) {
      // Through the add-in's own snapshot format, so replay judges the same fingerprints it would.
      draft.thread = decodeThread(encodeThread({ compose: "reply", addresses: participantsById.get(answered)! }));
    }
    if (memory) {
      // As the add-in reads it: whom the user has not written to within memory.days is new again.
      memory.forgetOlderThan(policy.memory.days, time);
      draft.memory = memory;
    }
    const evaluation = evaluate(draft, policy, [], { suffixes: io.suffixes, surnames: io.surnames });
    remember(headers.messageId, headers.participants);
    if (memory) {
      // Every send is taken to have gone out: a warning sent anyway leaves no trace the add-in could see.
      const day = dayNumber(time);
      memory.rememberAll(evaluation.recipients.filter((r) => r.external && r.domain !== "").map((r) => r.normalized), day);
      memory.rememberGreeting(evaluation.greeted, day);
      // Stored and read back as roaming settings hold it: what does not fit the 24 KB is forgotten.
      memory = RecipientMemory.decode(memory.encode(MEMORY_MAX_CHARS));
    }
    return { draft, evaluation };
  };

  for (const { place, time, isSend, error } of order) {
    if (error !== undefined) {
      yield { file: place.file, error };
      continue;
    }
    let step: ReplayStep;
    try {
      if (!isSend) {
        const headers = await parseHeaders(await readHeaderBlock(io, place));
        remember(headers.messageId, headers.participants);
        continue;
      }
      step = { file: place.file, ...(await send(place, time)) };
    } catch (error) {
      step = { file: place.file, error };
    }
    yield step;
  }
}
