import { MEMORY_KEY, RecipientMemory } from "../engine/memory";
import type { FakeOutlook } from "./fake-office";

/**
 * Outlook keeps roaming settings with the mailbox, so the recipient memory
 * outlives the add-in's runtime; the playground keeps the fake mailbox's
 * saved settings in the browser's localStorage to outlive a page reload.
 */

export const ROAMING_STORAGE_KEY = "presend.playground.roamingSettings";

/** What an earlier visit saved; empty when nothing was or it is unreadable (a new mailbox). */
export function storedRoamingSettings(storage: Storage): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(storage.getItem(ROAMING_STORAGE_KEY) ?? "{}");
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Writes the fake's saved roaming settings to `storage` whenever saveAsync (or Clear memory) changes them. */
export function keepRoamingSettings(outlook: FakeOutlook, storage: Storage): () => void {
  let written = JSON.stringify(outlook.savedRoamingSettings);
  return outlook.subscribe(() => {
    const text = JSON.stringify(outlook.savedRoamingSettings);
    if (text === written) return;
    written = text;
    try {
      storage.setItem(ROAMING_STORAGE_KEY, text);
    } catch {
      // Storage full or refused (private browsing): the memory then lasts as long as the page.
    }
  });
}

/** How many outside addresses the saved memory holds (its entries are fingerprints, not addresses). */
export function rememberedAddressCount(savedMemory: unknown): number {
  return RecipientMemory.decode(savedMemory).size;
}

/** Forgets the recipient memory, as if the user had never sent with Presend. */
export function clearMemory(outlook: FakeOutlook): void {
  outlook.removeSavedRoamingSetting(MEMORY_KEY);
}
