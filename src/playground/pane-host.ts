import type { PlaygroundBridge } from "./bridge";
import { asOffice, FakeOutlook } from "./fake-office";
import { fakeDraftOf, SAMPLES } from "./samples";

/**
 * Loaded instead of the CDN office.js in front of the real task pane bundle
 * (dist/playground/pane.html), and by browser tests in place of office.js:
 * - inside the playground's iframe it takes the parent's fake host (the same
 *   draft the compose window shows) and its policy-aware fetch;
 * - on its own it installs a fresh fake host with the draft in
 *   `window.presendFakeDraft` (tests) or the sample named by `?sample=`.
 */

function parentBridge(): PlaygroundBridge | undefined {
  try {
    return window.parent !== window ? window.parent.presendPlayground : undefined;
  } catch {
    return undefined; // another origin
  }
}

const bridge = parentBridge();
if (bridge) {
  window.Office = asOffice(bridge.outlook);
  window.fetch = bridge.fetch;
  window.presendFakeHost = bridge.outlook;
} else {
  const sampleId = new URLSearchParams(location.search).get("sample");
  const sample = SAMPLES.find((s) => s.id === sampleId);
  const { options, ...draft } = window.presendFakeDraft ?? { ...(sample ? fakeDraftOf(sample) : {}), options: undefined };
  const outlook = new FakeOutlook(draft, options);
  window.Office = asOffice(outlook);
  window.presendFakeHost = outlook;
}
