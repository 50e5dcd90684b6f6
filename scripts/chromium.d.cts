import type { BrowserContext } from "playwright-core";

export const CHROMIUM: string;
export const CHROMIUM_ARGS: readonly string[];
export function launchChromium(
  options?: Parameters<typeof import("playwright-core").chromium.launchPersistentContext>[1],
): Promise<{ context: BrowserContext; close(): Promise<void> }>;
