import { normalizeAddress } from "../domains/idn";
import { RECIPIENT_FIELDS, type RecipientField } from "../engine/types";
import { CallLimiter, hostCall, runtimeTimers, type HostCallOptions } from "./async";
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

type Fields = Record<RecipientField, Office.EmailAddressDetails[]>;

function readFields(item: Office.MessageCompose, calls: HostCallOptions): Promise<Fields> {
  return Promise.all(
    RECIPIENT_FIELDS.map((field) => hostCall<Office.EmailAddressDetails[]>(field, (done) => item[field].getAsync(done), calls)),
  ).then(([to, cc, bcc]) => ({ to: to || [], cc: cc || [], bcc: bcc || [] }));
}

/** A field to be replaced by `keep` (what it held, minus what the fix takes out). */
interface Rewrite {
  field: RecipientField;
  read: Office.EmailAddressDetails[];
  keep: Office.EmailAddressDetails[];
}

/** The fields a fix changes: those where `taken` matches something. */
function rewritesOf(fields: Fields, taken: (r: Office.EmailAddressDetails, field: RecipientField) => boolean): Rewrite[] {
  const rewrites: Rewrite[] = [];
  for (const field of RECIPIENT_FIELDS) {
    const keep = fields[field].filter((r) => !taken(r, field));
    if (keep.length < fields[field].length) rewrites.push({ field, read: fields[field], keep });
  }
  return rewrites;
}

/**
 * Refuses a rewrite that would lose recipients, before anything is written
 * (a fix that fails half-way leaves the draft changed in ways the user did not ask for).
 */
function checkRewrite({ field, read, keep }: Rewrite): void {
  // The host may have returned only part of the field: rewriting it would delete the rest.
  if (read.length >= RECIPIENT_PAGE_LIMIT) {
    throw new FixError(`${field}: ${read.length} or more recipients; change this field in Outlook itself`);
  }
  // A personal contact group comes without an address, and setAsync cannot write it back.
  const unaddressed = keep.filter((r) => addressOf(r) === "");
  if (unaddressed.length > 0) {
    const names = unaddressed.map((r) => `"${toRecipient(r).name}"`).join(", ");
    throw new FixError(`${field}: ${names} has no address (a contact group) and cannot be written back; change this field in Outlook itself`);
  }
}

const asUser = (r: Office.EmailAddressDetails): Office.EmailUser => ({ displayName: r.displayName, emailAddress: r.emailAddress });

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += RECIPIENTS_PER_CALL) out.push(list.slice(i, i + RECIPIENTS_PER_CALL));
  return out;
}

/** Appends in chunks of 100, one after another (order matters to the user). */
function addToField(item: Office.MessageCompose, field: RecipientField, users: Office.EmailUser[], calls: HostCallOptions) {
  return chunks(users).reduce<Promise<void>>(
    (previous, chunk) => previous.then(() => hostCall<void>(`${field} add`, (done) => item[field].addAsync(chunk, done), calls)),
    Promise.resolve(),
  );
}

/** Replaces a field: the first 100 with setAsync (which also clears it), the rest appended. */
function writeField(item: Office.MessageCompose, field: RecipientField, users: Office.EmailUser[], calls: HostCallOptions) {
  const [first, ...rest] = chunks(users);
  return hostCall<void>(`${field} set`, (done) => item[field].setAsync(first || [], done), calls).then(() =>
    addToField(item, field, ([] as Office.EmailUser[]).concat(...rest), calls),
  );
}

function writeRewrites(item: Office.MessageCompose, rewrites: readonly Rewrite[], calls: HostCallOptions): Promise<void> {
  return rewrites.reduce<Promise<void>>(
    (previous, { field, keep }) => previous.then(() => writeField(item, field, keep.map(asUser), calls)),
    Promise.resolve(),
  );
}

/**
 * Moves these addresses from To/CC to BCC. BCC is only appended to, and written
 * first, so a failure part-way leaves a recipient in two fields rather than in none.
 */
export function moveRecipientsToBcc(
  item: Office.MessageCompose,
  addresses: readonly string[],
  options?: HostCallOptions,
): Promise<void> {
  const calls = fixCalls(options);
  const wanted = new Set(addresses.map(normalizeAddress));
  const moving = (r: Office.EmailAddressDetails) => addressOf(r) !== "" && wanted.has(addressOf(r));
  return readFields(item, calls).then((fields) => {
    const rewrites = rewritesOf(fields, (r, field) => field !== "bcc" && moving(r));
    const inBcc = new Set(fields.bcc.map(addressOf));
    const added: Office.EmailUser[] = [];
    for (const { read } of rewrites) {
      for (const r of read) {
        if (!moving(r) || inBcc.has(addressOf(r))) continue;
        inBcc.add(addressOf(r));
        added.push(asUser(r));
      }
    }
    rewrites.forEach(checkRewrite);
    return addToField(item, "bcc", added, calls).then(() => writeRewrites(item, rewrites, calls));
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
function removalOf(fields: Fields, target: RecipientTarget): (r: Office.EmailAddressDetails, field: RecipientField) => boolean {
  if (typeof target === "string") {
    const wanted = normalizeAddress(target);
    // An empty address would match every contact group at once.
    if (wanted === "") throw new FixError("no address given: a recipient without an address is removed by its name");
    return (r) => addressOf(r) === wanted;
  }
  const sameName = fields[target.field].filter((r) => addressOf(r) === "" && toRecipient(r).name === target.name);
  const chosen = sameName[target.position];
  if (!chosen) throw new FixError(`${target.field}: no entry "${target.name}" without an address (the draft has changed)`);
  return (r) => r === chosen;
}

/** Removes an address from every field it is in, or one entry without an address from its field. */
export function removeRecipient(item: Office.MessageCompose, target: RecipientTarget, options?: HostCallOptions): Promise<void> {
  const calls = fixCalls(options);
  return readFields(item, calls).then((fields) => {
    const rewrites = rewritesOf(fields, removalOf(fields, target));
    rewrites.forEach(checkRewrite);
    return writeRewrites(item, rewrites, calls);
  });
}

export function removeAttachment(item: Office.MessageCompose, attachmentId: string, options?: HostCallOptions): Promise<void> {
  return hostCall<void>("remove attachment", (done) => item.removeAttachmentAsync(attachmentId, done), fixCalls(options));
}
