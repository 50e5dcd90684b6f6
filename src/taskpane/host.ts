import embeddedPolicy from "../../config/policy.json";
import type { PublicSuffixList } from "../domains/public-suffix";
import type { SurnameReadings } from "../engine/surnames";
import type { Confirmation, DraftKind } from "../engine/types";
import { moveRecipientsToBcc, removeAttachment, removeRecipient, type RecipientTarget } from "../office/fixes";
import { runtimeFetch } from "../office/fetch";
import { loadPolicy, type LoadedPolicy } from "../office/policy-source";
import { loadPublicSuffixList, SUFFIX_LIST_FILE } from "../office/suffix-source";
import { loadSurnameReadings, SURNAME_READINGS_FILE } from "../office/surname-source";
import { draftKindOf, type ComposeItem } from "../office/item-kind";
import { readDraft, type DraftReading } from "../office/read-draft";
import { saveConfirmations } from "../office/session";
import { PANE_TIMEOUTS } from "../office/timeouts";

/**
 * Everything the pane asks of Outlook, behind one interface so the React code
 * never touches Office.js directly.
 */
/** What the pane evaluates with besides the draft and the policy (as the send handler does). */
export interface PaneData {
  suffixes: PublicSuffixList;
  surnames: SurnameReadings;
}

export interface PaneHost {
  displayLanguage: string;
  /** A message, or a meeting request its organizer sends: known before the draft is read. */
  kind: DraftKind;
  readDraft(): Promise<DraftReading>;
  loadPolicy(): Promise<LoadedPolicy>;
  /**
   * Loads the full Public Suffix List and the surname table to evaluate with; never
   * rejects (resolves with the built-in common suffixes otherwise, and with no surname
   * table, so kanji surnames go unread).
   */
  loadData(): Promise<PaneData>;
  saveConfirmations(confirmations: Confirmation[]): Promise<void>;
  moveToBcc(addresses: string[]): Promise<void>;
  removeRecipient(target: RecipientTarget): Promise<void>;
  removeAttachment(attachmentId: string): Promise<void>;
  /** Calls `listener` when recipients or attachments change; returns the unsubscribe function. */
  onDraftChanged(listener: () => void): () => void;
}

const SCRIPT_URL = typeof document !== "undefined" && document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : undefined;

/**
 * The address of a file built beside this script in dist/ (the suffix list, the user guide),
 * also when the playground's page in dist/playground/ loads it.
 */
export function besideScript(file: string): string {
  return new URL(file, SCRIPT_URL || location.href).href;
}

function addHandler(item: ComposeItem, type: Office.EventType, listener: () => void): Promise<void> {
  return new Promise((resolve) => item.addHandlerAsync(type, listener, () => resolve()));
}

export function officePaneHost(office: typeof Office): PaneHost {
  // A message being written, or a meeting its organizer is sending: the adapter reads either.
  const item = office.context.mailbox.item as ComposeItem;
  const profile = office.context.mailbox.userProfile;
  const owner = profile && profile.emailAddress ? { address: profile.emailAddress, name: profile.displayName } : undefined;
  const archiveCache = new Map<string, Uint8Array>();
  return {
    displayLanguage: office.context.displayLanguage,
    kind: draftKindOf(item),
    // The same reading as the send handler (archive bytes and recipient memory included), so both judge
    // the same draft and the pane can say who was written to before; the pane reads again on every
    // change, and an archive's bytes do not change while its id and size stay.
    readDraft: () => readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs, readArchiveBytes: true, owner, archiveCache, roamingSettings: office.context.roamingSettings }),
    // Relative to the pane's own page: the policy served beside the pane, else the copy built in.
    loadPolicy: () =>
      loadPolicy({ url: "policy.json", timeoutMs: PANE_TIMEOUTS.fetchMs, fetch: runtimeFetch(), embedded: embeddedPolicy }),
    loadData: () => {
      const options = (file: string) => ({ url: besideScript(file), timeoutMs: PANE_TIMEOUTS.fetchMs, fetch: runtimeFetch() });
      // Nothing for the user to do: organisations under rarer suffixes merely group coarser, and
      // addressee-mismatch asks less.
      return Promise.all([
        loadPublicSuffixList(options(SUFFIX_LIST_FILE)),
        loadSurnameReadings(options(SURNAME_READINGS_FILE)),
      ]).then(([suffixes, surnames]) => {
        if (suffixes.problem) console.warn(`Presend: ${suffixes.problem}; the common suffixes are used`);
        if (surnames.problem) console.warn(`Presend: ${surnames.problem}`);
        return { suffixes: suffixes.list, surnames: surnames.table };
      });
    },
    saveConfirmations: (confirmations) => saveConfirmations(item, confirmations),
    moveToBcc: (addresses) => moveRecipientsToBcc(item, addresses),
    removeRecipient: (target) => removeRecipient(item, target),
    removeAttachment: (attachmentId) => removeAttachment(item, attachmentId),
    // RecipientsChanged covers a meeting's attendees too (requiredAttendees, optionalAttendees).
    onDraftChanged(listener) {
      const types = [office.EventType.RecipientsChanged, office.EventType.AttachmentsChanged];
      const added = Promise.all(types.map((type) => addHandler(item, type, listener)));
      return () => {
        void added.then(() => {
          for (const type of types) item.removeHandlerAsync(type);
        });
      };
    },
  };
}
