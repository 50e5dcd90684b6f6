import { runtimeTimers } from "../office/async";
import { fetchingEarly, runtimeFetch } from "../office/fetch";
import { EVENT_TIMEOUTS } from "../office/timeouts";
import { POLICY_VALIDATED_AT_BUILD, PUBLIC_URL, VERSION } from "./build-config";
import { createComposeHandler } from "./compose";
import { createSendHandler, sendCheckRequests, type HostOffice } from "./handler";

/**
 * The event runtime entry (dist/launchevent.js). Registered at top level, not
 * in Office.onReady: classic Outlook on Windows never runs onReady/initialize
 * code for event-based add-ins. Office.context is read when an event comes.
 * The build prepends ./polyfills.js (the ES2017+ built-ins our code may use) as a banner.
 */
const timers = runtimeTimers();
const { policy, surnames } = sendCheckRequests(PUBLIC_URL);
// Asked for now: the send that loaded this script needs them first (the suffix list only
// for a draft the built-in rules cannot judge alone: asked for then).
const earlyFetch = fetchingEarly(
  runtimeFetch(),
  [policy, surnames],
  { now: () => Date.now(), defer: timers ? (run) => timers.setTimeout(run, 0) : undefined },
  EVENT_TIMEOUTS.earlyFetchMs,
);

Office.actions.associate(
  "onNewMessageComposeHandler",
  createComposeHandler({ office: Office as unknown as HostOffice, timers }),
);

// One handler for both send events: it reads the item's kind (message or meeting request).
const onSend = createSendHandler({
  office: Office as unknown as HostOffice,
  publicUrl: PUBLIC_URL,
  version: VERSION,
  // The build fails without it: config/policy.json did not validate.
  embeddedPolicy: POLICY_VALIDATED_AT_BUILD && JSON.parse(POLICY_VALIDATED_AT_BUILD.json),
  validatedAtBuild: POLICY_VALIDATED_AT_BUILD,
  fetch: earlyFetch,
  timers,
});
Office.actions.associate("onMessageSendHandler", onSend);
Office.actions.associate("onAppointmentSendHandler", onSend);
