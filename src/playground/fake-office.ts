import { splitAddress } from "../domains/idn";
import { parseRecipient } from "../engine/draft";
import type { RecipientField } from "../engine/types";
import { compareVersions } from "../office/requirement-sets";

/**
 * A fake Outlook compose window: the subset of Office.js that the adapter
 * (src/office), the send handler and the task pane call, backed by plain
 * state. The playground edits that state like a user would (and Office events
 * fire as in Outlook); browser tests install it in place of the CDN office.js.
 * Callbacks are asynchronous, recipient writes take at most 100 addresses per
 * call and reads return at most `recipientPageLimit` per field, as in Outlook
 * on the web. Individual calls can be made to fail or hang (`faults`).
 * With `itemType: "appointment"` it is a meeting's organizer form instead:
 * `to` and `cc` are the required and optional attendees, `from` the organizer.
 */

export interface FakeRecipient {
  displayName: string;
  emailAddress: string;
  recipientType: string;
}

export interface FakeAttachment {
  id: string;
  name: string;
  size: number;
  isInline: boolean;
  attachmentType: "file" | "item" | "cloud";
  contentType?: string;
  bytes?: Uint8Array;
}

/** Recipients as Outlook takes them: an address, `Name <address>`, or EmailUser-like objects. */
export type RecipientInput = string | { displayName?: string; emailAddress: string; recipientType?: string };

export interface AttachmentInput {
  name: string;
  size?: number;
  bytes?: Uint8Array;
  contentType?: string;
  isInline?: boolean;
  cloud?: boolean;
}

/** A draft as the playground and tests describe it (like makeDraft's spec). */
export interface FakeDraftSpec {
  from?: string;
  to?: readonly RecipientInput[];
  cc?: readonly RecipientInput[];
  bcc?: readonly RecipientInput[];
  subject?: string;
  body?: string;
  attachments?: readonly AttachmentInput[];
  sessionData?: Record<string, string>;
  /** How the compose window was opened (getComposeTypeAsync); default "newMail". */
  composeType?: "newMail" | "reply" | "forward";
  /** item.conversationId; default none. */
  conversationId?: string;
  /** item.inReplyTo (Mailbox 1.14): the Message-ID of the mail replied to; default none. */
  inReplyTo?: string;
  /** "appointment": a meeting the user organizes (to = required, cc = optional attendees); default "message". */
  itemType?: "message" | "appointment";
  /** A meeting's free-text location (enhancedLocation, type custom). */
  location?: string;
  /** Rooms booked for a meeting (enhancedLocation, type room); Outlook may list them as attendees too. */
  rooms?: readonly string[];
  /** A meeting's start; default now. */
  start?: Date;
}

/** `fail`: the call answers with an error; `hang`: it never answers. Keys are like "cc.getAsync". */
export type FakeFault = "fail" | "hang";

export interface FakeOutlookOptions {
  displayLanguage?: string;
  /** Highest Mailbox requirement set supported (default 1.15: Smart Alerts with Markdown). */
  mailboxVersion?: string;
  recipientPageLimit?: number;
  faults?: Record<string, FakeFault>;
  /** Delay of every callback in ms (default 0: the next task). */
  latencyMs?: number;
  /** The user's roaming settings (kept across drafts, as Outlook keeps them per mailbox); default empty. */
  roamingSettings?: Record<string, unknown>;
}

export interface FakeDraftState {
  from: FakeRecipient;
  to: FakeRecipient[];
  cc: FakeRecipient[];
  bcc: FakeRecipient[];
  subject: string;
  body: string;
  attachments: FakeAttachment[];
  sessionData: Record<string, string>;
  internetHeaders: Record<string, string>;
  delayDeliveryTime?: Date;
  composeType: "newMail" | "reply" | "forward";
  conversationId?: string;
  inReplyTo?: string;
  itemType: "message" | "appointment";
  location: string;
  rooms: string[];
  start: Date;
}

type AsyncCallback = (result: AsyncResult) => void;
interface AsyncResult {
  status: "succeeded" | "failed";
  value?: unknown;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

const MAX_RECIPIENTS_PER_WRITE = 100;
const DEFAULT_OWNER = "Presend Playground <you@hoshizora-logi.example>";

export const EventType = { RecipientsChanged: "olkRecipientsChanged", AttachmentsChanged: "olkAttachmentsChanged" } as const;

/** Splits "A <a@x>, \"B, Jr.\" <b@y>; c@z" at commas, semicolons and newlines outside quotes and angle brackets. */
export function splitRecipientList(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  let angle = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "<" && !quoted) angle = true;
    else if (ch === ">" && !quoted) angle = false;
    if (!quoted && !angle && (ch === "," || ch === ";" || ch === "\n")) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

export function formatRecipient(r: Pick<FakeRecipient, "displayName" | "emailAddress">): string {
  if (!r.displayName || r.displayName === r.emailAddress) return r.emailAddress;
  const name = /[",;<>@]/.test(r.displayName) ? `"${r.displayName.replace(/"/g, "")}"` : r.displayName;
  return `${name} <${r.emailAddress}>`;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}


/**
 * What a fake call answers when the host refuses it: office.js reports a refusal as an
 * error object in the AsyncResult, not as a thrown Error, so the fake creates none either
 * (an Error captures a stack, which costs a cold send what real Outlook never makes it pay).
 */
class HostRefusal {
  constructor(readonly message: string) {}
}

/** Office.js methods take optional options before the callback: the callback is the last function. */
function callbackOf(args: readonly unknown[]): { callback?: AsyncCallback; asyncContext?: unknown } {
  const callback = [...args].reverse().find((a): a is AsyncCallback => typeof a === "function");
  const options = args.find((a) => a !== null && typeof a === "object" && "asyncContext" in (a as object)) as
    | { asyncContext?: unknown }
    | undefined;
  return { callback, asyncContext: options?.asyncContext };
}

export class FakeOutlook {
  readonly state: FakeDraftState;
  /** The Office namespace to hand to code under test (window.Office, or a parameter). */
  readonly office: ReturnType<FakeOutlook["buildOffice"]>;
  /** Functions registered with Office.actions.associate, by name. */
  readonly associations = new Map<string, (event: unknown) => void>();
  /** What roamingSettings.saveAsync last stored (survives load(): it belongs to the mailbox, not the draft). */
  readonly savedRoamingSettings: Record<string, unknown>;
  /** roamingSettings as the add-in sees them: loaded at start, changed by set, persisted by saveAsync. */
  private roaming: Record<string, unknown>;
  /** The mailbox user: the From of a new message (a loaded draft may name another sender). */
  readonly mailboxOwner: string;
  displayLanguage: string;
  faults: Record<string, FakeFault>;
  private readonly handlers = new Map<string, Set<(args: unknown) => void>>();
  private readonly listeners = new Set<() => void>();
  private nextAttachmentId = 1;
  private readonly options: FakeOutlookOptions;

  constructor(spec: FakeDraftSpec = {}, options: FakeOutlookOptions = {}) {
    this.options = options;
    this.displayLanguage = options.displayLanguage ?? "en-US";
    this.faults = { ...options.faults };
    this.savedRoamingSettings = { ...options.roamingSettings };
    this.roaming = { ...options.roamingSettings };
    this.mailboxOwner = spec.from ?? DEFAULT_OWNER;
    this.state = {
      from: this.toRecipient(this.mailboxOwner),
      to: [],
      cc: [],
      bcc: [],
      subject: "",
      body: "",
      attachments: [],
      sessionData: {},
      internetHeaders: {},
      composeType: "newMail",
      itemType: "message",
      location: "",
      rooms: [],
      start: new Date(),
    };
    this.load(spec);
    this.office = this.buildOffice();
  }

  // ---- what a user does in the compose window (each raises the Office event Outlook would) ----

  /** Replaces the whole draft, as opening another message would. */
  load(spec: FakeDraftSpec): void {
    const from = spec.from ? this.toRecipient(spec.from) : this.state.from;
    Object.assign(this.state, {
      from,
      to: (spec.to ?? []).map((r) => this.toRecipient(r)),
      cc: (spec.cc ?? []).map((r) => this.toRecipient(r)),
      bcc: (spec.bcc ?? []).map((r) => this.toRecipient(r)),
      subject: spec.subject ?? "",
      body: spec.body ?? "",
      attachments: [],
      sessionData: { ...spec.sessionData },
      internetHeaders: {},
      delayDeliveryTime: undefined,
      composeType: spec.composeType ?? "newMail",
      conversationId: spec.conversationId,
      inReplyTo: spec.inReplyTo,
      itemType: spec.itemType ?? "message",
      location: spec.location ?? "",
      rooms: [...(spec.rooms ?? [])],
      start: spec.start ?? new Date(),
    });
    for (const attachment of spec.attachments ?? []) this.state.attachments.push(this.toAttachment(attachment));
    this.raise(EventType.RecipientsChanged, { changedRecipientFields: this.changedFields(["to", "cc", "bcc"]) });
    this.raise(EventType.AttachmentsChanged, { attachmentStatus: "added", attachmentDetails: null });
    this.changed();
  }

  /** An empty new message from the mailbox user, as after Discard or a send. */
  newMessage(): void {
    this.load({ from: this.mailboxOwner });
  }

  /** An empty meeting the mailbox user organizes, as Outlook's New meeting opens it. */
  newMeeting(): void {
    this.load({ itemType: "appointment", from: this.mailboxOwner });
  }

  setRecipients(field: RecipientField, list: readonly RecipientInput[]): void {
    this.state[field] = list.map((r) => this.toRecipient(r));
    this.raise(EventType.RecipientsChanged, { changedRecipientFields: this.changedFields([field]) });
    this.changed();
  }

  /** RecipientsChanged's changedRecipientFields as Outlook names them: a meeting's are its attendee lists. */
  private changedFields(changed: readonly RecipientField[]): Record<string, boolean> {
    const has = (field: RecipientField) => changed.indexOf(field) >= 0;
    return this.state.itemType === "appointment"
      ? { requiredAttendees: has("to"), optionalAttendees: has("cc"), resources: false }
      : { to: has("to"), cc: has("cc"), bcc: has("bcc") };
  }

  setSubject(subject: string): void {
    this.state.subject = subject;
    this.changed();
  }

  setBody(body: string): void {
    this.state.body = body;
    this.changed();
  }

  /** A meeting's free-text location. */
  setLocation(location: string): void {
    this.state.location = location;
    this.changed();
  }

  addAttachment(input: AttachmentInput): FakeAttachment {
    const attachment = this.toAttachment(input);
    this.state.attachments.push(attachment);
    this.raise(EventType.AttachmentsChanged, { attachmentStatus: "added", attachmentDetails: this.detailsOf(attachment) });
    this.changed();
    return attachment;
  }

  removeAttachment(id: string): boolean {
    const index = this.state.attachments.findIndex((a) => a.id === id);
    if (index < 0) return false;
    const [removed] = this.state.attachments.splice(index, 1);
    this.raise(EventType.AttachmentsChanged, { attachmentStatus: "removed", attachmentDetails: this.detailsOf(removed) });
    this.changed();
    return true;
  }

  /** A new add-in runtime loads the roaming settings saved so far (Outlook reads them when the add-in starts). */
  reloadRoamingSettings(): void {
    this.roaming = { ...this.savedRoamingSettings };
  }

  /** Removes a saved roaming setting, as clearing the add-in's data for the mailbox would; the next runtime loads the rest. */
  removeSavedRoamingSetting(name: string): void {
    delete this.savedRoamingSettings[name];
    this.reloadRoamingSettings();
    this.changed();
  }

  /** Forgets every Office event handler (a closed task pane's handlers must not be called). */
  clearHandlers(): void {
    this.handlers.clear();
  }

  /** For the playground's own UI: called after every change to the state. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- internals ----

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private raise(type: string, args: Record<string, unknown>): void {
    const handlers = [...(this.handlers.get(type) ?? [])];
    setTimeout(() => {
      for (const handler of handlers) {
        try {
          handler({ type, ...args });
        } catch (error) {
          // A handler of a page that has gone away (a closed pane) must not break the compose window.
          console.warn(`fake Office: ${type} handler failed`, error);
        }
      }
    }, 0);
  }

  private toRecipient(input: RecipientInput): FakeRecipient {
    const parsed =
      typeof input === "string"
        ? parseRecipient(input)
        : { name: input.displayName ?? "", address: input.emailAddress, kind: undefined };
    const ownerDomain = this.state ? splitAddress(this.state.from.emailAddress).domain : "";
    const given = typeof input === "string" ? undefined : input.recipientType;
    const external = splitAddress(parsed.address).domain !== ownerDomain;
    return {
      displayName: parsed.name || parsed.address,
      emailAddress: parsed.address,
      recipientType: given ?? (external ? "externalUser" : "user"),
    };
  }

  private toAttachment(input: AttachmentInput): FakeAttachment {
    return {
      id: `fake-attachment-${this.nextAttachmentId++}`,
      name: input.name,
      size: input.size ?? input.bytes?.length ?? 0,
      isInline: input.isInline ?? false,
      attachmentType: input.cloud ? "cloud" : "file",
      contentType: input.contentType,
      bytes: input.bytes,
    };
  }

  private detailsOf(a: FakeAttachment) {
    const details: Record<string, unknown> = { id: a.id, name: a.name, size: a.size, isInline: a.isInline, attachmentType: a.attachmentType };
    if (a.contentType) details.contentType = a.contentType;
    return details;
  }

  /** Answers an Office.js call the way the host would, unless a fault is set for it. */
  private answer(call: string, args: readonly unknown[], produce: () => unknown): void {
    const { callback, asyncContext } = callbackOf(args);
    const fault = this.faults[call];
    if (fault === "hang") return;
    let result: AsyncResult;
    if (fault === "fail") {
      result = { status: "failed", error: { name: "GenericResponseError", message: `${call} failed (simulated)`, code: 9020 }, asyncContext };
    } else {
      const failed = (message: string): AsyncResult => ({ status: "failed", error: { name: "InvalidParameter", message, code: 9000 }, asyncContext });
      try {
        const value = produce();
        result = value instanceof HostRefusal ? failed(value.message) : { status: "succeeded", value, asyncContext };
      } catch (error) {
        result = failed((error as Error).message);
      }
    }
    if (callback) setTimeout(() => callback(result), this.options.latencyMs ?? 0);
  }

  /** A recipient list; `call` names it in faults ("requiredAttendees" is a meeting's `to`). */
  private recipientsApi(field: RecipientField, call: string = field) {
    const write = (list: unknown, append: boolean) => {
      const inputs = list as RecipientInput[];
      if (!Array.isArray(inputs)) throw new Error("recipients must be an array");
      if (inputs.length > MAX_RECIPIENTS_PER_WRITE) throw new Error(`at most ${MAX_RECIPIENTS_PER_WRITE} recipients per call`);
      this.setRecipients(field, append ? [...this.state[field], ...inputs] : inputs);
    };
    return {
      getAsync: (...args: unknown[]) =>
        this.answer(`${call}.getAsync`, args, () =>
          this.state[field].slice(0, this.options.recipientPageLimit ?? 1000).map((r) => ({ ...r, appointmentResponse: "none" })),
        ),
      setAsync: (list: unknown, ...args: unknown[]) => this.answer(`${call}.setAsync`, args, () => write(list, false)),
      addAsync: (list: unknown, ...args: unknown[]) => this.answer(`${call}.addAsync`, args, () => write(list, true)),
    };
  }

  /** What only a meeting's organizer form has (Office.AppointmentCompose). */
  private appointmentApi() {
    return {
      requiredAttendees: this.recipientsApi("to", "requiredAttendees"),
      optionalAttendees: this.recipientsApi("cc", "optionalAttendees"),
      organizer: { getAsync: (...args: unknown[]) => this.answer("organizer.getAsync", args, () => ({ ...this.state.from })) },
      enhancedLocation: {
        getAsync: (...args: unknown[]) =>
          this.answer("enhancedLocation.getAsync", args, () => [
            ...(this.state.location ? [{ displayName: this.state.location, locationIdentifier: { id: this.state.location, type: "custom" } }] : []),
            ...this.state.rooms.map((room) => ({ displayName: room, emailAddress: room, locationIdentifier: { id: room, type: "room" } })),
          ]),
      },
      start: { getAsync: (...args: unknown[]) => this.answer("start.getAsync", args, () => new Date(this.state.start)) },
    };
  }

  private buildOffice() {
    // Read when asked (getters), as Outlook's properties reflect the draft now.
    const state = () => this.state;
    const messageOnly = {
      to: this.recipientsApi("to"),
      cc: this.recipientsApi("cc"),
      bcc: this.recipientsApi("bcc"),
      from: { getAsync: (...args: unknown[]) => this.answer("from.getAsync", args, () => ({ ...this.state.from })) },
      internetHeaders: {
        setAsync: (headers: Record<string, string>, ...args: unknown[]) =>
          this.answer("internetHeaders.setAsync", args, () => {
            Object.assign(this.state.internetHeaders, headers);
            this.changed();
          }),
        getAsync: (names: string[], ...args: unknown[]) =>
          this.answer("internetHeaders.getAsync", args, () =>
            Object.fromEntries(names.filter((n) => n in this.state.internetHeaders).map((n) => [n, this.state.internetHeaders[n]])),
          ),
      },
      delayDeliveryTime: {
        setAsync: (time: Date, ...args: unknown[]) =>
          this.answer("delayDeliveryTime.setAsync", args, () => {
            this.state.delayDeliveryTime = new Date(time);
            this.changed();
          }),
        getAsync: (...args: unknown[]) => this.answer("delayDeliveryTime.getAsync", args, () => this.state.delayDeliveryTime ?? 0),
      },
    };
    const appointmentOnly = this.appointmentApi();
    // Each kind of item has only its own properties, as in Outlook: a reader that asks a meeting for `to` gets nothing.
    const onlyOn = <T>(itemType: FakeDraftState["itemType"], api: T) => (state().itemType === itemType ? api : undefined);
    const item = {
      get itemType() {
        return state().itemType;
      },
      get to() {
        return onlyOn("message", messageOnly.to);
      },
      get cc() {
        return onlyOn("message", messageOnly.cc);
      },
      get bcc() {
        return onlyOn("message", messageOnly.bcc);
      },
      get from() {
        return onlyOn("message", messageOnly.from);
      },
      get internetHeaders() {
        return onlyOn("message", messageOnly.internetHeaders);
      },
      get delayDeliveryTime() {
        return onlyOn("message", messageOnly.delayDeliveryTime);
      },
      get requiredAttendees() {
        return onlyOn("appointment", appointmentOnly.requiredAttendees);
      },
      get optionalAttendees() {
        return onlyOn("appointment", appointmentOnly.optionalAttendees);
      },
      get organizer() {
        return onlyOn("appointment", appointmentOnly.organizer);
      },
      get enhancedLocation() {
        return onlyOn("appointment", appointmentOnly.enhancedLocation);
      },
      get start() {
        return onlyOn("appointment", appointmentOnly.start);
      },
      get conversationId() {
        return state().conversationId;
      },
      get inReplyTo() {
        return state().inReplyTo;
      },
      getComposeTypeAsync: (...args: unknown[]) =>
        this.answer("getComposeTypeAsync", args, () => ({ composeType: this.state.composeType, coercionType: "html" })),
      subject: {
        getAsync: (...args: unknown[]) => this.answer("subject.getAsync", args, () => this.state.subject),
        setAsync: (text: string, ...args: unknown[]) => this.answer("subject.setAsync", args, () => this.setSubject(text)),
      },
      body: {
        getAsync: (coercionType: string, ...args: unknown[]) =>
          this.answer("body.getAsync", args, () =>
            coercionType === "html" ? `<div>${this.state.body.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</div>` : this.state.body,
          ),
        setAsync: (text: string, ...args: unknown[]) => this.answer("body.setAsync", args, () => this.setBody(text)),
      },
      getAttachmentsAsync: (...args: unknown[]) =>
        this.answer("getAttachmentsAsync", args, () => this.state.attachments.map((a) => this.detailsOf(a))),
      getAttachmentContentAsync: (id: string, ...args: unknown[]) =>
        this.answer("getAttachmentContentAsync", args, () => {
          const attachment = this.state.attachments.find((a) => a.id === id);
          if (!attachment) return new HostRefusal(`no attachment ${id}`);
          return { format: "base64", content: bytesToBase64(attachment.bytes ?? new Uint8Array(attachment.size)) };
        }),
      removeAttachmentAsync: (id: string, ...args: unknown[]) =>
        this.answer("removeAttachmentAsync", args, () => {
          if (!this.removeAttachment(id)) return new HostRefusal(`no attachment ${id}`);
        }),
      sessionData: {
        getAsync: (name: string, ...args: unknown[]) =>
          this.answer("sessionData.getAsync", args, () => {
            // Outlook on the web reports a key that was never set as a failed call.
            if (!(name in this.state.sessionData)) return new HostRefusal(`sessionData key ${name} not found`);
            return this.state.sessionData[name];
          }),
        setAsync: (name: string, value: string, ...args: unknown[]) =>
          this.answer("sessionData.setAsync", args, () => {
            this.state.sessionData[name] = String(value);
            this.changed();
          }),
        getAllAsync: (...args: unknown[]) => this.answer("sessionData.getAllAsync", args, () => ({ ...this.state.sessionData })),
        removeAsync: (name: string, ...args: unknown[]) =>
          this.answer("sessionData.removeAsync", args, () => {
            delete this.state.sessionData[name];
          }),
        clearAsync: (...args: unknown[]) =>
          this.answer("sessionData.clearAsync", args, () => {
            this.state.sessionData = {};
          }),
      },
      addHandlerAsync: (type: string, handler: (args: unknown) => void, ...args: unknown[]) =>
        this.answer("addHandlerAsync", args, () => {
          const set = this.handlers.get(type) ?? new Set();
          set.add(handler);
          this.handlers.set(type, set);
        }),
      removeHandlerAsync: (type: string, ...args: unknown[]) =>
        this.answer("removeHandlerAsync", args, () => {
          this.handlers.delete(type);
        }),
    };
    // Read when asked (getters), so a language or sender change applies to the next reader.
    const language = () => this.displayLanguage;
    const profile = () => ({ emailAddress: this.state.from.emailAddress, displayName: this.state.from.displayName, timeZone: "Tokyo Standard Time" });
    return {
      context: {
        get displayLanguage() {
          return language();
        },
        get contentLanguage() {
          return language();
        },
        platform: "OfficeOnline",
        requirements: {
          isSetSupported: (name: string, version = "1.1") =>
            name.toLowerCase() === "mailbox" && compareVersions(version, this.options.mailboxVersion ?? "1.15") <= 0,
        },
        roamingSettings: {
          get: (name: string) => this.roaming[name],
          set: (name: string, value: unknown) => {
            this.roaming[name] = value;
          },
          remove: (name: string) => {
            delete this.roaming[name];
          },
          saveAsync: (...args: unknown[]) =>
            this.answer("roamingSettings.saveAsync", args, () => {
              // Outlook refuses settings over 32 KB in all.
              if (JSON.stringify(this.roaming).length > 32 * 1024) throw new Error("roaming settings exceed 32 KB");
              for (const key of Object.keys(this.savedRoamingSettings)) delete this.savedRoamingSettings[key];
              Object.assign(this.savedRoamingSettings, this.roaming);
              this.changed();
            }),
        },
        mailbox: {
          item,
          get userProfile() {
            return profile();
          },
          diagnostics: { hostName: "OutlookWebApp", hostVersion: "presend-fake", OWAView: "ThreeColumns" },
        },
      },
      actions: {
        associate: (name: string, handler: (event: unknown) => void) => {
          this.associations.set(name, handler);
        },
      },
      onReady: (callback?: (info: { host: string; platform: string }) => void) =>
        new Promise<{ host: string; platform: string }>((resolve) =>
          setTimeout(() => {
            const info = { host: "Outlook", platform: "OfficeOnline" };
            callback?.(info);
            resolve(info);
          }, 0),
        ),
      EventType,
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      CoercionType: { Text: "text", Html: "html" },
      HostType: { Outlook: "Outlook" },
      PlatformType: { OfficeOnline: "OfficeOnline" },
      MailboxEnums: {
        SendModeOverride: { PromptUser: "promptUser" },
        RecipientType: { DistributionList: "distributionList", User: "user", ExternalUser: "externalUser", Other: "other" },
        AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
        AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
        AttachmentStatus: { Added: "added", Removed: "removed" },
        ComposeType: { NewMail: "newMail", Reply: "reply", Forward: "forward" },
        ItemType: { Message: "message", Appointment: "appointment" },
      },
    };
  }
}

/** The fake as the Office.js namespace type, for code written against @types/office-js. */
export function asOffice(fake: FakeOutlook): typeof Office {
  return fake.office as unknown as typeof Office;
}
