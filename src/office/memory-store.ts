import { normalizeAddress } from "../domains/idn";
import { dayNumber, MEMORY_KEY, MEMORY_MAX_CHARS, RecipientMemory, type GreetingMemo } from "../engine/memory";
import { describeError, hostCall, type HostCallOptions } from "./async";

/** The part of Office.RoamingSettings the memory uses (the real one, or a fake in tests and the playground). */
export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

export interface MemoryReading {
  memory?: RecipientMemory;
  /** Why the memory could not be read (everyone is then new). */
  problem?: string;
}

/**
 * The user's recipient memory from roaming settings. Reading is synchronous (Outlook
 * loads the settings with the add-in); an unreadable value is an empty memory.
 */
export function readMemory(settings: RoamingSettingsLike | undefined | null): MemoryReading {
  if (!settings || typeof settings.get !== "function") return { problem: "roaming settings are not available" };
  try {
    return { memory: RecipientMemory.decode(settings.get(MEMORY_KEY)) };
  } catch (error) {
    return { problem: `roaming settings: ${describeError(error)}` };
  }
}

/**
 * Remembers the outside addresses of a send that went through, and what its greeting
 * named (`greeted`, from the evaluation), forgetting those last
 * written to more than `days` ago. The settings are read again just before writing, not
 * taken from the send's start: another window may have saved since (classic Outlook can
 * also hand a stale copy to the event runtime, office-js #6728, which a reread narrows
 * but cannot close). Resolves with a note when nothing could be saved.
 */
export function rememberRecipients(
  settings: RoamingSettingsLike | undefined | null,
  addresses: readonly string[],
  options: { days: number; now: number; greeted?: GreetingMemo; calls?: HostCallOptions },
): Promise<string | undefined> {
  const reading = readMemory(settings);
  if (!reading.memory || !settings) return Promise.resolve(`memory not saved: ${reading.problem}`);
  const memory = reading.memory;
  const day = dayNumber(options.now);
  memory.rememberAll(addresses.map(normalizeAddress), day);
  if (options.greeted) memory.rememberGreeting(options.greeted, day);
  memory.forgetOlderThan(options.days, options.now);
  try {
    settings.set(MEMORY_KEY, memory.encode(MEMORY_MAX_CHARS));
  } catch (error) {
    return Promise.resolve(`memory not saved: ${describeError(error)}`);
  }
  return hostCall<void>("roamingSettings.saveAsync", (done) => settings.saveAsync(done), options.calls).then(
    () => undefined,
    (error) => `memory not saved: ${describeError(error)}`,
  );
}
