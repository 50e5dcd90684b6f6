import { normalizeAddress } from "../domains/idn";
import type { RecipientField } from "../engine/types";
import { CallLimiter, hostCall, runtimeTimers, type HostCallOptions } from "./async";
import { recipientLists, type ComposeItem, type RecipientList } from "./item-kind";
import { RECIPIENT_PAGE_LIMIT, toRecipient } from "./read-draft";
import { PANE_TIMEOUTS } from "./timeouts";

/** setAsync and addAsync take at most 100 recipients per call. */
const RECIPIENTS_PER_CALL = 100;

export class FixError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixError";
  }
}

function fixCalls(options?: HostCallOptions): HostCallOptions {
  return {
    // Fixes run from the pane, where a user waits: longer than the send handler's budget.
    timeoutMs: PANE_TIMEOUTS.fixMs,
    timers: runtimeTimers(),
    limiter: new CallLimiter(3),
    ...options,
  };
}

/** The engine's canonical address, so a fix acts on every spelling the rules counted as one mailbox. */
function addressOf(r: Office.EmailAddressDetails): string {
  return normalizeAddress(r.emailAddress || "");
}

/** A recipient list of the item as read now (a meeting's attendees are its To and CC). */
interface Field {
  list: RecipientList;
  read: Office.EmailAddressDetails[];
}

function readFields(item: ComposeItem, calls: HostCallOptions): Promise<Field[]> {
  const lists = recipientLists(item);
  return Promise.all(
    lists.map((list) => hostCall<Office.EmailAddressDetails[]>(list.call, (done) => list.recipients().getAsync(done), calls)),
  ).then((answers) => lists.map((list, index) => ({ list, read: answers[index] || [] })));
}

/** A field to be replaced by `keep` (what it held, minus what the fix takes out). */
interface Rewrite extends Field {
  keep: Office.EmailAddressDetails[];
}

/** The fields a fix changes: those where `taken` matches something. */
function rewritesOf(fields: readonly Field[], taken: (r: Office.EmailAddressDetails, field: RecipientField) => boolean): Rewrite[] {
  const rewrites: Rewrite[] = [];
  for (const { list, read } of fields) {
    const keep = read.filter((r) => !taken(r, list.field));
    if (keep.length < read.length) rewrites.push({ list, read, keep });
  }
  return rewrites;
}

/**
 * Refuses a rewrite that would lose recipients, before anything is written
 * (a fix that fails half-way leaves the draft changed in ways the user did not ask for).
 */
function checkRewrite({ list, read, keep }: Rewrite): void {
  // The host may have returned only part of the field: rewriting it would delete the rest.
  if (read.length >= RECIPIENT_PAGE_LIMIT) {
    throw new FixError(`${list.call}: ${read.length} or more recipients; change this field in Outlook itself`);
  }
  // A personal contact group comes without an address, and setAsync cannot write it back.
  const unaddressed = keep.filter((r) => addressOf(r) === "");
  if (unaddressed.length > 0) {
    const names = unaddressed.map((r) => `"${toRecipient(r).name}"`).join(", ");
    throw new FixError(`${list.call}: ${names} has no address (a contact group) and cannot be written back; change this field in Outlook itself`);
  }
}

const asUser = (r: Office.EmailAddressDetails): Office.EmailUser => ({ displayName: r.displayName, emailAddress: r.emailAddress });

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += RECIPIENTS_PER_CALL) out.push(list.slice(i, i + RECIPIENTS_PER_CALL));
  return out;
}

/** Appends in chunks of 100, one after another (order matters to the user). */
function addToField(list: RecipientList, users: Office.EmailUser[], calls: HostCallOptions) {
  return chunks(users).reduce<Promise<void>>(
    (previous, chunk) => previous.then(() => hostCall<void>(`${list.call} add`, (done) => list.recipients().addAsync(chunk, done), calls)),
    Promise.resolve(),
  );
}

/** Replaces a field: the first 100 with setAsync (which also clears it), the rest appended. */
function writeField(list: RecipientList, users: Office.EmailUser[], calls: HostCallOptions) {
  const [first, ...rest] = chunks(users);
  return hostCall<void>(`${list.call} set`, (done) => list.recipients().setAsync(first || [], done), calls).then(() =>
    addToField(list, ([] as Office.EmailUser[]).concat(...rest), calls),
  );
}

function writeRewrites(rewrites: readonly Rewrite[], calls: HostCallOptions): Promise<void> {
  return rewrites.reduce<Promise<void>>(
    (previous, { list, keep }) => previous.then(() => writeField(list, keep.map(asUser), calls)),
    Promise.resolve(),
  );
}

/**
 * Moves these addresses from To/CC to BCC. BCC is only appended to, and written
 * first, so a failure part-way leaves a recipient in two fields rather than in none.
 * A meeting has no BCC (attendees always see each other): refused.
 */
export function moveRecipientsToBcc(item: ComposeItem, addresses: readonly string[], options?: HostCallOptions): Promise<void> {
  const calls = fixCalls(options);
  const wanted = new Set(addresses.map(normalizeAddress));
  const moving = (r: Office.EmailAddressDetails) => addressOf(r) !== "" && wanted.has(addressOf(r));
  return readFields(item, calls).then((fields) => {
    const bcc = fields.find((f) => f.list.field === "bcc");
    if (!bcc) throw new FixError("a meeting has no BCC: invite these attendees separately");
    const rewrites = rewritesOf(fields, (r, field) => field !== "bcc" && moving(r));
    const inBcc = new Set(bcc.read.map(addressOf));
    const added: Office.EmailUser[] = [];
    for (const { read } of rewrites) {
      for (const r of read) {
        if (!moving(r) || inBcc.has(addressOf(r))) continue;
        inBcc.add(addressOf(r));
        added.push(asUser(r));
      }
    }
    rewrites.forEach(checkRewrite);
    return addToField(bcc.list, added, calls).then(() => writeRewrites(rewrites, calls));
  });
}

/**
 * A recipient without an address (a personal contact group): named by its field, its
 * display name and its position among the entries of that field without an address
 * and with that name, since nothing else tells two such groups apart.
 */
export interface UnaddressedEntry {
  field: RecipientField;
  name: string;
  position: number;
}

/** What a Remove button takes out: an address (from every field it is in), or one entry without an address. */
export type RecipientTarget = string | UnaddressedEntry;

/** Picks the fields' entries a removal takes out; refuses a target that names nothing. */
function removalOf(fields: readonly Field[], target: RecipientTarget): (r: Office.EmailAddressDetails, field: RecipientField) => boolean {
  if (typeof target === "string") {
    const wanted = normalizeAddress(target);
    // An empty address would match every contact group at once.
    if (wanted === "") throw new FixError("no address given: a recipient without an address is removed by its name");
    return (r) => addressOf(r) === wanted;
  }
  const field = fields.find((f) => f.list.field === target.field);
  const sameName = (field ? field.read : []).filter((r) => addressOf(r) === "" && toRecipient(r).name === target.name);
  const chosen = sameName[target.position];
  if (!chosen) throw new FixError(`${target.field}: no entry "${target.name}" without an address (the draft has changed)`);
  return (r) => r === chosen;
}

/** Removes an address from every field it is in, or one entry without an address from its field. */
export function removeRecipient(item: ComposeItem, target: RecipientTarget, options?: HostCallOptions): Promise<void> {
  const calls = fixCalls(options);
  return readFields(item, calls).then((fields) => {
    const rewrites = rewritesOf(fields, removalOf(fields, target));
    rewrites.forEach(checkRewrite);
    return writeRewrites(rewrites, calls);
  });
}

export function removeAttachment(item: ComposeItem, attachmentId: string, options?: HostCallOptions): Promise<void> {
  return hostCall<void>("remove attachment", (done) => item.removeAttachmentAsync(attachmentId, done), fixCalls(options));
}
