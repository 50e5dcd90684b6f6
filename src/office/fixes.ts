import { normalizeAddress } from "../domains/idn";
import { RECIPIENT_FIELDS, type RecipientField } from "../engine/types";
import { CallLimiter, hostCall, runtimeTimers, type HostCallOptions } from "./async";
import { RECIPIENT_PAGE_LIMIT } from "./read-draft";

/** setAsync and addAsync take at most 100 recipients per call. */
const RECIPIENTS_PER_CALL = 100;
/** Fixes run from the pane, where a user waits: longer than the send handler's budget. */
const FIX_TIMEOUT_MS = 10000;

export class FixError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixError";
  }
}

function fixCalls(options?: HostCallOptions): HostCallOptions {
  return {
    timeoutMs: FIX_TIMEOUT_MS,
    timers: runtimeTimers(),
    limiter: new CallLimiter(3),
    ...options,
  };
}

/** The engine's canonical address, so a fix acts on every spelling the rules counted as one mailbox. */
function addressOf(r: Office.EmailAddressDetails): string {
  return normalizeAddress(r.emailAddress || "");
}

function readField(item: Office.MessageCompose, field: RecipientField, calls: HostCallOptions) {
  return hostCall<Office.EmailAddressDetails[]>(field, (done) => item[field].getAsync(done), calls).then((list) => {
    // Rewriting a field the host returned only in part would delete the recipients it left out.
    if (list.length >= RECIPIENT_PAGE_LIMIT) {
      throw new FixError(`${field}: ${list.length} or more recipients; change this field in Outlook itself`);
    }
    return list;
  });
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

/**
 * Moves these addresses from To/CC to BCC. BCC is written first, so a failure
 * part-way leaves a recipient in two fields rather than in none.
 */
export function moveRecipientsToBcc(
  item: Office.MessageCompose,
  addresses: readonly string[],
  options?: HostCallOptions,
): Promise<void> {
  const calls = fixCalls(options);
  const wanted = new Set(addresses.map(normalizeAddress));
  const moving = (r: Office.EmailAddressDetails) => wanted.has(addressOf(r));
  return Promise.all(RECIPIENT_FIELDS.map((field) => readField(item, field, calls))).then(([to, cc, bcc]) => {
    const inBcc = new Set(bcc.map(addressOf));
    const added: Office.EmailUser[] = [];
    for (const r of to.concat(cc)) {
      if (!moving(r) || inBcc.has(addressOf(r))) continue;
      inBcc.add(addressOf(r));
      added.push(asUser(r));
    }
    return addToField(item, "bcc", added, calls)
      .then(() => (to.some(moving) ? writeField(item, "to", to.filter((r) => !moving(r)).map(asUser), calls) : undefined))
      .then(() => (cc.some(moving) ? writeField(item, "cc", cc.filter((r) => !moving(r)).map(asUser), calls) : undefined));
  });
}

/** Removes an address from every field it is in. */
export function removeRecipient(item: Office.MessageCompose, address: string, options?: HostCallOptions): Promise<void> {
  const calls = fixCalls(options);
  const wanted = normalizeAddress(address);
  const matches = (r: Office.EmailAddressDetails) => addressOf(r) === wanted;
  return Promise.all(RECIPIENT_FIELDS.map((field) => readField(item, field, calls))).then((lists) =>
    RECIPIENT_FIELDS.reduce<Promise<void>>(
      (previous, field, index) =>
        lists[index].some(matches)
          ? previous.then(() => writeField(item, field, lists[index].filter((r) => !matches(r)).map(asUser), calls))
          : previous,
      Promise.resolve(),
    ),
  );
}

export function removeAttachment(item: Office.MessageCompose, attachmentId: string, options?: HostCallOptions): Promise<void> {
  return hostCall<void>("remove attachment", (done) => item.removeAttachmentAsync(attachmentId, done), fixCalls(options));
}
