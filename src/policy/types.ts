import type { EnginePolicy } from "../engine/types";

export type OnError = "prompt" | "block" | "allow";

/** A validated policy with every default filled in. */
export interface Policy extends EnginePolicy {
  version: 1;
  /** The recipient memory (DESIGN §1a): on or off, and how long an address stays known. */
  memory: { enabled: boolean; days: number };
  delivery: { delayExternalSeconds: number };
  auditHeader: boolean;
  onError: OnError;
  /** Admin's wording by locale ("en", "ja"), by message id; replaces the built-in text. */
  messages: Partial<Record<string, Record<string, string>>>;
}
