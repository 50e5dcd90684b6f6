import type { FakeDraftSpec, FakeOutlook, FakeOutlookOptions } from "./fake-office";

/** What the playground page shares with its task pane iframe: one fake item, one policy-aware fetch. */
export interface PlaygroundBridge {
  outlook: FakeOutlook;
  fetch: typeof fetch;
}

declare global {
  interface Window {
    /** Set by the playground page for its pane iframe. */
    presendPlayground?: PlaygroundBridge;
    /** A draft (and host options) to start with, set before pane-host.js runs (browser tests). */
    presendFakeDraft?: FakeDraftSpec & { options?: FakeOutlookOptions };
    /** The installed fake host, for tests to drive and inspect. */
    presendFakeHost?: FakeOutlook;
  }
}
