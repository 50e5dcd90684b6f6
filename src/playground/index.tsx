import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { PlaygroundBridge } from "./bridge";
import { createRoot } from "react-dom/client";
import { asOffice, FakeOutlook } from "./fake-office";
import { keepRoamingSettings, storedRoamingSettings } from "./memory-storage";
import { Playground, type PlaygroundEnv, type PolicyChoice } from "./Playground";
import { INVALID_POLICY, SAMPLE_POLICY } from "./samples";
import { playgroundFetch, runScriptFile } from "./send";

// The page is dist/playground/index.html: the add-in's own files are one level up.
const realFetch = window.fetch.bind(window);
const outlook = new FakeOutlook(
  {},
  {
    displayLanguage: navigator.language.toLowerCase().startsWith("ja") ? "ja-JP" : "en-US",
    // The recipient memory of earlier visits, as Outlook hands an add-in its roaming settings.
    roamingSettings: storedRoamingSettings(window.localStorage),
  },
);
keepRoamingSettings(outlook, window.localStorage);
const policyChoice: { current: PolicyChoice } = { current: "served" };

async function textOf(url: string): Promise<string> {
  const response = await realFetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} (run npm run build)`);
  return response.text();
}

async function policyText(): Promise<string> {
  if (policyChoice.current === "served") return textOf("../policy.json");
  return JSON.stringify(policyChoice.current === "sample" ? SAMPLE_POLICY : INVALID_POLICY, null, 2);
}

const addInFetch = playgroundFetch(policyText, realFetch) as typeof fetch;
// launchevent.js finds Office and fetch as globals, as in Outlook's event runtime.
window.Office = asOffice(outlook);
window.fetch = addInFetch;

const env: PlaygroundEnv = {
  outlook,
  runLaunchScript: () => runScriptFile("../launchevent.js"),
  policyChoice,
};

// The pane iframe (pane.html → pane-host.js) takes the same fake host and fetch from here.
const bridge: PlaygroundBridge = { outlook, fetch: addInFetch };
window.presendPlayground = bridge;
window.presendFakeHost = outlook;

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Playground env={env} />
    </FluentProvider>,
  );
}
